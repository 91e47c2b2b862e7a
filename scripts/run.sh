#!/usr/bin/env bash
# Builds Signet and opens the default workspace with signet-cli: creates it on the first run,
# then shows what it holds and what to do next.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default
cli=build/default/app/cli/signet-cli
workspace=${SIGNET_WORKSPACE:-${XDG_DATA_HOME:-$HOME/.local/share}/signet/default.signet}
if [ ! -f "$workspace" ]; then
    echo "No workspace yet: creating $workspace"
    "$cli" init
fi
"$cli" list
cat <<HELP

Signet is ready ($workspace). Next steps:
  $cli ca create "Home Root CA" --subject "CN=Home Root CA,O=Home"
  $cli issue server "Home Root CA" --dns nas.home.arpa
  $cli issue client "Home Root CA" --cn "alice-phone"
  $cli export alice-phone --format p12 --p12-profile compatible --out alice-phone.p12
  $cli config nginx --server nas.home.arpa --client-ca "Home Root CA" --out ./nginx-mtls
  $cli --help
HELP
