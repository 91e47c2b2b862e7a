// Distinguished names as administrators type them: OpenSSL's "/C=ES/O=Jano/CN=x" and RFC 4514's
// "CN=x,O=Jano,C=ES", with escapes and UTF-8.
#include "FuzzSupport.h"
#include "crypto/DistinguishedName.h"

#include <cstdlib>

using namespace signet;

namespace {
// The same attributes in the same order with the same values, however each spells the attribute
// ("CN", "commonName", "2.5.4.3").
bool sameName(const DistinguishedName& a, const DistinguishedName& b)
{
    if (a.entries().size() != b.entries().size()) {
        return false;
    }
    for (qsizetype i = 0; i < a.entries().size(); ++i) {
        const auto& [keyA, valueA] = a.entries().at(i);
        const auto& [keyB, valueB] = b.entries().at(i);
        if (OBJ_txt2nid(keyA.toLatin1().constData()) != OBJ_txt2nid(keyB.toLatin1().constData()) || valueA != valueB) {
            return false;
        }
    }
    return true;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::clearErrors();
    auto dn = DistinguishedName::parse(fuzz::text(data, size));
    if (dn) {
        (void)dn->commonName();
        const QString text = dn->toString();
        if (auto name = dn->toX509Name()) {
            // What OpenSSL accepted as a name reads back as the same name.
            const DistinguishedName back = DistinguishedName::fromX509Name(name->get());
            if (!sameName(back, *dn)) {
                std::abort();
            }
            (void)DistinguishedName::format(name->get());
            (void)DistinguishedName::formatRfc2253(name->get(), true);
            (void)DistinguishedName::formatRfc2253(name->get(), false);
        }
        // The RFC 4514 text Signet shows is text it accepts again, naming the same DN.
        auto again = DistinguishedName::parse(text);
        if (!again || !sameName(*again, *dn)) {
            std::abort();
        }
    }
    fuzz::clearErrors();
    return 0;
}
