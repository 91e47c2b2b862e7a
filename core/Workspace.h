#pragma once

#include "BackupService.h"
#include "TransferService.h"
#include "BatchIssuanceService.h"
#include "CaExportService.h"
#include "CaImportService.h"
#include "CertificateRef.h"
#include "DeploymentKitService.h"
#include "DeploymentService.h"
#include "HandshakeService.h"
#include "IntegrityService.h"
#include "MemberService.h"
#include "IssuanceService.h"
#include "RenewalService.h"
#include "Result.h"
#include "ServerConfigService.h"
#include "TemplateService.h"
#include "ExportService.h"
#include "ImportService.h"
#include "LifecycleService.h"
#include "RequestService.h"
#include "pki/Clock.h"
#include "store/AuditLog.h"
#include "CertificateRecord.h"
#include "store/CertificateRepository.h"
#include "store/CrlRepository.h"
#include "store/KeyVault.h"

#include <functional>
#include <memory>
#include <vector>

namespace signet {

class Certificate;
class Database;
class WorkspaceContext;

// How a published CRL is handed back for writing to a file.
enum class CrlEncoding {
    Pem,
    Der,
    // PEM: a current CRL of the CA, of every CA above it and of every CA below it, as the CRL file
    // of a server configuration for this CA needs them (nginx ssl_crl, Apache
    // SSLCARevocationFile, HAProxy crl-file, Node).
    ScopeBundle,
};

// A new CRL, its bytes as asked for, and what it did to the deployments that carry it.
struct CrlPublication {
    CrlRecord crl;
    QByteArray encoded;
    QList<DeploymentRefresh> deployments;
};

// The one façade the GUI and the command line call. Each use case is one SQLite transaction
// with one audit record: it happens entirely or not at all.
class Workspace {
public:
    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    // $XDG_DATA_HOME/signet/default.signet (QStandardPaths::GenericDataLocation, then "signet").
    static QString defaultPath();
    static bool exists(const QString& path);
    // Whether `location` is a team workspace's postgresql:// address rather than a file.
    static bool isServerLocation(const QString& location);
    // `member`: the first member, whose password `password` is (empty: named as this account).
    static Result<std::unique_ptr<Workspace>> create(const QString& path, const QByteArray& password,
                                                     Clock clock = systemClock(),
                                                     const KeyVault::KdfParams& kdf = KeyVault::KdfParams(),
                                                     const QString& member = {});
    // Unlocks as `member` with their password (empty: the only member, else the one named as this
    // account). A workspace from before members gets its first member here (MemberService::adopt).
    static Result<std::unique_ptr<Workspace>> open(const QString& path, const QByteArray& password,
                                                   Clock clock = systemClock(), const QString& member = {});

    // Without the password, read-only: the public data (certificates, CRLs, deployments, the audit
    // log) for lists and reports. Rows pass unchecked, since checking them needs the key derived
    // from the password; isAuthenticated() says so, and anything needing a key is refused.
    static Result<std::unique_ptr<Workspace>> openReadOnly(const QString& path, Clock clock = systemClock());
    // Whether the rows read are checked against their MACs (false after openReadOnly()).
    [[nodiscard]] bool isAuthenticated() const;

    // A second connection to the same, already unlocked workspace, for use on another thread
    // (SQLite connections belong to the thread that made them). Create and destroy it there.
    Result<std::unique_ptr<Workspace>> sibling() const;

    [[nodiscard]] QString path() const;
    [[nodiscard]] QDateTime now() const;
    // Whether `password` unlocks this workspace, asked before changing it; changes nothing.
    Status checkPassword(const QByteArray& password);
    Status changePassword(const QByteArray& newPassword);

    // Members and the CA keys shared with them (MemberService).
    [[nodiscard]] QString memberName() const;
    Result<QList<MemberInfo>> members();
    Status addMember(const QString& name, const QByteArray& password);
    Result<Unshared> removeMember(const QString& name);
    Status shareCa(const CertificateRef& ca, const QString& member);
    Result<Unshared> unshareCa(const CertificateRef& ca, const QString& member);

    // CAs and certificates
    Result<Issued> createCa(const CaOptions& options, PrivateKey presetKey = {});
    Result<Issued> issue(const LeafOptions& options, PrivateKey presetKey = {});
    Result<Issued> signCsr(const CsrOptions& options);
    // Every entry of a list, issued by `ca` (see BatchIssuanceService): keys made on all cores, a
    // transaction and an audit record per chunk, failed lines reported with their line numbers.
    Result<BatchReport> issueBatch(const IssuanceList& list, const CertificateRef& ca, const BatchOptions& options = {});
    // The same certificate again under a new serial (see RenewalService); the name moves to it.
    Result<Renewed> renew(const CertificateRef& ref, const RenewOptions& options, PrivateKey presetKey = {});
    // The certificates that renewing everything expiring within `days` would take on.
    Result<std::vector<CertificateRecord>> renewable(int days);
    // A new key sealed here and a PKCS#10 request for an outside CA; importing the signed
    // certificate later gives it that key and the request's name.
    Result<CreatedRequest> createRequest(const RequestOptions& options, PrivateKey presetKey = {});
    Result<QList<RequestRecord>> pendingRequests();
    Result<CreatedRequest> request(const QString& name);
    Result<CertificateRecord> revoke(const CertificateRef& ref, RevocationReason reason);
    // Every certificate of a list, for the same reason, chunk by chunk like issueBatch().
    Result<BatchReport> revokeBatch(const QList<ListedReference>& references, RevocationReason reason,
                                    const BatchOptions& options = {});
    // Signs and stores the CA's next CRL, then rewrites the CRL file of every recorded deployment
    // that covers the CA. `cancelled`, when given, is asked now and then while the revocations are
    // read (on a worker thread) and before the CRL is stored; true rolls everything back.
    Result<CrlPublication> publishCrl(const CertificateRef& caRef, int days, CrlEncoding encoding = CrlEncoding::Pem,
                                      std::function<bool()> cancelled = {});

    // Removing, restoring, renaming, releasing a hold
    // What removing the certificate would take with it (for a CA, everything below it); changes nothing.
    Result<RemovalScope> countForRemoval(const CertificateRef& ref);
    // Out of the tree and the lists, kept for CRLs, the audit log and a restore.
    Result<RemovalScope> remove(const CertificateRef& ref, const RemoveOptions& options = {});
    // Back, with what was removed together with it.
    Result<RemovalScope> restore(const CertificateRef& ref);
    Result<CertificateRecord> rename(const CertificateRef& ref, const QString& newName);
    // Ends a certificateHold; the CA's next CRL lists the certificate once as removeFromCRL.
    Result<CertificateRecord> release(const CertificateRef& ref);

    // Look-ups
    // Removed certificates are refused: nothing is issued from, exported or deployed by mistake.
    Result<CertificateRecord> find(const CertificateRef& ref);
    Result<CertificateRecord> findIncludingRemoved(const CertificateRef& ref);
    // The name a new certificate gets when none is given and `wanted` (its common name) may be
    // taken: `wanted`, else "wanted (2)", "wanted (3)"... Changes nothing.
    Result<QString> nameFor(const QString& wanted) const;
    Result<std::vector<CertificateRecord>> list(const CertificateRepository::Filter& filter);
    Result<qint64> count(const CertificateRepository::Filter& filter);
    Result<std::vector<CertificateRecord>> chain(const CertificateRecord& record);
    Result<Certificate> certificate(const CertificateRecord& record);
    Result<std::optional<CrlRecord>> crlOf(qint64 caId);
    Result<QList<CrlRecord>> crlsExpiringBefore(const QDateTime& limit);
    // CAs with revocations their current CRL does not list yet: the servers still admit those clients.
    Result<QList<UnpublishedRevocations>> unpublishedRevocations();
    // The folders server configurations and kits were written to.
    Result<QList<DeploymentInfo>> deployments();
    // The deployments whose CRL file carries this CA's CRL: publishing it rewrites them.
    Result<QList<DeploymentInfo>> deploymentsCovering(qint64 caId);
    Result<QList<AuditLog::Entry>> recentAudit(int limit);
    // One page of the audit log, newest first; the next page starts before the last id returned.
    Result<QList<AuditLog::Entry>> auditEntries(const AuditFilter& filter);
    // The actions the audit log holds, for choosing one to filter by.
    Result<QStringList> auditActions();
    Result<qint64> verifyAuditLog();
    // Every row's MAC, every DER against its fingerprint, every key against its certificate, and the
    // audit chain against its authenticated head.
    Result<IntegrityReport> verify();

    // Out and in
    // `deliver` writes the bytes; for a private key it runs inside the transaction that audits the
    // export, so a failed write leaves no record.
    Result<ExportedData> exportCertificate(const CertificateRef& ref, const ExportOptions& options,
                                           const ExportDelivery& deliver = {});
    Result<ServerConfigResult> writeServerConfig(const ServerConfigOptions& options);
    Result<ServerConfigResult> previewServerConfig(const ServerConfigOptions& options);
    // nginx, Apache and HAProxy configurations with all their files, test-mtls.sh and a README.
    Result<DeploymentKitResult> writeDeploymentKit(const DeploymentKitOptions& options);
    // Real TLS 1.3 and TLS 1.2 handshakes in memory between the two certificates (keys from the vault).
    Result<HandshakeReport> checkHandshake(const CertificateRef& serverRef, const CertificateRef& clientRef,
                                           const HandshakeCheckOptions& options = {});
    Result<ImportReport> importFiles(const QStringList& paths, const ImportOptions& options);
    // A whole CA from an `openssl ca` folder or an EasyRSA pki, with its revocations (CaImportService).
    Result<CaImportReport> importCa(const QString& path, const CaImportOptions& options);
    // A verified copy of the whole workspace (BackupService), and the changes since the last one.
    Result<BackupResult> backup(const BackupOptions& options);
    Result<qint64> changesSinceBackup();
    // The whole workspace into a new file or an empty team database, compared row by row and
    // verified before it is there (TransferService).
    Result<TransferResult> transfer(const TransferOptions& options, const DatabaseTransfer::Progress& progress = {});
    // A backup back into place, verified first, with the password it was made under.
    static Result<RestoreResult> restoreBackup(const RestoreOptions& options, Clock clock = systemClock());
    // A CA as an `openssl ca` folder that `openssl ca` goes on from (CaExportService).
    Result<CaExportResult> exportCa(const CaExportOptions& options);
    // Name and serial of every certificate an import added (its report lists the first ones only).
    Status forEachImported(const ImportReport& report, const std::function<void(const ImportedCertificate&)>& visit);

    // Templates and defaults (see TemplateService and applyPreset)
    Result<QList<IssuanceTemplate>> templates();
    Result<IssuanceTemplate> findTemplate(const QString& name);
    Result<IssuanceTemplate> createTemplate(const IssuanceTemplate& tmpl);
    Status deleteTemplate(const QString& name);
    // A null reference: the workspace's defaults; a CA: its own.
    Result<SubjectDefaults> defaults(const CertificateRef& ca = {});
    Result<SubjectDefaults> setDefaults(const CertificateRef& ca, const SubjectDefaults& defaults);
    // What a template (empty: none) and the defaults add to an issuance by `issuer` (null: a root CA).
    Result<IssuancePreset> preset(const QString& templateName, const CertificateRef& issuer);

private:
    Workspace(std::unique_ptr<Database> db, KeyVault vault, Clock clock);
    static Result<std::unique_ptr<Workspace>> assemble(std::unique_ptr<Database> db, KeyVault vault, Clock clock);
    static std::unique_ptr<Workspace> assembleUnchecked(std::unique_ptr<Database> db, Clock clock);

    std::unique_ptr<Database> m_db;
    KeyVault m_vault;
    Clock m_clock;
    std::unique_ptr<WorkspaceContext> m_ctx;
};

} // namespace signet
