// An XCA template as its database or an .xca file carries it: a DER subject, then a QDataStream of
// settings, read by hand with every count and length bounded.
#include "FuzzSupport.h"
#include "import/XcaTemplate.h"

#include <cstdlib>

using namespace signet;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::clearErrors();
    auto parsed = XcaTemplate::parse(fuzz::bytes(data, size));
    if (parsed) {
        if (parsed->settings.size() > qsizetype(XcaTemplate::kMaxSettings)) {
            std::abort();
        }
        for (auto it = parsed->settings.cbegin(); it != parsed->settings.cend(); ++it) {
            if (it.key().size() * 2 > qsizetype(XcaTemplate::kMaxStringBytes)
                || it.value().size() * 2 > qsizetype(XcaTemplate::kMaxStringBytes)) {
                std::abort();
            }
        }
    }
    fuzz::clearErrors();
    return 0;
}
