#include "ImportProgressLine.h"

#include "Console.h"
#include "ImportService.h"

#include <QCoreApplication>
#include <QLocale>

#include <unistd.h>

#include <algorithm>

namespace signet {

ImportProgressLine::ImportProgressLine() : m_shown(::isatty(STDERR_FILENO) == 1)
{
    m_clock.start();
}

ImportProgressLine::~ImportProgressLine()
{
    if (m_written) {
        Console::errRaw("\r\x1b[K");
    }
}

void ImportProgressLine::update(const ImportProgress& progress)
{
    if (m_clock.elapsed() - m_last < 250) {
        return;
    }
    m_last = m_clock.elapsed();
    const int percent = progress.bytesTotal > 0 ? int(progress.bytesDone * 100 / progress.bytesTotal) : 0;
    const double seconds = std::max<double>(double(m_clock.elapsed()), 1) / 1000.0;
    const QLocale locale;
    const QString line = QCoreApplication::translate("WorkspaceCommands", "importing: %1% done, %2 certificates (%3/s)")
                             .arg(percent)
                             .arg(locale.toString(progress.certificates),
                                  locale.toString(qint64(double(progress.certificates) / seconds)));
    Console::errRaw("\r\x1b[K" + line.toLocal8Bit());
    m_written = true;
}

} // namespace signet
