#!/usr/bin/env bash
# `npm run bench`: what Filmlupe costs a page (bench/README.md). Builds what it needs, so it works on a
# fresh clone after `npm ci`. A measurement, not a test: it exits 0 when budgets fail, and non-zero only
# when something could not be measured.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/tmp
npm run -s catalogue
# `wxt zip` builds chrome-mv3 and packs the zip a store receives (its size is a budget).
npx wxt zip >/dev/null
# A snapshot of the build: other work in this tree may rebuild .output while the bench runs.
rm -rf bench/tmp/extension && cp -r .output/chrome-mv3 bench/tmp/extension
cp "$(ls -t .output/*-chrome.zip | head -n 1)" bench/tmp/extension.zip
CHROMIUM_PATH="$(bash scripts/ensure-chromium.sh)"
export CHROMIUM_PATH
"$CHROMIUM_PATH" --version > bench/tmp/chromium-version.txt 2>/dev/null || true
status=0
npx tsx scripts/bench/sizes.ts bench/tmp/extension bench/tmp/extension.zip || status=1
npx tsx scripts/bench/matcher.ts || status=1
npx tsx scripts/bench/browser.ts bench/tmp/extension || status=1
npx tsx scripts/bench/worker.ts bench/tmp/extension || status=1
npx tsx scripts/bench/hard.ts bench/tmp/extension || status=1
npx tsx scripts/bench/import-page.ts bench/tmp/extension || status=1
npx tsx scripts/bench/report.ts || status=1
exit $status
