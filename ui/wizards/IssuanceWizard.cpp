#include "wizards/IssuanceWizard.h"

#include "LongTask.h"
#include "wizards/FormPage.h"
#include "wizards/SummaryPage.h"

#include <QAbstractButton>
#include <QMessageBox>

namespace signet {

IssuanceWizard::IssuanceWizard(Workspace& workspace, QWidget* parent) : QWizard(parent), m_workspace(workspace)
{
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setMinimumSize(640, 480);
    // QWizard gives the focus to the page's first focusable child, often the "Signed by CA" combo box;
    // it runs before this signal, which moves the focus on to the first text field.
    connect(this, &QWizard::currentIdChanged, this, [this] {
        if (const auto* page = qobject_cast<FormPage*>(currentPage())) {
            if (QWidget* field = page->firstTextField()) {
                field->setFocus();
            }
        }
    });
}

SummaryPage* IssuanceWizard::addSummaryPage(int id)
{
    m_summary = new SummaryPage([this] { return summaryHtml(); }, this);
    setPage(id, m_summary);
    return m_summary;
}

void IssuanceWizard::accept()
{
    if (m_busy) {
        return; // Finish pressed again while the key is being made
    }
    m_lastError.clear();
    m_forceThisFinish = m_summary != nullptr && m_summary->forceRequested();
    if (m_summary != nullptr) {
        m_summary->showError(QString());
    }
    PrivateKey key;
    if (const std::optional<KeySpec> spec = keyToGenerate()) {
        // Until the progress dialog shows, nothing else blocks the buttons: what is issued must be
        // what the key was made for.
        QList<QPair<QAbstractButton*, bool>> buttons;
        for (WizardButton which : {BackButton, FinishButton, CancelButton}) {
            if (QAbstractButton* b = button(which)) {
                buttons.append({b, b->isEnabled()});
                b->setEnabled(false);
            }
        }
        m_busy = true;
        auto generated = runWithProgress(this, tr("Generating %1 key…").arg(spec->description()),
                                         [spec = *spec](const std::atomic<bool>& cancelled) {
                                             return PrivateKey::generate(spec, &cancelled);
                                         });
        m_busy = false;
        for (const auto& [b, enabled] : buttons) {
            b->setEnabled(enabled);
        }
        if (!generated) {
            return; // cancelled: not an error, and everything typed stays
        }
        if (!*generated) {
            fail(generated->error().toString());
            return;
        }
        key = std::move(*generated).value();
    }
    // On the GUI thread: the workspace's database connection belongs to it.
    auto issued = issue(std::move(key));
    if (!issued) {
        m_findings = issued.error().findings;
        if (issued.error().forceable && m_summary != nullptr) {
            m_lastError = issued.error().toString();
            m_summary->showLintErrors(Linter::errors(m_findings));
            return;
        }
        fail(issued.error().toString());
        return;
    }
    m_created = issued->record;
    m_findings = std::move(issued->findings);
    if (!m_findings.isEmpty()) {
        showIssuedFindings();
    }
    QWizard::accept();
}

void IssuanceWizard::done(int result)
{
    if (m_busy) {
        return; // closing now would destroy the wizard under the running key generation
    }
    QWizard::done(result);
}

void IssuanceWizard::fail(const QString& message)
{
    m_lastError = message;
    if (m_summary != nullptr) {
        m_summary->showError(message);
    }
}

void IssuanceWizard::showIssuedFindings()
{
    QStringList lines;
    for (const LintFinding& f : m_findings) {
        const QString line = QStringLiteral("%1: %2").arg(f.ruleId, f.message);
        lines << (f.isError() ? tr("Error, issued anyway: %1").arg(line) : tr("Warning: %1").arg(line));
    }
    QMessageBox box(QMessageBox::Warning, tr("Certificate Issued with Warnings"),
                    tr("“%1” was issued, but the linter has advice about it:").arg(m_created.name), QMessageBox::Ok,
                    this);
    box.setObjectName(QStringLiteral("lintWarningsBox"));
    box.setInformativeText(lines.join(QStringLiteral("\n\n")));
    box.exec();
}

} // namespace signet
