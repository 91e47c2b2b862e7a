#!/usr/bin/env bash
# Someone who can write the workspace file but does not know its password edits it with sqlite3.
# Every edit must be caught where the row is used — nothing is signed, written or deployed — and
# named by `verify` (exit status 3). Each case starts from a fresh copy of the same workspace.
# shellcheck source=tests/cli/lib.sh
. "$SIGNET_TEST_LIB"

must cli init
must cli ca create "Acme Root" --subject "CN=Acme Root,O=Acme"
must cli ca create "Acme Issuing" --issuer "Acme Root" --subject "CN=Acme Issuing,O=Acme" \
    --crl-url http://crl.acme.test/issuing.crl
must cli ca create "Other CA" --subject "CN=Other CA,O=Elsewhere"
must cli issue server "Acme Issuing" --dns web.acme.test --name web
for user in user1 user2 user3; do
    must cli issue client "Acme Issuing" --cn "$user"
done
must cli revoke user1 --reason keyCompromise
must cli crl "Acme Issuing" --out base.crl
must cli config nginx --server web --client-ca "Acme Issuing" --out deployed
must cli verify
assert_contains "$OUT" "workspace intact" "the untouched workspace verifies"
assert_eq "no" "$([[ -e "$WS-wal" ]] && echo yes || echo no)" "no WAL is left behind after a command"
cp "$WS" base.signet

fresh() {
    rm -f "$WS" "$WS-wal" "$WS-shm"
    cp base.signet "$WS"
}
sql() {
    sqlite3 "$WS" "$1" || fail "sqlite3: $1"
}
audit_count() {
    sqlite3 "$WS" "select count(*) from audit_log"
}
# caught NAME WHAT: `verify` exits 3 and names WHAT.
caught() {
    run cli verify
    assert_eq "3" "$RC" "$1: verify reports the workspace altered"
    assert_contains "$ERR" "$2" "$1: verify names $2"
}

# D1 un-revoke: the next CRL would silently omit user1.
fresh
sql "update certificates set status='valid', revoked_at=NULL, revocation_reason=NULL where name='user1'"
expect_fail 1 "changed outside Signet" cli crl "Acme Issuing" --out d1.crl
assert_eq "no" "$([[ -e d1.crl ]] && echo yes || echo no)" "D1: no CRL is written"
caught D1 "the certificate 'user1' was changed outside Signet"

# D2 the revocation moved to another serial.
fresh
sql "update certificates set serial='0123456789ABCDEF' where name='user1'"
expect_fail 1 "the certificate 'user1' was changed outside Signet" cli crl "Acme Issuing" --out d2.crl
caught D2 "'user1'"

# D3 the trust anchor swapped for another CA's certificate, with and without its fingerprint.
for variant in der der+sha256; do
    fresh
    sql "update certificates set der=(select der from certificates where name='Other CA') where name='Acme Issuing'"
    if [[ $variant == der+sha256 ]]; then
        sql "update certificates set sha256=(select sha256 from certificates where name='Other CA') || 'x'
             where name='Acme Issuing'"
    fi
    expect_fail 1 "the certificate 'Acme Issuing' was changed outside Signet" \
        cli config nginx --server web --client-ca "Acme Issuing" --out "d3-$variant"
    expect_fail 1 "the certificate 'Acme Issuing' was changed outside Signet" cli kit web --out "d3kit-$variant"
    assert_eq "no" "$([[ -e d3-$variant || -e d3kit-$variant ]] && echo yes || echo no)" \
        "D3 ($variant): nothing is deployed"
    caught "D3 ($variant)" "'Acme Issuing'"
done

# D5 keys swapped between certificates: user2's export would hand out user3's key.
fresh
sql "update certificates set key_id=(select key_id from certificates where name='user3') where name='user2'"
expect_fail 1 "the certificate 'user2' was changed outside Signet" cli export user2 --format key --out d5.key
assert_eq "no" "$([[ -e d5.key ]] && echo yes || echo no)" "D5: no key is written"
caught D5 "'user2'"
fresh
must cli export user2 --format key --out user2.key --force
must cli export user2 --format pem --out user2.pem --force
assert_cmd "an exported key matches its certificate" bash -c \
    'diff <(openssl x509 -in user2.pem -noout -pubkey) <(openssl pkey -in user2.key -pubout)'

# D6 one flipped byte in a stored DER.
fresh
hex=$(sqlite3 "$WS" "select hex(der) from certificates where name='web'")
pos=300
flipped="${hex:0:pos}$([[ ${hex:pos:1} == 0 ]] && echo 1 || echo 0)${hex:pos+1}"
sql "update certificates set der=X'$flipped' where name='web'"
expect_fail 1 "the certificate 'web' was changed outside Signet" cli export web --format pem --out d6.pem
expect_fail 1 "the certificate 'web' was changed outside Signet" cli lint web
caught D6 "'web'"

# D7 CRL numbers: an edited number is refused, a deleted CRL does not restart at 1.
fresh
sql "update crls set crl_number=9223372036854775807"
expect_fail 1 "the CRL of CA 'Acme Issuing' was changed outside Signet" cli crl "Acme Issuing" --out d7.crl
caught D7 "the CRL of CA 'Acme Issuing'"
fresh
sql "delete from crls"
must cli crl "Acme Issuing" --out d7-after-delete.crl
assert_eq "crlNumber=0x02" "$(openssl crl -in d7-after-delete.crl -noout -crlnumber)" \
    "D7: after its CRL row is deleted, a CA's CRL number keeps growing"

# D8 an impossible revocation reason.
fresh
sql "update certificates set revocation_reason=99 where name='user1'"
expect_fail 1 "the certificate 'user1' was changed outside Signet" cli crl "Acme Issuing" --out d8.crl
expect_fail 2 "unknown --reason" cli revoke user2 --reason 99

# D9 a CA's CRL URL edited: it would flow into every new certificate.
fresh
before=$(sqlite3 "$WS" "select count(*) from certificates")
sql "update certificates set crl_url='http://evil.test/crl' where name='Acme Issuing'"
expect_fail 1 "the certificate 'Acme Issuing' was changed outside Signet" cli issue client "Acme Issuing" --cn mallory
assert_eq "$before" "$(sqlite3 "$WS" "select count(*) from certificates")" "D9: nothing was issued"
caught D9 "'Acme Issuing'"

# D10 a leaf promoted to CA.
fresh
sql "update certificates set is_ca=1 where name='user2'"
expect_fail 1 "changed outside Signet" cli crl user2 --out d10.crl
expect_fail 1 "changed outside Signet" cli issue client user2 --cn mallory
caught D10 "'user2'"

# D11 scrypt parameters: a huge p would run for hours; weaker ones than the default are refused.
fresh
sql "update members set scrypt_p=100000"
start=$(date +%s)
expect_fail 1 "out of bounds" cli list
elapsed=$(($(date +%s) - start))
assert_eq "yes" "$([[ $elapsed -lt 10 ]] && echo yes || echo no)" "D11: refused at once (${elapsed} s)"
fresh
sql "update members set scrypt_n=1024"
expect_fail 1 "weaker than Signet's minimum" cli list

# The vault cannot be passed off as one from before row authentication: without the format marker,
# a row without a MAC is still an alteration.
fresh
sql "delete from meta where key='vault.format'"
sql "update certificates set mac=NULL where name='user2'"
expect_fail 1 "changed outside Signet" cli issue client user2 --cn mallory

# A member's public key swapped for another: shares would go to whoever holds its private key.
fresh
sql "update members set public_key=zeroblob(32)"
expect_fail 1 "was changed outside Signet" cli list

# A deployment's folder redirected: publishing would write the CRL elsewhere.
fresh
sql "update deployments set directory='$TEST_DIR/elsewhere'"
expect_fail 1 "the deployment record for $TEST_DIR/elsewhere was changed outside Signet" cli crl "Acme Issuing" --out d-dep.crl
assert_eq "no" "$([[ -e $TEST_DIR/elsewhere ]] && echo yes || echo no)" "nothing is written to the redirected folder"
caught deployment "deployment record"

# D4 the audit log: truncated, emptied, edited and re-chained, its head removed.
fresh
entries=$(audit_count)
sql "drop trigger audit_log_no_delete; delete from audit_log where id=(select max(id) from audit_log)"
expect_fail 1 "entries $entries to $entries were removed" cli audit --verify
expect_fail 1 "its last entries were removed or changed" cli revoke user2
caught "D4 (tail deleted)" "were removed from its end"
fresh
sql "drop trigger audit_log_no_delete; delete from audit_log"
expect_fail 1 "all $entries entries were removed" cli audit --verify
expect_fail 1 "its entries were removed" cli revoke user2
fresh
# Edit entry 3 and recompute every later hash as the unkeyed SHA-256 chain did.
sql "drop trigger audit_log_no_update"
python3 - "$WS" <<'EOF' || fail "re-chaining the audit log"
import hashlib, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
rows = db.execute("select id, at, action, target, details, prev_hash from audit_log order by id").fetchall()
def field(b): return str(len(b)).encode() + b":" + b
prev = rows[0][5]
for (rid, at, action, target, details, _) in rows:
    if rid == 3:
        target = "someone else"
    h = hashlib.sha256(field(prev) + field(str(at).encode()) + field(action.encode()) + field(target.encode())
                       + field(details.encode())).digest()
    db.execute("update audit_log set target=?, prev_hash=?, hash=? where id=?", (target, prev, h, rid))
    prev = h
db.commit()
EOF
expect_fail 1 "entry 1 was changed" cli audit --verify
fresh
sql "delete from meta where key like 'audit.head%'"
expect_fail 1 "its authenticated head is missing" cli audit --verify
caught "D4 (head removed)" "head is missing"

# D12 a failed export leaves no audit record.
fresh
entries=$(audit_count)
expect_fail 1 "" cli export user2 --format key --out "$TEST_DIR/no/such/dir/user2.key"
assert_eq "$entries" "$(audit_count)" "D12: a failed key export adds no audit record"
must cli export user2 --format key --out user2.key --force
assert_eq "$((entries + 1))" "$(audit_count)" "a key export that succeeds adds one"

# D16 opening never turns another file into a workspace: an empty file stays empty.
: > empty.signet
expect_fail 1 "is empty: it is not a Signet workspace" "$SIGNET_CLI" --workspace empty.signet --password-file "$PWFILE" list
assert_eq "0" "$(stat -c %s empty.signet)" "D16: list leaves an empty file empty"
expect_fail 1 "already exists" "$SIGNET_CLI" --workspace empty.signet --password-file "$PWFILE" init
assert_eq "0" "$(stat -c %s empty.signet)" "D16: init does not replace an existing file"

finish
