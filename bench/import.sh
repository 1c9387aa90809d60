#!/usr/bin/env bash
# Import benchmark: how long a warm parse of seed 004 (the 2017-19 midterm self-assessment) takes.
#
#   bench/import.sh            compiles the tests and runs the JMH benchmark ImportBenchmark
#   JMH_ARGS="-f 1 -wi 5 -i 10" bench/import.sh    other JMH options
#
# Target: a warm parse takes at most 0.5 s (500 ms). Prints the figure and exits 1 above it.
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=bench/out
mkdir -p "$OUT"
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$OUT/import-classpath.txt"
CP="target/test-classes:target/classes:$(cat "$OUT/import-classpath.txt")"

# shellcheck disable=SC2086
java -cp "$CP" org.openjdk.jmh.Main 'ImportBenchmark' ${JMH_ARGS:--f 1 -wi 3 -i 5} \
  -rf json -rff "$OUT/import.json" | tee "$OUT/import.txt"

python3 - "$OUT/import.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))
worst = 0.0
for r in results:
    name = r["benchmark"].rsplit(".", 1)[-1]
    score, error, unit = r["primaryMetric"]["score"], r["primaryMetric"]["scoreError"], r["primaryMetric"]["scoreUnit"]
    print(f"{name}: {score:.2f} ± {error:.2f} {unit}")
    if name == "parseSeed004":
        worst = score
print(f"warm parse of seed 004: {worst:.2f} ms (target <= 500 ms): {'OK' if worst <= 500 else 'TOO SLOW'}")
sys.exit(0 if worst <= 500 else 1)
PY
