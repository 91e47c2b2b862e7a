#!/usr/bin/env bash
# Concurrent commands on one workspace wait for each other and succeed: parallel key exports each
# leave their audit record (D13), parallel issuance with the same common name gets distinct names
# (D14), and the workspace verifies afterwards.
# engines: sqlite postgresql
# shellcheck source=tests/cli/lib.sh
. "$SIGNET_TEST_LIB"

must cli init
must cli ca create Root --subject "CN=Concurrency Root"
must cli issue client Root --cn alice
entries=$(db_sql "select count(*) from audit_log")

# Waits for every background command; sets $failed to how many failed. (Not in a subshell: only
# this shell knows its jobs.)
wait_all() {
    local pid
    failed=0
    for pid in $(jobs -p); do
        wait "$pid" || failed=$((failed + 1))
    done
}

exports=50
for i in $(seq 1 "$exports"); do
    cli export alice --format key --out "alice-$i.key" >"export-$i.out" 2>&1 &
done
wait_all
assert_eq "0" "$failed" "D13: $exports parallel key exports all succeed"
assert_eq "$((entries + exports))" "$(db_sql "select count(*) from audit_log")" \
    "D13: each export left exactly one audit record"

issues=30
for i in $(seq 1 "$issues"); do
    cli issue client Root --cn shared >"issue-$i.out" 2>&1 &
done
wait_all
assert_eq "0" "$failed" "D14: $issues parallel issuances with the same CN all succeed"
[[ $failed -eq 0 ]] || cat issue-*.out >&2
assert_eq "$issues" "$(db_sql "select count(distinct name) from certificates where subject_cn='shared'")" \
    "D14: they got $issues distinct names"

must cli verify
assert_contains "$OUT" "workspace intact" "the workspace verifies after the concurrent commands"
finish
