#pragma once

#include "CertificateRecord.h"
#include "Result.h"
#include "pki/IssuanceRequest.h"

#include <QString>

#include <openssl/types.h>

#include <functional>
#include <optional>

namespace signet {

class PrivateKey;
struct PreparedKey;

// One certificate to make, as IssuanceService::run takes it: the typed request plus who signs it,
// with which subject key, under which name, and what else the same transaction does.
struct IssueJob {
    IssuanceRequest request;
    QString name;
    bool explicitName = false;
    const CertificateRecord* ca = nullptr; // null: self-signed
    const PrivateKey* newKey = nullptr;    // generated for it: stored with the certificate
    const PreparedKey* preparedNewKey = nullptr; // newKey, encoded ahead for storing (a batch's workers do that)
    // A key the vault already holds for this subject (a renewal that keeps the key): signs a
    // self-signed certificate, and the new row points to it.
    const PrivateKey* keptKey = nullptr;
    std::optional<qint64> keptKeyId;
    EVP_PKEY* publicKey = nullptr;         // the subject's key (from newKey, keptKey, a CSR or an old certificate)
    X509_EXTENSION* requestedSan = nullptr; // copied as it is (a CSR's, or the certificate renewed)
    QString ownCrlUrl; // CAs: where they publish their CRL
    QString ownAiaUrl; // CAs: where they publish their own certificate
    QString action;
    QString requestName; // the pending request this certificate answers: its name is free for it
    QString auditDetails; // appended to the audit record's details
    bool force = false;
    // Inside the transaction: before the new row takes `name` (which it may free), and after the
    // new row is stored. With `beforeStore`, the name is not checked before the transaction.
    std::function<Status()> beforeStore;
    std::function<Status(const CertificateRecord&)> afterStore;
};

} // namespace signet
