#pragma once

#include "Result.h"
#include "crypto/Certificate.h"
#include "crypto/Crl.h"

#include <array>
#include <vector>

namespace signet {

// Builds a v2 CRL (AKI, CRL number, nextUpdate, reason codes) signed by a CA, one entry at a time.
// Each entry is encoded once, straight into the CRL's DER, and the whole is signed once: a CRL of a
// million entries costs its ~50 MB of DER, not an OpenSSL object per entry encoded twice over.
class CrlBuilder {
public:
    // Checks the validity period and that the key is the CA's, and encodes everything but the entries.
    static Result<CrlBuilder> start(const Certificate& ca, EVP_PKEY* caKey, qint64 crlNumber, const QDateTime& now,
                                    int validityDays);
    // Room for this many entries, so that the DER is not copied as it grows.
    void reserve(qint64 entries);
    // Encodes an entry; entries come in any order.
    Status add(const RevokedEntry& entry);
    // The same from a serial's hex digits in Latin-1 and the revocation time in seconds since the epoch.
    Status add(QByteArrayView serialHex, qint64 revokedAt, int reason);
    // Lists the entries in serial order, as OpenSSL sorts a CRL's, signs the CRL and hands over its
    // DER; the builder is empty afterwards.
    Result<QByteArray> finish();

    [[nodiscard]] qint64 count() const { return m_count; }
    [[nodiscard]] const QDateTime& thisUpdate() const { return m_thisUpdate; }
    [[nodiscard]] const QDateTime& nextUpdate() const { return m_nextUpdate; }

    // A CRL of a whole list at once.
    static Result<Crl> build(const Certificate& ca, EVP_PKEY* caKey, const std::vector<RevokedEntry>& entries,
                             qint64 crlNumber, const QDateTime& now, int validityDays);

private:
    // Where an encoded entry is, and its serial's place in the order: the length of the INTEGER's
    // content (DER keeps it minimal, so longer is larger), then its first eight bytes.
    struct Slot {
        quint64 prefix = 0;
        qsizetype offset = 0;     // of the entry in m_der
        quint32 length = 0;       // of the entry
        quint16 header = 0;       // the entry's SEQUENCE header, before the serial's INTEGER
        quint16 serialLength = 0;
    };

    CrlBuilder() = default;
    [[nodiscard]] bool before(const Slot& a, const Slot& b) const;
    void sortEntries();
    Status encodeExtensions(const Certificate& ca, qint64 crlNumber);
    Result<QByteArray> entryExtensions(int reason);

    EvpMdCtxPtr m_signer;     // initialised for the CA's key and digest
    QByteArray m_fields;      // version, signature algorithm, issuer, thisUpdate, nextUpdate
    QByteArray m_algorithm;   // the signature's AlgorithmIdentifier, as the signer writes it
    QByteArray m_extensions;  // [0] { authorityKeyIdentifier, cRLNumber }
    // Room for the three headers and m_fields, then the entries: finish() fills the room from its end.
    QByteArray m_der;
    qsizetype m_room = 0;
    QByteArray m_entry;       // the entry being encoded, reused
    std::vector<Slot> m_slots;
    bool m_sorted = true;     // the entries came in serial order
    std::array<QByteArray, 11> m_reasonExtensions; // each reason code's crlEntryExtensions, once used
    qint64 m_count = 0;
    QDateTime m_thisUpdate;
    QDateTime m_nextUpdate;
};

} // namespace signet
