#!/usr/bin/env bash
# OGP's commitments data sheet in and out (issue 18), on the packaged jar as an operator runs it:
#   1. `import sample.csv --member ALL` into an empty platform: OGP's real sample, 558 rows of 75 members;
#   2. the same into another empty platform with a file that repeats the sample 20 times with new IDs (11,160 rows);
#   3. the export of those 11,160 commitments, GET /api/v1/ogp/commitments.csv, timed with curl.
# Each import is one `java -jar target/planspor.jar import …` under /usr/bin/time -v: wall time of the whole command
# (JVM and Spring start included), the import's own time as the command prints it, and the peak RSS.
# The JVM runs with the image's memory flags (pom.xml planspor.jvm, also in spring-boot:run), JVM_FLAGS to change.
# Targets: 558 rows <= 3 s, 11,160 rows <= 30 s, RSS <= 512 MB, export of 11,160 commitments <= 5 s.
#   JAR=/path/to/planspor.jar bench/ogp-import.sh     (default target/planspor.jar, built when missing)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=bench/out/ogp-import
JAR=${JAR:-target/planspor.jar}
PORT=${PORT:-18091}
SAMPLE=src/test/resources/ogp/ogp-commitments-open-parliaments.csv
JVM_FLAGS=${JVM_FLAGS:-$(sed -n 's:.*<planspor.jvm>\(.*\)</planspor.jvm>.*:\1:p' pom.xml)}
command -v /usr/bin/time >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null; }
[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests
rm -rf "$OUT"; mkdir -p "$OUT"
BIN=$(ls -d target/pg-binaries 2>/dev/null || true)
EXTRA=(); [ -n "$BIN" ] && EXTRA=(--planspor.pg-binaries-dir="$PWD/$BIN")

python3 - "$SAMPLE" "$OUT/sample-x20.csv" <<'PY'
import csv, re, sys
src, dst = sys.argv[1], sys.argv[2]
rows = list(csv.reader(open(src, encoding="utf-8")))
header, body = rows[0], rows[1:]
iid, iap = header.index("Commitment Unique Identifier"), header.index("Action Plan ID")
with open(dst, "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(header)
    for k in range(20):
        for r in body:
            r = list(r)
            m = re.match(r"([A-Za-z]+)(\d+)$", r[iid])
            if m:  # DK0018 -> DK010018 … DK200018: a new ID per copy, same letters, at most 6 digits like OGP's
                r[iid] = f"{m.group(1)}{k + 1:02d}{int(m.group(2)):04d}"
            if r[iap].startswith("AP_"):  # a new action plan per copy too
                r[iap] = f"{r[iap]}{k + 1:02d}"
            w.writerow(r)
print(f"{len(body) * 20} rows written to {dst}")
PY

run_import() { # name file
  local dir="$PWD/$OUT/data-$1"
  # shellcheck disable=SC2086
  PLANSPOR_DATA_DIR="$dir" PLANSPOR_BUNDLED_RECORD=false /usr/bin/time -v -o "$OUT/time-$1.txt" \
    java $JVM_FLAGS -jar "$JAR" import "$2" --member ALL "${EXTRA[@]}" > "$OUT/import-$1.txt" 2> "$OUT/import-$1.err"
  local wall rss took
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$OUT/time-$1.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ {print int($2/1024)}' "$OUT/time-$1.txt")
  took=$(grep -o '([0-9]* ms)' "$OUT/import-$1.txt" | tr -d '()')
  echo "$1: $(head -1 "$OUT/import-$1.txt" | sed 's/ (.*ms)$//' | cut -d: -f2- | cut -c1-160)"
  echo "$1: import $took, whole command $wall (m:ss), peak RSS $rss MB"
  echo "$1 $took $wall $rss" >> "$OUT/figures.txt"
}

echo "== import of OGP's sample (558 rows, every member)"
run_import sample "$SAMPLE"
echo "== import of the sample 20 times with new IDs (11,160 rows)"
run_import x20 "$OUT/sample-x20.csv"

echo "== export of the 11,160 commitments in OGP's layout"
# shellcheck disable=SC2086
PLANSPOR_DATA_DIR="$PWD/$OUT/data-x20" PLANSPOR_BUNDLED_RECORD=false java $JVM_FLAGS -jar "$JAR" --server.port="$PORT" \
  "${EXTRA[@]}" > "$OUT/server.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" | grep -q UP; do
  sleep 0.5; kill -0 $APP 2>/dev/null || { echo "server died, see $OUT/server.log"; exit 1; }
done
curl -s -o /dev/null "http://127.0.0.1:$PORT/api/v1/ogp/commitments.csv" # warm-up
for i in 1 2 3; do
  curl -s -o "$OUT/export.csv" -w '%{time_total}\n' "http://127.0.0.1:$PORT/api/v1/ogp/commitments.csv" >> "$OUT/export-times.txt"
done
rows=$(python3 -c "import csv,sys; print(sum(1 for _ in csv.reader(open('$OUT/export.csv', encoding='utf-8'))) - 1)")
best=$(sort -n "$OUT/export-times.txt" | head -1)
echo "export: $rows commitments in OGP's 171 columns, $(du -h "$OUT/export.csv" | cut -f1), best of 3: ${best} s"

python3 - "$OUT/figures.txt" "$best" <<'PY'
import sys
fig = {}
for line in open(sys.argv[1]):
    name, ms, _, wall, rss = line.split()[0], line.split()[1], None, line.split()[3], line.split()[4]
    m, s = wall.split(":")
    fig[name] = (int(ms) / 1000, int(m) * 60 + float(s), int(rss))
ok = True
def check(what, value, target, unit):
    global ok
    good = value <= target
    ok &= good
    print(f"{what}: {value:.2f} {unit} (target <= {target} {unit}) {'OK' if good else 'MISSED'}")
check("558 rows, import", fig["sample"][0], 3, "s")
check("11,160 rows, import", fig["x20"][0], 30, "s")
check("peak RSS, 11,160 rows", fig["x20"][2], 512, "MB")
check("export of 11,160 commitments", float(sys.argv[2]), 5, "s")
print(f"(whole commands, JVM start included: {fig['sample'][1]:.1f} s and {fig['x20'][1]:.1f} s)")
sys.exit(0 if ok else 1)
PY
