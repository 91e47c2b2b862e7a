#pragma once

#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <optional>
#include <vector>

namespace signet {

class CliContext;
class Workspace;
struct CertificateRecord;

// list and show: tables and summaries for people, JSON for scripts.
class ListCommands {
public:
    explicit ListCommands(const CliContext& context) : m_ctx(context) {}

    int list(const QStringList& args);
    int show(const QStringList& args);

private:
    // The name of the certificate's issuer when the issuer is in the workspace (looked up once each).
    std::optional<QString> issuerName(Workspace& ws, const CertificateRecord& record);
    // One page of the table; `widths` are set by the first page (with the header) and kept.
    static void printTable(const std::vector<CertificateRecord>& records, const QDateTime& now, QList<qsizetype>& widths);
    // One page of the JSON array's elements; `first`: no element was written before.
    void printJson(Workspace& ws, const std::vector<CertificateRecord>& records, const QDateTime& now, bool first);

    const CliContext& m_ctx;
    QHash<qint64, QString> m_names;
};

} // namespace signet
