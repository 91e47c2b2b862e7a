# shellcheck shell=bash
# Existing CAs made by the real tools, for the migration tests. Each function builds, in a new
# folder, a CA that issued the client certificates alice and bob and then revoked bob for
# keyCompromise, and leaves the clients' certificates and keys (which their owners hold, not the CA)
# in $3/NAME.crt and $3/NAME.key.

# make_openssl_ca DIR CN OUT: the layout of the classic `openssl ca` guides, with an openssl.cnf whose
# `dir` is absolute (the folder is then moved, as when it is copied from the old machine), an
# encrypted CA key (password "old-ca-secret"), serial and crlnumber starting at 1000, and two CRLs
# (numbers 0x1000 and 0x1001).
make_openssl_ca() {
    local dir=$1 cn=$2 out=$3 built="$1.building"
    mkdir -p "$built"/{certs,crl,newcerts,private} "$out" || return 1
    : >"$built/index.txt"
    echo 1000 >"$built/serial"
    echo 1000 >"$built/crlnumber"
    cat >"$built/openssl.cnf" <<CNF
[ ca ]
default_ca = CA_default

[ CA_default ]
dir               = $built
certs             = \$dir/certs
crl_dir           = \$dir/crl
new_certs_dir     = \$dir/newcerts
database          = \$dir/index.txt
serial            = \$dir/serial
crlnumber         = \$dir/crlnumber
private_key       = \$dir/private/ca.key.pem
certificate       = \$dir/certs/ca.cert.pem
crl               = \$dir/crl/ca.crl.pem
default_md        = sha256
default_days      = 375
default_crl_days  = 30
policy            = policy_loose
unique_subject    = no

[ policy_loose ]
commonName        = supplied

[ req ]
distinguished_name = req_dn
[ req_dn ]

[ usr_cert ]
basicConstraints = CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = clientAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid

[ v3_ca ]
basicConstraints = critical, CA:true
keyUsage = critical, digitalSignature, cRLSign, keyCertSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
CNF
    local pass=(-passin pass:old-ca-secret) cnf=(-config "$built/openssl.cnf")
    openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -aes256 -pass pass:old-ca-secret \
        -out "$built/private/ca.key.pem" 2>/dev/null || return 1
    openssl req "${cnf[@]}" -new -x509 -key "$built/private/ca.key.pem" "${pass[@]}" -days 3650 -extensions v3_ca \
        -subj "/CN=$cn" -out "$built/certs/ca.cert.pem" || return 1
    local who
    for who in alice bob; do
        openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$out/$who.key" \
            -subj "/CN=$who" -out "$built/$who.csr" 2>/dev/null || return 1
        openssl ca "${cnf[@]}" -batch -notext -extensions usr_cert "${pass[@]}" -in "$built/$who.csr" \
            -out "$built/certs/$who.cert.pem" 2>/dev/null || return 1
        cp "$built/certs/$who.cert.pem" "$out/$who.crt"
    done
    openssl ca "${cnf[@]}" "${pass[@]}" -revoke "$built/certs/bob.cert.pem" -crl_reason keyCompromise 2>/dev/null \
        || return 1
    openssl ca "${cnf[@]}" "${pass[@]}" -gencrl -out "$built/crl/first.crl.pem" 2>/dev/null || return 1
    openssl ca "${cnf[@]}" "${pass[@]}" -gencrl -out "$built/crl/ca.crl.pem" 2>/dev/null || return 1
    mv "$built" "$dir"
}

# make_easyrsa_pki DIR CN OUT: Debian's easy-rsa (EC keys, no passwords) in DIR/pki, with a CRL and a
# request (carol) that was never signed.
make_easyrsa_pki() {
    local dir=$1 cn=$2 out=$3 easyrsa=/usr/share/easy-rsa/easyrsa
    [ -x "$easyrsa" ] || { echo "easy-rsa is not installed (the README's test command installs it)" >&2; return 1; }
    mkdir -p "$dir" "$out" || return 1
    (
        cd "$dir" || exit 1
        export EASYRSA_BATCH=1 EASYRSA_PKI="$dir/pki" EASYRSA_ALGO=ec EASYRSA_CURVE=prime256v1
        "$easyrsa" init-pki && EASYRSA_REQ_CN="$cn" "$easyrsa" build-ca nopass || exit 1
        for who in alice bob; do
            "$easyrsa" build-client-full "$who" nopass || exit 1
            openssl x509 -in "pki/issued/$who.crt" -out "$out/$who.crt" && cp "pki/private/$who.key" "$out/$who.key" \
                || exit 1
        done
        "$easyrsa" revoke bob keyCompromise && "$easyrsa" gen-crl && "$easyrsa" gen-req carol nopass
    ) >"$dir/easyrsa.log" 2>&1 || { cat "$dir/easyrsa.log" >&2; return 1; }
}
