#pragma once

#include "CertificateRef.h"
#include "IssuancePreset.h"
#include "IssuanceTemplate.h"
#include "Result.h"

#include <QList>

namespace signet {

class WorkspaceContext;

// Issuance templates and subject defaults: the shipped templates and those people made, the
// workspace's defaults and each CA's. Each change is one transaction with one audit record.
class TemplateService {
public:
    explicit TemplateService(WorkspaceContext& context) : m_ctx(context) {}

    // The shipped templates first, then the workspace's by name.
    Result<QList<IssuanceTemplate>> list();
    Result<IssuanceTemplate> find(const QString& name);
    // Refuses a shipped template's name, a name in use and any field the core's rules refuse.
    Result<IssuanceTemplate> create(const IssuanceTemplate& tmpl);
    Status remove(const QString& name);

    // A null reference: the workspace's defaults; a CA: its own (not merged with the workspace's).
    Result<SubjectDefaults> defaults(const CertificateRef& ca);
    // Replaces them; empty defaults clear them.
    Result<SubjectDefaults> setDefaults(const CertificateRef& ca, const SubjectDefaults& defaults);

    // What applies to an issuance by `issuer` (null: a new root CA) with the template named
    // `templateName` (empty: none).
    Result<IssuancePreset> preset(const QString& templateName, const CertificateRef& issuer);

private:
    // Whose defaults: the CA's row id and name (refusing what is not a CA), or the workspace's.
    struct Owner {
        qint64 caId = 0;
        QString name;
    };
    Result<Owner> owner(const CertificateRef& ca);

    WorkspaceContext& m_ctx;
};

} // namespace signet
