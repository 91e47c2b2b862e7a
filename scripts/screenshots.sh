#!/usr/bin/env bash
# Regenerates the screenshots that the README and the AppStream metadata show (docs/screenshots/)
# with the screenshot programs in tests/shots: in English, on a virtual X display, with a neutral
# home folder (/home/admin) so that no real path appears in them. Look at them before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh test
cmake --preset default >/dev/null
cmake --build --preset default --target shots_main shots_wizards shots_dialogs
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

shoot() { # shoot PROGRAM: its pictures land in $out/PROGRAM
    local program=$1
    local run=(env SIGNET_SHOTS_DIR="$out/$program" SIGNET_SHOTS_LANG=en LANGUAGE=en LC_ALL=C.UTF-8
               xvfb-run -a -s "-screen 0 1280x800x24" "build/default/tests/$program")
    if [ "$(id -u)" -eq 0 ] && command -v unshare >/dev/null; then
        # A private, empty /home/admin for the program alone: nothing is left behind.
        unshare -m sh -c 'mount -t tmpfs tmpfs /home && mkdir -p /home/admin && HOME=/home/admin exec "$@"' sh "${run[@]}"
    else
        "${run[@]}"
    fi
}
for program in shots_main shots_wizards shots_dialogs; do
    shoot "$program" >"$out/$program.log" 2>&1 || { cat "$out/$program.log"; exit 1; }
done
cp "$out/shots_main/main-window.png" docs/screenshots/main-window.png
cp "$out/shots_wizards/client-1.png" docs/screenshots/client-wizard.png
cp "$out/shots_dialogs/export-p12.png" docs/screenshots/export-dialog.png
cp "$out/shots_dialogs/server-config.png" docs/screenshots/server-config.png
echo "Updated: $(ls docs/screenshots/*.png | tr '\n' ' ')"
