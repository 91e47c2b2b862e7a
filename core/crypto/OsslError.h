#pragma once

#include "Result.h"

#include <QByteArray>

#include <openssl/bio.h>

namespace signet {

// Drains OpenSSL's thread-local error queue into one line of text.
QString takeOpenSslErrors();

// An Error whose detail is the current OpenSSL error queue (which it empties).
Error opensslError(const QString& message);

// Reads everything a memory BIO holds.
QByteArray bioContents(BIO* bio);

} // namespace signet
