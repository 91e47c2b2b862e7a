# shellcheck shell=bash
# Starting and stopping each real server on one configuration folder written by signet-cli, for
# the tests that run the same checks against nginx, Apache httpd, HAProxy and Node.js. Sourced after
# lib.sh; the requests go to $port, the backend (start_backend) listens on $backend_port.
#   start_kind KIND DIR   starts KIND on DIR/<its configuration>; fails the test when it will not
#   stop_kind KIND        stops it and waits until the port is free
start_kind() {
    local kind=$1 dir=$2
    mkdir -p "$work/$kind/logs" "$work/$kind/run" "$work/$kind/tmp"
    case $kind in
        nginx) start_scoped_nginx "$dir" ;;
        apache) start_scoped_apache "$dir" ;;
        haproxy) start_scoped_haproxy "$dir" ;;
        node) start_scoped_node "$dir" ;;
    esac
    for _ in $(seq 100); do
        python3 -c "import socket,sys; socket.create_connection(('127.0.0.1', int(sys.argv[1])), 0.2)" "$port" \
            2>/dev/null && return 0
        sleep 0.1
    done
    die "$kind does not listen on $port"
}

stop_kind() {
    case $1 in
        nginx) [ -f "$work/nginx/nginx.pid" ] && "$(server_binary nginx)" -p "$work/nginx" -c "$work/nginx/main.conf" -s stop ;;
        apache) [ -s "$work/apache/run/httpd.pid" ] && "$(server_binary apache2)" -f "$work/apache/httpd.conf" -k stop ;;
        haproxy) [ -s "$work/haproxy/haproxy.pid" ] && kill "$(cat "$work/haproxy/haproxy.pid")" ;;
        node) [ -n "${node_pid:-}" ] && kill "$node_pid" && node_pid= ;;
    esac 2>/dev/null
    for _ in $(seq 100); do
        python3 -c "import socket,sys; socket.create_connection(('127.0.0.1', int(sys.argv[1])), 0.2)" "$port" \
            2>/dev/null || { rm -f "$work/$1"/*.pid "$work/$1"/run/*.pid; return 0; }
        sleep 0.1
    done
}

start_scoped_nginx() {
    local nginx
    nginx=$(server_binary nginx) || die "nginx is not installed"
    cat >"$work/nginx/main.conf" <<CONF
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log info;
events { worker_connections 64; }
http {
    access_log off;
    client_body_temp_path $work/nginx/tmp/body;
    proxy_temp_path $work/nginx/tmp/proxy;
    fastcgi_temp_path $work/nginx/tmp/fastcgi;
    uwsgi_temp_path $work/nginx/tmp/uwsgi;
    scgi_temp_path $work/nginx/tmp/scgi;
    include $1/nginx.conf;
}
CONF
    "$nginx" -p "$work/nginx" -c "$work/nginx/main.conf" -t >"$work/nginx/t.log" 2>&1 \
        || { cat "$work/nginx/t.log"; die "nginx -t rejects $1/nginx.conf"; }
    "$nginx" -p "$work/nginx" -c "$work/nginx/main.conf" || die "nginx does not start"
}

start_scoped_apache() {
    local apache
    apache=$(server_binary apache2) || die "apache2 is not installed"
    apache_main_conf "$work/apache" "$1/apache.conf" >"$work/apache/httpd.conf"
    "$apache" -t -f "$work/apache/httpd.conf" >"$work/apache/t.log" 2>&1 \
        || { cat "$work/apache/t.log"; die "apache2 -t rejects $1/apache.conf"; }
    "$apache" -f "$work/apache/httpd.conf" -k start || { cat "$work/apache/logs/error.log"; die "apache2 does not start"; }
}

start_scoped_haproxy() {
    local haproxy
    haproxy=$(server_binary haproxy) || die "haproxy is not installed"
    {
        printf 'global\n    maxconn 100\n\ndefaults\n    mode http\n    timeout connect 5s\n'
        printf '    timeout client 10s\n    timeout server 10s\n\n'
        cat "$1/haproxy.cfg"
    } >"$work/haproxy/main.cfg"
    "$haproxy" -c -f "$work/haproxy/main.cfg" >"$work/haproxy/c.log" 2>&1 \
        || { cat "$work/haproxy/c.log"; die "haproxy -c rejects $1/haproxy.cfg"; }
    "$haproxy" -f "$work/haproxy/main.cfg" -D -p "$work/haproxy/haproxy.pid" >"$work/haproxy/run.log" 2>&1 \
        || { cat "$work/haproxy/run.log"; die "haproxy does not start"; }
}

start_scoped_node() {
    command -v node >/dev/null || die "node is not installed (nodejs; the README's test command installs it)"
    node "$1/server.js" >"$work/node/run.log" 2>&1 &
    node_pid=$!
}
