#!/usr/bin/env bash
# Installs from Debian 12 what Signet needs. Idempotent and quick when everything is there.
#   install-deps.sh         what building and running the application need (scripts/run.sh)
#   install-deps.sh test    that, plus what the test suite needs: the servers and clients of the
#                           interop tests, the packaging tools and clang with libFuzzer for the
#                           fuzz harnesses (scripts/test.sh)
# Web servers and PostgreSQL are installed only for the tests. Their services are kept from starting
# during the installation and left disabled afterwards: the tests start them themselves, on
# 127.0.0.1 (PostgreSQL in a folder of their own, tests/support/pg_cluster.sh).
set -euo pipefail

build_packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libgl-dev libssl-dev libsqlite3-dev libpq-dev librsvg2-bin
)
test_packages=(
    openssl sqlite3 python3 curl gnutls-bin libnss3-tools shellcheck time
    xvfb xauth imagemagick
    nginx apache2 haproxy nodejs
    dpkg-dev file lintian desktop-file-utils appstream man-db groff-base libxml2-utils systemd
    bash-completion zsh
    easy-rsa xca sshfs openssh-server
    postgresql postgresql-client
    clang libclang-rt-14-dev
)
# Packages whose installation enables a system service.
services=(nginx apache2 haproxy openssh-server postgresql)

case "${1:-build}" in
    build) packages=("${build_packages[@]}") ;;
    test) packages=("${build_packages[@]}" "${test_packages[@]}") ;;
    *) echo "usage: $0 [build|test]" >&2; exit 2 ;;
esac

installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q '^install ok installed$'
}

missing=()
for p in "${packages[@]}"; do
    installed "$p" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi
new_services=()
for s in "${services[@]}"; do
    for p in "${missing[@]}"; do
        [ "$p" == "$s" ] && new_services+=("$s")
    done
done

echo "Installing from Debian: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# invoke-rc.d asks /usr/sbin/policy-rc.d whether a package may start its service; 101 means no.
# Only a policy this script wrote is removed again, on every way out.
policy_created=0
remove_policy() {
    if [ $policy_created -eq 1 ]; then
        "${sudo_cmd[@]}" rm -f /usr/sbin/policy-rc.d
        policy_created=0
    fi
}
trap remove_policy EXIT
trap 'remove_policy; exit 130' INT TERM HUP
if [ ${#new_services[@]} -gt 0 ] && [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | "${sudo_cmd[@]}" tee /usr/sbin/policy-rc.d >/dev/null
    "${sudo_cmd[@]}" chmod 755 /usr/sbin/policy-rc.d
    policy_created=1
fi
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
remove_policy

# A server package installed here for the tests must not start at the next boot.
for s in "${new_services[@]}"; do
    unit=${s/openssh-server/ssh}
    if command -v systemctl >/dev/null; then
        "${sudo_cmd[@]}" systemctl disable --quiet "$unit"
    elif command -v update-rc.d >/dev/null; then
        "${sudo_cmd[@]}" update-rc.d "$unit" disable >/dev/null
    fi
done
