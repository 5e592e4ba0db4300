# Shared by the start scripts of docs/multi-node (sourced, not run).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
# the collector (decision 54): G1, named so that small machines do not get the Serial collector; compact object
# headers (decision 87), as every Convene JVM
JAVA_OPTS=${JAVA_OPTS:--XX:+UseG1GC -XX:+UseCompactObjectHeaders}
JAR=${JAR:-$(ls "$ROOT"/target/production/convene-*.jar 2>/dev/null | head -1)}
RUN=${RUN:-$ROOT/.convene/multi-node}
PG_PORT=${PG_PORT:-15432}
mkdir -p "$RUN"
if [ -z "$JAR" ] || [ ! -f "$JAR" ]; then
  echo "No production jar: build it first with  mvn -Pproduction -DskipTests package" >&2
  exit 1
fi
# This pair's secrets, made once and kept: node B uses an external database, so Convene applies its production
# rules there and refuses the demo realm's secrets (ProductionRefusals). Node A uses the same ones.
if [ ! -f "$RUN/secrets" ]; then
  umask 077
  {
    echo "CLIENT_SECRET=$(openssl rand -hex 24)"
    echo "ADMIN_CLIENT_SECRET=$(openssl rand -hex 24)"
    echo "UNSUBSCRIBE_SECRET=$(openssl rand -hex 32)"
  } > "$RUN/secrets"
fi
# shellcheck disable=SC1091
. "$RUN/secrets"
COMMON_ARGS=(
  --convene.keycloak.client-secret="$CLIENT_SECRET"
  --convene.keycloak.admin-client-secret="$ADMIN_CLIENT_SECRET"
  --convene.notifications.unsubscribe-secret="$UNSUBSCRIBE_SECRET"
  --convene.http.trusted-proxies=127.0.0.1
  --convene.public-url=http://localhost:8080
  # one folder for the library's files on one machine (S3 past one machine, decision 0027)
  --convene.library.files="$RUN/files"
)

wait_ready() { # port, name, log
  for _ in $(seq 1 180); do
    if curl -fs "http://127.0.0.1:$1/actuator/health/readiness" > /dev/null; then
      echo "node $2 ready on port $1"
      return 0
    fi
    sleep 1
  done
  echo "node $2 did not become ready; see $3" >&2
  return 1
}
