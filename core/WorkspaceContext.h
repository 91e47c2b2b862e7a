#pragma once

#include "CertificateRef.h"
#include "Result.h"
#include "crypto/Certificate.h"
#include "pki/Clock.h"
#include "store/AuditLog.h"
#include "store/CertificateRepository.h"
#include "store/CrlRepository.h"
#include "store/DeploymentRepository.h"
#include "store/KeyStore.h"
#include "store/RequestRepository.h"
#include "store/RowAuthenticator.h"

#include <vector>

namespace signet {

class Database;
class KeyVault;

// What every use case needs from an open, unlocked workspace, plus the look-ups they share.
class WorkspaceContext {
public:
    WorkspaceContext(Database& db, KeyVault& vault, Clock clock, RowAuthenticator rows, RowAuthenticator chain);

    Database& db() { return m_db; }
    KeyVault& vault() { return m_vault; }
    QDateTime now() const { return m_clock(); }
    CertificateRepository& certificates() { return m_certificates; }
    CrlRepository& crls() { return m_crls; }
    DeploymentRepository& deployments() { return m_deployments; }
    KeyStore& keys() { return m_keys; }
    RequestRepository& requests() { return m_requests; }
    AuditLog& auditLog() { return m_audit; }
    // The key that authenticates rows, for repositories a use case makes for itself.
    const RowAuthenticator& rowAuthenticator() const { return m_rows; }

    // A row id, or what a person typed: a name, a hex serial (colons allowed) or "id:N". A removed
    // certificate is refused, so nothing is issued, exported or deployed from one by mistake.
    Result<CertificateRecord> resolve(const CertificateRef& ref);
    // The same, removed certificates included (for restoring them and showing what was removed).
    Result<CertificateRecord> resolveIncludingRemoved(const CertificateRef& ref);
    // A CA that can sign now: has its key here, is not revoked or expired, nor is any CA above it.
    Result<CertificateRecord> resolveSigningCa(const CertificateRef& ref);
    // The record followed by its issuers up to the root (or to the last one in the workspace).
    Result<std::vector<CertificateRecord>> chainOf(const CertificateRecord& record);
    Result<Certificate> certificateOf(const CertificateRecord& record);
    // The record's private key from the vault, checked to belong to its certificate.
    Result<PrivateKey> keyOf(const CertificateRecord& record);
    // `wanted` when free; when `explicitName` is false, "wanted (2)", "wanted (3)"... otherwise.
    // A certificate request's name is taken too: its certificate will bear it (`ownRequest` names
    // the request the new certificate answers, whose name it may take).
    Result<QString> uniqueName(const QString& wanted, bool explicitName, const QString& ownRequest = {});
    Status audit(const QString& action, const QString& target, const QString& details = {});

private:
    Result<CertificateRecord> lookup(const CertificateRef& ref, bool includeRemoved);
    Result<bool> nameTaken(const QString& name, const QString& ownRequest);

    Database& m_db;
    KeyVault& m_vault;
    Clock m_clock;
    RowAuthenticator m_rows;
    RowAuthenticator m_chain;
    CertificateRepository m_certificates;
    CrlRepository m_crls;
    DeploymentRepository m_deployments;
    KeyStore m_keys;
    RequestRepository m_requests;
    AuditLog m_audit;
};

} // namespace signet
