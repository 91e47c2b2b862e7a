#pragma once

#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent>

#include <atomic>
#include <memory>
#include <optional>
#include <type_traits>

namespace signet {

// Runs `work(cancelled)` on a worker thread while a progress dialog with Cancel keeps the window
// responsive. Cancel sets the flag; `work` polls it and stops (rolling back what it started), and
// the result is then dropped: the function returns nullopt only after the worker has ended.
template <typename Work>
auto runWithProgress(QWidget* parent, const QString& label, Work work)
    -> std::optional<std::invoke_result_t<Work, const std::atomic<bool>&>>
{
    using T = std::invoke_result_t<Work, const std::atomic<bool>&>;
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    QFutureWatcher<T> watcher;
    QProgressDialog progress(label, QProgressDialog::tr("Cancel"), 0, 0, parent);
    progress.setObjectName(QStringLiteral("longTaskProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setValue(0); // starts the timer that shows the dialog once the work takes longer
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&progress, cancelled] {
        cancelled->store(true);
        progress.setLabelText(QProgressDialog::tr("Cancelling…"));
        progress.setCancelButton(nullptr);
        progress.show();
    });
    watcher.setFuture(QtConcurrent::run([work = std::move(work), cancelled]() mutable { return work(*cancelled); }));
    if (!watcher.isFinished()) {
        loop.exec();
    }
    progress.reset();
    if (cancelled->load()) {
        return std::nullopt;
    }
    return watcher.future().takeResult();
}

} // namespace signet
