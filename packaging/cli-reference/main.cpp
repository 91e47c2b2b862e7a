// Writes signet-cli's reference made from its command table: the man page and the shell completions.
//   signet-cli-reference OUTPUT man DATE VERSION | bash | zsh
#include "Completions.h"
#include "ManPage.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("signet"));
    const QStringList args = QCoreApplication::arguments();
    const QString what = args.value(2);
    QString text;
    if (what == QLatin1String("man") && args.size() == 5) {
        text = signet::ManPage::cli(args.at(3), args.at(4));
    } else if (what == QLatin1String("bash") && args.size() == 3) {
        text = signet::Completions::bash();
    } else if (what == QLatin1String("zsh") && args.size() == 3) {
        text = signet::Completions::zsh();
    } else {
        QTextStream(stderr) << "usage: signet-cli-reference OUTPUT man DATE VERSION | bash | zsh\n";
        return 2;
    }
    QSaveFile out(args.at(1));
    if (!out.open(QIODevice::WriteOnly) || out.write(text.toUtf8()) < 0 || !out.commit()) {
        QTextStream(stderr) << "signet-cli-reference: cannot write " << args.at(1) << ": " << out.errorString() << "\n";
        return 1;
    }
    return 0;
}
