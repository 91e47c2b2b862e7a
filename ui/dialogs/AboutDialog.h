#pragma once

#include <QDialog>
#include <QUrl>

namespace signet {

// Help ▸ About Signet: version, license, the libraries it runs on, and the documentation.
class AboutDialog : public QDialog {
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    // The README installed with the package (share/doc/signet beside the program's bin/), else the
    // project's web site.
    static QUrl documentationUrl();
};

} // namespace signet
