#!/usr/bin/env bash
# `npm test`: installs what is missing, then runs every check the project has. Fails on the first failing step.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
CHROMIUM_PATH="$(bash scripts/ensure-chromium.sh)"
export CHROMIUM_PATH
mkdir -p test-results

step() { echo; echo "=== $1"; }
step "Type check";            npx tsc -p .
step "Lint and format check";  npx eslint . && npx prettier --check .
step "Unit and contract tests (with coverage)"
npx jest --coverage --json --outputFile=test-results/unit.json
step "Manifest checks (XML and app package)"; npx tsx scripts/validate-manifest.ts
step "Runtime dependency audit"; bash scripts/audit.sh
step "Production build and size budget"
npx webpack --mode production
npx tsx scripts/check-bundle-budget.ts dist
# What the build wrote, as it would be handed out: both manifests, the package, and the two held to each other.
npx tsx scripts/validate-manifest.ts dist/manifest.xml --package dist/app-package.zip --offline
step "Demo build";             npx webpack --mode production --env demo
bash scripts/check-no-stand-ins.sh
step "End-to-end tests (headless Chromium)"
npx jest -c jest.e2e.config.cjs --json --outputFile=test-results/e2e.json
node scripts/summarize-tests.mjs test-results/unit.json test-results/e2e.json
