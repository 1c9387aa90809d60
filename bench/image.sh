#!/usr/bin/env bash
# The OCI image, built without Docker or a registry, and checked without a container runtime (issue 17).
#
#   bench/image.sh     builds a Debian base image tar with debootstrap (JRE 17, user planspor uid 10001), builds
#                      target/planspor-image.tar with Jib (jib:buildTar) on it, then reads the tar: manifest, config,
#                      entrypoint, user, volume; and starts the image's file system (base + Jib's layers, unpacked)
#                      with chroot as uid 10001, the way a container runtime would, until /actuator/health is UP.
#
# On a machine that reaches a registry, any JRE 17+ base with a user of uid 10001 works instead:
#   ./mvnw -DskipTests package jib:buildTar -Djib.base=eclipse-temurin:21-jre   (then add the user, see README)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=target/image-bench
BASE_ROOT=${BASE_ROOT:-target/base-rootfs}
BASE_TAR=${BASE_TAR:-target/base-image.tar}
PORT=${PORT:-18090}
mkdir -p "$OUT"

missing=()
command -v debootstrap >/dev/null || missing+=(debootstrap)
command -v jq >/dev/null || missing+=(jq)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [ ! -f "$BASE_TAR" ]; then
  echo "== base image: debootstrap bookworm minbase + openjdk-17-jre-headless (takes a few minutes)"
  rm -rf "$BASE_ROOT"
  debootstrap --variant=minbase --include=openjdk-17-jre-headless,ca-certificates bookworm "$BASE_ROOT" \
    http://deb.debian.org/debian > "$OUT/debootstrap.log" 2>&1
  chroot "$BASE_ROOT" groupadd --gid 10001 planspor
  printf '127.0.0.1 localhost\n::1 localhost\n' > "$BASE_ROOT/etc/hosts"
  chroot "$BASE_ROOT" useradd --uid 10001 --gid 10001 --home-dir /data --no-create-home --shell /usr/sbin/nologin planspor
  rm -rf "$BASE_ROOT"/var/cache/apt/archives/*.deb "$BASE_ROOT"/var/lib/apt/lists/*
  echo "== base image: docker-archive tar"
  python3 - "$BASE_ROOT" "$BASE_TAR" <<'PY'
import hashlib, io, json, os, sys, tarfile, tempfile
root, out = sys.argv[1], sys.argv[2]
layer = tempfile.NamedTemporaryFile(delete=False, suffix=".tar").name
with tarfile.open(layer, "w", format=tarfile.PAX_FORMAT) as t:
    for name in sorted(os.listdir(root)):
        t.add(os.path.join(root, name), arcname=name)
digest = hashlib.sha256(open(layer, "rb").read()).hexdigest()
java_home = "/usr/lib/jvm/java-17-openjdk-amd64"
config = {"architecture": "amd64", "os": "linux",
          "config": {"Env": ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:" + java_home + "/bin",
                             "JAVA_HOME=" + java_home, "LANG=C.UTF-8"]},
          "rootfs": {"type": "layers", "diff_ids": ["sha256:" + digest]}}
cfg = json.dumps(config).encode()
cfg_name = hashlib.sha256(cfg).hexdigest() + ".json"
manifest = json.dumps([{"Config": cfg_name, "RepoTags": ["planspor-base:bookworm"], "Layers": [digest + "/layer.tar"]}]).encode()
with tarfile.open(out, "w") as t:
    for name, data in ((cfg_name, cfg), ("manifest.json", manifest)):
        info = tarfile.TarInfo(name); info.size = len(data); t.addfile(info, io.BytesIO(data))
    t.add(layer, arcname=digest + "/layer.tar")
os.unlink(layer)
PY
fi

echo "== image: jib:buildTar"
if [ -z "${SKIP_BUILD:-}" ] || [ ! -f target/planspor.jar ]; then
  ./mvnw -B -q -DskipTests package jib:buildTar > "$OUT/jib.log" 2>&1 || { tail -30 "$OUT/jib.log"; exit 1; }
else
  ./mvnw -B -q -DskipTests jib:buildTar > "$OUT/jib.log" 2>&1 || { tail -30 "$OUT/jib.log"; exit 1; }
fi
IMAGE=target/planspor-image.tar
echo "image: $IMAGE ($(du -h "$IMAGE" | cut -f1))"

echo "== reading the image's manifest and config"
rm -rf "$OUT/tar" && mkdir -p "$OUT/tar" && tar -xf "$IMAGE" -C "$OUT/tar"
CONFIG=$(jq -r '.[0].Config' "$OUT/tar/manifest.json")
jq '.config | {User, Entrypoint, Cmd, WorkingDir, Volumes, ExposedPorts, Env}' "$OUT/tar/$CONFIG"
user=$(jq -r '.config.User' "$OUT/tar/$CONFIG")
entry=$(jq -r '.config.Entrypoint | join(" ")' "$OUT/tar/$CONFIG")
fail=0
[ "$user" = "10001:10001" ] && echo "ok   runs as uid 10001 (not root)" || { echo "FAIL user is '$user'"; fail=1; }
case "$entry" in java\ *dk.planspor.PlansporApplication*) echo "ok   entrypoint: java … dk.planspor.PlansporApplication";;
  *) echo "FAIL entrypoint: $entry"; fail=1;; esac
jq -e '.config.Volumes["/data"]' "$OUT/tar/$CONFIG" >/dev/null && echo "ok   /data is a volume" || { echo "FAIL no /data volume"; fail=1; }
jq -e '.config.Env | index("PLANSPOR_DATA_DIR=/data")' "$OUT/tar/$CONFIG" >/dev/null \
  && echo "ok   PLANSPOR_DATA_DIR=/data" || { echo "FAIL PLANSPOR_DATA_DIR"; fail=1; }
[ $fail -eq 0 ] || exit 1

echo "== starting the image's file system as uid 10001 (chroot; no container runtime here)"
ROOT=$OUT/rootfs
rm -rf "$ROOT" && mkdir -p "$ROOT"
for layer in $(jq -r '.[0].Layers[]' "$OUT/tar/manifest.json"); do
  case "$(file -b "$OUT/tar/$layer")" in gzip*) tar -xzf "$OUT/tar/$layer" -C "$ROOT";; *) tar -xf "$OUT/tar/$layer" -C "$ROOT";; esac
done
# /data stays as the image has it (root-owned, mode 777): uid 10001 must be able to use it as built
mkdir -p "$ROOT/proc" "$ROOT/dev" "$ROOT/tmp" && chmod 1777 "$ROOT/tmp"
cp /etc/hosts "$ROOT/etc/hosts" # a container runtime provides /etc/hosts (PostgreSQL listens on localhost)
mount -t proc proc "$ROOT/proc"
mount --bind /dev "$ROOT/dev"
cleanup() {
  [ -n "${PID:-}" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null || true
  sleep 1; umount "$ROOT/proc" 2>/dev/null || true; umount "$ROOT/dev" 2>/dev/null || true
}
trap cleanup EXIT
mapfile -t envs < <(jq -r '.config.Env[]' "$OUT/tar/$CONFIG")
mapfile -t args < <(jq -r '.config.Entrypoint[]' "$OUT/tar/$CONFIG")
workdir=$(jq -r '.config.WorkingDir // "/"' "$OUT/tar/$CONFIG")
t0=$(date +%s.%N)
chroot --userspec=10001:10001 "$ROOT" /usr/bin/env -i "${envs[@]}" sh -c "cd $workdir && exec \"\$@\" --server.port=$PORT" \
  -- "${args[@]}" > "$OUT/container.log" 2>&1 &
PID=$!
until curl -sf "http://127.0.0.1:$PORT/actuator/health" | grep -q '"UP"'; do
  sleep 0.2
  kill -0 "$PID" 2>/dev/null || { echo "FAIL the image's start died:"; tail -30 "$OUT/container.log"; exit 1; }
done
echo "ok   UP in $(echo "$(date +%s.%N) - $t0" | bc) s (first start: creates the database in /data)"
java_uid=$(ps -o uid= -p "$(pgrep -f -n 'dk.planspor.PlansporApplication --server.port='"$PORT")" | tr -d ' ')
pg_uid=$(ps -o uid= -C postgres | sort -u | tr '\n' ' ')
echo "ok   JVM runs as uid $java_uid; PostgreSQL as uid $pg_uid"
curl -sf "http://127.0.0.1:$PORT/api/v1/plans" | jq -r '.[].slug' | tr '\n' ' '; echo
ls -ld "$ROOT/data/postgres" | awk '{print "ok   data in the volume, owned by " $3}'

echo "== the image's JVM under the bench/pages.sh load (wrk, 64 connections, ${DURATION:-20}s per page)"
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
JPID=$(pgrep -f -n 'dk.planspor.PlansporApplication --server.port='"$PORT")
( while kill -0 "$JPID" 2>/dev/null; do awk '/VmRSS/ {print $2}' /proc/$JPID/status; sleep 0.2; done ) > "$OUT/rss.txt" &
SAMPLER=$!
for page in /da/plans/2017-2019/commitments/1.1 /da/plans/2017-2019; do
  wrk -t2 -c64 -d10s "http://127.0.0.1:$PORT$page" > /dev/null # warm-up (JIT)
  wrk -t2 -c64 -d"${DURATION:-20}s" --latency "http://127.0.0.1:$PORT$page" > "$OUT/wrk.txt"
  printf '%-40s %s req/s, p99 %s\n' "$page" "$(awk '/Requests\/sec/ {print $2}' "$OUT/wrk.txt")" "$(awk '$1=="99%" {print $2}' "$OUT/wrk.txt")"
done
kill "$SAMPLER" 2>/dev/null || true
echo "image JVM RSS max under load: $(( $(sort -n "$OUT/rss.txt" | tail -1) / 1024 )) MB (target <= 512 MB)"
