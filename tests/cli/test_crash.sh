#!/usr/bin/env bash
# Crash safety: signet-cli is killed with SIGKILL at random moments during issue, revoke, crl,
# import, passwd and init. After every kill the workspace passes SQLite's integrity check and
# `verify`, and unlocks with exactly one of the old and new passwords; a killed init leaves either
# nothing or a complete workspace, never a half-made file. (SIGNET_CRASH_TRIALS sets the number.)
# shellcheck source=tests/cli/lib.sh
. "$SIGNET_TEST_LIB"

RANDOM=20261127
trials=${SIGNET_CRASH_TRIALS:-60}

must cli init
must cli ca create Root --subject "CN=Crash Root"
must cli ca create Issuing --issuer Root --subject "CN=Crash Issuing"
for i in 1 2 3 4 5 6; do
    must cli issue client Issuing --cn "victim-$i"
done
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout import.key -out import.pem \
    -subj "/CN=Imported" -days 30 2>/dev/null || fail "openssl made no certificate to import"
printf '%s\n' 'another password entirely' > "$TEST_DIR/other-password.txt"

# Starts one operation as a direct child (so that SIGKILL reaches signet-cli itself); sets $pid.
start_operation() {
    local op=$1 n=$2 ws=$WS
    local -a args
    case $op in
        issue) args=(issue client Issuing --cn "crash-$n") ;;
        revoke) args=(revoke "victim-$(((n % 6) + 1))") ;;
        crl) args=(crl Issuing --out "crl-$n.pem") ;;
        import) args=(import import.pem) ;;
        passwd) args=(passwd --new-password-file "$TEST_DIR/other-password.txt") ;;
        init) args=(init) ws="$TEST_DIR/new-$n.signet" ;;
    esac
    "$SIGNET_CLI" --workspace "$ws" --password-file "$PWFILE" "${args[@]}" >/dev/null 2>&1 &
    pid=$!
}

# After a killed passwd either password may be the current one: find it, swap the files if needed.
current_password() {
    if "$SIGNET_CLI" --workspace "$WS" --password-file "$PWFILE" list >/dev/null 2>&1; then
        return 0
    fi
    if "$SIGNET_CLI" --workspace "$WS" --password-file "$TEST_DIR/other-password.txt" list >/dev/null 2>&1; then
        cp "$PWFILE" "$TEST_DIR/swap.txt"
        cp "$TEST_DIR/other-password.txt" "$PWFILE"
        cp "$TEST_DIR/swap.txt" "$TEST_DIR/other-password.txt"
        return 0
    fi
    return 1
}

operations=(issue revoke crl import passwd init)

# How long each operation takes here, uninterrupted, so that the kills land inside it on a fast
# machine and on a slow one alike.
declare -A duration_ms
for op in "${operations[@]}"; do
    t0=$(date +%s%N)
    start_operation "$op" 0
    wait "$pid" || fail "$op did not succeed when left to finish"
    duration_ms[$op]=$((($(date +%s%N) - t0) / 1000000))
    echo "# $op takes ${duration_ms[$op]} ms"
done
rm -f "$TEST_DIR/new-0.signet"
current_password || fail "neither password unlocks the workspace after the timing runs"

broken=0
killed=0
for n in $(seq 1 "$trials"); do
    op=${operations[$((n % ${#operations[@]}))]}
    start_operation "$op" "$n"
    # Anywhere in the first 90 % of the operation: the unlock, the transaction, the file writes.
    delay=$((RANDOM % (duration_ms[$op] * 9 / 10 + 1)))
    sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    [[ $? -eq 137 ]] && killed=$((killed + 1))
    if [[ $op == init ]]; then
        new="$TEST_DIR/new-$n.signet"
        if [[ -e $new ]] && ! "$SIGNET_CLI" --workspace "$new" --password-file "$PWFILE" verify >/dev/null 2>&1; then
            fail "trial $n: a killed init left $new, which does not open and verify"
            broken=$((broken + 1))
        fi
        rm -f "$new" "$new-wal" "$new-shm" "$TEST_DIR"/.new-"$n".signet.new-*
        continue
    fi
    if [[ "$(sqlite3 "$WS" 'PRAGMA integrity_check')" != ok ]]; then
        fail "trial $n ($op): SQLite integrity check failed"
        broken=$((broken + 1))
    elif ! current_password; then
        fail "trial $n ($op): neither password unlocks the workspace"
        broken=$((broken + 1))
    elif ! cli verify >verify.out 2>&1; then
        fail "trial $n ($op): verify failed: $(cat verify.out)"
        broken=$((broken + 1))
    fi
done
assert_eq "0" "$broken" "$trials kill -9 trials left the workspace intact"
assert_eq "yes" "$([[ $killed -ge $((trials / 2)) ]] && echo yes || echo no)" \
    "most trials killed signet-cli while it ran ($killed of $trials; the others had finished)"
must cli verify
assert_contains "$OUT" "workspace intact" "the workspace verifies after the trials"
must cli audit --verify
finish
