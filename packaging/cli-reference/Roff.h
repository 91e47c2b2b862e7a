#pragma once

#include <QString>

namespace signet {

// Text made safe for roff (man(7)): backslashes escaped, hyphens as \-, no line that starts with a
// control character.
namespace roff {

// Prose: hyphens stay hyphens, only what roff would misread is escaped.
QString text(const QString& plain);
// A literal word that is typed, such as an option or command: hyphens become \- (minus signs).
QString literal(const QString& plain);
// `literal` in bold and, if any, an argument name in italics: \fB\-\-out\fR \fIFILE\fR.
QString option(const QString& name, const QString& valueName);

} // namespace roff
} // namespace signet
