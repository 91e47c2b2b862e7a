#pragma once

#include <QDateTime>

#include <functional>

namespace signet {

// Every "now" in the core comes from a Clock, so validity and expiry are testable without waiting.
using Clock = std::function<QDateTime()>;

inline Clock systemClock()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}

inline Clock fixedClock(const QDateTime& at)
{
    return [at] { return at; };
}

} // namespace signet
