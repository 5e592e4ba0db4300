#!/usr/bin/env bash
# Both nodes, then HAProxy on http://localhost:8080 (haproxy from Debian: apt-get install haproxy).
. "$(dirname "$0")/common.sh"
command -v haproxy > /dev/null || { echo "haproxy is missing: apt-get install haproxy" >&2; exit 1; }
"$ROOT/docs/multi-node/start-node-a.sh"
"$ROOT/docs/multi-node/start-node-b.sh"
haproxy -c -f "$ROOT/docs/multi-node/haproxy.cfg" > /dev/null
haproxy -f "$ROOT/docs/multi-node/haproxy.cfg" -D -p "$RUN/haproxy.pid"
echo "Convene on two nodes: http://localhost:8080/ (node A 8081, node B 8082; stop: docs/multi-node/stop.sh)"
