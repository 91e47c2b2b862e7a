#include "dialogs/RestoreDialog.h"

#include "Workspace.h"
#include "dialogs/DialogSupport.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace signet {

struct RestoreDialog::Ui {
    explicit Ui(Workspace& ws) : workspace(ws) {}

    Workspace& workspace;
    std::vector<CertificateRecord> removed;
    QList<CertificateRecord> restored;
    QTreeWidget* list = nullptr;
    QPushButton* restore = nullptr;
    QLabel* error = nullptr;
};

namespace {
enum Column { NameColumn, KindColumn, SerialColumn, RemovedColumn, ExpiresColumn };

QString shortDate(const QDateTime& when)
{
    return QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat);
}
} // namespace

RestoreDialog::RestoreDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui>(workspace))
{
    Ui& ui = *m_ui;
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore Removed Certificates"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Removed certificates are out of the tree and the lists, but still in the workspace: "
                                "their CA's CRLs keep listing them when they were revoked. A CA comes back with "
                                "everything that was removed together with it."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    ui.list = new QTreeWidget(this);
    ui.list->setObjectName(QStringLiteral("removedList"));
    ui.list->setRootIsDecorated(false);
    ui.list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    ui.list->setAllColumnsShowFocus(true);
    ui.list->setHeaderLabels({tr("Name"), tr("Kind"), tr("Serial"), tr("Removed"), tr("Expires")});
    ui.list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    ui.list->header()->setStretchLastSection(false);
    layout->addWidget(ui.list, 1);
    ui.error = dialogs::makeErrorLabel(this);
    layout->addWidget(ui.error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    ui.restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    ui.restore->setObjectName(QStringLiteral("restoreButton"));
    ui.restore->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &RestoreDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RestoreDialog::reject);
    connect(ui.list, &QTreeWidget::itemSelectionChanged, this, &RestoreDialog::updateButtons);
    connect(ui.list, &QTreeWidget::itemActivated, this, &RestoreDialog::accept);
    layout->addWidget(buttons);
    resize(720, 380);
    fill();
}

RestoreDialog::~RestoreDialog() = default;

int RestoreDialog::removedCount() const
{
    return int(m_ui->removed.size());
}

const QList<CertificateRecord>& RestoreDialog::restored() const
{
    return m_ui->restored;
}

void RestoreDialog::fill()
{
    Ui& ui = *m_ui;
    CertificateRepository::Filter filter;
    filter.removed = true;
    filter.now = ui.workspace.now();
    filter.withDer = false;
    auto removed = ui.workspace.list(filter);
    ui.list->clear();
    ui.removed.clear();
    if (!removed) {
        dialogs::showError(ui.error, removed.error().toString());
        updateButtons();
        return;
    }
    ui.removed = std::move(removed).value();
    std::stable_sort(ui.removed.begin(), ui.removed.end(),
                     [](const CertificateRecord& a, const CertificateRecord& b) { return a.removedAt > b.removedAt; });
    for (std::size_t i = 0; i < ui.removed.size(); ++i) {
        const CertificateRecord& record = ui.removed[i];
        auto* item = new QTreeWidgetItem(ui.list);
        item->setText(NameColumn, record.name);
        item->setText(KindColumn, profileLabel(record.profile));
        item->setText(SerialColumn, dialogs::groupedSerial(record.serial.left(8)) + QStringLiteral("…"));
        item->setToolTip(SerialColumn, dialogs::groupedSerial(record.serial));
        item->setText(RemovedColumn, shortDate(record.removedAt));
        item->setToolTip(RemovedColumn, QLocale().toString(record.removedAt.toLocalTime(), QLocale::LongFormat));
        item->setText(ExpiresColumn, shortDate(record.notAfter));
        item->setData(NameColumn, Qt::UserRole, qlonglong(i));
    }
    for (int column = KindColumn; column <= ExpiresColumn; ++column) {
        ui.list->resizeColumnToContents(column);
    }
    if (ui.list->topLevelItemCount() > 0) {
        ui.list->setCurrentItem(ui.list->topLevelItem(0));
    } else {
        auto* none = new QTreeWidgetItem(ui.list, {tr("No certificate was removed from this workspace.")});
        none->setFlags(Qt::NoItemFlags);
    }
    updateButtons();
}

void RestoreDialog::updateButtons()
{
    const Ui& ui = *m_ui;
    ui.restore->setEnabled(!ui.removed.empty() && !ui.list->selectedItems().isEmpty());
}

void RestoreDialog::accept()
{
    Ui& ui = *m_ui;
    QList<qint64> ids;
    for (const QTreeWidgetItem* item : ui.list->selectedItems()) {
        const auto at = item->data(NameColumn, Qt::UserRole);
        if (at.isValid()) {
            ids << ui.removed[std::size_t(at.toLongLong())].id;
        }
    }
    if (ids.isEmpty()) {
        return;
    }
    dialogs::clearError(ui.error);
    QStringList failures;
    for (qint64 id : ids) {
        // Restoring a CA brings back what went with it, which may include a later selected row.
        auto again = ui.workspace.findIncludingRemoved(CertificateRef::id(id));
        if (again && !again->removedAt.isValid()) {
            continue;
        }
        auto restored = ui.workspace.restore(CertificateRef::id(id));
        if (restored) {
            ui.restored << restored->target;
        } else {
            failures << restored.error().toString();
        }
    }
    if (failures.isEmpty()) {
        QDialog::accept();
        return;
    }
    fill();
    dialogs::showError(ui.error, failures.join(QLatin1Char('\n')));
}

} // namespace signet
