#include "store/Schema.h"

namespace signet {

namespace {
// What the text filter searches in one row of `certificates` (`row`: new, old or the table). The
// CN is left out where it repeats the name: the search table holds each piece once per row anyway.
QString searchTerms(const QString& row)
{
    return QStringLiteral("%1.name || CASE WHEN %1.subject_cn = %1.name THEN '' ELSE char(10) || %1.subject_cn END"
                          " || char(10) || %1.sans || char(10) || %1.serial")
        .arg(row);
}
// Which count a row of `certificates` (`row`: new, old or the table) is in: 0 present and valid
// (neither revoked nor superseded), 1 present and revoked, NULL for none. As CountedState has it.
QString countedState(const QString& row)
{
    return QStringLiteral("(CASE WHEN %1.removed_at IS NOT NULL THEN NULL WHEN %1.status = 'revoked' THEN 1"
                          " WHEN %1.superseded_by IS NULL THEN 0 END)")
        .arg(row);
}

// Adds one to the count of the row `new` when it is counted.
QString countIncrement()
{
    return QStringLiteral("INSERT INTO certificate_counts(state, hour, n) SELECT %1, new.not_after / %2, 1"
                          " WHERE %1 IS NOT NULL ON CONFLICT(state, hour) DO UPDATE SET n = n + 1")
        .arg(countedState(QStringLiteral("new")))
        .arg(kCountBucketSeconds);
}

QString countDecrement()
{
    return QStringLiteral("UPDATE certificate_counts SET n = n - 1 WHERE state = %1 AND hour = old.not_after / %2")
        .arg(countedState(QStringLiteral("old")))
        .arg(kCountBucketSeconds);
}
} // namespace

const QStringList& statusCountAdd()
{
    static const QStringList statements{
        QStringLiteral("INSERT INTO certificate_counts(state, hour, n) VALUES (?, ?, 0) ON CONFLICT(state, hour) DO NOTHING"),
        QStringLiteral("UPDATE certificate_counts SET n = n + 1 WHERE state = ? AND hour = ?")};
    return statements;
}

QString statusCountsOfRows()
{
    return QStringLiteral("SELECT state, hour, count(*) AS n FROM (SELECT %1 AS state, not_after / %2 AS hour"
                          " FROM certificates) AS counted WHERE state IS NOT NULL GROUP BY state, hour")
        .arg(countedState(QStringLiteral("certificates")))
        .arg(kCountBucketSeconds);
}

QString searchIndexInsert()
{
    return QStringLiteral("INSERT INTO certificate_search(rowid, terms) VALUES (?, (SELECT %1 FROM certificates WHERE id = ?))")
        .arg(searchTerms(QStringLiteral("certificates")));
}

QString searchIndexRebuild()
{
    return QStringLiteral("INSERT INTO certificate_search(rowid, terms) SELECT id, %1 FROM certificates")
        .arg(searchTerms(QStringLiteral("certificates")));
}

const QList<QStringList>& schemaMigrations()
{
    static const QList<QStringList> migrations = {
        {
            QStringLiteral("CREATE TABLE meta ("
                           " key TEXT PRIMARY KEY,"
                           " value BLOB NOT NULL)"),
            QStringLiteral("CREATE TABLE keys ("
                           " id INTEGER PRIMARY KEY,"
                           " algorithm TEXT NOT NULL,"
                           " public_key BLOB NOT NULL,"
                           " sealed BLOB NOT NULL,"
                           " created_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX keys_public_key ON keys(public_key)"),
            QStringLiteral("CREATE TABLE certificates ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                           " issuer_id INTEGER REFERENCES certificates(id) ON DELETE RESTRICT,"
                           " key_id INTEGER REFERENCES keys(id) ON DELETE RESTRICT,"
                           " serial TEXT NOT NULL,"
                           " subject TEXT NOT NULL,"
                           " subject_cn TEXT NOT NULL,"
                           " issuer_dn TEXT NOT NULL,"
                           " sans TEXT NOT NULL DEFAULT '',"
                           " not_before INTEGER NOT NULL,"
                           " not_after INTEGER NOT NULL,"
                           " is_ca INTEGER NOT NULL,"
                           " profile TEXT NOT NULL,"
                           " status TEXT NOT NULL DEFAULT 'valid' CHECK (status IN ('valid', 'revoked')),"
                           " revoked_at INTEGER,"
                           " revocation_reason INTEGER,"
                           " crl_url TEXT NOT NULL DEFAULT '',"
                           " sha256 TEXT NOT NULL UNIQUE,"
                           " der BLOB NOT NULL,"
                           " created_at INTEGER NOT NULL,"
                           " UNIQUE (issuer_id, serial))"),
            QStringLiteral("CREATE INDEX certificates_issuer ON certificates(issuer_id, name)"),
            QStringLiteral("CREATE INDEX certificates_not_after ON certificates(not_after)"),
            QStringLiteral("CREATE INDEX certificates_cn ON certificates(subject_cn)"),
            QStringLiteral("CREATE INDEX certificates_serial ON certificates(serial)"),
            QStringLiteral("CREATE INDEX certificates_status ON certificates(status, not_after)"),
            QStringLiteral("CREATE TABLE crls ("
                           " id INTEGER PRIMARY KEY,"
                           " ca_id INTEGER NOT NULL UNIQUE REFERENCES certificates(id) ON DELETE CASCADE,"
                           " crl_number INTEGER NOT NULL,"
                           " this_update INTEGER NOT NULL,"
                           " next_update INTEGER NOT NULL,"
                           " der BLOB NOT NULL)"),
            QStringLiteral("CREATE TABLE audit_log ("
                           " id INTEGER PRIMARY KEY,"
                           " at INTEGER NOT NULL,"
                           " action TEXT NOT NULL,"
                           " target TEXT NOT NULL,"
                           " details TEXT NOT NULL,"
                           " prev_hash BLOB NOT NULL,"
                           " hash BLOB NOT NULL)"),
            QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
                           " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
            QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
                           " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
        },
        {
            // Lists order by (is_ca DESC, name): an index in that order lets each page of a CA with
            // a hundred thousand certificates come straight from the index instead of a sort.
            QStringLiteral("DROP INDEX certificates_issuer"),
            QStringLiteral("CREATE INDEX certificates_tree ON certificates(issuer_id, is_ca DESC, name COLLATE NOCASE)"),
        },
        {
            // CAs: where the CA's own certificate can be fetched (Authority Information Access,
            // caIssuers); written into what the CA issues, like crl_url.
            QStringLiteral("ALTER TABLE certificates ADD COLUMN aia_url TEXT NOT NULL DEFAULT ''"),
            // Every folder a server configuration or deployment kit was written to: publishing a CRL
            // refreshes the CRL file of each deployment whose client CAs it covers.
            QStringLiteral("CREATE TABLE deployments ("
                           " id INTEGER PRIMARY KEY,"
                           " kind TEXT NOT NULL,"
                           " directory TEXT NOT NULL,"
                           " server_id INTEGER NOT NULL REFERENCES certificates(id) ON DELETE CASCADE,"
                           " client_ca_id INTEGER NOT NULL REFERENCES certificates(id) ON DELETE CASCADE,"
                           " crl_file TEXT NOT NULL,"
                           " created_at INTEGER NOT NULL,"
                           " updated_at INTEGER NOT NULL,"
                           " UNIQUE (directory, kind))"),
            QStringLiteral("CREATE INDEX deployments_client_ca ON deployments(client_ca_id)"),
            // How many revocations a CRL lists (revocations are never undone): the revocations
            // newer than a CA's CRL are those beyond this count.
            QStringLiteral("ALTER TABLE crls ADD COLUMN revoked_count INTEGER"),
        },
        {
            // Row authentication: an HMAC over each row's content and id, under a key derived from
            // the master key (store/RowAuthenticator). Sealing rows needs the password, so the
            // first unlock after this migration fills them in (store/WorkspaceSeal).
            QStringLiteral("ALTER TABLE certificates ADD COLUMN mac BLOB"),
            QStringLiteral("ALTER TABLE keys ADD COLUMN mac BLOB"),
            QStringLiteral("ALTER TABLE crls ADD COLUMN mac BLOB"),
            QStringLiteral("ALTER TABLE deployments ADD COLUMN mac BLOB"),
            // Kept in the CA's own authenticated row: a CRL number only grows even when the crls row
            // is deleted, and a revocation set back to valid no longer matches the CA's count.
            QStringLiteral("ALTER TABLE certificates ADD COLUMN last_crl_number INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE certificates ADD COLUMN revocations INTEGER NOT NULL DEFAULT 0"),
        },
        {
            // The lifecycle of a certificate. A renewal points back to what it renews and is pointed
            // to by it (the older one is superseded); a removed certificate leaves lists and the tree
            // but stays for CRLs, the audit log and a restore; a released certificateHold is listed
            // once more, as removeFromCRL, on the CA's next CRL.
            QStringLiteral("ALTER TABLE certificates ADD COLUMN renewed_from INTEGER REFERENCES certificates(id)"),
            QStringLiteral("ALTER TABLE certificates ADD COLUMN superseded_by INTEGER REFERENCES certificates(id)"),
            QStringLiteral("ALTER TABLE certificates ADD COLUMN removed_at INTEGER"),
            QStringLiteral("ALTER TABLE certificates ADD COLUMN released_at INTEGER"),
            QStringLiteral("CREATE INDEX certificates_renewed_from ON certificates(renewed_from)"),
            // Who did it: the account that made the entry (empty for entries made before).
            QStringLiteral("ALTER TABLE audit_log ADD COLUMN actor TEXT"),
            // Named issuance templates (a JSON body; the shipped ones live in code, not here) and the
            // subject defaults of the workspace (ca_id 0) and of each CA.
            QStringLiteral("CREATE TABLE templates ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                           " body TEXT NOT NULL,"
                           " created_at INTEGER NOT NULL,"
                           " mac BLOB)"),
            QStringLiteral("CREATE TABLE defaults ("
                           " ca_id INTEGER PRIMARY KEY,"
                           " body TEXT NOT NULL,"
                           " mac BLOB)"),
            // Certificate signing requests made here for an outside CA: the key waits in the vault
            // until the signed certificate is imported and takes the request's name.
            QStringLiteral("CREATE TABLE requests ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                           " key_id INTEGER NOT NULL REFERENCES keys(id) ON DELETE RESTRICT,"
                           " subject TEXT NOT NULL,"
                           " is_ca INTEGER NOT NULL,"
                           " der BLOB NOT NULL,"
                           " created_at INTEGER NOT NULL,"
                           " certificate_id INTEGER REFERENCES certificates(id),"
                           " mac BLOB)"),
        },
        {
            // Lists page by key in their order (CAs first, then by name, then id): this index lets
            // every page start where the last one ended instead of counting rows from the start.
            QStringLiteral("CREATE INDEX certificates_list ON certificates(is_ca DESC, name COLLATE NOCASE)"),
        },
        {
            // What a CA's CRL lists: its revoked certificates and released holds. Only those rows are
            // in this index, in the table's order, so a CRL reads them in one sweep however many
            // certificates the CA issued.
            QStringLiteral("CREATE INDEX certificates_revoked ON certificates(issuer_id)"
                           " WHERE status = 'revoked' OR released_at IS NOT NULL"),
        },
        {
            // Import at a million certificates. A private key finds its certificate by the hash of
            // the public key (filled in for older rows by the next import that needs it; outside
            // the MAC, so a match is always checked against the certificate itself); a certificate
            // finds the CA that may have signed it by subject, and a CA the certificates imported
            // before it that name it as their issuer.
            QStringLiteral("ALTER TABLE certificates ADD COLUMN spki_sha256 BLOB"),
            QStringLiteral("CREATE INDEX certificates_spki ON certificates(spki_sha256)"),
            QStringLiteral("CREATE INDEX certificates_ca_subject ON certificates(subject) WHERE is_ca = 1"),
            QStringLiteral("CREATE INDEX certificates_orphans ON certificates(issuer_dn) WHERE issuer_id IS NULL"),
        },
        {
            // Filters at a million certificates: each status has an index in list order, so a page
            // of "revoked" or "valid" is a walk of that index from the page key, and a status that
            // matches few rows is found by expiry instead (store/CertificateFilterSql decides).
            QStringLiteral("CREATE INDEX IF NOT EXISTS certificates_live_list ON certificates(is_ca DESC, name COLLATE NOCASE, id,"
                           " not_after) WHERE status = 'valid' AND superseded_by IS NULL AND removed_at IS NULL"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS certificates_live_expiry ON certificates(not_after)"
                           " WHERE status = 'valid' AND superseded_by IS NULL AND removed_at IS NULL"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS certificates_revoked_list ON certificates(is_ca DESC, name COLLATE NOCASE)"
                           " WHERE status = 'revoked' AND removed_at IS NULL"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS certificates_superseded_list ON certificates(is_ca DESC, name COLLATE NOCASE)"
                           " WHERE status = 'valid' AND superseded_by IS NOT NULL AND removed_at IS NULL"),
            // What is removed (few rows): lists and status reports leave it out by id without
            // reading the whole table to find it.
            QStringLiteral("CREATE INDEX IF NOT EXISTS certificates_removed ON certificates(removed_at) WHERE removed_at IS NOT NULL"),
            // The text filter: every three-character piece of each certificate's name, CN, SANs and
            // serial, pointing at its row. Only an index: what is shown is read from `certificates`
            // and checked there, so this table needs no MAC. Kept by triggers; filled here once.
            QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS certificate_search USING fts5(terms, content='', detail=none,"
                           " tokenize='trigram')"),
            QStringLiteral("CREATE TRIGGER IF NOT EXISTS certificate_search_insert AFTER INSERT ON certificates BEGIN"
                           " INSERT INTO certificate_search(rowid, terms) VALUES (new.id, %1); END")
                .arg(searchTerms(QStringLiteral("new"))),
            QStringLiteral("CREATE TRIGGER IF NOT EXISTS certificate_search_delete AFTER DELETE ON certificates BEGIN"
                           " INSERT INTO certificate_search(certificate_search, rowid, terms) VALUES ('delete', old.id, %1);"
                           " END")
                .arg(searchTerms(QStringLiteral("old"))),
            QStringLiteral("CREATE TRIGGER IF NOT EXISTS certificate_search_update AFTER UPDATE OF name, subject_cn, sans, serial"
                           " ON certificates WHEN old.name IS NOT new.name OR old.subject_cn IS NOT new.subject_cn"
                           " OR old.sans IS NOT new.sans OR old.serial IS NOT new.serial BEGIN"
                           " INSERT INTO certificate_search(certificate_search, rowid, terms) VALUES ('delete', old.id, %1);"
                           " INSERT INTO certificate_search(rowid, terms) VALUES (new.id, %2); END")
                .arg(searchTerms(QStringLiteral("old")), searchTerms(QStringLiteral("new"))),
            // Each statement may run again on a workspace whose version was set back: the table is
            // emptied before it is filled.
            QStringLiteral("INSERT INTO certificate_search(certificate_search) VALUES ('delete-all')"),
            QStringLiteral("INSERT INTO certificate_search(rowid, terms) SELECT id, %1 FROM certificates")
                .arg(searchTerms(QStringLiteral("certificates"))),
        },
        {
            // An insert that fires a trigger runs as a statement of its own inside the transaction,
            // and the search table writes its pending terms out at the end of each such statement:
            // a segment per certificate, merged over and over. The repositories add the terms with
            // a plain insert instead (searchIndexInsert), which the table gathers until commit.
            QStringLiteral("DROP TRIGGER IF EXISTS certificate_search_insert"),
        },
        {
            // A CRL reads only what it lists. Each revoked row (and released hold) carries a second
            // MAC over just its revocation (CertificateRepository::encodeRevocation), and this
            // index holds those columns: a CRL is one walk of a small index in serial order instead
            // of a read of every listed row with its DER. Rows revoked before this get their
            // revocation MAC from the next CRL, which checks them by their whole-row MAC first.
            QStringLiteral("ALTER TABLE certificates ADD COLUMN revocation_mac BLOB"),
            QStringLiteral("DROP INDEX IF EXISTS certificates_revoked"),
            QStringLiteral("CREATE INDEX certificates_crl ON certificates(issuer_id, serial, status, revoked_at,"
                           " revocation_reason, released_at, revocation_mac)"
                           " WHERE status = 'revoked' OR released_at IS NOT NULL"),
        },
        {
            // The status report at a million certificates: it sums a few thousand hourly counts
            // instead of counting a million index entries, which a cold cache reads from disk.
            // Only an index of what `certificates` says: 'verify' compares it with the table.
            QStringLiteral("CREATE TABLE IF NOT EXISTS certificate_counts (state INTEGER NOT NULL, hour INTEGER NOT NULL,"
                           " n INTEGER NOT NULL, PRIMARY KEY (state, hour)) WITHOUT ROWID"),
            QStringLiteral("CREATE TRIGGER IF NOT EXISTS certificate_counts_update AFTER UPDATE OF status, superseded_by,"
                           " removed_at, not_after ON certificates WHEN %1 IS NOT %2"
                           " OR old.not_after / %3 IS NOT new.not_after / %3 BEGIN %4; %5; END")
                .arg(countedState(QStringLiteral("old")), countedState(QStringLiteral("new")))
                .arg(kCountBucketSeconds)
                .arg(countDecrement(), countIncrement()),
            QStringLiteral("CREATE TRIGGER IF NOT EXISTS certificate_counts_delete AFTER DELETE ON certificates BEGIN %1; END")
                .arg(countDecrement()),
            QStringLiteral("DELETE FROM certificate_counts"),
            QStringLiteral("INSERT INTO certificate_counts(state, hour, n) ") + statusCountsOfRows(),
        },
        {
            // Every insert writes each index: those no query reads any more go. Filters and counts by
            // expiry and status use the status indexes (migration 9) and the counts; the text
            // filter the search table; revocations per CA the CRL index. Only renewals fill
            // renewed_from, so its index holds only those.
            QStringLiteral("DROP INDEX IF EXISTS certificates_not_after"),
            QStringLiteral("DROP INDEX IF EXISTS certificates_cn"),
            QStringLiteral("DROP INDEX IF EXISTS certificates_status"),
            QStringLiteral("DROP INDEX IF EXISTS certificates_renewed_from"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS certificates_renewed ON certificates(renewed_from)"
                           " WHERE renewed_from IS NOT NULL"),
        },
        {
            // PostgreSQL's constraints between certificates become deferrable (store/PostgresSchema);
            // SQLite defers any foreign key on request (PRAGMA defer_foreign_keys).
        },
        {
            // Members, each with a password of their own (store/MemberRepository): their row holds the
            // workspace key and their X25519 private key sealed under that password, and their public
            // key, to which CA keys are shared. A CA's private key is sealed under a key of its own,
            // wrapped for each member it is shared with (key_shares).
            QStringLiteral("CREATE TABLE IF NOT EXISTS members ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                           " public_key BLOB NOT NULL,"
                           " scrypt_n INTEGER NOT NULL,"
                           " scrypt_r INTEGER NOT NULL,"
                           " scrypt_p INTEGER NOT NULL,"
                           " salt BLOB NOT NULL,"
                           " sealed BLOB NOT NULL,"
                           " created_at INTEGER NOT NULL,"
                           " mac BLOB)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS key_shares ("
                           " key_id INTEGER NOT NULL REFERENCES keys(id) ON DELETE CASCADE,"
                           " member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,"
                           " wrapped BLOB NOT NULL,"
                           " mac BLOB,"
                           " PRIMARY KEY (key_id, member_id))"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS key_shares_member ON key_shares(member_id)"),
        },
    };
    return migrations;
}

} // namespace signet
