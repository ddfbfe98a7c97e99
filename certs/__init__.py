"""TLS material: the local dev CA and (later) ACME issuance."""
