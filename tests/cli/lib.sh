# shellcheck shell=bash
# Shared helpers for the signet-cli script tests. CTest runs each tests/cli/test_*.sh with
# SIGNET_CLI (the binary) and SIGNET_TEST_LIB (this file); a test starts with
#     . "$SIGNET_TEST_LIB"
# and ends with `finish`. Every test works in its own temporary folder, removed on exit, with its
# own HOME, so nothing touches the user's real workspace.

set -u
set -o pipefail

if [[ -z "${SIGNET_CLI:-}" || ! -x "${SIGNET_CLI}" ]]; then
    echo "SIGNET_CLI must name the signet-cli binary (got '${SIGNET_CLI:-}')" >&2
    exit 2
fi

TEST_DIR=$(mktemp -d "${TMPDIR:-/tmp}/signet-cli-test.XXXXXX")
PG_CLUSTER="$(dirname "${BASH_SOURCE[0]}")/../support/pg_cluster.sh"
_signet_cleanup() {
    local pid db
    for pid in $(jobs -p); do
        kill "$pid" 2>/dev/null
    done
    wait 2>/dev/null
    if [[ -f "$TEST_DIR/.databases" ]]; then
        while read -r db; do
            bash "$PG_CLUSTER" psql "$SIGNET_TEST_POSTGRES_DIR" postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" \
                >/dev/null 2>&1
        done < "$TEST_DIR/.databases"
    fi
    rm -rf "$TEST_DIR"
}
trap _signet_cleanup EXIT

export HOME="$TEST_DIR/home"
mkdir -p "$HOME"
unset SIGNET_WORKSPACE SIGNET_PASSWORD SIGNET_NEW_PASSWORD SIGNET_IMPORT_PASSWORD SIGNET_NOW
cd "$TEST_DIR" || exit 2

# The storage engine: a workspace file, or (a test run as *.postgres, SIGNET_TEST_ENGINE=postgresql)
# a database of its own on the server tests/support/pg_cluster.sh started in SIGNET_TEST_POSTGRES_DIR.
on_server() {
    [[ "${SIGNET_TEST_ENGINE:-sqlite}" == postgresql ]]
}
# new_workspace NAME: where another workspace of this test lives (a file path, or a new database).
new_workspace() {
    if on_server; then
        local db="cli_$$_${RANDOM}_$1"
        db=${db//[^a-zA-Z0-9_]/_}
        bash "$PG_CLUSTER" createdb "$SIGNET_TEST_POSTGRES_DIR" "$db" || exit 2
        echo "$db" >> "$TEST_DIR/.databases"
    else
        echo "$TEST_DIR/$1.signet"
    fi
}
if on_server; then
    export PGPASSFILE="$SIGNET_TEST_POSTGRES_DIR/pgpass"
    WS=$(new_workspace test)
else
    WS="$TEST_DIR/test.signet"
fi
# db_sql SQL [WORKSPACE]: runs SQL on a workspace below Signet (as an attacker who can write its
# storage would), printing rows as sqlite3 does ("|" between values).
db_sql() {
    local ws=${2:-$WS}
    if [[ "$ws" == postgresql://* ]]; then
        psql -X -q -At -v ON_ERROR_STOP=1 "$ws" -c "$1"
    else
        sqlite3 "$ws" "$1"
    fi
}
# stored_digest [WORKSPACE]: a digest of everything the workspace keeps (its file and WAL, or its dump).
stored_digest() {
    local ws=${1:-$WS}
    if [[ "$ws" == postgresql://* ]]; then
        # Where an id sequence stands is no content: a statement rolled back may have advanced it.
        pg_dump --no-owner "$ws" | grep -v -e '^\\\(un\)\?restrict' -e '^SELECT pg_catalog.setval' | sha256sum
    else
        cat "$ws" "$ws-wal" 2>/dev/null | sha256sum
    fi
}
PWFILE="$TEST_DIR/password.txt"
printf '%s\n' 'correct horse battery staple' > "$PWFILE"

TESTS_PASSED=0
TESTS_FAILED=0
# Output and status of the last `run`, expect_fail or expect_ok.
OUT=""
ERR=""
RC=0

# signet-cli on the test workspace.
cli() {
    "$SIGNET_CLI" --workspace "$WS" --password-file "$PWFILE" "$@"
}

pass() {
    TESTS_PASSED=$((TESTS_PASSED + 1))
    echo "ok - $1"
}

fail() {
    TESTS_FAILED=$((TESTS_FAILED + 1))
    echo "FAIL - $1" >&2
}

# run cmd...: runs it, keeping stdout in $OUT, stderr in $ERR and the exit code in $RC.
run() {
    local out_file="$TEST_DIR/.out" err_file="$TEST_DIR/.err"
    "$@" >"$out_file" 2>"$err_file"
    RC=$?
    OUT=$(cat "$out_file")
    ERR=$(cat "$err_file")
}

# expect_ok cmd...: the command succeeds; $OUT holds its output.
expect_ok() {
    run "$@"
    if [[ $RC -eq 0 ]]; then
        pass "$*"
    else
        fail "$* exited $RC: $ERR"
    fi
}

# must cmd...: like expect_ok, but a failure ends the test (later steps would only fail too).
must() {
    expect_ok "$@"
    if [[ $RC -ne 0 ]]; then
        finish
    fi
}

# expect_fail CODE "message substring" cmd...: exit code CODE and the substring on stderr. Failures
# (1) print exactly one line; usage errors (2) print the problem plus a "Try ... --help" hint.
expect_fail() {
    local code=$1 message=$2
    shift 2
    run "$@"
    local lines
    lines=$(printf '%s' "$ERR" | grep -c '')
    if [[ $RC -ne $code ]]; then
        fail "$* exited $RC, expected $code (stderr: $ERR)"
    elif [[ "$ERR" != *"$message"* ]]; then
        fail "$*: stderr lacks '$message': $ERR"
    elif [[ "$ERR" != signet-cli:* ]]; then
        fail "$*: stderr does not start with 'signet-cli:': $ERR"
    elif [[ $code -eq 1 && $lines -ne 1 ]]; then
        fail "$*: expected one line on stderr, got $lines: $ERR"
    elif [[ $code -eq 2 && "$ERR" != *"Try 'signet-cli"*"--help'."* ]]; then
        fail "$*: usage error without a --help hint: $ERR"
    else
        pass "$* fails with $code: $message"
    fi
}

# unchanged CODE "message" cmd...: expect_fail, then the workspace lists the same, its audit log
# has as many entries, and what it stores is the same (stored_digest).
unchanged() {
    local before_json before_audit before_sum
    before_json=$(cli list --json)
    before_audit=$(cli audit --limit 1000000 | grep -c '')
    before_sum=$(stored_digest)
    expect_fail "$@"
    assert_eq "$before_json" "$(cli list --json)" "list --json unchanged after: ${*:3}"
    assert_eq "$before_audit" "$(cli audit --limit 1000000 | grep -c '')" "audit log unchanged after: ${*:3}"
    assert_eq "$before_sum" "$(stored_digest)" "workspace bytes unchanged after: ${*:3}"
}

# assert_eq EXPECTED ACTUAL DESCRIPTION
assert_eq() {
    if [[ "$1" == "$2" ]]; then
        pass "$3"
    else
        fail "$3: expected '$1', got '$2'"
    fi
}

# assert_contains HAYSTACK NEEDLE DESCRIPTION
assert_contains() {
    if [[ "$1" == *"$2"* ]]; then
        pass "$3"
    else
        fail "$3: '$2' not found in: $1"
    fi
}

# assert_not_contains HAYSTACK NEEDLE DESCRIPTION
assert_not_contains() {
    if [[ "$1" != *"$2"* ]]; then
        pass "$3"
    else
        fail "$3: '$2' unexpectedly found in: $1"
    fi
}

# assert_cmd DESCRIPTION cmd...: a check done by another program (openssl, python3) succeeds.
assert_cmd() {
    local description=$1
    shift
    run "$@"
    if [[ $RC -eq 0 ]]; then
        pass "$description"
    else
        fail "$description: '$*' exited $RC: $OUT $ERR"
    fi
}

# json_query JSON PYTHON_EXPRESSION: evaluates the expression with `d` bound to the parsed JSON.
json_query() {
    python3 -c 'import json, sys; d = json.loads(sys.argv[1]); print(eval(sys.argv[2]))' "$1" "$2"
}

# The summary line; the exit status tells CTest whether anything failed.
finish() {
    echo "$TESTS_PASSED passed, $TESTS_FAILED failed"
    if [[ $TESTS_FAILED -ne 0 || $TESTS_PASSED -eq 0 ]]; then
        exit 1
    fi
    exit 0
}
