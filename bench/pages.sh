#!/usr/bin/env bash
# Page benchmark for issue 2: Planspor vs nginx serving the same HTML from disk.
#
#   bench/pages.sh            builds the jar, starts it, loads it with wrk, then nginx, and prints figures
#
# Targets: commitment page >= 40 % of nginx throughput with p99 <= 25 ms; start-up to health UP <= 8 s
# once the database exists; RSS <= 512 MB under load. Uses wrk and nginx from apt (installed if missing).
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-18080}
NGINX_PORT=${NGINX_PORT:-18081}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
OUT=bench/out
PAGES=(/da/plans/2017-2019/commitments/1.1 /da/plans/2017-2019)

missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v bc >/dev/null || missing+=(bc)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

rm -rf "$OUT"; mkdir -p "$OUT/www" "$OUT/nginx"
echo "== building"
if [ -z "${SKIP_BUILD:-}" ] || [ ! -f target/planspor.jar ]; then ./mvnw -B -q -DskipTests package; fi

APP_PID=""
NGINX_PID=""
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
}
trap cleanup EXIT

start_app() {
  PLANSPOR_DATA_DIR="$OUT/data" java -Xmx256m -jar target/planspor.jar --server.port="$PORT" > "$OUT/app-$1.log" 2>&1 &
  APP_PID=$!
  local t0; t0=$(date +%s.%N)
  until curl -sf "http://127.0.0.1:$PORT/actuator/health" | grep -q '"UP"'; do
    sleep 0.05
    kill -0 "$APP_PID" 2>/dev/null || { echo "app died, see $OUT/app-$1.log"; exit 1; }
  done
  STARTUP=$(echo "$(date +%s.%N) - $t0" | bc)
}
stop_app() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; }

echo "== first start (creates the database)"
start_app first; first=$STARTUP
stop_app
echo "== second start (database exists)"
start_app second; second=$STARTUP

rss_max=0
sample_rss() {
  while kill -0 "$APP_PID" 2>/dev/null; do
    r=$(awk '/VmRSS/ {print $2}' /proc/"$APP_PID"/status 2>/dev/null || echo 0)
    [ "${r:-0}" -gt "$(cat "$OUT/rss")" ] && echo "$r" > "$OUT/rss"
    sleep 0.2
  done
}
echo 0 > "$OUT/rss"
sample_rss & SAMPLER=$!

run_wrk() { # url label
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$1" > "$OUT/wrk-$2.txt"
  local rps p50 p99
  rps=$(awk '/Requests\/sec/ {print $2}' "$OUT/wrk-$2.txt")
  p50=$(awk '$1=="50%" {print $2}' "$OUT/wrk-$2.txt")
  p99=$(awk '$1=="99%" {print $2}' "$OUT/wrk-$2.txt")
  echo "$rps $p50 $p99"
}

declare -A APP NGX
for p in "${PAGES[@]}"; do
  mkdir -p "$OUT/www$p"
  curl -sf "http://127.0.0.1:$PORT$p" -o "$OUT/www$p/index.html"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP:-15s}" "http://127.0.0.1:$PORT$p" > /dev/null   # warm-up (JIT, caches)
  APP[$p]=$(run_wrk "http://127.0.0.1:$PORT$p" "app$(echo "$p" | tr / _)")
done
kill "$SAMPLER" 2>/dev/null || true
rss_kb=$(cat "$OUT/rss")
stop_app

cat > "$OUT/nginx/nginx.conf" <<NGX
worker_processes auto;
pid $PWD/$OUT/nginx/nginx.pid;
error_log $PWD/$OUT/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  client_body_temp_path $PWD/$OUT/nginx/tmp;
  proxy_temp_path $PWD/$OUT/nginx/tmp;
  fastcgi_temp_path $PWD/$OUT/nginx/tmp;
  uwsgi_temp_path $PWD/$OUT/nginx/tmp;
  scgi_temp_path $PWD/$OUT/nginx/tmp;
  server { listen 127.0.0.1:$NGINX_PORT; root $PWD/$OUT/www; index index.html; }
}
NGX
mkdir -p "$OUT/nginx/tmp"
"$NGINX" -c "$PWD/$OUT/nginx/nginx.conf" -g 'daemon off;' & NGINX_PID=$!
sleep 1
for p in "${PAGES[@]}"; do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d3s "http://127.0.0.1:$NGINX_PORT$p/" > /dev/null
  NGX[$p]=$(run_wrk "http://127.0.0.1:$NGINX_PORT$p/" "nginx$(echo "$p" | tr / _)")
done

echo
echo "== Planspor page benchmark ($CONNECTIONS connections, $DURATION, wrk -t$THREADS, $(nproc) cores)"
printf '%-42s %12s %10s %10s %12s %10s %10s %8s\n' page app_req/s app_p50 app_p99 nginx_req/s ngx_p50 ngx_p99 ratio
for p in "${PAGES[@]}"; do
  read -r a50rps a50 a99 <<< "${APP[$p]}"
  read -r nrps n50 n99 <<< "${NGX[$p]}"
  ratio=$(echo "scale=1; 100 * $a50rps / $nrps" | bc)
  printf '%-42s %12s %10s %10s %12s %10s %10s %7s%%\n' "$p" "$a50rps" "$a50" "$a99" "$nrps" "$n50" "$n99" "$ratio"
done
printf 'start-up to health UP: first start %.2f s (creates the database), second start %.2f s with the fat jar (the production start, extracted + CDS + AOT, is measured by bench/startup.sh: target <= 8 s)\n' "$first" "$second"
echo "max RSS under load: $((rss_kb / 1024)) MB (target <= 512 MB)"
