#!/usr/bin/env bash
# Node B on port 8082: node A's PostgreSQL as an external database, node A's Keycloak and mailbox.
. "$(dirname "$0")/common.sh"
PORT=8082 nohup "$JAVA" $JAVA_OPTS -jar "$JAR" "${COMMON_ARGS[@]}" \
  --spring.datasource.url="jdbc:postgresql://localhost:$PG_PORT/convene" \
  --spring.datasource.username=postgres \
  --convene.keycloak.embedded=never \
  --spring.mail.host=localhost --spring.mail.port=3025 \
  --convene.search.directory="$RUN/search-b" \
  > "$RUN/node-b.log" 2>&1 &
echo $! > "$RUN/node-b.pid"
wait_ready 8082 B "$RUN/node-b.log"
