#!/usr/bin/env bash
# NSS, the certificate library of Firefox (and of Chrome on Linux), judges Signet's PKCS#12 files:
# for both profiles, `pk12util` imports the client's .p12 into a fresh NSS database (and refuses a
# wrong password), the certificate arrives with its private key, and once the root is trusted
# `certutil -V` finds the client certificate valid for SSL client authentication and not for an SSL
# server, the server certificate valid for an SSL server, and a client from another CA invalid.
# shellcheck disable=SC2317 # the hooks that lib.sh calls look unreachable
set -uo pipefail
# shellcheck source=lib.sh source-path=SCRIPTDIR
source "$(dirname "$0")/lib.sh"

for tool in pk12util certutil; do
    command -v "$tool" >/dev/null || die "$tool is not installed (libnss3-tools; the README's test command installs it)"
done

# nss_check DESCRIPTION accepted|refused CMD...: runs an NSS tool; its output stays in $out.
nss_check() {
    local rc got=refused
    out=$("${@:3}" 2>&1)
    rc=$?
    [ "$rc" -eq 0 ] && got=accepted
    [ "$got" = "$2" ] || got="$got (exit $rc): $out"
    check "$1" "$2" "$got"
}

make_pki
cli export Root --format pem --out "$work/root.pem" >/dev/null || die "export Root"
cli export web --format pem --out "$work/web.pem" >/dev/null || die "export web"
# Firefox users type the passphrase: a non-ASCII one must mean the same to OpenSSL and to NSS.
password='nss pässwort 42'
printf '%s\n' "$password" >"$work/p12-password"
other export mallory --format p12 --export-password-file "$work/p12-password" --out "$work/mallory.p12" \
    >/dev/null || die "export mallory"

for profile in modern compatible; do
    p12="$work/alice-$profile.p12"
    cli export alice --format p12 --p12-profile "$profile" --export-password-file "$work/p12-password" \
        --out "$p12" >/dev/null || die "export alice $profile"
    db="sql:$work/nss-$profile"
    mkdir "$work/nss-$profile" || die "mkdir ($profile)"
    certutil -N -d "$db" --empty-password || die "certutil -N ($profile)"

    nss_check "$profile: pk12util refuses a wrong password" refused \
        pk12util -i "$p12" -d "$db" -W 'wrong password' -K ''
    check_contains "$profile: NSS says the password is wrong" "SEC_ERROR_BAD_PASSWORD" "$out"
    nss_check "$profile: pk12util imports the .p12" accepted pk12util -i "$p12" -d "$db" -W "$password" -K ''
    check_contains "$profile: pk12util reports success" "PKCS12 IMPORT SUCCESSFUL" "$out"

    # The certificate is listed under its friendly name as the user's own (u), with its key and chain.
    check "$profile: certutil -L lists alice as a user certificate" "u,u,u" \
        "$(certutil -L -d "$db" | awk '$1 == "alice" {print $2}')"
    check_contains "$profile: certutil -K lists alice's private key" " alice" "$(certutil -K -d "$db" 2>&1)"
    check "$profile: the chain came along (alice, Clients, Root)" "3" "$(certutil -L -d "$db" | tail -n +5 | grep -c .)"

    nss_check "$profile: alice is not valid before the root is trusted" refused certutil -V -n alice -u C -d "$db"
    # C: trusted to issue server certificates; T: client certificates, which -u C (a server
    # checking its client) needs.
    certutil -A -n "Interop Root" -t "CT,," -i "$work/root.pem" -d "$db" || die "trust the root ($profile)"
    nss_check "$profile: alice is valid for SSL client authentication" accepted certutil -V -n alice -u C -d "$db"
    check_contains "$profile: certutil says so" "certificate is valid" "$out"
    nss_check "$profile: alice is not valid for an SSL server" refused certutil -V -n alice -u V -d "$db"
    check_contains "$profile: NSS names the wrong usage" "not approved for application" "$out"

    certutil -A -n web -t ",," -i "$work/web.pem" -d "$db" || die "import web ($profile)"
    nss_check "$profile: the server certificate is valid for an SSL server" accepted certutil -V -n web -u V -d "$db"
    nss_check "$profile: the server certificate is not valid for SSL client authentication" refused \
        certutil -V -n web -u C -d "$db"
done

# A client of another CA imports (its .p12 carries its own root) but is not valid: that root is
# not trusted, only ours is.
db="sql:$work/nss-compatible"
nss_check "pk12util imports mallory's .p12" accepted pk12util -i "$work/mallory.p12" -d "$db" -W "$password" -K ''
nss_check "mallory (another CA) is not valid for SSL client authentication" refused certutil -V -n mallory -u C -d "$db"
check_contains "NSS says mallory's issuer is not trusted" "issuer" "$out"

# What the linter says of Ed25519 CAs is what NSS does: it cannot even add such a root.
ed() { "$CLI" --workspace "$work/ed.signet" --password-file "$work/pw" "$@"; }
ed init >/dev/null || die "init ed.signet"
out=$(ed ca create EdRoot --subject "CN=Ed25519 Root" --key ed25519 2>&1)
check_contains "Signet refuses an Ed25519 CA, naming NSS" "nss.ca.ed25519" "$out"
ed ca create EdRoot --subject "CN=Ed25519 Root" --key ed25519 --force >/dev/null 2>&1 || die "forced Ed25519 CA"
ed export EdRoot --format pem --out "$work/ed-root.pem" >/dev/null || die "export EdRoot"
mkdir -p "$work/nss-ed" && certutil -N -d "sql:$work/nss-ed" --empty-password || die "certutil -N (ed)"
out=$(certutil -A -n ed -t "CT,," -i "$work/ed-root.pem" -d "sql:$work/nss-ed" 2>&1)
check "NSS cannot add the Ed25519 root" "1" "$([ $? -ne 0 ] && echo 1 || echo 0)"
check_contains "NSS says why" "SEC_ERROR_ADDING_CERT" "$out"

finish
