#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace signet {

// Where the parts of an existing CA lie in a folder: an `openssl ca` directory (as an openssl.cnf in
// it describes, or the demoCA layout without one) or an EasyRSA 3 `pki/`. Nothing is read here
// but names and the small configuration and number files; every path found lies inside the
// folder, and nothing is followed through a symbolic link.
struct CaFolder {
    enum class Kind { OpenSslCa, EasyRsa };

    static constexpr qsizetype kFileLimit = 2'000'000;

    Kind kind = Kind::OpenSslCa;
    QString root;
    QString config;        // the configuration that described the layout; empty when none did
    QString certificate;   // the CA's own certificate
    QString key;           // its private key; empty when the folder holds none
    QStringList certificates; // what the CA issued (some may be there twice, under two names)
    QStringList keys;         // private keys of what it issued
    QString index;            // index.txt; empty when there is none
    QStringList crls;         // the CRL files
    QString crlNumber;        // the file with the next CRL number; empty when there is none
    struct Waiting {
        QString request; // a request that no issued certificate answers yet
        QString key;     // its private key; empty when the folder holds none
    };
    QList<Waiting> requests;
    QStringList notes;        // what was expected and not found, or left out, and why

    // Recognises the folder at `path` (or the `pki` or `demoCA` folder inside it).
    static Result<CaFolder> find(const QString& path);
    // The last CRL number used, from a `crlnumber` file (which holds the next one, in hex); none
    // when no CRL was made from it yet.
    static Result<std::optional<qint64>> lastCrlNumber(const QString& path);
    [[nodiscard]] QString kindName() const;
};

} // namespace signet
