#!/usr/bin/env bash
# `npm test`: the catalogue build, the type check, the unit tests, then the end-to-end tests on the
# built extension in real Chromium. Builds what it needs, so it works on a fresh clone after `npm ci`.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run -s catalogue
# After the catalogue: the background imports the generated .generated/catalogue.json.
npm run -s typecheck
npx vitest run
CHROMIUM_PATH="$(bash scripts/ensure-chromium.sh)"
export CHROMIUM_PATH
npx wxt build >/dev/null
npx playwright test
