#pragma once

#include "Result.h"

#include <QByteArrayView>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

namespace signet {

// What an XCA template holds (format 10, as XCA 2.x stores it and as its .xca files carry it behind
// an 8-byte header): the subject's attributes, DER, then its settings, a QDataStream of
// QMap<QString, QString> (a big-endian count, then pairs of UTF-16BE strings with byte lengths).
// Read by hand and bounded, not by QDataStream: the bytes come from a file someone handed over.
struct XcaTemplate {
    static constexpr quint32 kMaxSettings = 256;
    static constexpr quint32 kMaxStringBytes = 64 * 1024;

    QList<QPair<QString, QString>> subject; // (short attribute name, value), in the DN's order
    QMap<QString, QString> settings;        // validN, validM, eKeyUse, subAltName, ca, ...

    static Result<XcaTemplate> parse(QByteArrayView raw);
};

} // namespace signet
