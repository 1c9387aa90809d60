#!/usr/bin/env bash
# Memory as the README starts the app (issue 17): `./mvnw spring-boot:run` under the bench/pages.sh load
# (wrk, 64 connections, the commitment page and the plan page), sampling the JVM's RSS every 0.2 s.
# The image's start is measured by bench/image.sh (MEASURE_RSS=1). Target: RSS <= 512 MB.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=bench/out/memory
PORT=${PORT:-18086}
DURATION=${DURATION:-20}
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
rm -rf "$OUT"; mkdir -p "$OUT"

MVN_PID=""
cleanup() { [ -n "$MVN_PID" ] && kill -- -"$MVN_PID" 2>/dev/null || true; sleep 2; }
trap cleanup EXIT
echo "== ./mvnw spring-boot:run (the README's start), data in $OUT/data"
set -m
./mvnw -B -q spring-boot:run -Dspring-boot.run.arguments="--server.port=$PORT --planspor.data-dir=$PWD/$OUT/data" \
  > "$OUT/app.log" 2>&1 &
MVN_PID=$!
set +m
until curl -sf "http://127.0.0.1:$PORT/actuator/health" | grep -q '"UP"'; do
  sleep 0.5; kill -0 "$MVN_PID" 2>/dev/null || { echo "spring-boot:run died, see $OUT/app.log"; exit 1; }
done
APP=$(pgrep -f "dk.planspor.PlansporApplication.*--server.port=$PORT" | head -1)
echo "JVM pid $APP: $(tr '\0' ' ' < /proc/$APP/cmdline | grep -o -- '-Xmx[^ ]*\|-XX:+Use[A-Za-z]*GC' | tr '\n' ' ')"
rss_max=0
( while kill -0 "$APP" 2>/dev/null; do awk '/VmRSS/ {print $2}' /proc/$APP/status; sleep 0.2; done ) > "$OUT/rss.txt" &
SAMPLER=$!
for page in /da/plans/2017-2019/commitments/1.1 /da/plans/2017-2019; do
  wrk -t2 -c64 -d10s "http://127.0.0.1:$PORT$page" > /dev/null # warm-up (JIT)
  wrk -t2 -c64 -d"${DURATION}s" --latency "http://127.0.0.1:$PORT$page" > "$OUT/wrk-$(basename "$page").txt"
  printf '%-40s %s req/s, p99 %s\n' "$page" "$(awk '/Requests\/sec/ {print $2}' "$OUT/wrk-$(basename "$page").txt")" \
    "$(awk '$1=="99%" {print $2}' "$OUT/wrk-$(basename "$page").txt")"
done
kill "$SAMPLER" 2>/dev/null || true
rss_max=$(sort -n "$OUT/rss.txt" | tail -1)
echo "spring-boot:run JVM RSS max under load: $((rss_max / 1024)) MB (target <= 512 MB)"
