#!/usr/bin/env bash
# The production build (dist/) must carry nothing of the stand-ins: no demo sign-in, no simulated Outlook (in
# process or on the web), no MicrosoftAjax stand-in, no stand-in nested-app-auth bridge or broker, no emulator. The
# same markers must be found in the demo build, so the check cannot pass by looking at nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
markers='demo-signature|Saved meeting in your calendar|adele\.vance@contoso\.example|/_emulator/|ContextActivationManager_getAppContextAsync|Sys\.ParameterCountException|meeting-attachments/nested-app-auth|meeting-attachments/outlook-win32'
if grep -rlE "$markers" --include='*.js' --include='*.html' dist; then
  echo "The production build contains demo or stand-in code (files above)." >&2
  exit 1
fi
for marker in demo-signature "Saved meeting in your calendar" "/_emulator/" \
  "ContextActivationManager_getAppContextAsync" "Sys.ParameterCountException" "meeting-attachments/nested-app-auth" "meeting-attachments/outlook-win32"; do
  if ! grep -rqF --include='*.js' "$marker" .demo-build; then
    echo "The demo build lacks \"$marker\": the stand-in check would prove nothing." >&2
    exit 1
  fi
done
echo "The production build carries none of the stand-ins."
