#!/usr/bin/env bash
# Start-up benchmark: time from launching the JVM to GET /actuator/health = UP, once the database exists
# (the embedded PostgreSQL is stopped between runs, so its start is included). Three runs each of:
#   - the plain fat jar (java -jar target/planspor.jar), as ./mvnw spring-boot:run and a quick try start it;
#   - the fat jar with the ahead-of-time generated bean definitions (-Dspring.aot.enabled=true);
#   - the production start (README): the extracted jar with a class-data-sharing archive and AOT. Target <= 8 s.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18085}
OUT=bench/out/startup
RUNS=${RUNS:-3}
rm -rf "$OUT"; mkdir -p "$OUT"
if [ -z "${SKIP_BUILD:-}" ] || [ ! -f target/planspor.jar ]; then ./mvnw -B -q -DskipTests package; fi
export PLANSPOR_DATA_DIR="$PWD/$OUT/data"

wait_down() { # the embedded PostgreSQL of the previous run has stopped
  while [ -f "$PLANSPOR_DATA_DIR/postgres/postmaster.pid" ]; do sleep 0.05; done
}
wait_up() { # pid
  until curl -sf "http://127.0.0.1:$PORT/actuator/health" | grep -q '"UP"'; do
    kill -0 "$1" 2>/dev/null || { echo "app died" >&2; exit 1; }
    sleep 0.05
  done
}
measure() { # label, command...
  local label=$1; shift
  local times=()
  for i in $(seq 1 "$RUNS"); do
    wait_down
    local t0; t0=$(date +%s.%N)
    "$@" --server.port="$PORT" > "$OUT/$label-$i.log" 2>&1 &
    local pid=$!
    wait_up "$pid"
    times+=("$(echo "$(date +%s.%N) - $t0" | bc)")
    kill "$pid"; wait "$pid" 2>/dev/null || true
  done
  printf '%-28s %s\n' "$label" "$(printf '%.2f s  ' "${times[@]}")"
}

echo "== creating the database (first start, not measured)"
java -jar target/planspor.jar --server.port="$PORT" > "$OUT/first.log" 2>&1 & pid=$!; wait_up "$pid"; kill "$pid"; wait "$pid" 2>/dev/null || true

echo "== extracting the jar and training a CDS archive (one start and stop; the JVM writes app.jsa on exit)"
java -Djarmode=tools -jar target/planspor.jar extract --destination "$OUT/app" > /dev/null
wait_down
# Not -Dspring.context.exit=onRefresh: that halts the JVM without stopping the embedded PostgreSQL.
(cd "$OUT/app" && exec java -XX:ArchiveClassesAtExit=app.jsa -Dspring.aot.enabled=true -jar planspor.jar \
  --server.port="$PORT" > ../cds-training.log 2>&1) & pid=$!
wait_up "$pid"; kill "$pid"; wait "$pid" 2>/dev/null || true
[ -f "$OUT/app/app.jsa" ] || { echo "no CDS archive written, see $OUT/cds-training.log" >&2; exit 1; }

echo
echo "== start-up to health UP, database exists ($(nproc) cores), target <= 8 s"
measure "fat jar" java -jar target/planspor.jar
measure "fat jar + AOT" java -Dspring.aot.enabled=true -jar target/planspor.jar
# The archive is only used with the exact class path it was trained with: start from the same directory.
measure "extracted + CDS + AOT" bash -c 'cd "$0" && exec java -XX:SharedArchiveFile=app.jsa -Dspring.aot.enabled=true -jar planspor.jar "$@"' "$OUT/app"
