#!/usr/bin/env bash
# A revocation reaches the servers: `config` records its folder as a deployment; after a revocation
# `status --check` reports it as not yet published (exit 3); `crl` rewrites the CRL file of every
# deployment that carries the CA and says how to reload each server; real nginx, once reloaded,
# refuses the revoked client, and a real Node.js server.js picks up the new CRL file by itself.
# shellcheck disable=SC2317 # the hooks that lib.sh calls look unreachable
set -uo pipefail
# shellcheck source=lib.sh source-path=SCRIPTDIR
source "$(dirname "$0")/lib.sh"
# shellcheck source=servers.sh source-path=SCRIPTDIR
source "$(dirname "$0")/servers.sh"

chmod 755 "$work"
running=
stop_server() { [ -n "$running" ] && stop_kind "$running"; running=; }
reload_nginx() {
    local workers
    mapfile -t workers < <(children_of "$(cat "$work/nginx/nginx.pid")")
    "$(server_binary nginx)" -p "$work/nginx" -c "$work/nginx/main.conf" -s reload || die "nginx reload"
    wait_gone "${workers[@]}"
}

make_pki
start_backend
configure nginx || die "config nginx"
client_answers curl "200 0" "400 0"
use_client curl
start_kind nginx "$work/conf"
running=nginx
check_accepted "alice is admitted" alice

out=$(cli deployments)
check_contains "deployments lists the folder" "nginx  $work/conf" "$out"
check_contains "deployments says how to reload" "reload: nginx -t && systemctl reload nginx" "$out"
json=$(cli deployments --json)
check "deployments --json names the client CA" "Clients" \
    "$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["deployments"][0]["clientCa"])' "$json")"

cli revoke alice --reason keyCompromise >/dev/null || die "revoke alice"
status_out=$(cli status --check 2>&1)
check "an unpublished revocation makes status --check report it (exit 3)" "3" "$?"
check_contains "status names the CA" "unpublished Clients 1 revocation(s) not yet on its CRL" "$(tr -s ' ' <<<"$status_out")"
check_contains "status counts it" "revocations not yet published: 1" "$status_out"
check_accepted "until a CRL is published, nginx still admits alice" alice

cli crl Clients >"$work/stdout.crl" 2>"$work/crl.err" || { cat "$work/crl.err"; die "crl Clients"; }
check_contains "crl prints the CRL on standard output" "BEGIN X509 CRL" "$(cat "$work/stdout.crl")"
check_contains "crl says it rewrote the deployment's CRL file" "refreshed $work/conf/client-crl.pem (nginx in $work/conf)" \
    "$(cat "$work/crl.err")"
check_crl_bundle "the rewritten file still holds a CRL per CA"
check_contains "openssl finds alice revoked in the deployment's file" "certificate revoked" "$(verify_client alice)"
reload_nginx
wait_for_status alice "$refused"
check_refused "after the reload nginx refuses alice" alice
check_accepted "bob is still admitted" bob
status_out=$(cli status --check 2>&1)
check "status --check is content again" "0" "$?"
check_contains "status says all revocations are published" "Revocations: all published" "$status_out"
stop_server

# Node reads the CRL file again by itself when it changes: no restart.
mkdir -p "$work/node"
cli config node --server web --client-ca Clients --out "$work/node-conf" --port "$port" \
    --backend "http://127.0.0.1:$backend_port" >/dev/null || die "config node"
start_kind node "$work/node-conf"
running=node
check_accepted "Node admits bob" bob
cli revoke bob >/dev/null || die "revoke bob"
cli crl Clients --out "$work/clients.crl" >"$work/crl.out" 2>&1 || { cat "$work/crl.out"; die "crl Clients --out"; }
check_contains "crl rewrote both deployments" "refreshed $work/node-conf/client-crl.pem" "$(cat "$work/crl.out")"
for _ in $(seq 50); do
    [ "$(status "$(request bob)")" != "200 0" ] && break
    sleep 0.2
done
check "Node refuses bob once the CRL file changed, without a restart" "refused" \
    "$([ "$(status "$(request bob)")" != "200 0" ] && echo refused || echo admitted)"
check_contains "Node's log says it read the files again" "signet: CA and CRL files read again" "$(cat "$work/node/run.log")"
finish
