#include "pki/HandshakeCheck.h"

#include "crypto/OsslError.h"

#include <QCoreApplication>

#include <openssl/err.h>

#include <array>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "HandshakeCheck", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(HandshakeCheck)
};

// Enough for a TLS 1.2 handshake with client authentication (about five flights) several times
// over; a handshake still running after that is stuck waiting for data that will never come.
constexpr int kMaxRounds = 64;

enum class State { Running, Done, Failed };

// What one end of the connection saw: filled while the handshake runs (alerts through the info callback).
struct Side {
    SSL* ssl = nullptr;
    State state = State::Running;
    QString error;         // the first OpenSSL error reason when this side failed
    QString alertSent;     // the fatal alert this side sent
    QString alertReceived; // the fatal alert this side received
};

void recordAlert(const SSL* ssl, int where, int value)
{
    if ((where & SSL_CB_ALERT) == 0 || (value >> 8) != SSL3_AL_FATAL) {
        return; // close_notify and other warnings explain nothing
    }
    auto* peer = static_cast<Side*>(SSL_get_app_data(ssl));
    if (peer == nullptr) {
        return;
    }
    QString& slot = (where & SSL_CB_WRITE) != 0 ? peer->alertSent : peer->alertReceived;
    if (slot.isEmpty()) {
        slot = QString::fromLatin1(SSL_alert_desc_string_long(value));
    }
}

// The reason of the first error in OpenSSL's queue, which it empties.
QString takeFirstReason()
{
    const unsigned long code = ERR_peek_error();
    const char* reason = code != 0 ? ERR_reason_error_string(code) : nullptr;
    ERR_clear_error();
    return reason != nullptr ? QString::fromLatin1(reason) : QString();
}

// One handshake step for one side; true when the state changed to Failed.
bool step(Side& peer)
{
    if (peer.state != State::Running) {
        return false;
    }
    const int r = SSL_do_handshake(peer.ssl);
    if (r == 1) {
        peer.state = State::Done;
        return false;
    }
    const int error = SSL_get_error(peer.ssl, r);
    if (error == SSL_ERROR_WANT_READ || error == SSL_ERROR_WANT_WRITE) {
        return false;
    }
    peer.state = State::Failed;
    peer.error = takeFirstReason();
    return true;
}

// Sends `data` from one side and reads it on the other; false when either side failed.
bool exchange(Side& from, Side& to, const QByteArray& data)
{
    if (SSL_write(from.ssl, data.constData(), static_cast<int>(data.size())) != static_cast<int>(data.size())) {
        from.state = State::Failed;
        from.error = takeFirstReason();
        return false;
    }
    std::array<char, 64> buffer = {};
    // The first read may only process post-handshake messages (TLS 1.3 session tickets).
    for (int attempt = 0; attempt < 4; ++attempt) {
        const int n = SSL_read(to.ssl, buffer.data(), static_cast<int>(buffer.size()));
        if (n > 0) {
            return QByteArray(buffer.data(), n) == data;
        }
        const int error = SSL_get_error(to.ssl, n);
        if (error != SSL_ERROR_WANT_READ && error != SSL_ERROR_WANT_WRITE) {
            to.state = State::Failed;
            to.error = takeFirstReason();
            return false;
        }
    }
    return false;
}

Status addIdentity(SSL_CTX* ctx, const HandshakeCheck::Peer& peer)
{
    if (SSL_CTX_use_certificate(ctx, peer.cert->get()) != 1 || SSL_CTX_use_PrivateKey(ctx, peer.key) != 1) {
        return opensslError(Tr::tr("the certificate \"%1\" cannot be used with its key").arg(peer.cert->commonName()));
    }
    for (const Certificate* link : peer.chain) {
        if (SSL_CTX_add1_chain_cert(ctx, link->get()) != 1) {
            return opensslError(Tr::tr("could not add \"%1\" to the certificate chain").arg(link->commonName()));
        }
    }
    if (SSL_CTX_check_private_key(ctx) != 1) {
        return opensslError(Tr::tr("the key does not belong to \"%1\"").arg(peer.cert->commonName()));
    }
    return {};
}

Status addTrust(SSL_CTX* ctx, const std::vector<const Certificate*>& anchors, const std::vector<const Crl*>& crls)
{
    X509StorePtr store(X509_STORE_new());
    if (!store) {
        return opensslError(Tr::tr("out of memory"));
    }
    for (const Certificate* anchor : anchors) {
        if (X509_STORE_add_cert(store.get(), anchor->get()) != 1) {
            return opensslError(Tr::tr("could not add a trust anchor"));
        }
    }
    for (const Crl* crl : crls) {
        if (X509_STORE_add_crl(store.get(), crl->get()) != 1) {
            return opensslError(Tr::tr("could not add a CRL"));
        }
    }
    if (SSL_CTX_set1_verify_cert_store(ctx, store.get()) != 1) {
        return opensslError(Tr::tr("could not set up the trust store"));
    }
    return {};
}

// What this side thought of the certificate its peer sent ("ok" when it accepted it).
QString verdict(SSL* ssl)
{
    // A refused certificate is not kept as the peer's, so the verify result comes first.
    const long result = SSL_get_verify_result(ssl);
    if (result == X509_V_OK && SSL_get0_peer_certificate(ssl) == nullptr) {
        return Tr::tr("no certificate received");
    }
    return QString::fromLatin1(X509_verify_cert_error_string(result));
}

QString protocolName(int version)
{
    return version == TLS1_3_VERSION ? QStringLiteral("TLS 1.3") : QStringLiteral("TLS 1.2");
}

struct Contexts {
    SslCtxPtr server;
    SslCtxPtr client;
};

Result<Contexts> makeContexts(const HandshakeCheck::Input& in, int version, const QString& host)
{
    Contexts ctx{SslCtxPtr(SSL_CTX_new(TLS_server_method())), SslCtxPtr(SSL_CTX_new(TLS_client_method()))};
    if (!ctx.server || !ctx.client) {
        return opensslError(Tr::tr("could not create a TLS context"));
    }
    for (SSL_CTX* c : {ctx.server.get(), ctx.client.get()}) {
        if (SSL_CTX_set_min_proto_version(c, version) != 1 || SSL_CTX_set_max_proto_version(c, version) != 1) {
            return opensslError(Tr::tr("%1 is not available").arg(protocolName(version)));
        }
        if (in.at.isValid()) {
            X509_VERIFY_PARAM_set_time(SSL_CTX_get0_param(c), static_cast<time_t>(in.at.toSecsSinceEpoch()));
        }
    }
    if (Status st = addIdentity(ctx.server.get(), in.server); !st) {
        return st.error();
    }
    if (Status st = addIdentity(ctx.client.get(), in.client); !st) {
        return st.error();
    }

    // The server, as the snippets configure nginx (ssl_verify_client on, ssl_verify_depth, ssl_crl).
    if (Status st = addTrust(ctx.server.get(), in.clientTrust, in.crls); !st) {
        return st.error();
    }
    for (const Certificate* anchor : in.clientTrust) {
        if (SSL_CTX_add_client_CA(ctx.server.get(), anchor->get()) != 1) {
            return opensslError(Tr::tr("could not add a client CA name"));
        }
    }
    SSL_CTX_set_verify(ctx.server.get(), SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT, nullptr);
    SSL_CTX_set_verify_depth(ctx.server.get(),
                             in.verifyDepth > 0 ? in.verifyDepth : static_cast<int>(in.clientTrust.size()));
    if (!in.crls.empty()) {
        const unsigned long flags = X509_V_FLAG_CRL_CHECK | (in.crlCheckAll ? X509_V_FLAG_CRL_CHECK_ALL : 0);
        if (X509_VERIFY_PARAM_set_flags(SSL_CTX_get0_param(ctx.server.get()), flags) != 1) {
            return opensslError(Tr::tr("could not turn on CRL checking"));
        }
    }
    if (SSL_CTX_set_num_tickets(ctx.server.get(), 0) != 1) {
        return opensslError(Tr::tr("could not set up the TLS server"));
    }

    // The client, as curl with --cacert and the server's name.
    if (Status st = addTrust(ctx.client.get(), in.serverTrust, {}); !st) {
        return st.error();
    }
    SSL_CTX_set_verify(ctx.client.get(), SSL_VERIFY_PEER, nullptr);
    X509_VERIFY_PARAM* param = SSL_CTX_get0_param(ctx.client.get());
    const QByteArray name = host.toUtf8();
    // An IP address is checked against the iPAddress names; anything else against DNS names.
    if (X509_VERIFY_PARAM_set1_ip_asc(param, name.constData()) != 1) {
        ERR_clear_error();
        if (X509_VERIFY_PARAM_set1_host(param, name.constData(), static_cast<size_t>(name.size())) != 1) {
            return opensslError(Tr::tr("'%1' is not a host name").arg(host));
        }
    }
    return ctx;
}

Result<HandshakeOutcome> runOne(const HandshakeCheck::Input& in, int version, const QString& host)
{
    auto contexts = makeContexts(in, version, host);
    if (!contexts) {
        return contexts.error();
    }
    // Declared before the connections, so that they outlive them (the info callback points here).
    Side s;
    Side c;
    SslPtr server(SSL_new(contexts->server.get()));
    SslPtr client(SSL_new(contexts->client.get()));
    if (!server || !client) {
        return opensslError(Tr::tr("could not create a TLS connection"));
    }
    BIO* serverEnd = nullptr;
    BIO* clientEnd = nullptr;
    if (BIO_new_bio_pair(&serverEnd, 0, &clientEnd, 0) != 1) {
        return opensslError(Tr::tr("could not create the in-memory connection"));
    }
    BioPtr serverBio(serverEnd);
    BioPtr clientBio(clientEnd);
    // Each SSL takes over its end of the pair (one reference for reading and writing alike).
    SSL_set_bio(server.get(), serverBio.get(), serverBio.get());
    serverBio.release();
    SSL_set_bio(client.get(), clientBio.get(), clientBio.get());
    clientBio.release();

    const QByteArray hostName = host.toUtf8();
    const bool isIp = OpenSslStringPtr(X509_VERIFY_PARAM_get1_ip_asc(SSL_get0_param(client.get()))) != nullptr;
    if (!isIp && SSL_set_tlsext_host_name(client.get(), hostName.constData()) != 1) {
        return opensslError(Tr::tr("'%1' cannot be sent as server name").arg(host));
    }

    s.ssl = server.get();
    c.ssl = client.get();
    if (SSL_set_app_data(server.get(), &s) != 1 || SSL_set_app_data(client.get(), &c) != 1) {
        return opensslError(Tr::tr("could not create a TLS connection"));
    }
    SSL_set_info_callback(server.get(), recordAlert);
    SSL_set_info_callback(client.get(), recordAlert);
    SSL_set_accept_state(server.get());
    SSL_set_connect_state(client.get());
    ERR_clear_error();

    HandshakeSide firstFailure = HandshakeSide::None;
    for (int round = 0; round < kMaxRounds && (s.state == State::Running || c.state == State::Running); ++round) {
        if (step(c) && firstFailure == HandshakeSide::None) {
            firstFailure = HandshakeSide::Client;
        }
        if (step(s) && firstFailure == HandshakeSide::None) {
            firstFailure = HandshakeSide::Server;
        }
    }
    // In TLS 1.3 the client finishes before the server has judged its certificate: a refusal
    // reaches it as an alert with the first data it reads.
    bool dataFlowed = false;
    if (c.state == State::Done && s.state == State::Done) {
        dataFlowed = exchange(c, s, QByteArrayLiteral("ping")) && exchange(s, c, QByteArrayLiteral("pong"));
        if (!dataFlowed && firstFailure == HandshakeSide::None) {
            firstFailure = s.state == State::Failed ? HandshakeSide::Server : HandshakeSide::Client;
        }
    } else if (c.state == State::Done && s.state == State::Failed) {
        std::array<char, 16> buffer = {};
        if (SSL_read(client.get(), buffer.data(), static_cast<int>(buffer.size())) <= 0) {
            c.error = takeFirstReason();
        }
    }

    HandshakeOutcome outcome;
    outcome.protocol = protocolName(version);
    outcome.serverVerify = verdict(server.get());
    outcome.clientVerify = verdict(client.get());
    if (dataFlowed) {
        outcome.ok = true;
        outcome.cipher = QString::fromLatin1(SSL_get_cipher_name(client.get()));
        return outcome;
    }
    outcome.refusedBy = firstFailure;
    const Side& refuser = firstFailure == HandshakeSide::Client ? c : s;
    const Side& other = firstFailure == HandshakeSide::Client ? s : c;
    outcome.alert = !refuser.alertSent.isEmpty() ? refuser.alertSent : other.alertReceived;
    const long verifyResult = SSL_get_verify_result(refuser.ssl);
    if (firstFailure == HandshakeSide::None) {
        outcome.reason = Tr::tr("the handshake did not finish");
    } else if (verifyResult != X509_V_OK) {
        outcome.reason = QString::fromLatin1(X509_verify_cert_error_string(verifyResult));
    } else if (!refuser.error.isEmpty()) {
        outcome.reason = refuser.error;
    } else {
        outcome.reason = outcome.alert;
    }
    return outcome;
}

// The name a client would connect to: the first DNS name, else the first IP address, else the CN.
QString defaultHost(const Certificate& cert)
{
    const QStringList dns = cert.dnsNames();
    if (!dns.isEmpty()) {
        return dns.front();
    }
    for (const QString& san : cert.subjectAltNames()) {
        if (san.startsWith(QLatin1String("IP:"))) {
            return san.mid(3);
        }
    }
    return cert.commonName();
}
} // namespace

QString HandshakeCheck::sideName(HandshakeSide side)
{
    switch (side) {
    case HandshakeSide::Server:
        return Tr::tr("the server");
    case HandshakeSide::Client:
        return Tr::tr("the client");
    case HandshakeSide::None:
        break;
    }
    return Tr::tr("neither side");
}

Result<HandshakeReport> HandshakeCheck::run(const Input& input)
{
    for (const Peer* peer : {&input.server, &input.client}) {
        if (peer->cert == nullptr || peer->cert->isNull() || peer->key == nullptr) {
            return makeError(Tr::tr("a handshake needs a certificate and its private key on both sides"));
        }
    }
    HandshakeReport report;
    report.hostname = input.hostname.isEmpty() ? defaultHost(*input.server.cert) : input.hostname;
    if (report.hostname.isEmpty()) {
        return makeError(Tr::tr("the server certificate names no host to connect to"));
    }
    report.crlChecked = !input.crls.empty();
    report.crlCheckAll = report.crlChecked && input.crlCheckAll;
    for (int version : {TLS1_3_VERSION, TLS1_2_VERSION}) {
        auto outcome = runOne(input, version, report.hostname);
        if (!outcome) {
            return outcome.error();
        }
        report.outcomes.push_back(std::move(outcome).value());
    }
    return report;
}

} // namespace signet
