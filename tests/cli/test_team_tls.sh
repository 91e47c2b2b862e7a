#!/usr/bin/env bash
# TLS to a team workspace's server: PostgreSQL presents a server certificate that Signet issued,
# takes no connection without TLS, and libpq checks the certificate against Signet's root
# (sslmode=verify-full). A workspace works through it end to end; a root that did not issue the
# server's certificate, a host name it does not carry and a connection without TLS are one line
# each and change nothing. Starts its own PostgreSQL server, as an unprivileged user.
# shellcheck source=tests/cli/lib.sh
. "${SIGNET_TEST_LIB:?set SIGNET_TEST_LIB to tests/cli/lib.sh}"

# ---- the database server's certificate, from a Signet workspace file -------------------------------
PKI="$TEST_DIR/pki.signet"
pki() { "$SIGNET_CLI" --workspace "$PKI" --password-file "$PWFILE" "$@"; }
must pki init
must pki ca create "DB Root" --subject "CN=Database Root"
must pki issue server "DB Root" --dns localhost --ip 127.0.0.1 --name db
must pki export db --format pem --out server.crt
must pki export db --format key --out server.key
must pki export "DB Root" --format pem --out root.crt
must pki ca create "Other Root" --subject "CN=Another Root"
must pki export "Other Root" --format pem --out other.crt

# ---- a server that takes TLS connections only ---------------------------------------------------------
SERVER=$(mktemp -d /tmp/signet-pgtls.XXXXXX)
chmod 0711 "$SERVER"
trap 'bash "$PG_CLUSTER" stop "$SERVER"; _signet_cleanup' EXIT
bash "$PG_CLUSTER" start "$SERVER" >/dev/null || { fail "the test server starts"; finish; }
export PGPASSFILE="$SERVER/pgpass"
data="$SERVER/data"
owner=$(stat -c %U "$data")
install -m 0644 -o "$owner" server.crt "$data/server.crt"
install -m 0600 -o "$owner" server.key "$data/server.key"
{ echo "hostnossl all all all reject"; cat "$data/pg_hba.conf"; } >hba.conf
cat hba.conf >"$data/pg_hba.conf" # keeps the file's owner
bash "$PG_CLUSTER" psql "$SERVER" postgres -c "ALTER SYSTEM SET ssl = on" -c "ALTER SYSTEM SET ssl_cert_file = 'server.crt'" \
    -c "ALTER SYSTEM SET ssl_key_file = 'server.key'" -c "SELECT pg_reload_conf()" >/dev/null
sleep 1
DB=$(bash "$PG_CLUSTER" createdb "$SERVER" team) || { fail "a database over TLS"; finish; }
port=$(cat "$SERVER/port")
WS="$DB?sslmode=verify-full&sslrootcert=$TEST_DIR/root.crt"

# ---- a team workspace through it --------------------------------------------------------------------------
must cli init
must cli ca create Team --subject "CN=Team Root"
expect_ok cli issue client Team --cn alice
expect_ok cli verify
assert_contains "$OUT" "intact" "the workspace verifies over TLS"
assert_eq "t" "$(psql -X -At "$DB?sslmode=verify-full&sslrootcert=$TEST_DIR/root.crt" \
    -c "SELECT bool_and(ssl) FROM pg_stat_ssl JOIN pg_stat_activity USING (pid) WHERE datname = 'team'")" \
    "the server speaks TLS with the certificate Signet issued (pg_stat_ssl)"

# ---- what TLS refuses ------------------------------------------------------------------------------------------
run "$SIGNET_CLI" --workspace "$DB?sslmode=verify-full&sslrootcert=$TEST_DIR/other.crt" --password-file "$PWFILE" list --json
assert_eq "1" "$RC" "another root: refused"
assert_contains "$ERR" "certificate verify failed" "another root: libpq says the certificate does not verify"
assert_eq "1" "$(printf '%s\n' "$ERR" | grep -c .)" "another root: one line"
run "$SIGNET_CLI" --workspace "postgresql://signet_admin@db.wrong.example:$port/team?hostaddr=127.0.0.1&sslmode=verify-full&sslrootcert=$TEST_DIR/root.crt" \
    --password-file "$PWFILE" list --json
assert_eq "1" "$RC" "a host name the certificate does not carry: refused"
assert_contains "$ERR" "does not match host name" "… because the name does not match"
run "$SIGNET_CLI" --workspace "$DB?sslmode=disable" --password-file "$PWFILE" list --json
assert_eq "1" "$RC" "without TLS: refused by the server"
assert_contains "$ERR" "no encryption" "… which takes no connection without encryption"
expect_ok cli list --json
assert_eq "2" "$(json_query "$OUT" "len(d)")" "nothing changed: Team and alice"

finish
