#!/usr/bin/env bash
# Installs the front-end dependencies (DKFDS) from package-lock.json.
# Skips the install when node_modules already matches the lock file, so repeated builds stay fast.
set -euo pipefail
cd "$(dirname "$0")/.."
stamp=node_modules/.planspor-lock.sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ -f node_modules/dkfds/dist/css/dkfds.min.css ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  exit 0
fi
npm ci --no-audit --no-fund --loglevel=error
echo "$want" > "$stamp"
