# shellcheck shell=bash
# An XCA database made by the real xca (Debian's 2.4), for the migration tests. xca's command line can
# neither issue nor revoke: openssl makes the CA, the clients and a CRL, and xca imports them. The CRL
# comes after the CA, so that xca finds its issuer and takes bob's revocation into its own list.

# make_xca_database DIR CN OUT: DIR/ca.xdb (database password "xca-secret") with the root CA CN (EC
# P-256) and its key, the clients alice and bob with their keys, bob revoked for keyCompromise (on an
# imported CRL numbered 0x1001), the request carol (CSR and key, never signed) and Debian's three
# templates (TLS_server, TLS_client, CA). The clients' certificates and keys are left in
# OUT/NAME.crt and OUT/NAME.key.
make_xca_database() {
    local dir=$1 cn=$2 out=$3 tool
    for tool in xca sqlite3 script; do
        command -v "$tool" >/dev/null || { echo "$tool is not installed (the README's test command installs it)" >&2; return 1; }
    done
    mkdir -p "$dir/openssl/newcerts" "$dir/.home" "$out" || return 1
    dir=$(cd "$dir" && pwd) && out=$(cd "$out" && pwd) || return 1
    (
        cd "$dir/openssl" || exit 1
        : >index.txt && echo 2000 >serial && echo 1001 >crlnumber || exit 1
        cat >openssl.cnf <<'CNF'
[ ca ]
default_ca = CA_default
[ CA_default ]
dir              = .
database         = ./index.txt
new_certs_dir    = ./newcerts
serial           = ./serial
crlnumber        = ./crlnumber
default_md       = sha256
default_days     = 375
default_crl_days = 30
crl_extensions   = crl_ext
policy           = policy_loose
unique_subject   = no
[ policy_loose ]
commonName = supplied
[ req ]
distinguished_name = req_dn
[ req_dn ]
[ v3_ca ]
basicConstraints = critical, CA:true
keyUsage = critical, cRLSign, keyCertSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[ usr_cert ]
basicConstraints = CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = clientAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[ crl_ext ]
authorityKeyIdentifier = keyid:always
CNF
        local cnf=(-config openssl.cnf) ec=(-newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes) who
        openssl req "${cnf[@]}" -x509 "${ec[@]}" -keyout ca.key -subj "/CN=$cn" -days 3650 -extensions v3_ca \
            -out ca.crt || exit 1
        for who in alice bob carol; do
            openssl req "${cnf[@]}" -new "${ec[@]}" -keyout "$who.key" -subj "/CN=$who" -out "$who.csr" || exit 1
        done
        for who in alice bob; do
            openssl ca "${cnf[@]}" -batch -notext -cert ca.crt -keyfile ca.key -extensions usr_cert \
                -in "$who.csr" -out "$who.crt" && cp "$who.crt" "$who.key" "$out/" || exit 1
        done
        openssl ca "${cnf[@]}" -cert ca.crt -keyfile ca.key -revoke bob.crt -crl_reason keyCompromise &&
            openssl ca "${cnf[@]}" -cert ca.crt -keyfile ca.key -gencrl -out ca.crl
    ) >"$dir/openssl.log" 2>&1 || { cat "$dir/openssl.log" >&2; return 1; }
    (
        cd "$dir" || exit 1
        export HOME="$dir/.home" QT_QPA_PLATFORM=offscreen XCA_NO_GUI=1
        # A new database takes its password only from a terminal (xca 2.4 ignores --password there),
        # and discards what was typed before its prompt: give it a pty, and the password after the prompt.
        # shellcheck disable=SC2094 # the feeder waits for the prompt in the log that script writes
        {
            for _ in $(seq 300); do grep -q 'Password:' create.log 2>/dev/null && break; sleep 0.1; done
            # Again later, in case xca had not flushed the terminal yet: it reads one line, the rest is dropped.
            for pause in 0.5 1 2; do sleep "$pause" && echo xca-secret; done
        } | timeout 120 script -qec "xca --database=ca.xdb --issuers" /dev/null >create.log 2>&1
        # xca exits 0 even when it failed: the checks below look at what the database holds.
        cd openssl && timeout 120 xca --database=../ca.xdb --password=pass:xca-secret --import \
            ca.key ca.crt alice.key alice.crt bob.key bob.crt carol.key carol.csr ca.crl \
            /usr/share/xca/TLS_server.xca /usr/share/xca/TLS_client.xca /usr/share/xca/CA.xca </dev/null
    ) >"$dir/xca.log" 2>&1
    local found
    found=$(sqlite3 "$dir/ca.xdb" "SELECT (SELECT count(*) FROM settings WHERE key_ = 'pwhash')
        || ' ' || (SELECT group_concat(type || ':' || name, ' ') FROM (SELECT type, name FROM items ORDER BY id))
        || ' ' || (SELECT count(*) FROM revocations WHERE serial = '2001' AND reasonBit = 1)" 2>&1)
    [ "$found" = "1 1:ca 3:$cn 1:alice 3:alice 1:bob 3:bob 1:carol 2:carol 4:$cn 5:TLS_server 5:TLS_client 5:CA 1" ] || {
        echo "xca did not build the expected database (found: $found); see $dir/create.log and $dir/xca.log" >&2
        return 1
    }
}
