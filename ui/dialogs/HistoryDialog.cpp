#include "dialogs/HistoryDialog.h"

#include "AuditModel.h"
#include "Workspace.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace signet {

namespace {
// The periods offered, in days back from now; 0 is any time.
constexpr int kPeriods[] = {0, 1, 7, 30, 365};
} // namespace

HistoryDialog::HistoryDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("History"));
    auto* layout = new QVBoxLayout(this);

    auto* filters = new QHBoxLayout;
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("historyFilter"));
    m_text->setPlaceholderText(tr("Filter by name, account, folder or detail"));
    m_text->setClearButtonEnabled(true);
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("historyAction"));
    m_action->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("historyPeriod"));
    for (const int days : kPeriods) {
        m_period->addItem(days == 0 ? tr("Any time")
                          : days == 1 ? tr("Last 24 hours")
                                      : tr("Last %n day(s)", nullptr, days),
                          days);
    }
    filters->addWidget(m_text, 1);
    filters->addWidget(m_action);
    filters->addWidget(m_period);
    layout->addLayout(filters);

    m_model = new AuditModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(AuditModel::DetailsColumn, QHeaderView::Stretch);
    const QFontMetrics metrics = fontMetrics();
    const QString longTime = QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59)), QLocale::ShortFormat);
    header->resizeSection(AuditModel::TimeColumn, metrics.horizontalAdvance(longTime) + 24);
    header->resizeSection(AuditModel::ActorColumn, metrics.horizontalAdvance(QStringLiteral("administrator")) + 16);
    header->resizeSection(AuditModel::ActionColumn, metrics.horizontalAdvance(tr("Server certificate issued")) + 16);
    header->resizeSection(AuditModel::TargetColumn, metrics.horizontalAdvance(QStringLiteral("www.example.com")) * 3 / 2);
    layout->addWidget(m_table, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("historyError"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_model, &AuditModel::loadFailed, this, [this](const QString& message) {
        m_error->setText(message);
        m_error->show();
    });

    auto* debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(200);
    connect(m_text, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &HistoryDialog::applyFilter);
    connect(m_action, &QComboBox::currentIndexChanged, this, &HistoryDialog::applyFilter);
    connect(m_period, &QComboBox::currentIndexChanged, this, &HistoryDialog::applyFilter);
    resize(960, 520);
    fillActions();
}

void HistoryDialog::setWorkspace(Workspace* workspace)
{
    m_workspace = workspace;
    m_model->setWorkspace(nullptr); // no page of the workspace that goes is read again
    reload();
}

void HistoryDialog::reload()
{
    fillActions();
    m_model->setWorkspace(m_workspace);
    applyFilter();
}

void HistoryDialog::fillActions()
{
    const QString current = m_action->currentData().toString();
    const QSignalBlocker blocker(m_action);
    m_action->clear();
    m_action->addItem(tr("All actions"), QString());
    auto actions = m_workspace != nullptr ? m_workspace->auditActions() : Result<QStringList>(QStringList());
    if (actions) {
        for (const QString& action : *actions) {
            m_action->addItem(AuditModel::actionLabel(action), action);
        }
    }
    m_action->setCurrentIndex(std::max(0, m_action->findData(current)));
}

void HistoryDialog::applyFilter()
{
    m_error->hide();
    AuditFilter filter;
    filter.text = m_text->text().trimmed();
    filter.action = m_action->currentData().toString();
    const int days = m_period->currentData().toInt();
    if (days > 0 && m_workspace != nullptr) {
        filter.since = m_workspace->now().addDays(-days);
    }
    m_model->setFilter(filter);
    m_model->fetchMore({}); // the first page at once, not only when the view paints
}

} // namespace signet
