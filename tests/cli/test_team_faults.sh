#!/usr/bin/env bash
# A team workspace when the database server misbehaves: a wrong database password, a database that
# belongs to another program, a schema newer than this program, the server stopped in the middle of
# a command and a connection dropped by the server. Each is one clear line and exit status 1, and
# nothing is half-written: afterwards the workspace verifies and holds all of a command or none.
# Starts its own PostgreSQL server (it stops and starts it), as an unprivileged user.
# shellcheck source=tests/cli/lib.sh
. "${SIGNET_TEST_LIB:?set SIGNET_TEST_LIB to tests/cli/lib.sh}"

SERVER=$(mktemp -d /tmp/signet-pgfault.XXXXXX)
chmod 0711 "$SERVER"
trap 'bash "$PG_CLUSTER" stop "$SERVER"; _signet_cleanup' EXIT
admin=$(bash "$PG_CLUSTER" start "$SERVER") || { fail "the test server starts"; finish; }
export PGPASSFILE="$SERVER/pgpass"
WS=$(bash "$PG_CLUSTER" createdb "$SERVER" team)

# one_line: the last command failed with exit 1 and said exactly one line containing $1.
one_line() {
    assert_eq "1" "$RC" "$2: exit status 1"
    assert_eq "1" "$(printf '%s\n' "$ERR" | grep -c .)" "$2: one line"
    assert_contains "$ERR" "$1" "$2: says so"
}

must cli init
must cli ca create Root --subject "CN=Team Root"
must cli issue client Root --cn alice

# --- a wrong database password ---------------------------------------------------------------------
sed 's/:[^:]*$/:not-the-password/' "$SERVER/pgpass" > wrong.pgpass
chmod 0600 wrong.pgpass
run env PGPASSFILE=wrong.pgpass "$SIGNET_CLI" --workspace "$WS" --password-file "$PWFILE" list
one_line "password authentication failed" "a wrong database password"
assert_contains "$ERR" "cannot connect to the database $WS" "a wrong database password: names the database"

# --- no password at all, and a password in the address ----------------------------------------------
run env PGPASSFILE=/nonexistent "$SIGNET_CLI" --workspace "$WS" --password-file "$PWFILE" list
one_line "cannot connect to the database" "no database password"
run "$SIGNET_CLI" --workspace "${WS/signet_admin@/signet_admin:secret@}" --password-file "$PWFILE" list
one_line "must not contain a password" "a password in the address"

# --- a database of another program, an empty one, one that is not there ------------------------------
other=$(bash "$PG_CLUSTER" createdb "$SERVER" shop)
bash "$PG_CLUSTER" psql "$SERVER" shop -c "CREATE TABLE orders (id integer)"
run "$SIGNET_CLI" --workspace "$other" --password-file "$PWFILE" list
one_line "is not a Signet workspace" "another program's database"
run "$SIGNET_CLI" --workspace "$other" --password-file "$PWFILE" init
one_line "is not a Signet workspace" "init in another program's database"
assert_eq "orders" "$(bash "$PG_CLUSTER" psql "$SERVER" shop -At -c "select string_agg(tablename, ',') from pg_tables where schemaname = 'public'")" \
    "init left another program's database as it was"
empty=$(bash "$PG_CLUSTER" createdb "$SERVER" empty)
run "$SIGNET_CLI" --workspace "$empty" --password-file "$PWFILE" list
one_line "holds no Signet workspace yet" "an empty database"
run "$SIGNET_CLI" --workspace "${admin}/nowhere" --password-file "$PWFILE" list
one_line "does not exist" "a database that is not there"

# --- a schema newer than this program ----------------------------------------------------------------
db_sql "UPDATE signet_schema SET version = version + 1"
run cli list
one_line "written by a newer Signet" "a newer schema"
db_sql "UPDATE signet_schema SET version = version - 1"
must cli list

# --- the server stopped in the middle of a command ---------------------------------------------------
# The batch is caught mid-command deterministically: another session holds the audit head's row,
# so the batch, with its 3,000 certificates written inside its transaction, waits at its audit
# entry; then the server goes away under it.
before=$(db_sql "select count(*) from certificates")
audit_before=$(db_sql "select count(*) from audit_log")
{ echo cn; for i in $(seq 1 3000); do echo "c$i"; done; } > many.txt
hold_audit_head() {
    psql -X -q "$WS" -c "BEGIN" -c "SELECT 1 FROM meta WHERE key = 'audit.head_id' FOR UPDATE" \
        -c "SELECT pg_sleep(120)" >/dev/null 2>&1 &
    holder=$!
}
wait_for_batch_at_audit() {
    for _ in $(seq 1 600); do
        [[ -n "$(db_sql "select 1 from pg_stat_activity where application_name = 'signet' and wait_event_type = 'Lock'")" ]] \
            && return 0
        sleep 0.1
    done
    return 1
}
hold_audit_head
cli issue --batch many.txt --ca Root --atomic > batch.out 2> batch.err &
batch=$!
wait_for_batch_at_audit || fail "the batch reaches its audit entry"
bash "$PG_CLUSTER" halt "$SERVER"
wait "$batch"
rc=$?
wait "$holder" 2>/dev/null
assert_eq "1" "$rc" "the server stopped mid-command: exit status 1"
assert_eq "1" "$(grep -c . batch.err)" "the server stopped mid-command: one line"
assert_contains "$(cat batch.err)" "the connection to the database server" "the server stopped mid-command: says the connection was lost"
run cli list
one_line "cannot connect to the database" "the server is down"
bash "$PG_CLUSTER" resume "$SERVER"
assert_eq "$before" "$(db_sql "select count(*) from certificates")" "the interrupted batch left no certificate"
assert_eq "$audit_before" "$(db_sql "select count(*) from audit_log")" "the interrupted batch left no audit entry"
must cli verify
assert_contains "$OUT" "workspace intact" "the workspace verifies after the server came back"

# --- a connection dropped by the server --------------------------------------------------------------
hold_audit_head
cli issue --batch many.txt --ca Root --atomic > batch.out 2> batch.err &
batch=$!
wait_for_batch_at_audit || fail "the batch reaches its audit entry again"
db_sql "select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'signet'" > /dev/null
wait "$batch"
rc=$?
kill "$holder" 2>/dev/null
wait "$holder" 2>/dev/null
db_sql "select pg_terminate_backend(pid) from pg_stat_activity where query like '%pg_sleep%' and pid <> pg_backend_pid()" > /dev/null
assert_eq "1" "$rc" "a dropped connection: exit status 1"
assert_eq "1" "$(grep -c . batch.err)" "a dropped connection: one line"
assert_contains "$(cat batch.err)" "the connection to the database server" "a dropped connection: says the connection was lost"
assert_eq "$before" "$(db_sql "select count(*) from certificates")" "the dropped batch left no certificate"
must cli verify
assert_contains "$OUT" "workspace intact" "the workspace verifies after the dropped connection"

# --- and then the same batch, undisturbed --------------------------------------------------------------
must cli issue --batch many.txt --ca Root --atomic
assert_eq "$((before + 3000))" "$(db_sql "select count(*) from certificates")" "the batch, run again, is all there"
finish
