#!/usr/bin/env bash
# Search benchmark for issue 8: 10,000 commitments and 1,000,000 consultation responses (bench/search-data.sql),
# then the p50/p95/p99 latency of GET /api/v1/search over a fixed set of queries, and the time to export the largest
# CSV. Target: p95 <= 30 ms. The latency is measured at 1, 2 and 4 concurrent connections (see "search latency"
# below). Uses wrk, psql and bc from apt (installed if missing).
#
#   bench/search.sh                      full size
#   RESPONSES=100000 bench/search.sh     smaller run
#   LOADS="2" DURATION=60s bench/search.sh   other loads (connections) and run length (in seconds)
#   RATES="25 50 100" bench/search.sh    other steady arrival rates (searches per second, open loop)
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-18090}
PLANS=${PLANS:-100}
PER_PLAN=${PER_PLAN:-100}
RESPONSES=${RESPONSES:-1000000}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-60s}
LOADS=${LOADS:-1 2 4}
RATES=${RATES:-50 75 100}
OUT=bench/out/search

missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v bc >/dev/null || missing+=(bc)
command -v hey >/dev/null || missing+=(hey)
command -v psql >/dev/null || missing+=(postgresql-client)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

rm -rf "$OUT"; mkdir -p "$OUT"
[ -f target/planspor.jar ] && [ "${SKIP_BUILD:-0}" = 1 ] || { echo "== building"; ./mvnw -B -q -DskipTests package; }

APP_PID=""
cleanup() { [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true; }
trap cleanup EXIT

echo "== starting Planspor on a fresh database"
PLANSPOR_DATA_DIR="$OUT/data" java -Xmx512m -jar target/planspor.jar --server.port="$PORT" \
  --planspor.page-cache.enabled=false > "$OUT/app.log" 2>&1 &
APP_PID=$!
until curl -sf "http://127.0.0.1:$PORT/actuator/health" | grep -q '"UP"'; do
  sleep 0.2; kill -0 "$APP_PID" 2>/dev/null || { echo "app died, see $OUT/app.log"; exit 1; }
done
PGPORT=$(sed -n 4p "$OUT/data/postgres/postmaster.pid")
PSQL=(psql -X -q -h localhost -p "$PGPORT" -U postgres -d postgres)

echo "== vocabulary from the seed documents"
cat src/main/resources/seed/sources/*.txt | tr -cs '[:alpha:]æøåÆØÅéü' '\n' | tr '[:upper:]ÆØÅ' '[:lower:]æøå' \
  | awk 'length($0) >= 4' | sort | uniq -c | sort -rn | head -3000 | awk '{print NR "\t" $2}' > "$OUT/vocab.tsv"
"${PSQL[@]}" -c "DROP TABLE IF EXISTS bench_vocab; CREATE TABLE bench_vocab (rank int primary key, w text)"
"${PSQL[@]}" -c "\\copy bench_vocab FROM '$OUT/vocab.tsv'"

echo "== generating $((PLANS * PER_PLAN)) commitments and $RESPONSES responses"
t0=$(date +%s)
"${PSQL[@]}" -v plans="$PLANS" -v commitments_per_plan="$PER_PLAN" -v responses="$RESPONSES" -f bench/search-data.sql
echo "   generated in $(( $(date +%s) - t0 )) s"
"${PSQL[@]}" -At -c "SELECT kind, count(*) FROM search_entry GROUP BY kind ORDER BY kind" | sed 's/^/   index: /'

# The fixed query set: frequent and rare words, phrases (quoted, and a hyphenated word), a negation, English, facet
# filters, and the HTML page.
cat > "$OUT/queries.txt" <<'Q'
/api/v1/search?q=handlingsplan
/api/v1/search?q=%C3%A5bne%20data
/api/v1/search?q=borgere
/api/v1/search?q=myndigheder
/api/v1/search?q=gennemsigtighed
/api/v1/search?q=%22offentlige%20data%22
/api/v1/search?q=klima
/api/v1/search?q=Rigsarkivet
/api/v1/search?q=digitalisering%20-kommuner
/api/v1/search?q=open%20data&lang=en
/api/v1/search?q=whistleblower
/api/v1/search?q=datakatalog&type=commitment
/api/v1/search?q=forvaltning&type=response
/api/v1/search?q=initiativet&plan=bench-042
/api/v1/search?q=samarbejde&completion=LIMITED
/api/v1/search?q=ogp%20netv%C3%A6rk
/api/v1/search?q=%22open%20government%22&lang=en
/api/v1/search?q=OGP-netv%C3%A6rket
/da/search?q=borgere
Q
cat > "$OUT/queries.lua" <<LUA
local paths = {}
for line in io.lines("$OUT/queries.txt") do paths[#paths + 1] = line end
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d p50=%.2f p95=%.2f p99=%.2f errors=%d\n", summary.requests,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout))
end
LUA

echo "== hit counts"
while read -r q; do
  printf '   %-55s %s\n' "$q" "$(curl -s "http://127.0.0.1:$PORT$q" | grep -o '"total":[0-9]*,"totalIsLowerBound":[a-z]*\|"newestResponsesOnly":[a-z]*' \
    | tr '\n' ' ' | grep . || echo "(HTML page)")"
done < "$OUT/queries.txt"

# After a bulk load of a million rows autovacuum may still be at work; its CPU would count as search latency.
for i in $(seq 1 600); do
  busy=$("${PSQL[@]}" -At -c "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'autovacuum worker'")
  [ "$busy" = 0 ] && break
  [ "$i" = 1 ] && echo "== waiting for autovacuum to finish"
  sleep 1
done
echo "== warm-up ($WARMUP: JIT compilation and PostgreSQL's buffers, as on a server that has been running)"
wrk -t2 -c4 -d"$WARMUP" -s "$OUT/queries.lua" "http://127.0.0.1:$PORT" > /dev/null
# Latency at three loads, each a closed loop of wrk connections cycling through the fixed query set:
#   1 connection   one search at a time: how long a search takes;
#   2 connections  one search per core of this 2-core machine: searches run side by side and rarely wait;
#   4 connections  twice as many searches as cores (and wrk shares them): each search waits for about one other,
#                  so the latency is mostly the machine's throughput limit (mean latency = connections / throughput).
# The CPU time (utime + stime, in clock ticks) of the app and of the embedded PostgreSQL is read around each run.
ticks() { local t=0 p; for p in "$@"; do t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0))); done; echo "$t"; }
POSTMASTER=$(sed -n 1p "$OUT/data/postgres/postmaster.pid")
hz=$(getconf CLK_TCK)
echo "== search latency ($DURATION per load; target p95 <= 30 ms)"
verdicts=()
for c in $LOADS; do
  app0=$(ticks "$APP_PID"); pg0=$(ticks "$POSTMASTER" $(pgrep -P "$POSTMASTER"))
  wrk -t"$(( c < 2 ? c : 2 ))" -c"$c" -d"$DURATION" -s "$OUT/queries.lua" "http://127.0.0.1:$PORT" > "$OUT/wrk-$c.txt"
  app1=$(ticks "$APP_PID"); pg1=$(ticks "$POSTMASTER" $(pgrep -P "$POSTMASTER"))
  read -r requests p50 p95 p99 errors < <(sed -n 's/.*RESULT requests=\([0-9]*\) p50=\([0-9.]*\) p95=\([0-9.]*\) p99=\([0-9.]*\) errors=\([0-9]*\).*/\1 \2 \3 \4 \5/p' "$OUT/wrk-$c.txt")
  printf '   %d connection(s): p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  %5.0f searches/s  %d errors;  CPU per search: app %.2f ms, PostgreSQL %.2f ms\n' \
    "$c" "$p50" "$p95" "$p99" "$(echo "scale=1; $requests / ${DURATION%s}" | bc)" "$errors" \
    "$(echo "scale=3; ($app1 - $app0) * 1000 / $hz / $requests" | bc)" "$(echo "scale=3; ($pg1 - $pg0) * 1000 / $hz / $requests" | bc)"
  verdicts+=("$c connection(s)|$p95")
done
echo "   (CPU: processes that ended during a run are not counted)"
# A closed loop never has more searches in flight than connections; real visitors arrive whenever they like, so
# searches bunch up now and then. Here each query of the set is sent by its own hey process at an even rate, the 19
# processes started evenly apart, so that together they send RATE searches a second whatever the latency (as long as a
# search takes less than 19 / RATE seconds). The latency counts from each request's sending to its response.
echo "== search latency at a steady arrival rate (open loop, $DURATION per rate; target p95 <= 30 ms)"
nq=$(wc -l < "$OUT/queries.txt")
for r in $RATES; do
  rm -f "$OUT"/rate-*.csv; i=0; senders=()
  while read -r q; do
    i=$((i + 1))
    (sleep "$(echo "scale=4; $i / $r" | bc)"; hey -z "$DURATION" -c 1 -q "$(echo "scale=4; $r / $nq" | bc)" -o csv \
      "http://127.0.0.1:$PORT$q" > "$OUT/rate-$i.csv") &
    senders+=($!)
  done < "$OUT/queries.txt"
  wait "${senders[@]}"   # not a bare wait: the app is a child of this script too
  cat "$OUT"/rate-*.csv | awk -F, -v r="$r" -v d="${DURATION%s}" '$1 != "response-time" {n++; if ($7 != 200) e++; print $1 * 1000 > "/dev/stderr"}
    END {printf "%d %d\n", n, e}' 2> "$OUT/rate-ms.txt" > "$OUT/rate-count.txt"
  read -r n e < "$OUT/rate-count.txt"
  sort -n "$OUT/rate-ms.txt" | awk -v r="$r" -v n="$n" -v e="${e:-0}" -v d="${DURATION%s}" '{a[NR] = $1}
    function pct(p) { i = int(NR * p + 0.999999); return a[i < 1 ? 1 : i] }
    END {printf "   %3d searches/s: p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  (%d searches, %.0f/s sent, %d errors)\n", r, pct(.5), pct(.95), pct(.99), n, n / d, e}' \
    | tee "$OUT/rate-line.txt"
  verdicts+=("$r searches/s arriving steadily|$(sed 's/.*p95 *\([0-9.]*\) ms.*/\1/' "$OUT/rate-line.txt")")
done
echo "== target p95 <= 30 ms, per load"
for v in "${verdicts[@]}"; do
  load=${v%|*}; p95=${v#*|}
  printf '   %-36s p95 %6.1f ms  %s\n' "$load" "$p95" "$( [ "$(echo "$p95 <= 30" | bc)" = 1 ] && echo met || echo 'not met')"
done
echo "== per query, one at a time (median of 5, ms)"
while read -r q; do
  for i in 1 2 3 4 5; do curl -s -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$PORT$q"; done | sort -n | sed -n 3p \
    | awk -v q="$q" '{printf "   %-55s %7.1f\n", q, $1 * 1000}'
done < "$OUT/queries.txt"

echo "== largest CSV export (streamed; the app runs with -Xmx512m)"
for path in /api/v1/commitments.csv /api/v1/responses.csv; do
  read -r code size secs < <(curl -s -o "$OUT/export.csv" -w '%{http_code} %{size_download} %{time_total}\n' "http://127.0.0.1:$PORT$path")
  if [ "$code" = 200 ]; then
    # Records, not lines: texts with line breaks are quoted over several lines.
    records=$(python3 -c 'import csv,sys; csv.field_size_limit(10**9); print(sum(1 for _ in csv.reader(open(sys.argv[1], newline="", encoding="utf-8"))) - 1)' "$OUT/export.csv")
    echo "   $path: $records rows, $size bytes in ${secs} s; app RSS afterwards $(( $(ps -o rss= -p "$APP_PID") / 1024 )) MB"
  else
    echo "   $path: HTTP $code"
  fi
done
