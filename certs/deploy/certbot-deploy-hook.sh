#!/bin/sh
# certbot --deploy-hook for the docker-compose certbot service: publish the renewed lineage where the
# OpenResty flavour reads it (/etc/gateway/certs/live/server{,-key}.pem), then reload OpenResty
# gracefully. certbot runs it only after a successful issuance, so a failed renewal touches nothing.
#
# Compose needs: the cert volume mounted at $EDGE_CERT_DIR in both services, and the certbot service
# sharing OpenResty's pid namespace (pid: "service:openresty") so it can signal the master.
set -eu
dest=${EDGE_CERT_DIR:-/etc/gateway/certs/live}
: "${RENEWED_LINEAGE:?run by certbot --deploy-hook only}"
umask 077
mkdir -p "$dest"
cp "$RENEWED_LINEAGE/privkey.pem" "$dest/.server-key.pem.new"
cp "$RENEWED_LINEAGE/fullchain.pem" "$dest/.server.pem.new"
chmod 0600 "$dest/.server-key.pem.new"
chmod 0644 "$dest/.server.pem.new"
mv "$dest/.server-key.pem.new" "$dest/server-key.pem"
mv "$dest/.server.pem.new" "$dest/server.pem"
# HUP after both files are in place; a master that cannot load them keeps its old workers and cert.
master=$(pgrep -o -f "nginx: master process" || true)
if [ -n "$master" ]; then
    kill -HUP "$master"
    echo "deploy-hook: $RENEWED_LINEAGE published to $dest, OpenResty (pid $master) reloading"
else
    echo "deploy-hook: $RENEWED_LINEAGE published to $dest; OpenResty not visible, reload it yourself" >&2
fi
