#!/usr/bin/env bash
# Stops HAProxy and the nodes started by start.sh (by their recorded process ids), node B first.
. "$(dirname "$0")/common.sh"
for name in haproxy node-b node-a; do
  if [ -f "$RUN/$name.pid" ]; then
    kill "$(cat "$RUN/$name.pid")" 2> /dev/null || true
    rm -f "$RUN/$name.pid"
  fi
done
