#include "store/CertificateRepository.h"

#include "store/CertificateRow.h"
#include "store/Database.h"
#include "store/RowAuthenticator.h"
#include "store/RowPipeline.h"
#include "store/DirectStatement.h"

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

Result<std::vector<qint64>> CertificateRepository::forEachCrlEntry(const CertificateRecord& ca,
                                                                   const std::function<Status(const CrlRow&)>& visit)
{
    // The covering index certificates_crl holds every column read here, in serial order: a CRL
    // costs what the CA revoked, not what it issued, and it never reads the table's rows. This
    // thread reads them, straight from SQLite's statement; a worker checks each one's revocation
    // MAC and hands it on meanwhile.
    static const QByteArray sql = QByteArray("SELECT ") + Row::crlColumns()
                                  + " FROM certificates WHERE issuer_id = ? AND id != ?"
                                    " AND (status = 'revoked' OR released_at IS NOT NULL) ORDER BY serial";
    auto statement = DirectStatement::prepare(m_db, sql.constData());
    if (!statement) {
        return statement.error();
    }
    if (Status st = statement->bind(1, ca.id); !st) {
        return st.error();
    }
    if (Status st = statement->bind(2, ca.id); !st) {
        return st.error();
    }
    qint64 revoked = 0;
    qint64 altered = 0;
    std::vector<qint64> unsealed; // revoked before revocation MACs: checked by their whole row below
    RowAuthenticator::Verifier verifier = m_auth.verifier(); // the worker's alone
    RowPipeline<CrlRow> pipeline([&](std::vector<CrlRow>& batch) -> Status {
        for (const CrlRow& row : batch) {
            if (row.wellFormed && row.macLength == 0) {
                unsealed.push_back(row.id);
            } else if (!row.wellFormed || !verifier.verify(row.macInput(), row.storedMac())) {
                altered = row.id;
                return makeError(QString());
            }
            revoked += row.revoked ? 1 : 0;
            if (Status st = visit(row); !st) {
                return st;
            }
        }
        return {};
    });
    constexpr size_t kBatch = 1024;
    std::vector<CrlRow> batch = pipeline.emptyBatch(kBatch);
    bool working = true;
    while (working && statement->next()) {
        Row::crlRowFromStatement(*statement, ca.id, batch.emplace_back());
        if (batch.size() == kBatch) {
            working = pipeline.push(std::exchange(batch, pipeline.emptyBatch(kBatch)));
        }
    }
    if (working && !batch.empty()) {
        pipeline.push(std::move(batch));
    }
    Status worked = pipeline.finish();
    if (Status read = statement->finished(); !read) {
        return read.error();
    }
    if (altered != 0) {
        auto rows = query(QStringLiteral("id = ?"), {altered}, QString(), false, OnAltered::Mark);
        const QString name = rows && !rows->empty() ? rows->front().name : QString::number(altered);
        return makeError(Tr::tr("the certificate '%1' was changed outside Signet").arg(name));
    }
    for (qint64 id : worked ? unsealed : std::vector<qint64>()) {
        if (auto row = byId(id); !row) {
            return row.error(); // "changed outside Signet" when its MAC fails
        }
    }
    if (!worked) {
        return worked.error();
    }
    if (revoked != ca.revocations) {
        return makeError(Tr::tr("the revocations of CA '%1' were changed outside Signet: it revoked %2 certificates, "
                                "the workspace lists %3")
                             .arg(ca.name)
                             .arg(ca.revocations)
                             .arg(revoked));
    }
    return unsealed;
}

} // namespace signet
