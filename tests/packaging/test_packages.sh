#!/usr/bin/env bash
# The two Debian packages, built from this build with CPack: lintian finds no error or warning,
# the desktop entry and AppStream metadata validate, every file is where a desktop expects it, the
# Depends are right, the binaries are stripped, and the packages unpacked into a temporary root run:
# signet-cli makes a CA and a certificate, signet answers --version and --help without a display.
. "$SIGNET_TEST_LIB"

build=${SIGNET_BUILD_DIR:?SIGNET_BUILD_DIR must name the build folder}
pkgs="$TEST_DIR/packages"
must cpack --config "$build/CPackConfig.cmake" -B "$pkgs"
cli_deb=$(ls "$pkgs"/signet-cli_*_amd64.deb 2>/dev/null | head -n 1)
gui_deb=$(ls "$pkgs"/signet_*_amd64.deb 2>/dev/null | head -n 1)
[[ -f "$cli_deb" && -f "$gui_deb" ]] || { fail "cpack made signet-cli and signet packages: $(ls "$pkgs")"; finish; }
pass "cpack made $(basename "$cli_deb") and $(basename "$gui_deb")"

# lintian: no error, and no warning but the one every package outside the Debian archive gets.
run lintian --fail-on error,warning --suppress-tags initial-upload-closes-no-bugs "$cli_deb" "$gui_deb"
assert_eq 0 "$RC" "lintian finds no error or warning ($(grep -cE '^[EW]:' <<<"$OUT") tags)"
[[ $RC -eq 0 ]] || echo "$OUT"

version=$(dpkg-deb -f "$cli_deb" Version)
assert_eq "$version" "$(dpkg-deb -f "$gui_deb" Version)" "both packages have version $version"
cli_depends=$(dpkg-deb -f "$cli_deb" Depends)
gui_depends=$(dpkg-deb -f "$gui_deb" Depends)
for lib in libqt6sql6-sqlite libqt6core6 libqt6sql6 libssl3 libsqlite3-0; do
    assert_contains "$cli_depends" "$lib" "signet-cli depends on $lib"
done
for lib in libqt6gui6 libqt6widgets6 libqt6svg6; do
    assert_not_contains "$cli_depends" "$lib" "signet-cli stays headless: no $lib"
    assert_contains "$gui_depends" "$lib" "signet depends on $lib"
done
assert_contains "$gui_depends" "signet-cli (= $version)" "signet depends on signet-cli of the same version"
assert_eq "qt6-translations-l10n" "$(dpkg-deb -f "$gui_deb" Recommends)" "signet recommends Qt's translations"
assert_eq "libqt6sql6-psql" "$(dpkg-deb -f "$cli_deb" Recommends)" "signet-cli recommends Qt's PostgreSQL driver (team workspaces)"
assert_not_contains "$cli_depends" "libqt6sql6-psql" "a workspace file needs no PostgreSQL driver"

# Every file an installed desktop application has, in the package it belongs to.
cli_files="$(dpkg-deb -c "$cli_deb" | awk '{print $6}')"$'\n'
gui_files="$(dpkg-deb -c "$gui_deb" | awk '{print $6}')"$'\n'
for f in ./usr/bin/signet-cli ./usr/share/man/man1/signet-cli.1.gz \
    ./usr/share/bash-completion/completions/signet-cli ./usr/share/zsh/vendor-completions/_signet-cli \
    ./usr/share/doc/signet-cli/copyright ./usr/share/doc/signet-cli/changelog.Debian.gz \
    ./usr/lib/systemd/user/signet-status.service ./usr/lib/systemd/user/signet-status.timer; do
    assert_contains "$cli_files" "$f"$'\n' "signet-cli contains $f"
done
app_id=$(dpkg-deb -c "$gui_deb" | awk '{print $6}' | sed -n 's|^./usr/share/applications/\(.*\)\.desktop$|\1|p')
assert_eq 1 "$(grep -c . <<<"$app_id")" "signet contains one desktop entry ($app_id)"
for f in ./usr/bin/signet ./usr/share/man/man1/signet.1.gz "./usr/share/applications/$app_id.desktop" \
    "./usr/share/metainfo/$app_id.metainfo.xml" ./usr/share/mime/packages/signet.xml \
    "./usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
    ./usr/share/icons/hicolor/scalable/mimetypes/application-x-signet-workspace.svg \
    ./usr/share/doc/signet/copyright ./usr/share/doc/signet/changelog.Debian.gz ./usr/share/doc/signet/README.md; do
    assert_contains "$gui_files" "$f"$'\n' "signet contains $f"
done
for size in 16 22 32 48 64 128 256; do
    assert_contains "$gui_files" "./usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png" "signet has the ${size} px icon"
    assert_contains "$gui_files" "./usr/share/icons/hicolor/${size}x${size}/mimetypes/application-x-signet-workspace.png" \
        "signet has the ${size} px workspace icon"
done
assert_not_contains "$cli_files$gui_files" "signet-cli-reference" "the build-time generator is not shipped"

root="$TEST_DIR/root"
mkdir -p "$root"
dpkg-deb -x "$cli_deb" "$root" && dpkg-deb -x "$gui_deb" "$root"
for bin in signet signet-cli; do
    assert_contains "$(file "$root/usr/bin/$bin")" ", stripped" "$bin is stripped"
done
png_size=$(file "$root/usr/share/icons/hicolor/16x16/apps/$app_id.png")
assert_contains "$png_size" "16 x 16" "the 16 px icon is 16 x 16 pixels"

desktop="$root/usr/share/applications/$app_id.desktop"
run desktop-file-validate "$desktop"
assert_eq "0:" "$RC:$OUT$ERR" "desktop-file-validate is silent"
exec_line=$(sed -n 's/^Exec=//p' "$desktop")
assert_eq "signet %F" "$exec_line" "the menu entry opens the files it is given"
mimetypes=$(sed -n 's/^MimeType=//p' "$desktop")
for type in application/x-signet-workspace application/x-x509-ca-cert application/pkcs10 \
    application/x-pkcs7-certificates application/pkcs12; do
    assert_contains "$mimetypes" "$type;" "the desktop entry takes $type"
done
assert_eq "$app_id" "$(sed -n 's/^Icon=//p' "$desktop")" "the desktop entry's icon is the app id"
run appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/$app_id.metainfo.xml"
assert_eq 0 "$RC" "appstreamcli validate --pedantic passes"
assert_not_contains "$OUT" "P: " "appstreamcli has no pedantic remark"
assert_contains "$(cat "$root/usr/share/metainfo/$app_id.metainfo.xml")" "<release version=\"${version%-*}\"" \
    "the metainfo lists this release"
run xmllint --noout "$root/usr/share/mime/packages/signet.xml"
assert_eq 0 "$RC" "the MIME package is well-formed XML"

# The daily check's units are valid as systemd reads them (run against the unpacked program).
units="$TEST_DIR/units"
mkdir -p "$units"
sed "s|^ExecStart=/usr/bin/signet-cli|ExecStart=$root/usr/bin/signet-cli|" \
    "$root/usr/lib/systemd/user/signet-status.service" >"$units/signet-status.service"
cp "$root/usr/lib/systemd/user/signet-status.timer" "$units/"
# The units' Documentation= names the package's man page: found where the package was unpacked.
run env MANPATH="$root/usr/share/man" systemd-analyze verify "$units/signet-status.service" "$units/signet-status.timer"
assert_eq "0:" "$RC:$ERR" "systemd-analyze verify accepts the status service and timer"
assert_contains "$(cat "$units/signet-status.timer")" "OnCalendar=daily" "the timer runs daily"

# The unpacked programs run, on the system's Qt and OpenSSL.
cli_bin="$root/usr/bin/signet-cli"
expect_ok "$cli_bin" --version
assert_eq "signet-cli ${version%-*}" "$OUT" "signet-cli --version"
ws="$TEST_DIR/packaged.signet"
expect_ok "$cli_bin" --workspace "$ws" --password-file "$PWFILE" init
expect_ok "$cli_bin" --workspace "$ws" --password-file "$PWFILE" ca create "Package Root" --subject "CN=Package Root"
expect_ok "$cli_bin" --workspace "$ws" --password-file "$PWFILE" issue server "Package Root" --dns pkg.example.test
expect_ok "$cli_bin" --workspace "$ws" --password-file "$PWFILE" list
assert_contains "$OUT" "pkg.example.test" "the packaged signet-cli lists what it issued"

# The daily service's command, run as the unit runs it: no password, no terminal, the default
# workspace of its user. A revocation no CRL lists yet is "attention needed" (3, a failed run).
unit_home="$TEST_DIR/unit-home"
unit_ws="$unit_home/.local/share/signet/default.signet"
expect_ok "$cli_bin" --workspace "$unit_ws" --password-file "$PWFILE" init
expect_ok "$cli_bin" --workspace "$unit_ws" --password-file "$PWFILE" ca create "Unit Root" --subject "CN=Unit Root"
expect_ok "$cli_bin" --workspace "$unit_ws" --password-file "$PWFILE" issue client "Unit Root" --cn unit-client
exec_start=$(sed -n "s|^ExecStart=||p" "$units/signet-status.service" | sed "s|%h|$unit_home|g")
read -r -a unit_command <<<"$exec_start"
run env -i HOME="$unit_home" PATH=/usr/bin:/bin "${unit_command[@]}" </dev/null
assert_eq "0" "$RC" "the service's command passes on a sound workspace, without a password ($ERR)"
assert_contains "$OUT" "Revocations: all published" "and reports it"
expect_ok "$cli_bin" --workspace "$unit_ws" --password-file "$PWFILE" revoke unit-client
run env -i HOME="$unit_home" PATH=/usr/bin:/bin "${unit_command[@]}" </dev/null
assert_eq "3" "$RC" "the service's command fails with 3 when a revocation is not published"
assert_contains "$ERR" "revocations not yet published: 1" "and names it"
run env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$root/usr/bin/signet" --version
assert_eq "0:signet ${version%-*}" "$RC:$OUT" "signet --version works without a display"
run env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$root/usr/bin/signet" --help
assert_contains "$RC:$OUT" "0:Usage:" "signet --help works without a display"
assert_contains "$OUT" '$XDG_DATA_HOME/signet/default.signet' "signet --help names the default workspace literally"
assert_not_contains "$OUT" "$HOME" "signet --help does not print the home folder"
run env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$root/usr/bin/signet"
assert_contains "$RC:$ERR" "1:signet: no graphical display" "signet without a display says so and exits 1"

for page in signet-cli signet; do
    run env LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$root/usr/share/man/man1/$page.1.gz"
    assert_eq "0:" "$RC:$ERR" "man $page renders without a warning"
done
finish
