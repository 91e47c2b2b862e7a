#pragma once

#include "ImportService.h"
#include "crypto/Certificate.h"
#include "crypto/Crl.h"
#include "crypto/PrivateKey.h"
#include "import/ImportParser.h"
#include "store/ImportRepository.h"

#include <QHash>
#include <QSet>

#include <optional>
#include <unordered_map>
#include <vector>

namespace signet {

class WorkspaceContext;

// A batch of one file's objects on its way from the thread that reads and parses the files to the
// one that stores them, with the certificates' rows already made (ImportSession::prepare).
struct ImportBatch {
    ParsedFile parsed;
    std::vector<CertificateRecord> records; // one per certificate, in order
    QString fileName;
    qint64 bytesDone = 0; // through all files, up to the end of this batch
};

// The state of one import while its files stream through, inside its transaction. Each thing
// costs what it is, not what came before it: a certificate finds its issuer through a map of the
// CAs seen (by subject, bounded; the store's subject index behind it) and is stored with one
// statement; a certificate that came before its CA is linked when the CA comes, through the index
// of certificates without an issuer; a private key finds its certificate through the index of
// public-key hashes, or waits (bounded) for it to come later in the files.
class ImportSession {
public:
    ImportSession(WorkspaceContext& ctx, const ImportOptions& options, ImportReport& report);

    // The rows of the batch's certificates: what needs no workspace, on the reading thread.
    static void prepare(ImportBatch& batch);

    Status begin();
    Status add(ImportBatch& batch);
    // Keys whose certificate never came, then the CRLs (their CAs may have come with them).
    Status finish();

private:
    struct Ca {
        qint64 id = 0;
        Certificate cert;
    };
    // Which CA signed one certificate of a batch, found before the batch is stored: the signature
    // checks of a whole batch run on all cores. Not `checked` where it is left to findIssuer (a
    // certificate whose CA may come in the same batch).
    struct IssuerCheck {
        bool checked = false;
        std::vector<Ca> candidates;
        std::optional<qint64> issuer;
    };

    Result<std::vector<IssuerCheck>> checkIssuers(const ImportBatch& batch);
    Status addCertificate(const Certificate& cert, CertificateRecord& record, bool givenName, const IssuerCheck& check);
    Result<const std::vector<Ca>*> casWithSubject(const QString& subject);
    Result<std::optional<qint64>> findIssuer(const Certificate& cert, const QString& issuerDn);
    Result<bool> store(CertificateRecord& record, const QString& wanted, bool explicitName, const QString& ownName);
    Status adoptOrphans(qint64 caId, const Certificate& ca, const QString& subject);
    Result<bool> attachKey(const PrivateKey& key, const QByteArray& spki);
    Status holdKey(PrivateKey&& key, const QByteArray& spki);
    Status keyForNewCertificate(const CertificateRecord& record);
    void listCertificate(const CertificateRecord& record);
    void listKey(const QString& name);

    WorkspaceContext& m_ctx;
    const ImportOptions& m_options;
    ImportReport& m_report;
    ImportRepository m_repo;
    QDateTime m_now;
    qint64 m_nextId = 0;
    bool m_requestsWaiting = false;
    bool m_givenNameUsed = false;
    QSet<QString> m_requestNames;                // folded to lower case
    QHash<QString, int> m_nextSuffix;            // per name (lower case): the next "(n)" to try
    std::unordered_map<QString, std::vector<Ca>> m_cas; // by subject; empty: no CA of that subject here
    std::vector<std::optional<PrivateKey>> m_heldKeys; // keys whose certificate has not come yet
    QHash<QByteArray, std::size_t> m_heldBySpki;
    std::vector<std::pair<Crl, QString>> m_crls; // with the name of the file each came from
};

} // namespace signet
