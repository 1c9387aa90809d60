#!/usr/bin/env bash
# Start-up benchmark: time from launching the JVM to GET /actuator/health = UP, once the database exists.
# Measures the plain fat jar (java -jar target/planspor.jar) and the same application extracted with a
# class-data-sharing archive (Spring Boot's "extract" + -XX:SharedArchiveFile), three runs each.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18085}
OUT=bench/out/startup
RUNS=${RUNS:-3}
rm -rf "$OUT"; mkdir -p "$OUT"
./mvnw -B -q -DskipTests package
export PLANSPOR_DATA_DIR="$PWD/$OUT/data"

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

echo "== extracting the jar and training a CDS archive"
java -Djarmode=tools -jar target/planspor.jar extract --destination "$OUT/app" > /dev/null
(cd "$OUT/app" && java -XX:ArchiveClassesAtExit=app.jsa -Dspring.context.exit=onRefresh -jar planspor.jar \
  --server.port="$PORT" > ../cds-training.log 2>&1 || true)

echo
echo "== start-up to health UP, database exists ($(nproc) cores), target <= 8 s"
measure "java -jar (fat jar)" java -jar target/planspor.jar
# The archive is only used with the exact class path it was trained with: start from the same directory.
measure "extracted + CDS archive" bash -c 'cd "$0" && exec java -XX:SharedArchiveFile=app.jsa -jar planspor.jar "$@"' "$OUT/app"
