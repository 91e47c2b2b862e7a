#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace signet {

// What the kit's README and test script say, as plain values.
struct KitFacts {
    QString directory;      // absolute path of the kit folder, as the configurations name it
    QString hostName;       // the name the server answers to
    int port = 443;
    QString serverCertName;
    QString clientCaName;
    QStringList admission; // who the configurations admit, one sentence a line
    QString backend;
    QDateTime crlNextUpdate;
    QDateTime generatedAt;
};

QString renderKitReadme(const KitFacts& facts);
QString renderKitTestScript(const KitFacts& facts);

} // namespace signet
