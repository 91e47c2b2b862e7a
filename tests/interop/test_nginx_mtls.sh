#!/usr/bin/env bash
# End to end with a real nginx on 127.0.0.1, configured only from the files that
# `signet-cli config nginx` wrote, for a root -> intermediate -> leaf chain:
# a client certificate is accepted, no certificate is refused, a certificate from another CA is
# refused, and after revoke + crl + reload the revoked certificate is refused.
# shellcheck disable=SC2317 # the hooks and commands that lib.sh calls look unreachable
set -uo pipefail
# shellcheck source=lib.sh source-path=SCRIPTDIR
source "$(dirname "$0")/lib.sh"

NGINX=$(server_binary nginx) || exit 1
chmod 755 "$work" # nginx workers run as nobody
nginx_conf="$work/nginx-main.conf"
stop_server() {
    [ -f "$work/nginx.pid" ] && "$NGINX" -p "$work" -c "$nginx_conf" -s stop 2>/dev/null
    sleep 0.2
}
reload_server() {
    "$NGINX" -p "$work" -c "$nginx_conf" -s reload || die "nginx reload"
}

make_pki --email alice@example.com
write_config nginx nginx.conf
check "verify depth is the client chain length" "2" "$(awk '/ssl_verify_depth/ {gsub(";","",$2); print $2}' "$work/conf/nginx.conf")"
check "server key is 0600" "600" "$(stat -c %a "$work/conf/server.key")"

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
wait_for_file "$work/nginx.pid" || die "nginx wrote no pid file"

# nginx finishes the handshake and answers a missing or untrusted certificate with an HTTP error.
accepted="200 0"
refused="400 0"
check_clients nginx "No required SSL certificate"

publish_bundle() { cli crl Clients --bundle --out "$work/conf/client-crl.pem" >/dev/null || die "crl --bundle"; }
revoke_alice publish_bundle
check "alice is refused after revoke + crl + reload" "$refused" "$(status "$out")"
check_contains "nginx reports a certificate error" "SSL certificate error" "$out"
check_accepted "bob is still accepted" bob
check_refused "mallory is still refused" mallory
grep -q "certificate revoked" "$work/logs/error.log"
check "nginx's log names the revocation" "0" "$?"

finish
