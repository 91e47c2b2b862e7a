#pragma once

#include <QStringList>

namespace signet {

// Migration N (1-based) brings a workspace from user_version N-1 to N. Never edit a released one.
const QList<QStringList>& schemaMigrations();

} // namespace signet
