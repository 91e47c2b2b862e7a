#include "export/NodeServerTemplate.h"

#include "export/ConfigSyntax.h"
#include "export/TextTemplate.h"

namespace signet {

namespace {
const char* const kServerJs = R"JS(@HEADER@// Needs Node.js 18 or later and nothing else: node server.js
'use strict';
const crypto = require('crypto');
const fs = require('fs');
const http = require('http');
const https = require('https');

const files = {
    cert: @CERT@,
    key: @KEY@,
    ca: @CA@,
    crl: @CRL@,
};
const port = @PORT@;
const backend = new URL(@BACKEND@);
// SHA-256 fingerprints of the CAs whose client certificates are admitted.
const admittedIssuers = new Set([
@ISSUERS@]);
// Conditions on the client's subject: the attribute has one of the values.
const subjectRules = [
@RULES@];

// Node reads only the first CRL of a PEM string: each CRL and each CA goes in as a string of its own.
function pemBlocks(file, label) {
    const text = fs.readFileSync(file, 'utf8');
    return text.match(new RegExp(`-----BEGIN ${label}-----[\\s\\S]+?-----END ${label}-----\\n?`, 'g')) || [];
}

function tlsOptions() {
    return {
        cert: fs.readFileSync(files.cert),
        key: fs.readFileSync(files.key),
        ca: pemBlocks(files.ca, 'CERTIFICATE'),
        crl: pemBlocks(files.crl, 'X509 CRL'),
        requestCert: true,
        rejectUnauthorized: true,
        minVersion: 'TLSv1.2',
    };
}

// The verified client: its subject as nginx and Apache write it (RFC 2253, most specific first),
// serial number, subject fields and the fingerprint of the CA that issued it.
function clientOf(socket) {
    const peer = socket.getPeerCertificate(true);
    if (!peer || !peer.raw) {
        return null;
    }
    const lines = new crypto.X509Certificate(peer.raw).subject.split('\n');
    return {
        dn: lines.reverse().join(',').replace(/ \+ /g, '+'),
        serial: String(peer.serialNumber).toUpperCase(),
        subject: peer.subject,
        issuerFingerprint: peer.issuerCertificate ? peer.issuerCertificate.fingerprint256 : null,
    };
}

function admitted(client) {
    if (!client || !admittedIssuers.has(client.issuerFingerprint)) {
        return false;
    }
    return subjectRules.every((rule) => {
        const value = client.subject[rule.attribute];
        return (Array.isArray(value) ? value : [value]).some((v) => rule.values.includes(v));
    });
}

// The application. req.client is the verified client ({dn, serial, subject}); by default the request
// goes on to the backend with the headers that the nginx, Apache and HAProxy configurations send.
function handle(req, res) {
    const transport = backend.protocol === 'https:' ? https : http;
    const forwarded = transport.request({
        hostname: backend.hostname,
        port: backend.port || (backend.protocol === 'https:' ? 443 : 80),
        path: req.url,
        method: req.method,
        rejectUnauthorized: false,
        headers: {
            ...req.headers,
            'x-ssl-client-verify': 'SUCCESS',
            'x-ssl-client-dn': req.client.dn,
            'x-ssl-client-serial': req.client.serial,
        },
    }, (answer) => {
        res.writeHead(answer.statusCode, answer.headers);
        answer.pipe(res);
    });
    forwarded.on('error', () => {
        res.writeHead(502, { 'content-type': 'text/plain' });
        res.end('502 Bad Gateway\n');
    });
    req.pipe(forwarded);
}

const server = https.createServer(tlsOptions(), (req, res) => {
    const client = clientOf(req.socket);
    if (!admitted(client)) {
        res.writeHead(403, { 'content-type': 'text/plain' });
        res.end('403 Forbidden: this client certificate is not admitted here\n');
        return;
    }
    req.client = client;
    handle(req, res);
});

// A new CRL (signet-cli crl ...) takes effect without a restart; a broken file keeps the old one.
function reload() {
    try {
        server.setSecureContext(tlsOptions());
        console.log('signet: CA and CRL files read again');
    } catch (error) {
        console.error(`signet: keeping the previous CA and CRL files: ${error.message}`);
    }
}
for (const file of [files.crl, files.ca]) {
    fs.watchFile(file, { interval: 1000 }, (now, before) => {
        if (now.mtimeMs !== before.mtimeMs || now.ino !== before.ino) {
            reload();
        }
    });
}

server.listen(port, () => console.log(`signet: mutual TLS on port ${port}`));
)JS";
} // namespace

QString renderNodeServer(const ServerConfigSpec& s, const QString& header)
{
    QString issuers;
    for (const AdmittedCa& ca : s.admitted) {
        issuers += QStringLiteral("    %1, // %2\n").arg(ConfigSyntax::jsString(ca.sha256), ConfigSyntax::commentText(ca.name));
    }
    QString rules;
    for (const SubjectRule& rule : s.rules) {
        QStringList values;
        for (const QString& value : rule.values) {
            values << ConfigSyntax::jsString(value);
        }
        rules += QStringLiteral("    { attribute: %1, values: [%2] },\n")
                     .arg(ConfigSyntax::jsString(rule.attribute), values.join(QStringLiteral(", ")));
    }
    return fillTemplate(QString::fromUtf8(kServerJs),
                        {{QStringLiteral("HEADER"), header},
                         {QStringLiteral("CERT"), ConfigSyntax::jsString(s.certFile)},
                         {QStringLiteral("KEY"), ConfigSyntax::jsString(s.keyFile)},
                         {QStringLiteral("CA"), ConfigSyntax::jsString(s.clientCaFile)},
                         {QStringLiteral("CRL"), ConfigSyntax::jsString(s.crlFile)},
                         {QStringLiteral("PORT"), QString::number(s.port)},
                         {QStringLiteral("BACKEND"), ConfigSyntax::jsString(s.backend.toString())},
                         {QStringLiteral("ISSUERS"), issuers},
                         {QStringLiteral("RULES"), rules}});
}

} // namespace signet
