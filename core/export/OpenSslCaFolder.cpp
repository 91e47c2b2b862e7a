#include "OpenSslCaFolder.h"

#include "crypto/Certificate.h"
#include "crypto/OsslPtr.h"

#include <openssl/x509.h>

namespace signet {

namespace {
// UTCTime up to 2049, GeneralizedTime after, as RFC 5280 and `openssl ca` write them.
QByteArray timeText(const QDateTime& time)
{
    const QDateTime utc = time.toUTC();
    const int year = utc.date().year();
    const QString format = year >= 1950 && year <= 2049 ? QStringLiteral("yyMMddHHmmss") : QStringLiteral("yyyyMMddHHmmss");
    return utc.toString(format).toLatin1() + 'Z';
}

// The names `openssl ca` reads back (crl_reasons in apps/ca.c). It knows no name for
// privilegeWithdrawn (9) and aACompromise (10); they become "unspecified" there.
QByteArray reasonText(int code)
{
    static const char* const kNames[] = {"unspecified", "keyCompromise", "CACompromise", "affiliationChanged",
                                         "superseded", "cessationOfOperation", "certificateHold"};
    if (code >= 0 && code < int(sizeof(kNames) / sizeof(kNames[0]))) {
        return kNames[code];
    }
    return code < 0 ? QByteArray() : QByteArray("unspecified");
}
} // namespace

QByteArray OpenSslCaFolder::indexLine(const Entry& entry, const Certificate& cert, const QDateTime& now)
{
    QByteArray line;
    if (entry.revoked) {
        line = "R\t" + timeText(entry.notAfter) + '\t' + timeText(entry.revokedAt);
        if (const QByteArray reason = reasonText(entry.reasonCode); !reason.isEmpty()) {
            line += ',' + reason;
        }
    } else {
        line = (entry.notAfter < now ? "E\t" : "V\t") + timeText(entry.notAfter) + '\t';
    }
    OpenSslStringPtr subject(X509_NAME_oneline(X509_get_subject_name(cert.get()), nullptr, 0));
    // A tab or line break in a subject would split the line: openssl escapes neither.
    QByteArray name = subject ? QByteArray(subject.get()) : QByteArray("/");
    name.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    line += '\t' + entry.serialHex.toLatin1() + "\tunknown\t" + name + '\n';
    return line;
}

QByteArray OpenSslCaFolder::numberFile(const QByteArray& bigEndian)
{
    QByteArray hex = bigEndian.toHex().toUpper();
    while (hex.size() > 2 && hex.startsWith("00")) {
        hex.remove(0, 2);
    }
    return hex + '\n';
}

QByteArray OpenSslCaFolder::numberFile(qint64 number)
{
    QByteArray hex = QByteArray::number(number, 16).toUpper();
    if (hex.size() % 2 != 0) {
        hex.prepend('0');
    }
    return hex + '\n';
}

QByteArray OpenSslCaFolder::config(const QString& dir, const QString& caName)
{
    QByteArray text = "# The CA '" + caName.toUtf8() + "', exported from Signet: `openssl ca -config "
                      + dir.toUtf8() + "/openssl.cnf` goes on from here.\n";
    text += R"([ ca ]
default_ca = CA_default

[ CA_default ]
dir               = )" + dir.toUtf8() + R"(
certs             = $dir/certs
crl_dir           = $dir/crl
new_certs_dir     = $dir/newcerts
database          = $dir/index.txt
serial            = $dir/serial
crlnumber         = $dir/crlnumber
certificate       = $dir/cacert.pem
private_key       = $dir/private/cakey.pem
crl               = $dir/crl.pem
# Random 16-byte serials, as Signet makes them: never one that the CA already used.
rand_serial       = yes
unique_subject    = no
copy_extensions   = copy
default_md        = sha256
default_days      = 397
default_crl_days  = 30
crl_extensions    = crl_ext
policy            = policy_anything
x509_extensions   = client_cert

[ policy_anything ]
countryName            = optional
stateOrProvinceName    = optional
localityName           = optional
organizationName       = optional
organizationalUnitName = optional
commonName             = supplied
emailAddress           = optional

[ client_cert ]
basicConstraints       = critical, CA:FALSE
keyUsage               = critical, digitalSignature
extendedKeyUsage       = clientAuth
subjectKeyIdentifier   = hash
authorityKeyIdentifier = keyid

[ server_cert ]
basicConstraints       = critical, CA:FALSE
keyUsage               = critical, digitalSignature, keyEncipherment
extendedKeyUsage       = serverAuth
subjectKeyIdentifier   = hash
authorityKeyIdentifier = keyid

[ crl_ext ]
authorityKeyIdentifier = keyid
)";
    return text;
}

} // namespace signet
