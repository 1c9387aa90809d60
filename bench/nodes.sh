#!/usr/bin/env bash
# Two nodes vs one, behind nginx, on one PostgreSQL (issue 17).
#
#   bench/nodes.sh     starts node A (it starts the embedded PostgreSQL) and node B on the same data directory,
#                      nginx in front (one upstream with A only, one with A and B), and measures with wrk:
#                      the commitment page at 64 connections and consultation submissions at 32, through each;
#                      then the time from an edit on A to a fresh page on B (20 edits, median and max).
#
# On 2 cores two nodes are not faster (they share the cores and the database): the figures show that they are
# correct and what cross-node invalidation costs (every committed public change empties every node's page cache).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=bench/out/nodes
DURATION=${DURATION:-20}
A_PORT=18101; B_PORT=18102; ONE_PORT=18110; TWO_PORT=18120
ADMIN=bench-koordinator@example.test; PASSWORD=Aaben-Forvaltning-2026

missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v psql >/dev/null || missing+=(postgresql-client)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
rm -rf "$OUT"; mkdir -p "$OUT/nginx"
if [ -z "${SKIP_BUILD:-}" ] || [ ! -f target/planspor.jar ]; then ./mvnw -B -q -DskipTests package; fi

PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
}
trap cleanup EXIT
node() { # name port
  PLANSPOR_DATA_DIR="$PWD/$OUT/data" PLANSPOR_ADMIN_EMAIL=$ADMIN PLANSPOR_ADMIN_PASSWORD=$PASSWORD \
    java -Xmx256m -Dspring.aot.enabled=true -jar target/planspor.jar --server.port="$2" \
    --planspor.consultation.rate-limit=1000000000 --logging.level.dk.planspor.consultation=WARN > "$OUT/$1.log" 2>&1 &
  PIDS+=($!)
  until curl -sf "http://127.0.0.1:$2/actuator/health/readiness" | grep -q '"UP"'; do
    sleep 0.2; kill -0 "${PIDS[-1]}" 2>/dev/null || { echo "node $1 died, see $OUT/$1.log"; exit 1; }
  done
}
echo "== starting node A, then node B on the same data directory"
node a $A_PORT
node b $B_PORT

cat > "$OUT/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $PWD/$OUT/nginx/nginx.pid;
error_log $PWD/$OUT/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  upstream one { server 127.0.0.1:$A_PORT; keepalive 64; }
  upstream two { server 127.0.0.1:$A_PORT max_fails=1 fail_timeout=5s; server 127.0.0.1:$B_PORT max_fails=1 fail_timeout=5s; keepalive 64; }
  proxy_http_version 1.1;
  proxy_set_header Connection "";
  proxy_set_header Host \$host;
  proxy_set_header X-Request-Id \$request_id;
  proxy_next_upstream error timeout;
  server { listen 127.0.0.1:$ONE_PORT; location / { proxy_pass http://one; } }
  server { listen 127.0.0.1:$TWO_PORT; location / { proxy_pass http://two; } }
}
CONF
"$NGINX" -c "$PWD/$OUT/nginx/nginx.conf"
PIDS+=("$(cat "$OUT/nginx/nginx.pid")")

PGPORT=$(sed -n 4p "$OUT/data/postgres/postmaster.pid" | tr -d ' ')
export PGHOST=localhost PGPORT PGUSER=postgres PGDATABASE=postgres
psql -q -v ON_ERROR_STOP=1 -c "insert into consultation (slug, kind, title_da, opens_at, deadline, published)
  values ('bench', 'OTHER', 'Benchmark-høring', now() - interval '1 day', now() + interval '1 day', true)"

run() { # label port kind connections
  local file="$OUT/wrk-${1//\//_}.txt"
  if [ "$3" = page ]; then
    wrk -t2 -c"$4" -d5s "http://127.0.0.1:$2/da/plans/2017-2019/commitments/1.1" > /dev/null
    wrk -t2 -c"$4" -d"${DURATION}s" --latency "http://127.0.0.1:$2/da/plans/2017-2019/commitments/1.1" > "$file"
  else
    wrk -t2 -c"$4" -d5s -s bench/submissions.lua "http://127.0.0.1:$2" > /dev/null
    wrk -t2 -c"$4" -d"${DURATION}s" --latency -s bench/submissions.lua "http://127.0.0.1:$2" > "$file"
  fi
  local non2xx; non2xx=$(awk '/Non-2xx/ {print $5}' "$file")
  printf '%-34s %9s req/s  p50 %7s  p99 %7s  non-2xx %s\n' "$1" "$(awk '/Requests\/sec/ {print $2}' "$file")" \
    "$(awk '$1=="50%" {print $2}' "$file")" "$(awk '$1=="99%" {print $2}' "$file")" "${non2xx:-0}"
}
rps() { local label=$1; awk '/Requests\/sec/ {print $2}' "$OUT/wrk-${label//\//_}.txt"; }

echo
echo "== $(nproc) cores, ${DURATION}s per run, through nginx"
run "page, 1 node (64 conns)" $ONE_PORT page 64
run "page, 2 nodes (64 conns)" $TWO_PORT page 64
run "submissions, 1 node (32 conns)" $ONE_PORT submit 32
run "submissions, 2 nodes (32 conns)" $TWO_PORT submit 32
echo "ratio 2 nodes / 1 node: page $(echo "scale=2; $(rps 'page, 2 nodes (64 conns)') / $(rps 'page, 1 node (64 conns)')" | bc)," \
  "submissions $(echo "scale=2; $(rps 'submissions, 2 nodes (32 conns)') / $(rps 'submissions, 1 node (32 conns)')" | bc)"
echo "responses stored: $(psql -tAq -c "select count(*) from consultation_response r join consultation c on c.id = r.consultation_id where c.slug = 'bench'")"

echo
echo "== invalidation cost: the page on 2 nodes while other nodes' changes arrive at a fixed rate"
# A submission to an open consultation changes no public page (responses are published after the deadline), so
# it empties no cache. What a public change costs the nodes is simulated exactly as they receive it: the NOTIFY a
# committed change sends, at N per second (pgbench --rate), while wrk loads the page through nginx.
echo "select pg_notify('planspor_changed', 'bench-writer');" > "$OUT/notify.sql"
for rate in 0 1 10 100; do
  if [ "$rate" -gt 0 ]; then
    pgbench -n -c1 -j1 -T"$((DURATION + 6))" --rate="$rate" -f "$OUT/notify.sql" > "$OUT/pgbench-$rate.txt" 2>&1 &
    PG_BENCH=$!
  fi
  run "page, 2 nodes, $rate changes/s" $TWO_PORT page 64
  [ "$rate" -gt 0 ] && wait "$PG_BENCH" || true
done
base=$(rps "page, 2 nodes, 0 changes/s")
for rate in 1 10 100; do
  echo "  $rate changes/s: $(echo "scale=1; 100 * $(rps "page, 2 nodes, $rate changes/s") / $base" | bc) % of the throughput without changes"
done

echo
echo "== edit on A -> fresh on B"
python3 bench/edit-to-fresh.py "http://127.0.0.1:$A_PORT" "http://127.0.0.1:$B_PORT" "$ADMIN" "$PASSWORD" 20
