#pragma once

#include "store/CertificateRepository.h"

#include <QString>
#include <QVariantList>

namespace signet {

// The WHERE clause (without the keyword) that selects what `filter` asks for, its values appended
// to `bindings` in order: shared by the certificate lists and their counts.
QString certificateFilterWhere(const CertificateRepository::Filter& filter, QVariantList& bindings);

} // namespace signet
