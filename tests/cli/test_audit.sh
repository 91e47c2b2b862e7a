#!/usr/bin/env bash
# `signet-cli audit`: who did what and when, newest first, with the account that did it; filtered by
# text, action family and time; as JSON; bad dates are usage errors.
# engines: sqlite postgresql
# shellcheck source=tests/cli/lib.sh
. "${SIGNET_TEST_LIB:?set SIGNET_TEST_LIB to tests/cli/lib.sh}"

export USER=auditor
export SIGNET_NOW=2026-03-01T09:00:00Z
must cli init
must cli ca create Root --subject "CN=Audit Root"
export SIGNET_NOW=2026-03-02T09:00:00Z
must cli issue server Root --dns web.example.test --name web
must cli issue client Root --cn alice
export SIGNET_NOW=2026-03-03T09:00:00Z
must cli revoke alice --reason keyCompromise
unset SIGNET_NOW

must cli audit
assert_eq "5" "$(grep -c '' <<<"$OUT")" "one line per entry"
assert_eq "2026-03-03T09:00:00Z  auditor  revoke  alice" "$(head -n 1 <<<"$OUT" | cut -c1-44)" \
    "newest first: time, account, action, target"

must cli audit --action issue
assert_eq "2" "$(grep -c '' <<<"$OUT")" "--action issue: the issue-... family"
assert_contains "$OUT" "issue-server  web" "the server issuance"
assert_contains "$OUT" "issue-client  alice" "the client issuance"

must cli audit --grep ALICE
assert_eq "2" "$(grep -c '' <<<"$OUT")" "--grep matches targets, case-insensitively"

must cli audit --since 2026-03-02 --until 2026-03-03
assert_eq "2" "$(grep -c '' <<<"$OUT")" "--since and --until"
must cli audit --since 2026-03-03T00:00:00Z
assert_eq "1" "$(grep -c '' <<<"$OUT")" "--since an ISO 8601 time"

must cli audit --limit 2
assert_eq "2" "$(grep -c '' <<<"$OUT")" "--limit"

must cli audit --json --action revoke
assert_contains "$OUT" '"actor": "auditor"' "JSON names the account"
assert_contains "$OUT" '"action": "revoke"' "JSON action"
assert_contains "$OUT" '"at": "2026-03-03T09:00:00Z"' "JSON time in UTC"

expect_fail 2 "not a date" cli audit --since yesterday
expect_fail 2 "not a date" cli audit --until 2026-13-01

must cli audit --verify
assert_contains "$OUT" "audit log intact: 5 entries" "entries with an account verify"

finish
