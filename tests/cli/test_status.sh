#!/usr/bin/env bash
# signet-cli status: certificates that expired or expire within N days, CRLs expired or expiring
# within 7 days, and the exit status of --check that cron and monitoring rely on. The clock is
# injected with SIGNET_NOW, so "soon" and "past" need no waiting.
# engines: sqlite postgresql
# shellcheck source=tests/cli/lib.sh
. "${SIGNET_TEST_LIB:?set SIGNET_TEST_LIB to tests/cli/lib.sh}"

T0=2030-01-01T00:00:00Z
# shellcheck disable=SC2317 # called through must, run and expect_ok
at() { # at ISO_TIME cmd...: runs cmd as of that time
    local when=$1
    shift
    SIGNET_NOW=$when "$@"
}
squeeze() { tr -s ' ' <<<"$1"; } # the tables' column widths vary

expect_ok "$SIGNET_CLI" status --help
assert_contains "$OUT" "Usage: signet-cli status" "status --help shows its usage"
assert_contains "$OUT" "--check" "status --help documents --check"
expect_fail 2 "--days needs a whole number" cli status --days 0
expect_fail 2 "Unknown option" cli status --soon
if on_server; then
    expect_fail 1 "holds no Signet workspace yet" cli status
else
    expect_fail 1 "no workspace at" cli status
fi

must at "$T0" cli init
expect_ok at "$T0" cli status --check
assert_contains "$OUT" "Certificates: 0 valid, 0 expiring within 30 days, 0 expired, 0 revoked" "an empty workspace"
assert_contains "$OUT" "CRLs: none expired or expiring within 7 days" "no CRL to renew"

must at "$T0" cli ca create Root --subject "CN=Status Root"
must at "$T0" cli ca create Issuing --issuer Root --subject "CN=Status Issuing"
must at "$T0" cli issue client Issuing --cn soon --days 10
must at "$T0" cli issue client Issuing --cn later --days 60
must at "$T0" cli issue client Issuing --cn gone --days 60
must at "$T0" cli revoke gone
must at "$T0" cli crl Root
must at "$T0" cli crl Issuing --days 20

# Without --check the report alone, exit 0 whatever it says.
expect_ok at "$T0" cli status
assert_contains "$OUT" "Certificates: 3 valid, 1 expiring within 30 days, 0 expired, 1 revoked" "counts per state"
assert_contains "$(squeeze "$OUT")" "expiring soon client 2030-01-11T00:00:00Z (in 10 days)" "lists the expiring certificate"
assert_not_contains "$OUT" "later" "a certificate beyond 30 days is not listed"
assert_not_contains "$OUT" "gone" "a revoked certificate is not listed"

run at "$T0" cli status --check
assert_eq 3 "$RC" "--check fails on a certificate expiring within 30 days"
assert_contains "$ERR" "signet-cli: attention needed" "--check says why on stderr"
assert_eq 1 "$(grep -c . <<<"$ERR")" "--check writes one line on stderr"
expect_ok at "$T0" cli status --check --days 5
assert_contains "$OUT" "0 expiring within 5 days" "--days narrows the window"
expect_ok at "$T0" cli status --check --days 9
run at "$T0" cli status --check --days 10
assert_eq 3 "$RC" "--days 10 includes a certificate expiring in exactly 10 days"

# 15 days later: soon expired; Issuing's CRL (20 days) expires within 7 days.
T15=2030-01-16T00:00:00Z
run at "$T15" cli status --check --days 5
assert_eq 3 "$RC" "--check fails on an expired certificate"
assert_contains "$(squeeze "$OUT")" "expired soon client 2030-01-11T00:00:00Z" "lists the expired certificate"
assert_contains "$OUT" "CRLs: 0 expired, 1 expiring within 7 days" "counts the CRL about to expire"
assert_contains "$(squeeze "$OUT")" "expiring Issuing next update 2030-01-21T00:00:00Z" "names the CA whose CRL expires soon"
assert_not_contains "$OUT" "Root next update" "Root's CRL (30 days) is not due yet"
assert_contains "$ERR" "CRLs expired or expiring within 7 days: 1; certificates expired or expiring within 5 days: 1" \
    "--check counts both"

# 25 days later: Issuing's CRL expired, Root's expires within 7 days.
T25=2030-01-26T00:00:00Z
run at "$T25" cli status --check
assert_eq 3 "$RC" "--check fails on an expired CRL"
assert_contains "$OUT" "CRLs: 1 expired, 1 expiring within 7 days" "counts the expired CRL"
assert_contains "$(squeeze "$OUT")" "expired Issuing next update was 2030-01-21T00:00:00Z: servers that check it reject every client" \
    "names the CA whose CRL expired and what that does"
assert_contains "$(squeeze "$OUT")" "expiring Root next update 2030-01-31T00:00:00Z" "Root's CRL is due"
assert_contains "$OUT" "signet-cli crl CA --bundle --out FILE" "says how to fix it"

# Renewing both CRLs leaves only the expired certificate (crl --bundle renews Root's only once it
# has expired, so Root first); revoking that certificate (superseded) leaves nothing.
must at "$T25" cli crl Root
must at "$T25" cli crl Issuing --bundle --out bundle.pem
run at "$T25" cli status --check --days 5
assert_contains "$OUT" "CRLs: none expired or expiring within 7 days" "new CRLs are not reported"
assert_eq 3 "$RC" "the expired certificate still fails --check"
must at "$T25" cli revoke soon --reason superseded
must at "$T25" cli crl Issuing
expect_ok at "$T25" cli status --check --days 5
assert_eq "" "$ERR" "nothing on stderr when all is well"

# The report pages: a crowd of expiring certificates lists 20 and counts the rest.
for i in $(seq 1 23); do
    must at "$T25" cli issue client Issuing --cn "crowd-$i" --days 3
done
run at "$T25" cli status
assert_contains "$OUT" "23 expiring within 30 days" "counts every expiring certificate"
assert_eq 20 "$(grep -c 'crowd-' <<<"$OUT")" "lists 20 of them"
assert_contains "$OUT" "... and 3 more" "says how many it did not list"

finish
