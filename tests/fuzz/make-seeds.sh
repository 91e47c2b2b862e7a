#!/usr/bin/env bash
# Writes the seed corpus of the fuzz harnesses (tests/fuzz/corpus/<harness>/) with openssl. The keys
# are throwaway and small so that each execution stays fast; nothing trusts them. Encrypted seeds use
# the harnesses' password "fuzz" and one iteration, and are padded to an even length, which is how
# FuzzSupport.h's seedPassword() tells inputs that carry the password.
# Run it only to rebuild the corpus; the committed corpus also holds regression inputs it does not make.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
corpus=$here/corpus
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

even() { # pads a file to an even length
    if [ $(($(stat -c %s "$1") % 2)) -eq 1 ]; then printf '\n' >>"$1"; fi
}
odd() {
    if [ $(($(stat -c %s "$1") % 2)) -eq 0 ]; then printf '\n' >>"$1"; fi
}

openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out ec.key 2>/dev/null
openssl genpkey -algorithm ED25519 -out ed.key
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:1024 -out rsa.key 2>/dev/null

cat >ca.cnf <<'CNF'
[ca_ext]
basicConstraints = critical,CA:TRUE,pathlen:1
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
nameConstraints = critical,permitted;DNS:example.com,permitted;IP:10.0.0.0/255.0.0.0,permitted;IP:fd00::/ffff::,permitted;email:.example.com,excluded;DNS:bad.example.com
crlDistributionPoints = URI:http://pki.example.com/ca.crl
authorityInfoAccess = caIssuers;URI:http://pki.example.com/ca.crt
[leaf_ext]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature,keyEncipherment
extendedKeyUsage = serverAuth,clientAuth
subjectAltName = DNS:www.example.com,DNS:*.example.com,IP:10.1.2.3,IP:fd00::1,email:a@example.com,URI:https://example.com/x,DNS:xn--bcher-kva.example.com
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[req]
distinguished_name = dn
[dn]
CNF

openssl req -new -x509 -key ec.key -subj "/C=ES/O=Jano, S.L./OU=PKI\\+Test/CN=Fuzz Root CA/emailAddress=ca@example.com" \
    -days 3650 -sha256 -config ca.cnf -extensions ca_ext -out ca.pem
openssl req -new -key ed.key -subj "/CN=www.example.com/O=Bücher \"GmbH\"/serialNumber=42" -config ca.cnf -out leaf.csr
openssl x509 -req -in leaf.csr -CA ca.pem -CAkey ec.key -set_serial 0x7f01 -days 397 -extfile ca.cnf \
    -extensions leaf_ext -out leaf.pem 2>/dev/null
openssl req -new -x509 -key rsa.key -subj "/CN=10.1.2.3" -days 30 -sha1 -config ca.cnf -out rsa-v1.pem
openssl req -new -key ec.key -subj "/C=DE/CN=client.example.com" -config ca.cnf \
    -addext "subjectAltName=DNS:client.example.com,IP:192.0.2.1,email:c@example.com" -out ec.csr

mkdir -p "$corpus"/{fuzz_certificate,fuzz_csr,fuzz_crl,fuzz_private_key,fuzz_import,fuzz_dn,fuzz_names,fuzz_batch}

c=$corpus/fuzz_certificate
cp ca.pem "$c/ca.pem"
openssl x509 -in leaf.pem -outform DER -out "$c/leaf.der"
cp rsa-v1.pem "$c/rsa-sha1.pem"
cat leaf.pem ca.pem >"$c/bundle.pem"

c=$corpus/fuzz_csr
cp leaf.csr "$c/ed25519.pem"
cp ec.csr "$c/ec-san.pem"
openssl req -in ec.csr -outform DER -out "$c/ec-san.der"

# A CRL with entries, reasons and a CRL number needs openssl ca's database.
mkdir -p db && : >db/index.txt && echo 1000 >db/crlnumber
{
    printf 'R\t301231000000Z\t250101000000Z,keyCompromise\t7F01\tunknown\t/CN=a\n'
    printf 'R\t301231000000Z\t250102000000Z\t7F02\tunknown\t/CN=b\n'
    printf 'R\t301231000000Z\t250103000000Z,cessationOfOperation\t01\tunknown\t/CN=c\n'
} >db/index.txt
cat >crl.cnf <<'CNF'
[ca]
default_ca = fuzz
[fuzz]
database = db/index.txt
crlnumber = db/crlnumber
default_md = sha256
default_crl_days = 7
crl_extensions = crl_ext
[crl_ext]
authorityKeyIdentifier = keyid
CNF
c=$corpus/fuzz_crl
openssl ca -gencrl -config crl.cnf -cert ca.pem -keyfile ec.key -out "$c/entries.pem" 2>/dev/null
openssl crl -in "$c/entries.pem" -outform DER -out "$c/entries.der"
: >db/index.txt
openssl ca -gencrl -config crl.cnf -cert ca.pem -keyfile ec.key -out "$c/empty.pem" 2>/dev/null

c=$corpus/fuzz_private_key
cp ec.key "$c/ec-pkcs8.pem"
cp ed.key "$c/ed25519-pkcs8.pem"
openssl pkey -in ec.key -outform DER -out "$c/ec-pkcs8.der"
openssl rsa -in rsa.key -traditional -out "$c/rsa-traditional.pem" 2>/dev/null
openssl ec -in ec.key -out "$c/ec-traditional.pem" 2>/dev/null
openssl pkcs8 -topk8 -in ec.key -v2 aes-256-cbc -iter 1 -passout pass:fuzz -out "$c/ec-encrypted.pem"
even "$c/ec-encrypted.pem"
openssl pkcs8 -topk8 -in ed.key -v2 aes-128-cbc -iter 1 -passout pass:fuzz -outform DER -out "$c/ed25519-encrypted.der"
even "$c/ed25519-encrypted.der"
cp "$c/ec-encrypted.pem" "$c/ec-encrypted-nopass.pem"
printf '\n' >>"$c/ec-encrypted-nopass.pem"

c=$corpus/fuzz_import
cat leaf.pem ed.key ca.pem ec.csr "$corpus/fuzz_crl/empty.pem" >"$c/mixed.pem"
printf -- '-----BEGIN SOMETHING ELSE-----\nAAAA\n-----END SOMETHING ELSE-----\n' >>"$c/mixed.pem"
cp "$corpus/fuzz_certificate/leaf.der" "$c/leaf.der"
cp "$corpus/fuzz_private_key/ec-pkcs8.der" "$c/key.der"
cp "$corpus/fuzz_csr/ec-san.der" "$c/csr.der"
openssl pkcs12 -export -in leaf.pem -inkey ed.key -certfile ca.pem -passout pass:fuzz -iter 1 -nomaciter \
    -out "$c/modern.p12"
even "$c/modern.p12"
openssl pkcs12 -export -in leaf.pem -inkey ed.key -passout pass:fuzz -iter 1 -nomaciter \
    -keypbe PBE-SHA1-3DES -certpbe PBE-SHA1-3DES -macalg sha1 -out "$c/compatible.p12"
even "$c/compatible.p12"
openssl pkcs12 -export -in ca.pem -inkey ec.key -passout pass: -iter 1 -nomaciter -out "$c/empty-password.p12"
odd "$c/empty-password.p12"
openssl pkcs12 -export -in ca.pem -nokeys -passout pass:fuzz -iter 1 -nomaciter -out "$c/certs-only.p12"
even "$c/certs-only.p12"
cp "$corpus/fuzz_private_key/ec-encrypted.pem" "$c/encrypted-key.pem"

c=$corpus/fuzz_dn
printf '/C=ES/O=Jano/CN=jano.com.es' >"$c/slash"
printf 'CN=jano.com.es,O=Jano,C=ES' >"$c/rfc4514"
printf 'CN=Smith\\, John,OU=Sales\\+Marketing,O=\\"Acme\\" Ltd,L=München,ST=Bayern,C=DE' >"$c/escapes"
printf 'commonName=a\\=b,organizationName=x\\\\y,2.5.4.11=unit,emailAddress=a@example.com' >"$c/long-names"
printf '/CN=a\\/b/serialNumber=1234/DC=example/DC=com' >"$c/slash-escape"
printf 'CN=\\ leading and trailing\\ ,O=\\#hash' >"$c/spaces"

c=$corpus/fuzz_names
printf 'www.example.com\n*.example.com\n.example.com\nxn--bcher-kva.example\nbücher.example\n' >"$c/dns"
printf '10.0.0.0/8\n192.0.2.7\nfd00::/8\n::/0\n0.0.0.0/0\n2001:db8::1\n10.1.2.3/8\n' >"$c/ip"
printf 'a@example.com\nexample.com\n.example.com\nBÜCHER.example\n' >"$c/email"
printf 'http://pki.example.com/ca.crl\nhttps://[::1]:8443/x\nldap://ldap.example.com/cn=CA?certificateRevocationList\nftp://x/\n' >"$c/urls"
printf 'rsa:2048\nrsa:4096\nec:p256\nec:p384\ned25519\nrsa\n' >"$c/keyspecs"
printf 'O=Acme\nOU=Staff|Dev\ncn = a b|c.d_e@f\nL=\nST=x|x\n' >"$c/rules"
# shellcheck disable=SC2016 # the dollar signs are the point: values that must not expand
printf '/etc/ssl/a b.pem\n$var\n${HOME}\n"quoted"\nback\\slash\nit'"'"'s\n' >"$c/config-values"
printf '\n\x00\x00\x00\xff\xff\xff\x00' >"$c/constraint-v4"

c=$corpus/fuzz_batch
printf '# clients\ncn,email,dns,ip,profile,key,days,name,subject\nalice,a@example.com,,,client,ec:p256,30,al,\n,,"www.example.com;api.example.com",10.0.0.1 ::1,server,,,,\nbob,,,,,,,,"CN=robert,O=""Acme"",C=ES"\n' >"$c/csv"
printf '{"cn":"dave","email":["d@example.com"],"days":7}\n{"profile":"server","dns":"b\xc3\xbccher.example","key":"ed25519","name":null}\n' >"$c/jsonl"
printf 'alice\n# comment\n\n  id:7\r\n4A:3B:00\n' >"$c/references"
