#include "dialogs/IssueFromListDialog.h"

#include "StatusStyle.h"
#include "Workspace.h"
#include "import/BoundedFile.h"
#include "wizards/CaComboBox.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace signet {

namespace {
enum ColumnIndex { LineColumn, NameColumn, ProfileColumn, NamesColumn, OutcomeColumn, ColumnCount };

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

QString namesOf(const IssuanceListEntry& entry)
{
    return (entry.dnsNames + entry.ipAddresses + entry.emails).join(QStringLiteral(", "));
}
} // namespace

IssueFromListDialog::IssueFromListDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("issueFromListDialog"));
    setWindowTitle(tr("Issue From List"));

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("listPath"));
    m_path->setPlaceholderText(tr("A CSV file with a header row, or JSON lines"));
    auto* choose = new QPushButton(tr("C&hoose…"), this);
    choose->setObjectName(QStringLiteral("chooseList"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(choose);

    auto* form = new QFormLayout;
    auto* pathLabel = new QLabel(tr("&List:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    m_ca = CaComboBox::addSigningRow(workspace, std::nullopt, form, this);
    m_atomic = new QCheckBox(tr("&All or nothing: issue none when any line fails"), this);
    m_atomic->setObjectName(QStringLiteral("atomicCheck"));
    form->addRow(QString(), m_atomic);

    auto* columns = new QLabel(tr("Columns: %1. Several names in one column are separated by ';' or blanks; "
                                  "profile is server, client (the default) or server-client.")
                                   .arg(IssuanceList::columns().join(QStringLiteral(", "))),
                               this);
    columns->setWordWrap(true);
    columns->setObjectName(QStringLiteral("columnsHint"));

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setHorizontalHeaderLabels({tr("Line"), tr("Name"), tr("Profile"), tr("Subject Alternative Names"),
                                        tr("Outcome")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(OutcomeColumn, QHeaderView::Stretch);
    m_table->setWordWrap(false);

    m_summary = new QLabel(tr("Choose a list to see its lines before anything is issued."), this);
    m_summary->setObjectName(QStringLiteral("listSummary"));
    m_summary->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_issue = buttons->addButton(tr("&Issue"), QDialogButtonBox::ActionRole);
    m_issue->setObjectName(QStringLiteral("issueButton"));
    m_issue->setEnabled(false);
    // Return in the path field reads the list; it must not also issue it or close the dialog.
    for (QAbstractButton* button : buttons->buttons()) {
        static_cast<QPushButton*>(button)->setAutoDefault(false);
    }
    choose->setAutoDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(columns);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    connect(choose, &QPushButton::clicked, this, &IssueFromListDialog::chooseFile);
    connect(m_path, &QLineEdit::returnPressed, this, [this] { loadList(m_path->text()); });
    connect(m_ca, &CaComboBox::caChanged, this, &IssueFromListDialog::updateIssueButton);
    connect(m_issue, &QPushButton::clicked, this, &IssueFromListDialog::issue);
    connect(buttons, &QDialogButtonBox::rejected, this, &IssueFromListDialog::reject);
    connect(&m_watcher, &QFutureWatcher<Result<BatchReport>>::finished, this, &IssueFromListDialog::issued);
    resize(820, 480);
}

IssueFromListDialog::~IssueFromListDialog()
{
    // The worker uses the workspace: it ends before the dialog goes.
    if (m_running) {
        m_cancel->store(true);
        m_watcher.waitForFinished();
    }
}

void IssueFromListDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a List of Certificates"), m_path->text(),
                                                      tr("Lists (*.csv *.jsonl *.json *.txt);;All files (*)"));
    if (!path.isEmpty()) {
        m_path->setText(path);
        loadList(path);
    }
}

void IssueFromListDialog::loadList(const QString& path)
{
    m_path->setText(path);
    m_list.reset();
    m_report.reset();
    auto data = BoundedFile::read(path, IssuanceList::kMaxBytes);
    auto list = data ? IssuanceList::parse(*data) : Result<IssuanceList>(data.error());
    if (!list) {
        m_table->setRowCount(0);
        m_summary->setText(tr("This list cannot be read: %1").arg(list.error().toString()));
        updateIssueButton();
        return;
    }
    m_list = std::move(list).value();
    showPreview();
}

void IssueFromListDialog::showPreview()
{
    const IssuanceList& list = *m_list;
    m_table->setSortingEnabled(false);
    m_table->setRowCount(static_cast<int>(list.entries.size() + list.problems.size()));
    const QBrush refused = StatusStyle::forStatus(CertificateStatus::Revoked).color;
    int row = 0;
    qsizetype problem = 0;
    // In the order of the file: entries and problems are each in line order.
    for (qsizetype entry = 0; entry < list.entries.size() || problem < list.problems.size(); ++row) {
        const bool isProblem = problem < list.problems.size()
                               && (entry >= list.entries.size() || list.problems[problem].line < list.entries[entry].line);
        if (isProblem) {
            const ListProblem& p = list.problems[problem++];
            m_table->setItem(row, LineColumn, cell(QString::number(p.line)));
            for (int column : {NameColumn, ProfileColumn, NamesColumn}) {
                m_table->setItem(row, column, cell(QString()));
            }
            auto* item = cell(p.message);
            item->setForeground(refused);
            m_table->setItem(row, OutcomeColumn, item);
            continue;
        }
        const IssuanceListEntry& e = list.entries[entry++];
        m_table->setItem(row, LineColumn, cell(QString::number(e.line)));
        m_table->setItem(row, NameColumn, cell(e.name.isEmpty() ? e.subject.commonName() : e.name));
        m_table->setItem(row, ProfileColumn, cell(profileLabel(e.profile)));
        m_table->setItem(row, NamesColumn, cell(namesOf(e)));
        m_table->setItem(row, OutcomeColumn, cell(tr("to issue")));
    }
    m_table->resizeColumnsToContents();
    const int entries = static_cast<int>(list.entries.size());
    const int problems = static_cast<int>(list.problems.size());
    QString text = tr("%n certificate(s) to issue.", nullptr, entries);
    if (problems > 0) {
        text += QLatin1Char(' ')
                + tr("%n line(s) cannot be read (in red); they will not be issued.", nullptr, problems);
    }
    m_summary->setText(text);
    updateIssueButton();
}

void IssueFromListDialog::updateIssueButton()
{
    const bool ready = m_list && !m_list->entries.isEmpty() && m_ca->hasCas() && !m_running && !m_report;
    m_issue->setEnabled(ready);
    if (m_list) {
        m_issue->setText(tr("&Issue %n Certificate(s)", nullptr, static_cast<int>(m_list->entries.size())));
    }
}

void IssueFromListDialog::issue()
{
    if (!m_list || !m_ca->currentCa() || m_running) {
        return;
    }
    m_running = true;
    updateIssueButton();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_progress = new QProgressDialog(tr("Issuing certificates…"), tr("Cancel"), 0,
                                     static_cast<int>(m_list->entries.size()), this);
    m_progress->setObjectName(QStringLiteral("batchProgress"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, [this] {
        m_cancel->store(true);
        m_progress->setLabelText(tr("Cancelling after the certificates being made now…"));
    });

    BatchOptions options;
    options.atomic = m_atomic->isChecked();
    const std::shared_ptr<std::atomic<bool>> cancel = m_cancel;
    options.cancelled = [cancel] { return cancel->load(); };
    // Progress is reported on the worker; the dialog takes it on its own thread, if it still exists.
    QPointer<QProgressDialog> progress = m_progress;
    options.progress = [progress](int done, int) {
        QMetaObject::invokeMethod(
            progress.data(), [progress, done] {
                if (progress) {
                    progress->setValue(done);
                }
            },
            Qt::QueuedConnection);
    };
    Workspace* ws = &m_workspace;
    const IssuanceList list = *m_list;
    const CertificateRef ca = m_ca->currentRef();
    m_watcher.setFuture(QtConcurrent::run([ws, list, ca, options]() -> Result<BatchReport> {
        auto sibling = ws->sibling();
        if (!sibling) {
            return sibling.error();
        }
        return (*sibling)->issueBatch(list, ca, options);
    }));
}

// The continuation of issue(), on the GUI thread once the worker ended.
void IssueFromListDialog::issued()
{
    m_running = false;
    if (m_progress) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    Result<BatchReport> outcome = m_watcher.future().takeResult();
    if (!outcome) {
        m_summary->setText(tr("Nothing more was issued: %1").arg(outcome.error().toString()));
    } else {
        m_report = std::move(outcome).value();
        showReport(*m_report);
    }
    updateIssueButton();
    emit runFinished();
}

void IssueFromListDialog::showReport(const BatchReport& report)
{
    QHash<int, const BatchLineResult*> byLine;
    for (const BatchLineResult& line : report.lines) {
        byLine.insert(line.line, &line);
    }
    const QBrush refused = StatusStyle::forStatus(CertificateStatus::Revoked).color;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const BatchLineResult* line = byLine.value(m_table->item(row, LineColumn)->text().toInt());
        if (line == nullptr) {
            continue;
        }
        auto* item = cell(line->ok() ? tr("issued, serial %1").arg(line->record->serial) : line->error);
        if (!line->ok()) {
            item->setForeground(refused);
        } else {
            m_table->item(row, NameColumn)->setText(line->record->name);
        }
        m_table->setItem(row, OutcomeColumn, item);
    }
    QString text = tr("Issued %n certificate(s).", nullptr, report.succeeded);
    if (report.failed > 0) {
        text += QLatin1Char(' ') + tr("%n line(s) failed (in red).", nullptr, report.failed);
    }
    if (report.rolledBack) {
        text = tr("Nothing was issued: the list was to be issued all or nothing, and not every line could be.");
    }
    if (report.cancelled) {
        text += QLatin1Char(' ') + tr("Cancelled: the lines after the last finished chunk were not issued.");
    }
    m_summary->setText(text);
}

void IssueFromListDialog::reject()
{
    // Closing waits for the worker to end: Cancel first.
    if (m_running) {
        m_cancel->store(true);
        return;
    }
    QDialog::reject();
}

} // namespace signet
