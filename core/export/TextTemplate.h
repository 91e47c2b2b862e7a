#pragma once

#include <QHash>
#include <QString>

namespace signet {

// Replaces each @NAME@ that names a value, in one pass: a value is copied as it is and never read
// again, so a path or name that contains "%1" or "@X@" stays what it is. Any other '@' is kept.
QString fillTemplate(const QString& text, const QHash<QString, QString>& values);

} // namespace signet
