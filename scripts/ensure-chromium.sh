#!/usr/bin/env bash
# Prints the path of a Chromium for the end-to-end tests. Installs Debian's chromium when it can
# (root with apt-get); otherwise stops with one line saying how. Playwright's own browser download
# does not work on these machines (no access beyond the package registries).
set -euo pipefail
for candidate in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then echo "$candidate"; exit 0; fi
done
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Chromium fehlt – installiere Debians chromium mit apt-get …" >&2
  if (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >&2 && [ -x /usr/bin/chromium ]; then
    echo /usr/bin/chromium; exit 0
  fi
  echo "Chromium ließ sich nicht installieren: 'apt-get install chromium' von Hand versuchen (oder CHROMIUM_PATH setzen)." >&2
  exit 1
fi
echo "Chromium fehlt: bitte 'sudo apt-get install chromium' ausführen (oder CHROMIUM_PATH setzen) und 'npm test' wiederholen." >&2
exit 1
