#!/usr/bin/env bash
# Installs the npm dependencies when they are missing or older than package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -f node_modules/.package-lock.json ] && [ ! package-lock.json -nt node_modules/.package-lock.json ]; then
  exit 0
fi
echo "Installing dependencies (npm ci)…"
if ! npm ci --no-audit --no-fund 2>/tmp/npm-ci-errors.log; then
  # Some registries (mirrors that carry only this platform's packages) cannot serve the other platforms' optional
  # binaries (@swc/core-darwin-arm64, …), so the lockfile cannot list them and `npm ci` refuses it. `npm install`
  # installs the same locked versions without them.
  if grep -q "Missing: .* from lock file" /tmp/npm-ci-errors.log; then
    echo "npm ci refused the lockfile over other platforms' optional packages; installing with npm install instead."
    npm install --no-audit --no-fund
  else
    cat /tmp/npm-ci-errors.log >&2
    exit 1
  fi
fi
