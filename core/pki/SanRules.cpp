#include "pki/SanRules.h"

#include "crypto/Certificate.h"
#include "pki/LintFindings.h"
#include "pki/NameRules.h"

#include <QCoreApplication>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "SanRules", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SanRules)
};
} // namespace

void SanRules::check(const Certificate& cert, LintFindings& out)
{
    for (const QString& san : cert.subjectAltNames()) {
        if (san.startsWith(QLatin1String("DNS:")) && !NameRules::isDnsName(san.mid(4))) {
            out.error("rfc5280.san.dns",
                      Tr::tr("'%1' is not a valid DNS name (letters, digits and hyphens in dot-separated labels, a "
                             "wildcard only as the whole leftmost label); correct or remove it")
                          .arg(NameRules::printable(san.mid(4))));
        } else if (san.startsWith(QLatin1String("email:")) && !NameRules::isEmailAddress(san.mid(6))) {
            out.error("rfc5280.san.email",
                      Tr::tr("'%1' is not a valid e-mail address; correct or remove it")
                          .arg(NameRules::printable(san.mid(6))));
        } else if (san.startsWith(QLatin1String("URI:")) && !NameRules::isSanUri(san.mid(4))) {
            out.error("signet.san.uri",
                      Tr::tr("'%1' is not a URI that identifies a holder: use an http, https, ldap, ldaps or spiffe "
                             "URL with a host, or a urn:")
                          .arg(NameRules::printable(san.mid(4))));
        }
    }
}

} // namespace signet
