#pragma once

#include <QFutureWatcher>
#include <QLocale>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent>

#include <atomic>
#include <memory>
#include <type_traits>

namespace signet {

// What a worker shares with the window while it runs: the Cancel flag it polls, and how far it has
// come, which the progress dialog shows.
struct TaskProgress {
    std::atomic<bool> cancelled{false};
    std::atomic<int> permille{-1}; // -1: not known (the dialog shows a busy bar)
    std::atomic<qint64> items{0};  // shown in the label with %1 of `countedLabel`, when one is given
};

// Runs `work(progress)` on a worker thread and returns at once. A window-modal progress dialog with
// Cancel shows while it runs (after 300 ms); when it ends, `then(result)` runs on the GUI thread, in
// an ordinary event-loop turn, unless it was cancelled (the work rolls back what it started). No
// nested event loop: the window keeps its state, and nothing runs inside a half-finished slot.
template <typename Work, typename Then>
void runThenCallback(QWidget* parent, const QString& label, const QString& countedLabel, Work work, Then then)
{
    using T = std::invoke_result_t<Work, TaskProgress&>;
    auto progress = std::make_shared<TaskProgress>();
    auto* dialog = new QProgressDialog(label, QProgressDialog::tr("Cancel"), 0, 0, parent);
    dialog->setObjectName(QStringLiteral("longTaskProgress"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(300);
    dialog->setAutoReset(false);
    dialog->setAutoClose(false);
    dialog->setValue(0); // starts the timer that shows the dialog once the work takes longer
    auto* ticker = new QTimer(dialog);
    QObject::connect(ticker, &QTimer::timeout, dialog, [dialog, progress, countedLabel] {
        if (progress->cancelled.load()) {
            return;
        }
        if (const int permille = progress->permille.load(); permille >= 0) {
            dialog->setMaximum(1000);
            dialog->setValue(permille);
        }
        if (!countedLabel.isEmpty()) {
            dialog->setLabelText(countedLabel.arg(QLocale().toString(progress->items.load())));
        }
    });
    ticker->start(100);
    QObject::connect(dialog, &QProgressDialog::canceled, dialog, [dialog, progress] {
        progress->cancelled.store(true);
        dialog->setLabelText(QProgressDialog::tr("Cancelling…"));
        dialog->setCancelButton(nullptr);
        dialog->show();
    });
    auto* watcher = new QFutureWatcher<T>(dialog);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, dialog,
                     [dialog, watcher, progress, then = std::move(then)]() mutable {
                         T result = watcher->future().takeResult();
                         dialog->hide();
                         dialog->deleteLater();
                         if (!progress->cancelled.load()) {
                             then(std::move(result));
                         }
                     });
    watcher->setFuture(QtConcurrent::run([work = std::move(work), progress]() mutable { return work(*progress); }));
}

} // namespace signet
