#!/usr/bin/env bash
# Submission benchmark for issue 6: committed consultation responses per second through the JSON API
# (wrk, 64 connections, 30 s, each request with a fresh Idempotency-Key), compared with pgbench's single-row insert
# TPS against the same embedded PostgreSQL. Target: >= 1,000 committed submissions/s.
#
#   bench/submissions.sh            builds the jar (SKIP_BUILD=1 to reuse target/planspor.jar) and prints figures
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-18090}
DURATION=${DURATION:-30}
WARMUP=${WARMUP:-30}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
OUT=bench/out/submissions

missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v bc >/dev/null || missing+=(bc)
command -v pgbench >/dev/null || missing+=(postgresql-client postgresql-contrib)
command -v psql >/dev/null || missing+=(postgresql-client)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

rm -rf "$OUT"; mkdir -p "$OUT"
if [ -z "${SKIP_BUILD:-}" ] || [ ! -f target/planspor.jar ]; then
  echo "== building"
  ./mvnw -B -q -DskipTests package
fi

APP_PID=""
cleanup() { [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true; }
trap cleanup EXIT

echo "== starting the app (rate limit raised for the benchmark)"
PLANSPOR_DATA_DIR="$PWD/$OUT/data" java -Xmx512m -jar target/planspor.jar --server.port="$PORT" \
  --planspor.consultation.rate-limit=1000000000 --logging.level.dk.planspor.consultation=WARN > "$OUT/app.log" 2>&1 &
APP_PID=$!
until curl -sf "http://127.0.0.1:$PORT/actuator/health" | grep -q '"UP"'; do
  sleep 0.2
  kill -0 "$APP_PID" 2>/dev/null || { echo "app died, see $OUT/app.log"; exit 1; }
done

PGPORT=$(sed -n 4p "$OUT/data/postgres/postmaster.pid" | tr -d ' ')
export PGHOST=localhost PGPORT PGUSER=postgres PGDATABASE=postgres
psql -q -v ON_ERROR_STOP=1 <<SQL
insert into consultation (slug, kind, title_da, opens_at, deadline, published)
  values ('bench', 'OTHER', 'Benchmark-høring', now() - interval '1 day', now() + interval '1 day', true)
  on conflict (slug) do nothing;
create table if not exists bench_insert (id uuid primary key default gen_random_uuid(), body text not null,
  at timestamptz not null default now());
SQL
count() { psql -tAq -c "select count(*) from consultation_response r join consultation c on c.id = r.consultation_id where c.slug = 'bench'"; }

echo "== warm-up ${WARMUP}s"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s bench/submissions.lua "http://127.0.0.1:$PORT" > "$OUT/wrk-warmup.txt"

before=$(count)
echo "== measuring ${DURATION}s, $CONNECTIONS connections"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s bench/submissions.lua "http://127.0.0.1:$PORT" > "$OUT/wrk.txt"
after=$(count)
non2xx=$(awk '/Non-2xx/ {print $5}' "$OUT/wrk.txt"); non2xx=${non2xx:-0}
rps=$(awk '/Requests\/sec/ {print $2}' "$OUT/wrk.txt")
p50=$(awk '$1=="50%" {print $2}' "$OUT/wrk.txt")
p99=$(awk '$1=="99%" {print $2}' "$OUT/wrk.txt")
committed=$((after - before))
committed_per_s=$(echo "scale=1; $committed / $DURATION" | bc)

echo "== pgbench: single-row insert, $CONNECTIONS clients, ${DURATION}s, same PostgreSQL"
echo "insert into bench_insert (body) values ('Et høringssvar fra benchmarken.');" > "$OUT/insert.sql"
pgbench -n -c "$CONNECTIONS" -j "$THREADS" -T "$DURATION" -f "$OUT/insert.sql" > "$OUT/pgbench.txt" 2>&1
tps=$(awk '/^tps = / {print $3; exit}' "$OUT/pgbench.txt")
ratio=$(echo "scale=1; 100 * $committed_per_s / $tps" | bc)

echo
echo "== Planspor submission benchmark ($(nproc) cores, wrk -t$THREADS -c$CONNECTIONS, ${DURATION}s)"
printf 'API requests/s (wrk):              %s  (p50 %s, p99 %s, non-2xx %s)\n' "$rps" "$p50" "$p99" "$non2xx"
printf 'committed submissions (DB count):  %s in %ss = %s/s (target >= 1000/s)\n' "$committed" "$DURATION" "$committed_per_s"
printf 'pgbench single-row insert TPS:     %s\n' "$tps"
printf 'ratio app / pgbench:               %s %%\n' "$ratio"
echo "load average at the end (other processes share the cores): $(cut -d' ' -f1-3 /proc/loadavg)"
