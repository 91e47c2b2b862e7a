#!/usr/bin/env bash
# migrate: a whole workspace into a new file or an empty team database and back, item for item
# (every certificate's PEM, the lists, the audit log), opening with the same password and going on
# where it was (ids, CRL numbers); a writer meanwhile waits and the copy is a consistent state; a
# tampered workspace, an existing destination, a database that is not empty or cannot be reached,
# and a wrong password leave nothing behind. On the PostgreSQL run the workspace goes from the
# server into a file and from the file into a second database.
# engines: sqlite postgresql
# shellcheck source=lib.sh
. "$SIGNET_TEST_LIB"

# on WORKSPACE command...: signet-cli on another workspace.
on() {
    local ws=$1
    shift
    "$SIGNET_CLI" --workspace "$ws" --password-file "$PWFILE" "$@"
}
# every_pem WORKSPACE: each listed certificate's id and PEM, in list order.
every_pem() {
    local ws=$1 id
    for id in $(on "$ws" list --json | python3 -c 'import json, sys; [print(c["id"]) for c in json.load(sys.stdin)]'); do
        echo "$id"
        on "$ws" show "id:$id" --pem
    done
}
audit_of() { on "$1" audit --limit 1000000; }

must cli init
must cli ca create Root --subject "CN=Migrate Root"
must cli ca create Sub --subject "CN=Migrate Sub" --issuer Root
for i in $(seq 1 20); do echo "client-$i"; done | sed '1i cn' >clients.csv
must cli issue --batch clients.csv --ca Sub
must cli revoke client-3 --reason keyCompromise
must cli revoke client-7
must cli renew client-1
must cli remove client-9
must cli crl Sub --out sub.crl
must cli template create vpn --profile client --days 90
must cli csr create --subject CN=outside --out outside.csr

# ---- there: a new file ------------------------------------------------------------------------------
source_list=$(cli list --json)
source_removed=$(cli list --removed --json)
source_pems=$(every_pem "$WS")
source_audit=$(audit_of "$WS")
expect_ok cli migrate --to copy.signet --json
# 2 CAs, 20 clients, a renewal (with the key it renews); 23 keys with the request's.
assert_eq "23 23" "$(json_query "$OUT" "'%d %d' % (d['rows']['certificates'], d['rows']['keys'])")" \
    "the report counts every certificate and key copied"
assert_eq "23 23" "$(json_query "$OUT" "'%d %d' % (d['verified']['certificates'], d['verified']['keys'])")" \
    "the report says the copy verified every certificate and key"
assert_eq "600" "$(stat -c %a copy.signet)" "the new workspace file is 0600"
assert_eq "" "$(find . -maxdepth 1 -name '.copy.signet.new-*')" "no temporary file is left"
expect_ok on copy.signet verify
assert_contains "$OUT" "intact" "the copy opens with the same password and verifies"
assert_eq "$source_list" "$(on copy.signet list --json)" "the copy lists exactly what the workspace lists"
assert_eq "$source_removed" "$(on copy.signet list --removed --json)" "… and the same removed certificates"
assert_eq "$source_pems" "$(every_pem copy.signet)" "every certificate's PEM is the same in the copy"
assert_eq "$source_audit" "$(audit_of copy.signet | tail -n +2)" "the copy's audit log is the workspace's, then one entry"
assert_contains "$(audit_of copy.signet | head -1)" "migrate-workspace" "the copy records where it came from"
assert_contains "$(audit_of copy.signet | head -1)" "direction=in" "… as a move in"
assert_contains "$(audit_of "$WS" | head -1)" "direction=out" "the workspace records the move out"
expect_ok on copy.signet list --ca Sub --status revoked
assert_eq "2" "$(printf '%s\n' "$OUT" | grep -c revoked)" "the copy's status filter finds the two revoked"

# ---- and back: a second workspace (a database on the PostgreSQL run) -------------------------------
BACK=$(new_workspace back)
expect_ok on copy.signet migrate --to "$BACK"
assert_eq "$source_list" "$(on "$BACK" list --json)" "the workspace moved back lists the same"
assert_eq "$source_pems" "$(every_pem "$BACK")" "… with every certificate's PEM"
expect_ok on "$BACK" verify
assert_contains "$OUT" "intact" "the workspace moved back verifies"
expect_ok on "$BACK" issue client Sub --cn after-move
expect_ok on "$BACK" show after-move --json
assert_eq "True" "$(json_query "$OUT" "d['id'] > 23")" "new ids follow the copied ones"
expect_ok on "$BACK" crl Sub --out back.crl
assert_contains "$(openssl crl -in back.crl -noout -crlnumber)" "crlNumber=0x02" "the CRL number goes on at 2"
assert_eq "2" "$(openssl crl -in back.crl -noout -text | grep -c 'Serial Number:')" "the next CRL lists both revocations"

# ---- a writer meanwhile waits, and the copy is one consistent state ---------------------------------
# The batch commits a chunk at a time: the copy holds exactly the chunks committed before the move,
# as the workspace's audit log tells them.
for i in $(seq 1 300); do echo "late-$i"; done | sed '1i cn' >late.csv
cli issue --batch late.csv --ca Sub >late.out 2>&1 &
writer=$!
sleep 0.2
expect_ok cli migrate --to during.signet
wait "$writer"
assert_eq "0" "$?" "the batch beside the move succeeded (it waited, nothing failed)"
expect_ok on during.signet verify
assert_contains "$OUT" "intact" "the copy made beside a writer verifies"
copied=$(on during.signet list --json | python3 -c 'import json, sys; print(len(json.load(sys.stdin)))')
before_move=$(audit_of "$WS" | sed -n '/migrate-workspace.*during.signet/,$p' \
    | awk '$3 == "issue-batch" { sub(/.*count=/, ""); sum += $1 } END { print sum + 0 }')
# The 20 clients came in a batch too: 22 listed before, with the renewal in and the removed one out.
assert_eq "$((22 + before_move - 20))" "$copied" \
    "the copy holds what was committed before the move ($((before_move - 20)) of the batch)"
assert_eq "322" "$(cli list --json | python3 -c 'import json, sys; print(len(json.load(sys.stdin)))')" \
    "the workspace holds the whole batch"

# ---- refusals: nothing changes -------------------------------------------------------------------------
printf 'precious\n' >occupied.signet
unchanged 1 "exists already" cli migrate --to occupied.signet
assert_eq "precious" "$(cat occupied.signet)" "an existing file is left as it was"
unchanged 1 "already" cli migrate --to "$BACK"
unchanged 2 "--to FILE|URL is required" cli migrate
unchanged 1 "cannot connect" cli migrate --to "postgresql://nobody@127.0.0.1:1/none"
unchanged 1 "cannot be moved onto itself" cli migrate --to "$WS"
printf 'wrong\n' >wrong.txt
expect_fail 1 "password" "$SIGNET_CLI" --workspace "$WS" --password-file wrong.txt migrate --to wrong.signet
assert_eq "no" "$(test -e wrong.signet && echo yes || echo no)" "a wrong password makes no file"
if on_server; then
    OTHER=$(new_workspace other)
    psql -X -q "$OTHER" -c "CREATE TABLE inventory (item TEXT); INSERT INTO inventory VALUES ('printer')"
    unchanged 1 "" cli migrate --to "$OTHER"
    assert_eq "printer" "$(psql -X -At "$OTHER" -c 'SELECT item FROM inventory')" \
        "another program's database keeps its table and rows"
fi
db_sql "UPDATE certificates SET name = 'mallory' WHERE name = 'client-5'"
EMPTY=$(new_workspace empty)
expect_fail 1 "'mallory' was changed outside Signet" cli migrate --to "$EMPTY"
expect_fail 1 "'mallory' was changed outside Signet" cli migrate --to tampered.signet
assert_eq "no" "$(test -e tampered.signet && echo yes || echo no)" "a tampered workspace makes no file"
if on_server; then
    assert_eq "0" "$(psql -X -At "$EMPTY" -c "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")" \
        "a tampered workspace leaves the empty database empty"
fi

finish
