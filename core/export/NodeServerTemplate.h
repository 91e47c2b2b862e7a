#pragma once

#include "export/ServerConfigSpec.h"

namespace signet {

// server.js: the seeds' Node.js recipe (https.createServer with requestCert and rejectUnauthorized)
// done right, with no npm package: each CRL as its own PEM string (Node reads only the first one of a
// string), the admitted issuers checked by fingerprint, the subject rules, the verified client in
// req.client for the handler, and the CRL file read again whenever it changes. `header` is the
// comment block every configuration starts with.
QString renderNodeServer(const ServerConfigSpec& spec, const QString& header);

} // namespace signet
