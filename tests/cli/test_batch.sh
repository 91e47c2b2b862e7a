#!/usr/bin/env bash
# issue --batch, revoke --batch and batch: lists from files and standard input, per-line results in
# text and JSON, failed lines by number, --atomic rollback, and commands run on one unlock.
# engines: sqlite postgresql
# shellcheck source=tests/cli/lib.sh
. "$SIGNET_TEST_LIB"

must cli init
must cli ca create Root --subject "CN=Batch Root" --key ec:p256
must cli ca create Issuing --issuer Root --subject "CN=Batch Issuing" --key ec:p256

cat > clients.csv <<'CSV'
# three clients and a server
cn,email,dns,profile,days
alice,alice@example.com,,,
bob,bob@example.com; robert@example.com,,client,30
carol,,,client,
,,"www.example.com;api.example.com",server,90
CSV
expect_ok cli issue --batch clients.csv --ca Issuing
assert_contains "$OUT" "line 3: issued 'alice'" "issue --batch reports each line with its number"
assert_contains "$OUT" "line 6: issued 'www.example.com'" "a server line takes its first DNS name"
assert_contains "$ERR" "4 of 4 lines succeeded" "issue --batch sums up on stderr"
run cli show bob --json
assert_contains "$OUT" "robert@example.com" "both e-mail addresses of bob"
run cli show www.example.com --json
assert_contains "$OUT" "api.example.com" "both DNS names of the server"

# A failed line is reported by number and does not stop the others; the exit status says so.
printf '{"cn":"dave"}\n{"cn":"erin","ip":"999.1.1.1"}\n{"cn":"alice","name":"alice"}\n{"cn":"frank","key":"ed25519"}\n' > more.jsonl
run cli issue --batch more.jsonl --ca Issuing --json
assert_eq 1 "$RC" "issue --batch exits 1 when a line failed"
assert_eq 4 "$(printf '%s\n' "$OUT" | grep -c '')" "one JSON line per list line"
assert_cmd "JSON lines name line, status, serial and error" python3 -c '
import json, sys
rows = [json.loads(l) for l in sys.argv[1].splitlines()]
assert [r["line"] for r in rows] == [1, 2, 3, 4], rows
assert [r["status"] for r in rows] == ["issued", "failed", "failed", "issued"], rows
assert rows[0]["serial"] and rows[0]["error"] is None, rows[0]
assert "999.1.1.1" in rows[1]["error"] and rows[1]["serial"] is None, rows[1]
assert "alice" in rows[2]["error"], rows[2]
' "$OUT"
must cli show frank

# --atomic: all or nothing.
printf 'cn\ngina\nhank\n' > atomic.csv
printf 'cn,days\nivan,\njoe,0\n' > atomic-bad.csv
before=$(cli list --json)
run cli issue --batch atomic-bad.csv --ca Issuing --atomic
assert_eq 1 "$RC" "an atomic list with a bad line fails"
assert_contains "$ERR" "nothing was stored" "and says that nothing was stored"
assert_eq "$before" "$(cli list --json)" "nothing was issued"
printf 'cn\nivan\nivan\n' | cli issue --batch - --ca Issuing --atomic --json > stdin.out
assert_eq 0 "$?" "issue --batch reads standard input for -"
assert_eq 2 "$(grep -c '"issued"' stdin.out)" "both lines from standard input"
must cli show "ivan (2)"

# Whole-input errors and usage errors.
printf 'cn,colour\na,red\n' > bad-header.csv
expect_fail 1 "unknown column 'colour'" cli issue --batch bad-header.csv --ca Issuing
expect_fail 2 "missing required option --ca" cli issue --batch clients.csv
expect_fail 1 "no-such-file" cli issue --batch no-such-file --ca Issuing

# revoke --batch: one reference per line.
printf 'alice\n# not bob\nnobody\ncarol\nalice\n' > revoke.txt
run cli revoke --batch revoke.txt --reason keyCompromise --json
assert_eq 1 "$RC" "revoke --batch exits 1 when a line failed"
assert_cmd "revoke --batch reports lines 1 and 4 revoked, 3 and 5 failed" python3 -c '
import json, sys
rows = {r["line"]: r for r in map(json.loads, sys.argv[1].splitlines())}
assert sorted(rows) == [1, 3, 4, 5], rows
assert rows[1]["status"] == "revoked" and rows[4]["status"] == "revoked", rows
assert rows[3]["status"] == "failed" and rows[5]["status"] == "failed", rows
' "$OUT"
run cli show carol --json
assert_contains "$OUT" "keyCompromise" "carol revoked for keyCompromise"
printf 'dave\nnobody\n' > revoke-atomic.txt
run cli revoke --batch revoke-atomic.txt --atomic
assert_eq 1 "$RC" "an atomic revocation list with a bad line fails"
run cli show dave --json
assert_not_contains "$OUT" "keyCompromise" "and revokes nothing"
expect_fail 2 "--atomic goes with --batch" cli revoke dave --atomic
expect_fail 2 "unexpected argument" cli revoke dave --batch revoke.txt

# batch: any commands, one unlock, per-line exit status.
cat > commands.txt <<'CMDS'
# a comment line, then commands
issue client Issuing --cn "kate smith" --email kate@example.com
signet-cli issue client Issuing --cn 'li\ming'
show "kate smith"
CMDS
expect_ok cli batch commands.txt
assert_contains "$ERR" "batch: line 2 (issue client): exit 0" "per-line exit status on stderr"
assert_contains "$OUT" "kate@example.com" "the commands' own output on stdout"
must cli show 'li\ming'
printf 'show nobody\nissue client Issuing --cn after\n' > stops.txt
run cli batch stops.txt
assert_eq 1 "$RC" "batch exits 1 when a line failed"
assert_contains "$ERR" "stopped at line 1" "and stops there"
expect_fail 1 "no certificate" cli show after
printf 'show nobody\nissue client Issuing --cn after\ninit\npasswd\nbatch x\n"unclosed\nfrobnicate\n--workspace x list\n' > mixed.txt
run cli batch mixed.txt --keep-going --json
assert_eq 1 "$RC" "batch --keep-going exits 1 after failures"
assert_cmd "batch --json: one object per command line, refusals included" python3 -c '
import json, sys
rows = [json.loads(l) for l in sys.argv[1].splitlines()]
got = [(r["line"], r["command"], r["exit"]) for r in rows]
want = [(1, "show", 1), (2, "issue client", 0), (3, "init", 2), (4, "passwd", 2), (5, "batch", 2),
        (6, None, 2), (7, "frobnicate", 2), (8, None, 2)]
assert got == want, got
' "$OUT"
must cli show after
# The workspace is unlocked once: a batch of commands fed on stdin with a password only good once.
printf 'list\nshow Issuing\n' | "$SIGNET_CLI" --workspace "$WS" --password-file <(cat "$PWFILE") batch - > once.out 2> once.err
assert_eq 0 "$?" "batch unlocks once (a password pipe read once is enough)"
assert_contains "$(cat once.out)" "Batch Issuing" "both commands ran"

# The audit log has one record per chunk.
run cli audit --action issue-batch
assert_contains "$OUT" "count=4" "issue --batch audits a chunk with its count"
must cli verify
finish
