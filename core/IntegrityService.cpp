#include "IntegrityService.h"

#include "WorkspaceContext.h"
#include "store/CertificateRow.h"
#include "store/Database.h"
#include "store/DefaultsRepository.h"
#include "store/KeyVault.h"
#include "store/TemplateRepository.h"

#include <QCoreApplication>
#include <QHash>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "IntegrityService", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(IntegrityService)
};
} // namespace

void IntegrityService::verifyCertificates(IntegrityReport& report)
{
    auto counts = m_ctx.certificates().revocationCounts();
    if (!counts) {
        report.problems << counts.error().message;
        return;
    }
    std::vector<CertificateRecord> cas; // whose revocations are checked as their next CRL reads them
    Status walked = m_ctx.certificates().forEach([&](const CertificateRecord& r) -> Status {
        ++report.certificates;
        if (!r.authentic) {
            report.problems << Tr::tr("the certificate '%1' was changed outside Signet").arg(r.name);
            return {};
        }
        if (r.isCa && r.revocations != counts->value(r.id)) {
            report.problems << Tr::tr("the revocations of CA '%1' were changed outside Signet: it revoked %2 "
                                      "certificates, the workspace lists %3")
                                   .arg(r.name)
                                   .arg(r.revocations)
                                   .arg(counts->value(r.id));
        } else if (r.isCa) {
            CertificateRecord ca = r;
            ca.der.clear();
            cas.push_back(std::move(ca));
        }
        // A CA key that is not shared with this member cannot be opened here: its row's MAC is checked
        // with the keys (KeyStore::verifyAll), its match with the certificate by those who hold it.
        auto held = r.keyId ? m_ctx.keys().isHeld(*r.keyId) : Result<bool>(false);
        if (!held) {
            report.problems << Tr::tr("'%1': %2").arg(r.name, held.error().message);
        } else if (*held) {
            if (auto key = m_ctx.keyOf(r); !key) {
                report.problems << Tr::tr("'%1': %2").arg(r.name, key.error().message);
            }
        }
        return {};
    });
    if (!walked) {
        report.problems << walked.error().message;
    }
    if (auto agree = m_ctx.certificates().countsAgree(); !agree || !*agree) {
        report.problems << (agree ? Tr::tr("the status counts do not match the certificates: they were changed "
                                           "outside Signet")
                                  : agree.error().message);
    }
    for (const CertificateRecord& ca : cas) {
        auto listed = m_ctx.certificates().forEachCrlEntry(ca, [](const CrlRow&) { return Status(); });
        if (!listed && !report.problems.contains(listed.error().message)) {
            report.problems << listed.error().message;
        }
    }
}

Result<IntegrityReport> IntegrityService::verify()
{
    IntegrityReport report;
    // The file itself first: a damaged page is no row that was changed, but 'verify' is where the
    // whole file is read.
    auto file = m_ctx.db().checkFile();
    if (!file) {
        return file.error();
    }
    for (const QString& finding : *file) {
        report.problems << Tr::tr("the workspace file is damaged: %1").arg(finding);
    }
    verifyCertificates(report);
    auto keys = m_ctx.keys().verifyAll([&report](qint64 id, const QString& problem) {
        report.problems << Tr::tr("key %1: %2").arg(id).arg(problem);
    });
    if (!keys) {
        return keys.error();
    }
    report.keys = *keys;
    auto crls = m_ctx.crls().all();
    if (!crls) {
        return crls.error();
    }
    for (const CrlRecord& crl : *crls) {
        ++report.crls;
        if (!crl.authentic) {
            auto ca = m_ctx.certificates().byId(crl.caId);
            report.problems << Tr::tr("the CRL of CA '%1' was changed outside Signet")
                                   .arg(ca ? ca->name : QString::number(crl.caId));
        }
    }
    // Templates and defaults decide what is issued: an altered one is named like any other row.
    for (auto altered : {TemplateRepository(m_ctx.db(), m_ctx.rowAuthenticator()).altered(),
                         DefaultsRepository(m_ctx.db(), m_ctx.rowAuthenticator()).altered()}) {
        if (!altered) {
            return altered.error();
        }
        report.problems << *altered;
    }
    auto deployments = m_ctx.deployments().all(true);
    if (!deployments) {
        return deployments.error();
    }
    for (const DeploymentRecord& d : *deployments) {
        ++report.deployments;
        if (!d.authentic) {
            report.problems << Tr::tr("the deployment record for %1 was changed outside Signet").arg(d.directory);
        }
    }
    auto requests = m_ctx.requests().all();
    if (!requests) {
        return requests.error();
    }
    for (const RequestRecord& r : *requests) {
        if (!r.authentic) {
            report.problems << Tr::tr("the certificate request '%1' was changed outside Signet").arg(r.name);
        }
    }
    auto audit = m_ctx.auditLog().verify();
    if (audit) {
        report.auditEntries = *audit;
    } else {
        report.problems << audit.error().message;
    }
    return report;
}

Status IntegrityService::sealLegacy(const QByteArray& password)
{
    Transaction tx(m_ctx.db());
    if (Status st = tx.begin(); !st) {
        return st;
    }
    if (KeyVault::hasCurrentFormat(m_ctx.db())) {
        return tx.commit(); // another process sealed it while this one was unlocking
    }
    auto counts = m_ctx.certificates().revocationCounts();
    auto crls = m_ctx.crls().all();
    if (!counts || !crls) {
        return !counts ? counts.error() : crls.error();
    }
    QHash<qint64, qint64> crlNumbers;
    for (const CrlRecord& crl : *crls) {
        crlNumbers.insert(crl.caId, crl.number);
        if (Status st = m_ctx.crls().store(crl); !st) {
            return st;
        }
    }
    qint64 rows = 0;
    Status sealed = m_ctx.certificates().forEach([&](const CertificateRecord& r) -> Status {
        CertificateRecord record = r;
        record.revocations = counts->value(r.id);
        record.lastCrlNumber = crlNumbers.value(r.id);
        ++rows;
        return m_ctx.certificates().update(record);
    });
    if (!sealed) {
        return sealed;
    }
    if (Status st = m_ctx.keys().sealAll(); !st) {
        return st;
    }
    auto deployments = m_ctx.deployments().all(true);
    if (!deployments) {
        return deployments.error();
    }
    for (const DeploymentRecord& d : *deployments) {
        if (Status st = m_ctx.deployments().seal(d); !st) {
            return st;
        }
    }
    auto brokenAt = m_ctx.auditLog().rekeyLegacy();
    if (!brokenAt) {
        return brokenAt.error();
    }
    if (Status st = m_ctx.vault().upgradeFormat(m_ctx.db(), password); !st) {
        return st;
    }
    QString details = QStringLiteral("certificates=%1").arg(rows);
    if (*brokenAt != 0) {
        // Sealed all the same, so that nothing changes from now on; the record says where it broke.
        details += QStringLiteral(" unkeyed_audit_log_broken_at=%1").arg(*brokenAt);
    }
    if (Status st = m_ctx.audit(QStringLiteral("seal-workspace"), QStringLiteral("workspace"), details); !st) {
        return st;
    }
    return tx.commit();
}

} // namespace signet
