#!/usr/bin/env bash
# End to end with a real nginx on 127.0.0.1, configured only from the files that
# `signet-cli config nginx` wrote, for a root -> intermediate -> leaf chain:
# a client certificate is accepted, no certificate is refused, a certificate from another CA is
# refused, and after revoke + crl + reload the revoked certificate is refused.
set -uo pipefail

CLI=${SIGNET_CLI:?SIGNET_CLI must point to signet-cli}
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$NGINX" ] || { echo "nginx is not installed (the README's test command installs it)"; exit 1; }

work=$(mktemp -d)
chmod 755 "$work" # nginx workers run as nobody
nginx_conf="$work/nginx-main.conf"
cleanup() {
    [ -f "$work/nginx.pid" ] && "$NGINX" -p "$work" -c "$nginx_conf" -s stop 2>/dev/null
    sleep 0.2
    rm -rf "$work"
}
trap cleanup EXIT

passed=0
failed=0
check() { # check DESCRIPTION EXPECTED ACTUAL
    if [ "$2" == "$3" ]; then
        passed=$((passed + 1)); echo "ok   - $1"
    else
        failed=$((failed + 1)); echo "FAIL - $1: expected '$2', got '$3'"
    fi
}
check_contains() { # check_contains DESCRIPTION NEEDLE HAYSTACK
    if [[ "$3" == *"$2"* ]]; then
        passed=$((passed + 1)); echo "ok   - $1"
    else
        failed=$((failed + 1)); echo "FAIL - $1: '$2' not in: $3"
    fi
}
die() { echo "FAIL - $*"; echo "$passed passed, $((failed + 1)) failed"; exit 1; }

printf 'interop-password\n' >"$work/pw"
cli() { "$CLI" --workspace "$work/ws.signet" --password-file "$work/pw" "$@"; }
other() { "$CLI" --workspace "$work/other.signet" --password-file "$work/pw" "$@"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

cli init >/dev/null || die "init"
cli ca create Root --subject "/C=ES/O=Interop/CN=Interop Root" >/dev/null || die "root CA"
cli ca create Clients --issuer Root --subject "CN=Interop Clients,O=Interop,C=ES" >/dev/null || die "intermediate CA"
cli issue server Clients --dns localhost --ip 127.0.0.1 --name web >/dev/null || die "server certificate"
cli issue client Clients --cn alice --email alice@example.com >/dev/null || die "client alice"
cli issue client Clients --cn bob >/dev/null || die "client bob"
other init >/dev/null && other ca create Stranger --subject "CN=Stranger CA" >/dev/null \
    && other issue client Stranger --cn mallory >/dev/null || die "foreign CA"

for who in alice bob; do
    cli export "$who" --format pem --out "$work/$who.crt" >/dev/null || die "export $who"
    cli export "$who" --format key --out "$work/$who.key" >/dev/null || die "export $who key"
done
other export mallory --format pem --out "$work/mallory.crt" >/dev/null || die "export mallory"
other export mallory --format key --out "$work/mallory.key" >/dev/null || die "export mallory key"

port=$(free_port)
backend_port=$(free_port)
cli config nginx --server web --client-ca Clients --out "$work/conf" --port "$port" \
    --backend "http://127.0.0.1:$backend_port" >"$work/config.out" || die "config nginx"
check_contains "config prints a curl test line" "curl --cert" "$(cat "$work/config.out")"
check "verify depth is the client chain length" "2" "$(awk '/ssl_verify_depth/ {gsub(";","",$2); print $2}' "$work/conf/nginx.conf")"
check "server key is 0600" "600" "$(stat -c %a "$work/conf/server.key")"
check "CRL bundle holds a CRL for each CA" "2" "$(grep -c 'BEGIN X509 CRL' "$work/conf/client-crl.pem")"

mkdir -p "$work/logs" "$work/tmp"
cat >"$nginx_conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/logs/error.log info;
events { worker_connections 64; }
http {
    access_log off;
    client_body_temp_path $work/tmp/body;
    proxy_temp_path $work/tmp/proxy;
    fastcgi_temp_path $work/tmp/fastcgi;
    uwsgi_temp_path $work/tmp/uwsgi;
    scgi_temp_path $work/tmp/scgi;
    include $work/conf/nginx.conf;
    # The application behind the proxy: echoes the client DN that nginx passed on.
    server {
        listen 127.0.0.1:$backend_port;
        location / { return 200 "hello \$http_x_ssl_client_dn\n"; }
    }
}
CONF
"$NGINX" -p "$work" -c "$nginx_conf" -t >"$work/nginx-t.log" 2>&1 || { cat "$work/nginx-t.log"; die "nginx -t rejects the configuration"; }
"$NGINX" -p "$work" -c "$nginx_conf" || die "nginx does not start"
for _ in $(seq 50); do [ -s "$work/nginx.pid" ] && break; sleep 0.1; done

request() { # request CERT_NAME|none [FOREIGN] -> "STATUS BODY"
    local args=(-s -o "$work/body" -w '%{http_code}' --max-time 10 --cacert "$work/conf/server-ca.pem"
                --resolve "localhost:$port:127.0.0.1")
    [ "$1" != none ] && args+=(--cert "$work/$1.crt" --key "$work/$1.key")
    local code
    code=$(curl "${args[@]}" "https://localhost:$port/")
    echo "$code $(cat "$work/body" 2>/dev/null)"
}

out=$(request alice)
check "alice's certificate is accepted" "200" "${out%% *}"
check_contains "the backend sees alice's DN" "CN=alice" "$out"
out=$(request bob)
check "bob's certificate is accepted" "200" "${out%% *}"
out=$(request none)
check "no client certificate is refused" "400" "${out%% *}"
check_contains "nginx says a certificate is required" "No required SSL certificate" "$out"
out=$(request mallory)
check "a certificate from another CA is refused" "400" "${out%% *}"

cli revoke alice --reason keyCompromise >/dev/null || die "revoke alice"
cli crl Clients --bundle --out "$work/conf/client-crl.pem" >/dev/null || die "crl --bundle"
check "the refreshed bundle still holds a CRL per CA" "2" "$(grep -c 'BEGIN X509 CRL' "$work/conf/client-crl.pem")"
"$NGINX" -p "$work" -c "$nginx_conf" -s reload || die "nginx reload"
# Wait for the old worker to be replaced.
for _ in $(seq 50); do
    out=$(request alice)
    [ "${out%% *}" = 400 ] && break
    sleep 0.2
done
check "alice is refused after revoke + crl + reload" "400" "${out%% *}"
check_contains "nginx reports a certificate error" "SSL certificate error" "$out"
out=$(request bob)
check "bob is still accepted" "200" "${out%% *}"
grep -q "certificate revoked" "$work/logs/error.log"
check "nginx's log names the revocation" "0" "$?"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
