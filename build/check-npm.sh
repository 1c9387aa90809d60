#!/usr/bin/env bash
# Fails the Maven build early, with a clear message, when Node.js/npm is missing.
# DKFDS (Det Fælles Designsystem) is installed from npm at build time.
if ! command -v npm >/dev/null 2>&1; then
  echo "" >&2
  echo "ERROR: npm was not found on PATH." >&2
  echo "Planspor installs DKFDS (npm package 'dkfds') during the build and needs Node.js and npm." >&2
  echo "Install them, for example on Debian/Ubuntu:  sudo apt-get install -y nodejs npm" >&2
  echo "" >&2
  exit 1
fi
