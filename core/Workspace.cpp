#include "Workspace.h"

#include "CaImportService.h"
#include "ClientScope.h"
#include "RevocationService.h"
#include "TransferService.h"
#include "WorkspaceContext.h"
#include "store/Database.h"

namespace signet {

Result<Issued> Workspace::createCa(const CaOptions& options, PrivateKey presetKey)
{
    return IssuanceService(*m_ctx).createCa(options, std::move(presetKey));
}

Result<Issued> Workspace::issue(const LeafOptions& options, PrivateKey presetKey)
{
    return IssuanceService(*m_ctx).issue(options, std::move(presetKey));
}

Result<BatchReport> Workspace::issueBatch(const IssuanceList& list, const CertificateRef& ca, const BatchOptions& options)
{
    return BatchIssuanceService(*m_ctx).issue(list, ca, options);
}

Result<BatchReport> Workspace::revokeBatch(const QList<ListedReference>& references, RevocationReason reason,
                                           const BatchOptions& options)
{
    return BatchIssuanceService(*m_ctx).revoke(references, reason, options);
}

Result<Issued> Workspace::signCsr(const CsrOptions& options)
{
    return IssuanceService(*m_ctx).signCsr(options);
}

Result<Renewed> Workspace::renew(const CertificateRef& ref, const RenewOptions& options, PrivateKey presetKey)
{
    return RenewalService(*m_ctx).renew(ref, options, std::move(presetKey));
}

Result<std::vector<CertificateRecord>> Workspace::renewable(int days)
{
    return RenewalService(*m_ctx).expiring(days);
}

Result<CreatedRequest> Workspace::createRequest(const RequestOptions& options, PrivateKey presetKey)
{
    return RequestService(*m_ctx).create(options, std::move(presetKey));
}

Result<QList<RequestRecord>> Workspace::pendingRequests()
{
    return RequestService(*m_ctx).pending();
}

Result<CreatedRequest> Workspace::request(const QString& name)
{
    return RequestService(*m_ctx).find(name);
}

Result<CertificateRecord> Workspace::revoke(const CertificateRef& ref, RevocationReason reason)
{
    return RevocationService(*m_ctx).revoke(ref, reason);
}

Result<CrlPublication> Workspace::publishCrl(const CertificateRef& caRef, int days, CrlEncoding encoding,
                                             std::function<bool()> cancelled)
{
    // The deployments are read first: an altered record stops the publication before anything is signed.
    auto ca = m_ctx->resolve(caRef);
    if (!ca) {
        return ca.error();
    }
    if (auto covering = DeploymentService(*m_ctx).covering(ca->id); !covering) {
        return covering.error();
    }
    RevocationService revocation(*m_ctx);
    auto crl = revocation.publishCrl(CertificateRef::id(ca->id), days, std::move(cancelled));
    if (!crl) {
        return crl.error();
    }
    CrlPublication publication{std::move(crl).value(), {}, {}};
    QHash<qint64, QByteArray> built;
    if (encoding == CrlEncoding::ScopeBundle) {
        auto scope = ClientScope::of(*m_ctx, *ca);
        if (!scope) {
            return scope.error();
        }
        auto bundle = revocation.bundleFor(*scope, true, &publication.crl);
        if (!bundle) {
            return bundle.error();
        }
        publication.encoded = bundle->pem;
        built.insert(ca->id, bundle->pem);
    } else {
        // The DER as signed, or its PEM: the CRL is never parsed back.
        publication.encoded = encoding == CrlEncoding::Der ? publication.crl.der : Crl::pemFromDer(publication.crl.der);
    }
    auto refreshed = DeploymentService(*m_ctx).refreshFor(ca->id, built, &publication.crl);
    if (!refreshed) {
        return refreshed.error();
    }
    publication.deployments = std::move(refreshed).value();
    return publication;
}

Result<RemovalScope> Workspace::countForRemoval(const CertificateRef& ref)
{
    return LifecycleService(*m_ctx).countForRemoval(ref);
}

Result<RemovalScope> Workspace::remove(const CertificateRef& ref, const RemoveOptions& options)
{
    return LifecycleService(*m_ctx).remove(ref, options);
}

Result<RemovalScope> Workspace::restore(const CertificateRef& ref)
{
    return LifecycleService(*m_ctx).restore(ref);
}

Result<CertificateRecord> Workspace::rename(const CertificateRef& ref, const QString& newName)
{
    return LifecycleService(*m_ctx).rename(ref, newName);
}

Result<CertificateRecord> Workspace::release(const CertificateRef& ref)
{
    return LifecycleService(*m_ctx).release(ref);
}

Result<CertificateRecord> Workspace::find(const CertificateRef& ref)
{
    return m_ctx->resolve(ref);
}

Result<QString> Workspace::nameFor(const QString& wanted) const
{
    return m_ctx->uniqueName(wanted, false);
}

Result<CertificateRecord> Workspace::findIncludingRemoved(const CertificateRef& ref)
{
    return m_ctx->resolveIncludingRemoved(ref);
}

Result<std::vector<CertificateRecord>> Workspace::list(const CertificateRepository::Filter& filter)
{
    return m_ctx->certificates().list(filter);
}

Result<qint64> Workspace::count(const CertificateRepository::Filter& filter)
{
    return m_ctx->certificates().count(filter);
}

Result<std::vector<CertificateRecord>> Workspace::chain(const CertificateRecord& record)
{
    return m_ctx->chainOf(record);
}

Result<Certificate> Workspace::certificate(const CertificateRecord& record)
{
    return m_ctx->certificateOf(record);
}

Result<std::optional<CrlRecord>> Workspace::crlOf(qint64 caId)
{
    return m_ctx->crls().forCa(caId);
}

Result<QList<CrlRecord>> Workspace::crlsExpiringBefore(const QDateTime& limit)
{
    return m_ctx->crls().expiringBefore(limit);
}

Result<QList<UnpublishedRevocations>> Workspace::unpublishedRevocations()
{
    return m_ctx->crls().unpublishedRevocations();
}

Result<QList<DeploymentInfo>> Workspace::deployments()
{
    return DeploymentService(*m_ctx).list();
}

Result<QList<DeploymentInfo>> Workspace::deploymentsCovering(qint64 caId)
{
    return DeploymentService(*m_ctx).covering(caId);
}

Result<QList<AuditLog::Entry>> Workspace::recentAudit(int limit)
{
    return AuditLog::recent(*m_db, limit);
}

Result<QList<AuditLog::Entry>> Workspace::auditEntries(const AuditFilter& filter)
{
    return AuditLog::entries(*m_db, filter);
}

Result<QStringList> Workspace::auditActions()
{
    return AuditLog::actions(*m_db);
}

Result<qint64> Workspace::verifyAuditLog()
{
    return m_ctx->auditLog().verify();
}

Result<IntegrityReport> Workspace::verify()
{
    return IntegrityService(*m_ctx).verify();
}

Result<ExportedData> Workspace::exportCertificate(const CertificateRef& ref, const ExportOptions& options,
                                                 const ExportDelivery& deliver)
{
    return ExportService(*m_ctx).exportCertificate(ref, options, deliver);
}

Result<ServerConfigResult> Workspace::writeServerConfig(const ServerConfigOptions& options)
{
    return ServerConfigService(*m_ctx).write(options);
}

Result<ServerConfigResult> Workspace::previewServerConfig(const ServerConfigOptions& options)
{
    return ServerConfigService(*m_ctx).preview(options);
}

Result<DeploymentKitResult> Workspace::writeDeploymentKit(const DeploymentKitOptions& options)
{
    return DeploymentKitService(*m_ctx).write(options);
}

Result<HandshakeReport> Workspace::checkHandshake(const CertificateRef& serverRef, const CertificateRef& clientRef,
                                                  const HandshakeCheckOptions& options)
{
    return HandshakeService(*m_ctx).check(serverRef, clientRef, options);
}

Result<ImportReport> Workspace::importFiles(const QStringList& paths, const ImportOptions& options)
{
    return ImportService(*m_ctx).importFiles(paths, options);
}

Result<CaImportReport> Workspace::importCa(const QString& path, const CaImportOptions& options)
{
    return CaImportService(*m_ctx).importCa(path, options);
}

Result<BackupResult> Workspace::backup(const BackupOptions& options)
{
    // The copy is checked with this workspace's own unlocked vault: the same master key, no KDF.
    const auto verifyCopy = [this](const QString& path) -> Result<IntegrityReport> {
        auto db = Database::openReadOnly(path);
        if (!db) {
            return db.error();
        }
        auto copy = assemble(std::move(db).value(), m_vault.duplicate(), m_clock);
        if (!copy) {
            return copy.error();
        }
        return (*copy)->verify();
    };
    return BackupService(*m_ctx).backup(options, verifyCopy);
}

Result<qint64> Workspace::changesSinceBackup()
{
    return BackupService(*m_ctx).changesSinceBackup();
}

Result<RestoreResult> Workspace::restoreBackup(const RestoreOptions& options, Clock clock)
{
    return BackupService::restore(options, clock);
}

QString Workspace::memberName() const
{
    return m_vault.memberName();
}

Result<QList<MemberInfo>> Workspace::members()
{
    return MemberService(*m_ctx).list();
}

Status Workspace::addMember(const QString& name, const QByteArray& password)
{
    return MemberService(*m_ctx).add(name, password);
}

Result<Unshared> Workspace::removeMember(const QString& name)
{
    return MemberService(*m_ctx).remove(name);
}

Status Workspace::shareCa(const CertificateRef& ca, const QString& member)
{
    return MemberService(*m_ctx).share(ca, member);
}

Result<Unshared> Workspace::unshareCa(const CertificateRef& ca, const QString& member)
{
    return MemberService(*m_ctx).unshare(ca, member);
}

Result<TransferResult> Workspace::transfer(const TransferOptions& options, const DatabaseTransfer::Progress& progress)
{
    return TransferService(*m_ctx).transfer(options, progress);
}

Result<CaExportResult> Workspace::exportCa(const CaExportOptions& options)
{
    return CaExportService(*m_ctx).exportCa(options);
}

Status Workspace::forEachImported(const ImportReport& report,
                                  const std::function<void(const ImportedCertificate&)>& visit)
{
    return ImportService(*m_ctx).forEachImported(report, visit);
}

Result<QList<IssuanceTemplate>> Workspace::templates()
{
    return TemplateService(*m_ctx).list();
}

Result<IssuanceTemplate> Workspace::findTemplate(const QString& name)
{
    return TemplateService(*m_ctx).find(name);
}

Result<IssuanceTemplate> Workspace::createTemplate(const IssuanceTemplate& tmpl)
{
    return TemplateService(*m_ctx).create(tmpl);
}

Status Workspace::deleteTemplate(const QString& name)
{
    return TemplateService(*m_ctx).remove(name);
}

Result<SubjectDefaults> Workspace::defaults(const CertificateRef& ca)
{
    return TemplateService(*m_ctx).defaults(ca);
}

Result<SubjectDefaults> Workspace::setDefaults(const CertificateRef& ca, const SubjectDefaults& defaults)
{
    return TemplateService(*m_ctx).setDefaults(ca, defaults);
}

Result<IssuancePreset> Workspace::preset(const QString& templateName, const CertificateRef& issuer)
{
    return TemplateService(*m_ctx).preset(templateName, issuer);
}

} // namespace signet
