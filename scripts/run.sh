#!/usr/bin/env bash
# Builds Signet and starts the desktop application on the default workspace
# (~/.local/share/signet/default.signet; the first start offers to create it).
# Without a display it falls back to signet-cli on the same workspace.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec build/default/app/gui/signet "$@"
fi

cli=build/default/app/cli/signet-cli
workspace=${SIGNET_WORKSPACE:-${XDG_DATA_HOME:-$HOME/.local/share}/signet/default.signet}
echo "No graphical display here: using signet-cli on $workspace instead."
if [ ! -f "$workspace" ]; then
    echo "No workspace yet: creating it."
    "$cli" init
fi
"$cli" list
cat <<HELP

Next steps:
  $cli ca create "Home Root CA" --subject "CN=Home Root CA,O=Home"
  $cli issue server "Home Root CA" --dns nas.home.arpa
  $cli issue client "Home Root CA" --cn "alice-phone"
  $cli export alice-phone --format p12 --p12-profile compatible --out alice-phone.p12
  $cli config nginx --server nas.home.arpa --client-ca "Home Root CA" --out ./nginx-mtls
  $cli --help
HELP
