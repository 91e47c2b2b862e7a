#!/usr/bin/env bash
# Members and shared CA keys: alice makes the workspace and two CAs, adds bob and shares one CA
# with him. Bob sees everything, but issues, revokes and signs CRLs only with the CA shared with
# him; each audit entry names who made it; passwd changes only one's own password; taking a key
# away seals it anew; a removed member's password opens nothing. What the key shares protect is
# checked below Signet too: a CA key with its shares deleted opens for nobody.
# engines: sqlite postgresql
# shellcheck source=lib.sh
. "$SIGNET_TEST_LIB"

export USER=operator # an account named like no member: the member is always named or the only one
printf '%s\n' 'bob has his own password' >bob.txt
printf '%s\n' 'bob changed it' >bob2.txt
alice() { "$SIGNET_CLI" --workspace "$WS" --member alice --password-file "$PWFILE" "$@"; }
bob() { "$SIGNET_CLI" --workspace "$WS" --member bob --password-file bob.txt "$@"; }

must alice init
must alice ca create Root --subject "CN=Team Root"
must alice ca create Ops --subject "CN=Ops CA" --issuer Root
must alice ca create Dev --subject "CN=Dev CA" --issuer Root
must alice issue client Dev --cn dev-1
expect_ok cli member list
assert_eq "alice (you)  Dev, Ops, Root" "$OUT" "the one who ran init is the only member and holds every CA key"

# ---- a second member ------------------------------------------------------------------------------
expect_ok alice member add bob --new-password-file bob.txt
assert_contains "$OUT" "no CA key is shared" "a new member holds no CA key"
expect_fail 1 "already exists" alice member add BOB --new-password-file bob.txt
expect_fail 1 "name the one you open it as" cli list --json
export SIGNET_MEMBER=alice # for lib.sh's cli (bob() names himself)
expect_ok alice ca share Ops bob
expect_ok bob member list --json
assert_eq "alice:Dev,Ops,Root:False bob:Ops:True" \
    "$(json_query "$OUT" "' '.join('%s:%s:%s' % (m['name'], ','.join(m['cas']), m['you']) for m in d['members'])")" \
    "member list names each member's CA keys, and who is asking"

# ---- what bob can and cannot do ---------------------------------------------------------------------
expect_ok bob list --json
assert_eq "4" "$(json_query "$OUT" "len(d)")" "bob sees every certificate, Dev's included"
expect_ok bob show dev-1 --pem
expect_ok bob issue client Ops --cn ops-1
expect_ok bob revoke ops-1
expect_ok bob crl Ops --out ops.crl
assert_contains "$(openssl crl -in ops.crl -noout -text)" "Serial Number" "bob's CRL of Ops lists the revocation"
unchanged 1 "not shared with you (member 'bob')" bob issue client Dev --cn dev-2
unchanged 1 "not shared with you (member 'bob')" bob revoke dev-1
unchanged 1 "not shared with you (member 'bob')" bob crl Dev --out dev.crl
unchanged 1 "not shared with you (member 'bob')" bob ca share Dev bob
unchanged 1 "not shared with you (member 'bob')" bob export Dev --format key --out dev.key --export-password-file bob.txt
unchanged 1 "only a member who holds the key" bob ca unshare Dev alice
expect_ok bob verify
assert_contains "$OUT" "intact" "verify as bob passes: the keys he does not hold are checked by their MACs"
expect_ok alice audit
assert_eq "bob" "$(printf '%s\n' "$OUT" | awk '$3 == "publish-crl" { print $2; exit }')" "the audit log names bob for his CRL"
assert_eq "alice" "$(printf '%s\n' "$OUT" | awk '$3 == "ca-share" { print $2; exit }')" "… and alice for the share"

# ---- passwords are each member's own ----------------------------------------------------------------
expect_fail 1 "wrong password for member 'alice'" "$SIGNET_CLI" --workspace "$WS" --member alice --password-file bob.txt list --json
expect_fail 1 "wrong password for member 'bob'" "$SIGNET_CLI" --workspace "$WS" --member bob --password-file "$PWFILE" list --json
expect_ok bob passwd --new-password-file bob2.txt
expect_fail 1 "wrong password for member 'bob'" bob list --json
cp bob2.txt bob.txt
expect_ok bob list --json
expect_ok alice list --json # alice's password is as it was

# ---- below Signet: a CA key is sealed under its own key, not under the workspace key -------------------
dev_key=$(alice show Dev --json | python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])')
dev_key=$(db_sql "SELECT key_id FROM certificates WHERE id = $dev_key")
assert_eq "1" "$(db_sql "SELECT count(*) FROM key_shares WHERE key_id = $dev_key")" "Dev's key has one share: alice's"

# ---- taking a key away, removing a member ----------------------------------------------------------------
ops_key=$(db_sql "SELECT key_id FROM certificates WHERE name = 'Ops'")
sealed_before=$(db_sql "SELECT sealed FROM keys WHERE id = $ops_key" | sha256sum)
unchanged 1 "you cannot remove yourself" alice member remove alice
unchanged 1 "the only member holding the key of CA 'Dev'" alice ca unshare Dev alice
expect_ok alice member remove bob
assert_contains "$OUT" "sealed anew: Ops" "removing bob seals Ops's key anew"
assert_not_contains "$sealed_before" "$(db_sql "SELECT sealed FROM keys WHERE id = $ops_key" | sha256sum)" \
    "Ops's key is stored sealed differently afterwards"
expect_fail 1 "no member named 'bob'" bob list --json
expect_ok alice issue client Ops --cn ops-2
expect_ok alice verify
assert_contains "$OUT" "intact" "the workspace verifies after the member went"
expect_ok alice audit
assert_contains "$OUT" "member-remove  bob" "the removal is in the audit log"

# A key whose shares are gone opens for nobody: it is not sealed under the workspace key.
db_sql "DELETE FROM key_shares WHERE key_id = $dev_key"
expect_fail 1 "changed outside Signet" alice issue client Dev --cn dev-3

finish
