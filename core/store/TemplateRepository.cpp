#include "store/TemplateRepository.h"

#include "pki/NameRules.h"
#include "store/Database.h"
#include "store/RowAuthenticator.h"

#include <QCoreApplication>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "TemplateRepository", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(TemplateRepository)
};
} // namespace

QByteArray TemplateRepository::encode(qint64 id, const QString& name, const QByteArray& body, qint64 createdAt)
{
    return RowEncoding("template:v1").add(id).add(name).add(body).add(createdAt).bytes();
}

Result<QList<IssuanceTemplate>> TemplateRepository::query(const QString& where, const QVariantList& bindings)
{
    auto q = m_db.exec(QStringLiteral("SELECT id, name, body, created_at, mac FROM templates ") + where, bindings);
    if (!q) {
        return q.error();
    }
    QList<IssuanceTemplate> out;
    while (q->next()) {
        const QString name = q->value(1).toString();
        const QByteArray body = q->value(2).toString().toUtf8();
        const qint64 createdAt = q->value(3).toLongLong();
        if (!m_auth.verify(encode(q->value(0).toLongLong(), name, body, createdAt), q->value(4).toByteArray())) {
            return makeError(Tr::tr("template '%1' was changed outside Signet").arg(NameRules::printable(name)));
        }
        auto tmpl = IssuanceTemplate::fromJson(name, body);
        if (!tmpl) {
            return tmpl.error();
        }
        tmpl->createdAt = QDateTime::fromSecsSinceEpoch(createdAt, Qt::UTC);
        out.append(std::move(tmpl).value());
    }
    return out;
}

Result<QStringList> TemplateRepository::altered()
{
    auto q = m_db.exec(QStringLiteral("SELECT id, name, body, created_at, mac FROM templates ORDER BY id"));
    if (!q) {
        return q.error();
    }
    QStringList out;
    while (q->next()) {
        const QString name = q->value(1).toString();
        if (!m_auth.verify(encode(q->value(0).toLongLong(), name, q->value(2).toString().toUtf8(),
                                  q->value(3).toLongLong()),
                           q->value(4).toByteArray())) {
            out << Tr::tr("template '%1' was changed outside Signet").arg(NameRules::printable(name));
        }
    }
    return out;
}

Result<QList<IssuanceTemplate>> TemplateRepository::all()
{
    return query(QStringLiteral("ORDER BY ") + m_db.dialect().nocase(QStringLiteral("name")), {});
}

Result<std::optional<IssuanceTemplate>> TemplateRepository::byName(const QString& name)
{
    auto rows = query(QStringLiteral("WHERE %1").arg(m_db.dialect().sameName(QStringLiteral("name"))),
                      {name});
    if (!rows) {
        return rows.error();
    }
    if (rows->isEmpty()) {
        return std::optional<IssuanceTemplate>();
    }
    return std::optional<IssuanceTemplate>(rows->first());
}

Status TemplateRepository::insert(const IssuanceTemplate& tmpl)
{
    const QByteArray body = tmpl.toJson();
    const qint64 createdAt = tmpl.createdAt.toSecsSinceEpoch();
    auto q = m_db.insert(QStringLiteral("INSERT INTO templates(name, body, created_at) VALUES (?, ?, ?)"),
                         {tmpl.name, QString::fromUtf8(body), createdAt});
    if (!q) {
        return q.error();
    }
    const qint64 id = *q;
    auto sealed = m_db.exec(QStringLiteral("UPDATE templates SET mac = ? WHERE id = ?"),
                            {m_auth.mac(encode(id, tmpl.name, body, createdAt)), id});
    if (!sealed) {
        return sealed.error();
    }
    return {};
}

Result<bool> TemplateRepository::remove(const QString& name)
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM templates WHERE %1").arg(m_db.dialect().sameName(QStringLiteral("name"))),
                       {name});
    if (!q) {
        return q.error();
    }
    return q->numRowsAffected() > 0;
}

} // namespace signet
