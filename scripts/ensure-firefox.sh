#!/usr/bin/env bash
# Prints the path of a Firefox ESR for the Firefox end-to-end tests. Installs Debian's firefox-esr when
# it can (root with apt-get); otherwise stops with one line saying why and how. Puppeteer's own browser
# download and geckodriver do not work on these machines (no access beyond the package registries);
# the tests drive Firefox over WebDriver BiDi, which needs neither.
set -euo pipefail
for candidate in "${FIREFOX_PATH:-}" /usr/bin/firefox-esr /usr/bin/firefox; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then echo "$candidate"; exit 0; fi
done
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Firefox fehlt – installiere Debians firefox-esr mit apt-get …" >&2
  if (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends firefox-esr) >&2 && [ -x /usr/bin/firefox-esr ]; then
    echo /usr/bin/firefox-esr; exit 0
  fi
  echo "Firefox-Tests nicht gelaufen: firefox-esr ließ sich nicht installieren ('apt-get install firefox-esr' von Hand versuchen oder FIREFOX_PATH setzen)." >&2
  exit 1
fi
echo "Firefox-Tests nicht gelaufen: Firefox fehlt – bitte 'sudo apt-get install --no-install-recommends firefox-esr' ausführen (oder FIREFOX_PATH setzen) und 'npm test' wiederholen." >&2
exit 1
