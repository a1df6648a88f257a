#!/usr/bin/env bash
# Prints the path of a Chromium for the end-to-end tests, installing Debian's package when possible.
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then echo "$CHROMIUM_PATH"; exit 0; fi
for candidate in /usr/bin/chromium /usr/bin/chromium-browser; do
  if [ -x "$candidate" ]; then echo "$candidate"; exit 0; fi
done
if [ -f /etc/debian_version ] && [ "$(id -u)" = "0" ]; then
  echo "Installing Chromium from Debian's packages…" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2
  echo /usr/bin/chromium
  exit 0
fi
echo "The end-to-end tests need Chromium. Install it (Debian/Ubuntu: 'sudo apt-get install chromium')," >&2
echo "or point CHROMIUM_PATH at a Chromium or Chrome executable, then run 'npm test' again." >&2
exit 1
