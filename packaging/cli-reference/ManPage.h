#pragma once

#include <QString>

namespace signet {

// signet-cli(1) in roff: the sections that describe the interface (global options, every command
// with its arguments and options, environment) come from the command table the program dispatches
// with; description, files, examples and exit status are written here.
class ManPage {
public:
    // `date` as it heads the page (YYYY-MM-DD), `version` the program's.
    static QString cli(const QString& date, const QString& version);
};

} // namespace signet
