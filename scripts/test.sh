#!/usr/bin/env bash
# `npm test`: the catalogue build, the type check, the unit tests, then the end-to-end tests on the
# built extension in real Chromium, then the core of them in Firefox ESR (tests/firefox/). Builds what
# it needs, so it works on a fresh clone after `npm ci`. A browser that is missing and cannot be
# installed stops the run with one line saying why: a suite that did not run never counts as passed.
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
FIREFOX_PATH="$(bash scripts/ensure-firefox.sh)"
export FIREFOX_PATH
npx wxt build -b firefox >/dev/null
echo "Firefox-Kern der Ende-zu-Ende-Tests in $("$FIREFOX_PATH" --version 2>/dev/null || echo "$FIREFOX_PATH"):"
npm run -s test:firefox
