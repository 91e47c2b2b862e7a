// What a migration reads from an old CA's folder besides certificates: index.txt lines and the
// openssl.cnf that says where things lie. The first byte chooses which.
#include "FuzzSupport.h"
#include "import/CaIndex.h"
#include "import/OpenSslConfig.h"

#include <cstdlib>

using namespace signet;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0) {
        return 0;
    }
    const QByteArray input = fuzz::bytes(data + 1, size - 1);
    if (data[0] % 2 == 0) {
        auto entry = CaIndex::parseLine(input);
        if (entry) {
            // A serial read is a serial in the form it is compared in: reading it again changes nothing.
            if (CaIndex::normalSerial(entry->serialHex.toLatin1()) != entry->serialHex || !entry->expiry.isValid()) {
                std::abort();
            }
            if ((entry->state == CaIndexEntry::State::Revoked) != entry->revokedAt.isValid()) {
                std::abort();
            }
            if (entry->reason < -1 || entry->reason > 10) {
                std::abort();
            }
        }
        return 0;
    }
    auto config = OpenSslConfig::parse(input);
    if (config) {
        const QString section = config->value(QStringLiteral("ca"), QStringLiteral("default_ca"));
        for (const char* name : {"dir", "database", "certificate", "private_key", "crlnumber", "new_certs_dir"}) {
            if (config->value(section, QString::fromLatin1(name)).size() > 64 * 1024) {
                std::abort();
            }
        }
    }
    return 0;
}
