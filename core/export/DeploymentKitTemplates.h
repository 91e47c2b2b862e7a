#pragma once

#include <QDateTime>
#include <QString>

namespace signet {

// What the kit's README and test script say, as plain values.
struct KitFacts {
    QString directory;      // absolute path of the kit folder, as the configurations name it
    QString hostName;       // the name the server answers to
    int port = 443;
    QString serverCertName;
    QString clientCaName;
    QString backend;
    QDateTime crlNextUpdate;
    QDateTime generatedAt;
};

QString renderKitReadme(const KitFacts& facts);
QString renderKitTestScript(const KitFacts& facts);

// `word` quoted for a POSIX shell (single quotes unless it needs none).
QString shellQuote(const QString& word);

} // namespace signet
