#pragma once

#include <QWizardPage>

#include <functional>

class QLabel;
class QTextBrowser;
class QVBoxLayout;

namespace signet {

// The last page of an issuance wizard: exactly what Finish will issue, and the error of the last
// attempt in red (hidden until there is one).
class SummaryPage : public QWizardPage {
    Q_OBJECT

public:
    explicit SummaryPage(std::function<QString()> summaryHtml, QWidget* parent = nullptr);

    // An empty message hides the error.
    void showError(const QString& message);
    // Options that belong under the summary (e.g. "export right after issuing").
    void addWidget(QWidget* widget);

    void initializePage() override;

private:
    std::function<QString()> m_summaryHtml;
    QTextBrowser* m_view = nullptr;
    QLabel* m_error = nullptr;
    QVBoxLayout* m_layout = nullptr;
};

} // namespace signet
