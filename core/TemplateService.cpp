#include "TemplateService.h"

#include "WorkspaceContext.h"
#include "pki/NameRules.h"
#include "store/Database.h"
#include "store/DefaultsRepository.h"
#include "store/TemplateRepository.h"

#include <QCoreApplication>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "TemplateService", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(TemplateService)
};

QString builtInNames()
{
    QStringList names;
    for (const IssuanceTemplate& t : IssuanceTemplate::builtIns()) {
        names << t.name;
    }
    return names.join(QStringLiteral(", "));
}
} // namespace

Result<QList<IssuanceTemplate>> TemplateService::list()
{
    auto stored = TemplateRepository(m_ctx.db(), m_ctx.rowAuthenticator()).all();
    if (!stored) {
        return stored.error();
    }
    return IssuanceTemplate::builtIns() + *stored;
}

Result<IssuanceTemplate> TemplateService::find(const QString& name)
{
    if (auto shipped = IssuanceTemplate::findBuiltIn(name)) {
        return *shipped;
    }
    auto stored = TemplateRepository(m_ctx.db(), m_ctx.rowAuthenticator()).byName(name);
    if (!stored) {
        return stored.error();
    }
    if (!*stored) {
        return makeError(Tr::tr("no template named '%1' (built in: %2)")
                             .arg(NameRules::printable(name), builtInNames()));
    }
    return **stored;
}

Result<IssuanceTemplate> TemplateService::create(const IssuanceTemplate& wanted)
{
    auto tmpl = wanted.validated();
    if (!tmpl) {
        return tmpl.error();
    }
    if (IssuanceTemplate::findBuiltIn(tmpl->name)) {
        return makeError(Tr::tr("'%1' is the name of a template that comes with Signet").arg(tmpl->name));
    }
    tmpl->builtIn = false;
    tmpl->createdAt = m_ctx.now();
    TemplateRepository repo(m_ctx.db(), m_ctx.rowAuthenticator());
    Transaction tx(m_ctx.db());
    if (Status st = tx.begin(); !st) {
        return st.error();
    }
    auto existing = repo.byName(tmpl->name);
    if (!existing) {
        return existing.error();
    }
    if (*existing) {
        return makeError(Tr::tr("a template named '%1' already exists").arg(tmpl->name));
    }
    if (Status st = repo.insert(*tmpl); !st) {
        return st.error();
    }
    if (Status st = m_ctx.audit(QStringLiteral("create-template"), tmpl->name, QString::fromUtf8(tmpl->toJson()));
        !st) {
        return st.error();
    }
    if (Status st = tx.commit(); !st) {
        return st.error();
    }
    return tmpl;
}

Status TemplateService::remove(const QString& name)
{
    if (IssuanceTemplate::findBuiltIn(name)) {
        return makeError(Tr::tr("'%1' comes with Signet and cannot be deleted").arg(NameRules::printable(name)));
    }
    TemplateRepository repo(m_ctx.db(), m_ctx.rowAuthenticator());
    Transaction tx(m_ctx.db());
    if (Status st = tx.begin(); !st) {
        return st;
    }
    auto removed = repo.remove(name);
    if (!removed) {
        return removed.error();
    }
    if (!*removed) {
        return makeError(Tr::tr("no template named '%1'").arg(NameRules::printable(name)));
    }
    if (Status st = m_ctx.audit(QStringLiteral("delete-template"), name); !st) {
        return st;
    }
    return tx.commit();
}

Result<TemplateService::Owner> TemplateService::owner(const CertificateRef& ca)
{
    if (ca.isNull()) {
        return Owner{DefaultsRepository::kWorkspace, QStringLiteral("workspace")};
    }
    auto record = m_ctx.resolve(ca);
    if (!record) {
        return record.error();
    }
    if (!record->isCa) {
        return makeError(Tr::tr("'%1' is not a CA").arg(NameRules::printable(record->name)));
    }
    return Owner{record->id, record->name};
}

Result<SubjectDefaults> TemplateService::defaults(const CertificateRef& ca)
{
    auto id = owner(ca);
    if (!id) {
        return id.error();
    }
    return DefaultsRepository(m_ctx.db(), m_ctx.rowAuthenticator()).forCa(id->caId);
}

Result<SubjectDefaults> TemplateService::setDefaults(const CertificateRef& ca, const SubjectDefaults& wanted)
{
    auto defaults = wanted.validated();
    if (!defaults) {
        return defaults.error();
    }
    auto id = owner(ca);
    if (!id) {
        return id.error();
    }
    Transaction tx(m_ctx.db());
    if (Status st = tx.begin(); !st) {
        return st.error();
    }
    if (Status st = DefaultsRepository(m_ctx.db(), m_ctx.rowAuthenticator()).store(id->caId, *defaults); !st) {
        return st.error();
    }
    if (Status st = m_ctx.audit(QStringLiteral("set-defaults"), id->name, QString::fromUtf8(defaults->toJson())); !st) {
        return st.error();
    }
    if (Status st = tx.commit(); !st) {
        return st.error();
    }
    return defaults;
}

Result<IssuancePreset> TemplateService::preset(const QString& templateName, const CertificateRef& issuer)
{
    IssuancePreset preset;
    DefaultsRepository repo(m_ctx.db(), m_ctx.rowAuthenticator());
    auto workspace = repo.forCa(DefaultsRepository::kWorkspace);
    if (!workspace) {
        return workspace.error();
    }
    preset.subject = *workspace;
    if (!issuer.isNull()) {
        // An unknown issuer is the use case's to report; it has no defaults.
        if (auto ca = m_ctx.resolve(issuer); ca && ca->isCa) {
            auto own = repo.forCa(ca->id);
            if (!own) {
                return own.error();
            }
            preset.subject = preset.subject.overriddenBy(*own);
        }
    }
    if (!templateName.isEmpty()) {
        auto tmpl = find(templateName);
        if (!tmpl) {
            return tmpl.error();
        }
        preset.tmpl = std::move(tmpl).value();
    }
    return preset;
}

} // namespace signet
