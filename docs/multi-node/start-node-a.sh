#!/usr/bin/env bash
# Node A on port 8081: the embedded PostgreSQL (on PG_PORT, data in .convene/multi-node/postgres) and the local
# Keycloak (8180) and mailbox (3025) that both nodes use. Sets the realm's client secrets to this pair's.
. "$(dirname "$0")/common.sh"
PORT=8081 nohup "$JAVA" $JAVA_OPTS -jar "$JAR" "${COMMON_ARGS[@]}" \
  --convene.embedded-database.data-dir="$RUN/postgres" \
  --convene.embedded-database.port="$PG_PORT" \
  --convene.search.directory="$RUN/search-a" \
  > "$RUN/node-a.log" 2>&1 &
echo $! > "$RUN/node-a.pid"
wait_ready 8081 A "$RUN/node-a.log"

# The realm was imported with the demo's secrets (or kept from an earlier run): give its two clients this pair's.
KC=$(ls -d "$ROOT"/.convene/keycloak/keycloak-*/ | sort | tail -1)
export JAVA_HOME=${JAVA%/bin/java}
KCADM=("$KC/bin/kcadm.sh")
CONFIG=(--config "$RUN/kcadm.config")
"${KCADM[@]}" config credentials "${CONFIG[@]}" --server http://localhost:8180 --realm master --user admin \
  --password "$(cat "$ROOT/.convene/keycloak/admin-password")"
for pair in "convene:$CLIENT_SECRET" "convene-admin:$ADMIN_CLIENT_SECRET"; do
  id=$("${KCADM[@]}" get clients "${CONFIG[@]}" -r convene -q clientId="${pair%%:*}" --fields id --format csv --noquotes)
  "${KCADM[@]}" update "clients/$id" "${CONFIG[@]}" -r convene -s secret="${pair#*:}"
done
echo "realm clients use this pair's secrets"
