"""What is not HTTP: key store, token signing and verification, client registry, revocations."""
