#pragma once

#include "pki/Linter.h"

#include <QWizardPage>

#include <functional>

class QCheckBox;
class QLabel;
class QTextBrowser;
class QVBoxLayout;

namespace signet {

// The last page of an issuance wizard: exactly what Finish will issue, and the error of the last
// attempt in red (hidden until there is one). When the linter refused the certificate, its errors
// follow, with "Issue anyway" for the next Finish.
class SummaryPage : public QWizardPage {
    Q_OBJECT

public:
    explicit SummaryPage(std::function<QString()> summaryHtml, QWidget* parent = nullptr);

    // An empty message hides the error.
    void showError(const QString& message);
    // Shows why the linter refused the certificate and offers "Issue anyway", until the page is
    // entered again (going back may change what is issued).
    void showLintErrors(const QList<LintFinding>& errors);
    // "Issue anyway" is ticked: the next Finish issues despite the linter's errors.
    [[nodiscard]] bool forceRequested() const;
    // Options that belong under the summary (e.g. "export right after issuing").
    void addWidget(QWidget* widget);

    void initializePage() override;

private:
    std::function<QString()> m_summaryHtml;
    QTextBrowser* m_view = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_lintErrors = nullptr;
    QCheckBox* m_force = nullptr;
    QVBoxLayout* m_layout = nullptr;
};

} // namespace signet
