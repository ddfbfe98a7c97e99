"""What Jeeves and TokenDealer share: JSON errors, structured logs, request ids."""
