#!/usr/bin/env bash
# Report benchmark for issue 5: generating the full 2017-2019 midterm self-assessment PDF (seed 004, 14
# commitments, ~48 pages, PDF/UA with embedded IBM Plex Sans) through the running jar.
#
#   bench/report.sh            builds the jar, starts it on a fresh data dir, warms up, times N generations
#   SKIP_BUILD=1 bench/report.sh   uses the existing target/planspor.jar
#
# Target: <= 1.5 s per PDF warm. Each request carries a cookie so the public page cache does not answer it:
# every timed request really generates the PDF.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-18085}
WARMUP=${WARMUP:-15}
RUNS=${RUNS:-20}
OUT=bench/out/report
URL="http://127.0.0.1:$PORT/da/plans/2017-2019/assessments/midterm.pdf"

command -v bc >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq bc >/dev/null; }

rm -rf "$OUT"; mkdir -p "$OUT"
if [ -z "${SKIP_BUILD:-}" ]; then
  echo "== building"
  ./mvnw -B -q -o -DskipTests package || ./mvnw -B -q -DskipTests package
fi

APP_PID=""
cleanup() { [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true; }
trap cleanup EXIT

echo "== starting the jar (fresh data dir: first start imports seed 004 and freezes its midterm round)"
PLANSPOR_DATA_DIR="$OUT/data" java -Xmx384m -jar target/planspor.jar --server.port="$PORT" > "$OUT/app.log" 2>&1 &
APP_PID=$!
until curl -sf "http://127.0.0.1:$PORT/actuator/health" | grep -q '"UP"'; do
  sleep 0.2
  kill -0 "$APP_PID" 2>/dev/null || { echo "app died, see $OUT/app.log"; exit 1; }
done
until curl -sf -o /dev/null -H 'Cookie: bench=1' "$URL"; do sleep 0.5; done

echo "== warming up ($WARMUP PDFs)"
for _ in $(seq "$WARMUP"); do curl -sf -o /dev/null -H 'Cookie: bench=1' "$URL"; done

echo "== timing $RUNS PDFs"
: > "$OUT/times"
for _ in $(seq "$RUNS"); do
  curl -sf -o "$OUT/midterm.pdf" -H 'Cookie: bench=1' -w '%{time_total}\n' "$URL" >> "$OUT/times"
done
sort -n "$OUT/times" > "$OUT/sorted"
n=$(wc -l < "$OUT/sorted")
median=$(sed -n "$(( (n + 1) / 2 ))p" "$OUT/sorted")
p90=$(sed -n "$(( (n * 9 + 9) / 10 ))p" "$OUT/sorted")
min=$(head -1 "$OUT/sorted"); max=$(tail -1 "$OUT/sorted")
size=$(stat -c %s "$OUT/midterm.pdf")
pages=$(grep -ac '/Type /Page\b\|/Type/Page\b' "$OUT/midterm.pdf" || true)
printf 'midterm 2017-2019 PDF (%s bytes): median %.3f s, p90 %.3f s, min %.3f s, max %.3f s over %d runs\n' \
  "$size" "$median" "$p90" "$min" "$max" "$n"
if [ "$(echo "$median <= 1.5" | bc)" = 1 ]; then echo "target <= 1.5 s warm: MET"; else echo "target <= 1.5 s warm: NOT MET"; exit 1; fi
