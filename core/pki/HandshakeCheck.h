#pragma once

#include "Result.h"
#include "crypto/Certificate.h"
#include "crypto/Crl.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace signet {

// Which peer ended a handshake.
enum class HandshakeSide { None, Server, Client };

// One protocol version's outcome.
struct HandshakeOutcome {
    QString protocol;          // "TLS 1.3", "TLS 1.2"
    bool ok = false;
    HandshakeSide refusedBy = HandshakeSide::None;
    QString reason;            // why, in OpenSSL's words ("certificate revoked", "hostname mismatch", ...)
    QString serverVerify;      // the server's verdict on the client certificate ("ok" when it accepted it)
    QString clientVerify;      // the client's verdict on the server certificate
    QString alert;             // the fatal alert that ended the handshake, e.g. "certificate revoked"
    QString cipher;            // negotiated cipher suite, when the handshake succeeded
};

struct HandshakeReport {
    QString hostname;          // the name the client asked for and checked
    QString clientCaName;      // the CA the server accepted clients from (set by the caller)
    bool crlChecked = false;   // the server checked the client certificate against a CRL...
    bool crlCheckAll = false;  // ...and every CA above it too
    std::vector<HandshakeOutcome> outcomes;

    [[nodiscard]] bool allOk() const
    {
        for (const HandshakeOutcome& outcome : outcomes) {
            if (!outcome.ok) {
                return false;
            }
        }
        return !outcomes.empty();
    }
};

// Runs real TLS handshakes between an OpenSSL server and an OpenSSL client in memory (a BIO pair,
// no sockets), configured the way Signet's nginx / Apache / HAProxy snippets configure a server:
// client certificate required, verified against the client CA chain with the chain length as
// verify depth and, when CRLs are given, revocation checked. The client verifies the server
// against its root and checks the host name.
class HandshakeCheck {
public:
    struct Peer {
        const Certificate* cert = nullptr;
        EVP_PKEY* key = nullptr;
        std::vector<const Certificate*> chain; // intermediates sent after the certificate
    };

    struct Input {
        Peer server;
        Peer client;
        std::vector<const Certificate*> clientTrust; // what the server accepts client certificates from
        std::vector<const Certificate*> serverTrust; // what the client trusts the server by
        std::vector<const Crl*> crls;                // the server checks the client chain against these
        bool crlCheckAll = true;    // every level of the client chain (false: the client certificate only)
        int verifyDepth = 0;        // 0: the number of certificates in clientTrust
        QString hostname;           // empty: the server certificate's first DNS name (or IP address)
        QDateTime at;               // verification time
    };

    // TLS 1.3 then TLS 1.2. An Error only when the check could not be set up at all.
    static Result<HandshakeReport> run(const Input& input);

    static QString sideName(HandshakeSide side);
};

} // namespace signet
