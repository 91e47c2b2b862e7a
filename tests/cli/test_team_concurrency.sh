#!/usr/bin/env bash
# Many writers at once, as a team has them: four processes, each issuing 100 client certificates,
# revoking every tenth and publishing the CA's CRL after every 25th, all on one workspace at the
# same moment. Afterwards: no serial, name or CRL number twice, no CRL number skipped, every
# revocation on the last CRL, the audit chain intact with one entry per change, and every command
# either done or refused with the "busy, try again" message and then done on a retry.
# engines: sqlite postgresql
# shellcheck source=tests/cli/lib.sh
. "${SIGNET_TEST_LIB:?set SIGNET_TEST_LIB to tests/cli/lib.sh}"

workers=4
per_worker=100
revoke_every=10
crl_every=25

must cli init
must cli ca create Root --subject "CN=Team Root"
must cli ca create Issuing --issuer Root --subject "CN=Team Issuing"

for w in $(seq 1 $workers); do
    : > "w$w.txt"
    for i in $(seq 1 $per_worker); do
        echo "issue client Issuing --cn w$w-c$i --key ec:p256" >> "w$w.txt"
        if (( i % revoke_every == 0 )); then
            echo "revoke w$w-c$i --reason superseded" >> "w$w.txt"
        fi
        if (( i % crl_every == 0 )); then
            echo "crl Issuing --out crl-w$w-$i.pem" >> "w$w.txt"
        fi
    done
done

for w in $(seq 1 $workers); do
    cli batch --json --keep-going "w$w.txt" > "w$w.json" 2> "w$w.err" &
done
failed=0
for pid in $(jobs -p); do
    wait "$pid" || failed=$((failed + 1))
done

# Lines refused while another writer held the workspace are run again, one retry batch each.
busy=0
other=0
for w in $(seq 1 $workers); do
    python3 - "w$w.json" "w$w.txt" > "w$w.retry" <<'PY'
import json, sys
lines = open(sys.argv[2]).read().splitlines()
for row in map(json.loads, open(sys.argv[1])):
    if row["exit"] != 0:
        print(lines[row["line"] - 1])
PY
    n=$(wc -l < "w$w.retry")
    if (( n > 0 )); then
        refused=$(grep -c "busy" "w$w.err")
        busy=$((busy + refused))
        other=$((other + n - refused))
        cli batch --json "w$w.retry" > "w$w.retry.json" 2>> "w$w.err" || fail "worker $w: the retried lines fail again"
    fi
done
assert_eq "0" "$other" "every command either succeeded or was refused as busy (refused: $busy, $failed worker batches had a refusal)"

total=$((workers * per_worker))
revoked=$((total / revoke_every))
crls=$((workers * per_worker / crl_every))
assert_eq "$total" "$(db_sql "select count(*) from certificates where subject_cn like 'w%-c%'")" "$total clients issued"
assert_eq "$((total + 2))" "$(db_sql "select count(distinct serial) from certificates")" "no serial twice"
assert_eq "$((total + 2))" "$(db_sql "select count(distinct lower(name)) from certificates")" "no name twice"
assert_eq "$revoked" "$(db_sql "select count(*) from certificates where status = 'revoked'")" "$revoked revoked"

# The numbers of the CRLs the workers published: 1..crls, each once.
cat w*.err | sed -n "s/.*published CRL number \([0-9]*\) of 'Issuing'.*/\1/p" | sort -n > numbers.txt
seq 1 "$crls" > expected.txt
if diff -q numbers.txt expected.txt >/dev/null; then
    pass "CRL numbers 1..$crls, none twice, none skipped"
else
    fail "CRL numbers: $(tr '\n' ' ' < numbers.txt)"
fi

must cli crl Issuing --out last.pem
assert_contains "$ERR$OUT" "CRL number $((crls + 1))" "the next CRL follows them"
listed=$(openssl crl -in last.pem -noout -text | grep -c "Serial Number:")
assert_eq "$revoked" "$listed" "the last CRL lists every revocation"

must cli verify
entries=$((1 + 2 + total + revoked + crls + 1))
assert_contains "$OUT" "$entries audit entries" "the audit chain is intact with one entry per change ($entries)"
finish
