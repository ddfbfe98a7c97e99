"""ACME (RFC 8555) certificates for the edge: certbot issues and renews over HTTP-01 through the
gateway's webroot; this package decides what is due, which certificate nginx serves, and reloads it.

Files (below $RUN_DIR/certs/acme/, a volume in production): certbot's config/work/logs dirs (the
account key lives in config/accounts/ and is reused on every run), status.json for the admin panel
and the metrics, renew.lock so two renewers never race.
"""
