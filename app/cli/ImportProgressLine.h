#pragma once

#include <QElapsedTimer>

namespace signet {

struct ImportProgress;

// On a terminal, a long import shows on stderr how far it has come, on one line rewritten at most
// four times a second; stdout stays what scripts read.
class ImportProgressLine {
public:
    ImportProgressLine();
    ~ImportProgressLine();
    ImportProgressLine(const ImportProgressLine&) = delete;
    ImportProgressLine& operator=(const ImportProgressLine&) = delete;

    [[nodiscard]] bool shown() const { return m_shown; }
    void update(const ImportProgress& progress);

private:
    bool m_shown;
    bool m_written = false;
    QElapsedTimer m_clock;
    qint64 m_last = -1000;
};
} // namespace signet
