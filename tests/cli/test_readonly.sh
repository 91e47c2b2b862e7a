#!/usr/bin/env bash
# list, show, status and deployments read the public part of a workspace without its password (a
# cron job or monitoring needs no secret), say that what they show was not checked, change
# nothing, and everything else still needs the password.
# shellcheck source=tests/cli/lib.sh
. "${SIGNET_TEST_LIB:?set SIGNET_TEST_LIB to tests/cli/lib.sh}"

json_ok() {
    assert_eq "True" "$(json_query "$1" "$2" 2>&1)" "$3"
}

# signet-cli on the test workspace with no password from anywhere (and no terminal to ask on).
public() {
    "$SIGNET_CLI" --workspace "$WS" "$@" </dev/null
}

NOTE="read without the workspace password"

must cli init
must cli ca create Root --subject "CN=Read-only Root"
must cli issue server Root --dns web.example.test
must cli issue client Root --cn alice
must cli issue client Root --cn bob
must cli crl Root --out root.crl
must cli revoke bob --reason keyCompromise

must cli config nginx --server web.example.test --client-ca Root --out site

files_sum() {
    cat "$WS" "$WS-wal" 2>/dev/null | sha256sum
}
before=$(files_sum)
audit_before=$(cli audit --limit 1000 | grep -c '')

# --- the four reading commands, without a password ------------------------------------------
expect_ok public list
assert_contains "$OUT" "web.example.test" "list without a password shows the certificates"
assert_contains "$OUT" "alice" "list without a password shows every certificate"
assert_contains "$ERR" "$NOTE" "list says it read without the password"
with_password=$(cli list --json)
expect_ok public list --json
assert_eq "$with_password" "$OUT" "list --json reads the same without the password as with it"
expect_ok public list --ca Root --status revoked
assert_contains "$OUT" "bob" "list --ca --status works without the password"

expect_ok public show alice --json
json_ok "$OUT" "d['name'] == 'alice' and d['authenticated'] is False and d['formatVersion'] == 1" \
    "show --json says the row was not checked"
expect_ok cli show alice --json
json_ok "$OUT" "d['authenticated'] is True" "show --json with the password: checked"
assert_eq "" "$ERR" "no note when the password was given"
expect_ok public show web.example.test --pem
assert_contains "$OUT" "-----BEGIN CERTIFICATE-----" "show --pem without a password"

expect_ok public status --json
json_ok "$OUT" "d['formatVersion'] == 1 and d['authenticated'] is False" "status --json: not authenticated"
json_ok "$OUT" "d['counts']['revoked'] == 1 and d['unpublished'] == [{'ca': 'Root', 'count': 1}]" \
    "status without a password sees the unpublished revocation"
run public status --check
assert_eq 3 "$RC" "status --check needs no password and reports attention with 3"
assert_contains "$ERR" "revocations not yet published: 1" "status --check names what needs attention"
expect_ok cli status --json
json_ok "$OUT" "d['authenticated'] is True" "status --json with the password: authenticated"

expect_ok public deployments --json
json_ok "$OUT" "len(d['deployments']) == 1 and d['deployments'][0]['kind'] == 'nginx' and d['authenticated'] is False" \
    "deployments --json without a password"

SIGNET_PASSWORD='correct horse battery staple' expect_ok "$SIGNET_CLI" --workspace "$WS" status </dev/null
assert_eq "" "$ERR" "\$SIGNET_PASSWORD unlocks the reading commands (no note)"

assert_eq "$before" "$(files_sum)" "reading without the password writes nothing to the workspace"
assert_eq "$audit_before" "$(cli audit --limit 1000 | grep -c '')" "and adds no audit record"

# --- what needs the key still needs the password ---------------------------------------------
expect_fail 1 "password" public issue client Root --cn mallory
expect_fail 1 "password" public revoke alice
expect_fail 1 "password" public crl Root --out again.crl
expect_fail 1 "password" public export alice --format pem --out alice.pem
expect_fail 1 "password" public audit
assert_eq "$before" "$(files_sum)" "refused commands change nothing"

# --- bad workspaces get the same errors as with a password -----------------------------------
run "$SIGNET_CLI" --workspace "$TEST_DIR/missing.signet" list </dev/null
assert_eq "1" "$RC" "list of a missing workspace fails"
assert_contains "$ERR" "no workspace at" "and says there is none"
printf 'not a database at all' >"$TEST_DIR/junk.signet"
run "$SIGNET_CLI" --workspace "$TEST_DIR/junk.signet" list </dev/null
assert_eq "1:" "$RC:$OUT" "list of a file that is not a workspace fails and prints nothing"
assert_contains "$ERR" "not a Signet workspace" "and says so"
sqlite3 "$TEST_DIR/other.db" "create table t(x); insert into t values (1)"
run "$SIGNET_CLI" --workspace "$TEST_DIR/other.db" status </dev/null
assert_eq "1" "$RC" "status of another program's SQLite file fails"
assert_contains "$ERR" "not a Signet workspace" "and says so"

# --- an edit made outside Signet: shown unchecked, caught with the password -------------------
sqlite3 "$WS" "update certificates set name = 'eve' where name = 'alice'" || fail "sqlite3 edit"
expect_ok public list
assert_contains "$OUT" "eve" "without the password the edited row is shown as it is"
assert_contains "$ERR" "not checked for changes made outside Signet" "with the warning that nothing was checked"
assert_not_contains "$OUT" "altered" "without the key the edit cannot be told"
expect_ok cli list
assert_contains "$OUT" "altered" "with the password the same list marks the edited row altered"

finish
