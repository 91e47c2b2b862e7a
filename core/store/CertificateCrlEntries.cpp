#include "store/CertificateRepository.h"

#include "store/CertificateRow.h"
#include "store/Database.h"
#include "store/RowAuthenticator.h"
#include "store/RowPipeline.h"
#include "store/SqliteStatement.h"

#include <QCoreApplication>

#include <utility>

// What a CA's CRL lists, read for the CRL builder: apart from the rest of the repository because it
// reads SQLite's statement directly and checks the rows on a second thread.
namespace signet {

namespace {
using Row = CertificateRow;

// lupdate files Tr::tr() strings under "CertificateRepository", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CertificateRepository)
};
} // namespace

Status CertificateRepository::forEachCrlEntry(const CertificateRecord& ca,
                                              const std::function<Status(const CrlRow&)>& visit)
{
    // The partial index certificates_revoked serves the rows in the table's order: a CRL costs what
    // the CA revoked, not what it issued, and the rows are read in one sweep instead of a seek each.
    // This thread reads them, straight from SQLite's statement; a worker checks each one's MAC and
    // hands it on meanwhile.
    static const QByteArray sql = (QStringLiteral("SELECT ") + Row::columns()
                                   + QStringLiteral(" FROM certificates WHERE issuer_id = ? AND id != ?"
                                                    " AND (status = 'revoked' OR released_at IS NOT NULL) ORDER BY id"))
                                      .toUtf8();
    auto statement = SqliteStatement::prepare(m_db, sql.constData());
    if (!statement) {
        return statement.error();
    }
    if (Status st = statement->bind(1, ca.id); !st) {
        return st;
    }
    if (Status st = statement->bind(2, ca.id); !st) {
        return st;
    }
    qint64 revoked = 0;
    RowAuthenticator::Verifier verifier = m_auth.verifier(); // the worker's alone
    RowPipeline<CrlRow> pipeline([&](std::vector<CrlRow>& batch) -> Status {
        for (const CrlRow& row : batch) {
            if (!row.known || !verifier.verify(row.encoding, row.mac)) {
                return makeError(
                    Tr::tr("the certificate '%1' was changed outside Signet").arg(QString::fromUtf8(row.name)));
            }
            revoked += row.revoked ? 1 : 0;
            if (Status st = visit(row); !st) {
                return st;
            }
        }
        return {};
    });
    constexpr size_t kBatch = 1024;
    std::vector<CrlRow> batch;
    batch.reserve(kBatch);
    bool working = true;
    while (working && statement->next()) {
        Row::crlRowFromStatement(*statement, batch.emplace_back());
        if (batch.size() == kBatch) {
            working = pipeline.push(std::exchange(batch, {}));
            batch.reserve(kBatch);
        }
    }
    if (working && !batch.empty()) {
        pipeline.push(std::move(batch));
    }
    if (Status st = pipeline.finish(); !st) {
        return st;
    }
    if (Status read = statement->finished(); !read) {
        return read;
    }
    if (revoked != ca.revocations) {
        return makeError(Tr::tr("the revocations of CA '%1' were changed outside Signet: it revoked %2 certificates, "
                                "the workspace lists %3")
                             .arg(ca.name)
                             .arg(ca.revocations)
                             .arg(revoked));
    }
    return {};
}

} // namespace signet
