<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../core/store/AuditLog.cpp" line="+54"/>
        <source>the audit log was altered outside Signet: %1</source>
        <translation>das Prüfprotokoll wurde außerhalb von Signet verändert: %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>its authenticated head is missing</source>
        <translation>sein authentifizierter Kopf fehlt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its authenticated head does not verify</source>
        <translation>sein authentifizierter Kopf lässt sich nicht bestätigen</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>its entries were removed</source>
        <translation>seine Einträge wurden entfernt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its last entries were removed or changed</source>
        <translation>seine letzten Einträge wurden entfernt oder geändert</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>entries %1 to %2 are missing</source>
        <translation>die Einträge %1 bis %2 fehlen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>entry %1 was changed</source>
        <translation>Eintrag %1 wurde geändert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>all %1 entries were removed</source>
        <translation>alle %1 Einträge wurden entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entries %1 to %2 were removed from its end</source>
        <translation>die Einträge %1 bis %2 wurden an seinem Ende entfernt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it does not end at its authenticated head (entry %1)</source>
        <translation>es endet nicht an seinem authentifizierten Kopf (Eintrag %1)</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <location filename="../core/BackupService.cpp" line="+42"/>
        <location line="+4"/>
        <source>cannot write in %1</source>
        <translation>in %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>cannot sync %1</source>
        <translation>%1 lässt sich nicht auf die Platte schreiben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a backup cannot replace the workspace it copies</source>
        <translation>eine Sicherung kann nicht den Arbeitsbereich ersetzen, den sie kopiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a workspace in use (it has a %2 file)</source>
        <translation>%1 ist ein Arbeitsbereich, der gerade verwendet wird (er hat eine %2-Datei)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the copy does not open: %1</source>
        <translation>die Kopie lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the copy does not verify: %1</source>
        <translation>die Kopie besteht die Prüfung nicht: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+121"/>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>it is not a Signet workspace (it has no key vault)</source>
        <translation>die Datei ist kein Signet-Arbeitsbereich (sie hat keinen Schlüsseltresor)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 is not a backup file</source>
        <translation>%1 ist keine Sicherungsdatei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a backup cannot be restored over itself</source>
        <translation>eine Sicherung kann nicht über sich selbst wiederhergestellt werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 exists already and would be replaced</source>
        <translation>%1 existiert bereits und würde ersetzt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the backup does not open: %1</source>
        <translation>die Sicherung lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the backup does not verify: %1</source>
        <translation>die Sicherung besteht die Prüfung nicht: %1</translation>
    </message>
</context>
<context>
    <name>BatchIssuanceService</name>
    <message>
        <location filename="../core/BatchIssuanceService.cpp" line="+114"/>
        <source>%1; issue it anyway with force</source>
        <translation>%1; mit Erzwingen trotzdem ausstellen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>not stored: the list was cancelled, and it is all or nothing</source>
        <translation>nicht gespeichert: die Liste wurde abgebrochen, und sie gilt ganz oder gar nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not stored: another line failed, and the list is all or nothing</source>
        <translation>nicht gespeichert: eine andere Zeile ist fehlgeschlagen, und die Liste gilt ganz oder gar nicht</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>not tried: the list was cancelled</source>
        <translation>nicht versucht: die Liste wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>not issued: a line of the list cannot be read, and it is all or nothing</source>
        <translation>nicht ausgestellt: eine Zeile der Liste ist nicht lesbar, und die Liste gilt ganz oder gar nicht</translation>
    </message>
</context>
<context>
    <name>BoundedFile</name>
    <message>
        <location filename="../core/import/BoundedFile.cpp" line="+31"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>cannot read %1: it is not a regular file or a pipe</source>
        <translation>%1 kann nicht gelesen werden: keine reguläre Datei und keine Pipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read %1: it is not a regular file</source>
        <translation>%1 kann nicht gelesen werden: keine reguläre Datei</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+12"/>
        <location line="+68"/>
        <location line="+13"/>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>%1 is larger than %2, more than this kind of file can hold</source>
        <translation>%1 ist größer als %2, mehr als eine solche Datei enthalten kann</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the first line of %1 is longer than %2</source>
        <translation>die erste Zeile von %1 ist länger als %2</translation>
    </message>
</context>
<context>
    <name>CaExportService</name>
    <message>
        <location filename="../core/CaExportService.cpp" line="+32"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot make %1 private</source>
        <translation>der Zugriff auf %1 kann nicht auf den Eigentümer beschränkt werden</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>the CA&apos;s key is never written without a password</source>
        <translation>der Schlüssel der CA wird nie ohne Passwort geschrieben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is not a CA</source>
        <translation>„%1“ ist keine CA</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not empty: an exported CA goes into a new or empty folder</source>
        <translation>%1 ist nicht leer: eine exportierte CA kommt in einen neuen oder leeren Ordner</translation>
    </message>
</context>
<context>
    <name>CaFolder</name>
    <message>
        <location filename="../core/import/CaFolder.cpp" line="+54"/>
        <source>the folder holds more than %L1 files</source>
        <translation>der Ordner enthält mehr als %L1 Dateien</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1: the default CA &apos;%2&apos; has no section</source>
        <translation>%1: die Standard-CA „%2“ hat keinen Abschnitt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 = %2: no such file in the folder</source>
        <translation>%1 = %2: diese Datei gibt es im Ordner nicht</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 holds no CA certificate where an openssl ca folder or an EasyRSA pki keeps it</source>
        <translation>%1 enthält kein CA-Zertifikat an der Stelle, an der ein Ordner von openssl ca oder eine EasyRSA-PKI es ablegt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no index.txt: no revocations to bring along but those of the CRL files</source>
        <translation>keine index.txt: außer denen aus den Sperrlisten-Dateien gibt es keine Widerrufe zu übernehmen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 does not hold a CRL number in hexadecimal</source>
        <translation>%1 enthält keine hexadezimale CRL-Nummer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>EasyRSA 3 pki</source>
        <translation>EasyRSA-3-PKI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>openssl ca folder</source>
        <translation>Ordner von openssl ca</translation>
    </message>
</context>
<context>
    <name>CaImportService</name>
    <message>
        <location filename="../core/CaImportService.cpp" line="+24"/>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the import was cancelled</source>
        <translation>der Import wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/FolderCaImport.cpp" line="+78"/>
        <source>%1: not a CRL of this CA</source>
        <translation>%1: keine Sperrliste dieser CA</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: a request waiting to be signed, without its key in the folder: sign the file with CA &apos;%2&apos;</source>
        <translation>%1: eine Anforderung, die auf ihre Signatur wartet, ohne ihren Schlüssel im Ordner: signieren Sie die Datei mit der CA „%2“</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: a request waiting to be signed, not kept: %2</source>
        <translation>%1: eine Anforderung, die auf ihre Signatur wartet, nicht übernommen: %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 is not a CA certificate</source>
        <translation>%1 ist kein CA-Zertifikat</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the CA certificate was not stored</source>
        <translation>das CA-Zertifikat wurde nicht gespeichert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the CA&apos;s private key is not in the folder: Signet can show and deploy what it issued, but not sign for it</source>
        <translation>der private Schlüssel der CA ist nicht im Ordner: Signet kann anzeigen und bereitstellen, was sie ausgestellt hat, aber nicht für sie signieren</translation>
    </message>
    <message>
        <location filename="../core/ImportedRevocations.cpp" line="+41"/>
        <source>%1 (serial %2): %3, %4</source>
        <translation>%1 (Seriennummer %2): %3, %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>serial %1 (%2) is revoked, but its certificate was not brought along: Signet&apos;s CRLs cannot list it</source>
        <translation>die Seriennummer %1 (%2) ist widerrufen, aber ihr Zertifikat wurde nicht übernommen: die Sperrlisten von Signet können sie nicht führen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>subject unknown</source>
        <translation>Antragsteller unbekannt</translation>
    </message>
    <message>
        <location filename="../core/XcaCaImport.cpp" line="+73"/>
        <source>XCA certificate &apos;%1&apos;: %2</source>
        <translation>XCA-Zertifikat „%1“: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>XCA key &apos;%1&apos;: %2</source>
        <translation>XCA-Schlüssel „%1“: %2</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>XCA request &apos;%1&apos;: not kept: %2</source>
        <translation>XCA-Anforderung „%1“: nicht übernommen: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a CA template; Signet&apos;s templates are for servers and clients</source>
        <translation>eine Vorlage für CAs; die Vorlagen von Signet sind für Server und Clients</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>neither for servers nor for clients (no serverAuth or clientAuth)</source>
        <translation>weder für Server noch für Clients (kein serverAuth oder clientAuth)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>a template of that name is here already</source>
        <translation>eine Vorlage dieses Namens gibt es hier bereits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>XCA template &apos;%1&apos;: not brought along: %2</source>
        <translation>XCA-Vorlage „%1“: nicht übernommen: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>XCA request &apos;%1&apos;: waiting to be signed, without its key in the database: export it from XCA and sign the file here</source>
        <translation>XCA-Anforderung „%1“: wartet auf ihre Signatur, ohne ihren Schlüssel in der Datenbank: exportieren Sie sie aus XCA und signieren Sie die Datei hier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>XCA key %1</source>
        <translation>XCA-Schlüssel %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is neither a CA&apos;s folder nor an XCA database</source>
        <translation>%1 ist weder der Ordner einer CA noch eine XCA-Datenbank</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is an XCA database, protected by its password: give the password to import it</source>
        <translation>%1 ist eine passwortgeschützte XCA-Datenbank: geben Sie das Passwort an, um sie zu importieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>XCA database</source>
        <translation>XCA-Datenbank</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 holds no CA certificate</source>
        <translation>%1 enthält kein CA-Zertifikat</translation>
    </message>
</context>
<context>
    <name>CaIndex</name>
    <message>
        <location filename="../core/import/CaIndex.cpp" line="+86"/>
        <source>the revocation time is not a time</source>
        <translation>der Widerrufszeitpunkt ist keine Zeitangabe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the revocation reason is not one that openssl ca writes</source>
        <translation>der Widerrufsgrund ist keiner, den openssl ca schreibt</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 fields where an index line has 6</source>
        <translation>%1 Felder, wo eine Indexzeile 6 hat</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the state is neither V, R nor E</source>
        <translation>der Status ist weder V noch R noch E</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the expiry is not a time</source>
        <translation>das Ablaufdatum ist keine Zeitangabe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the serial number is not hexadecimal</source>
        <translation>die Seriennummer ist nicht hexadezimal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a certificate that is not revoked has a revocation time</source>
        <translation>ein nicht widerrufenes Zertifikat hat einen Widerrufszeitpunkt</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+11"/>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1 is larger than %2</source>
        <translation>%1 ist größer als %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, line %2: longer than %3</source>
        <translation>%1, Zeile %2: länger als %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <location filename="../core/crypto/Certificate.cpp" line="+40"/>
        <location line="+17"/>
        <source>not an X.509 certificate</source>
        <translation>kein X.509-Zertifikat</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+26"/>
        <source>no PEM certificate found</source>
        <translation>kein PEM-Zertifikat gefunden</translation>
    </message>
</context>
<context>
    <name>CertificateIssuer</name>
    <message>
        <location filename="../core/pki/CertificateIssuer.cpp" line="+27"/>
        <location line="+58"/>
        <source>could not build the %1 extension from &apos;%2&apos;</source>
        <translation>die Erweiterung %1 konnte nicht aus „%2“ erstellt werden</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>could not add the %1 extension</source>
        <translation>die Erweiterung %1 konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>the certificate needs a subject</source>
        <translation>das Zertifikat braucht einen Antragsteller</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the subject&apos;s %1 value contains control characters (such as a line break or a terminal escape); remove them</source>
        <translation>der %1-Wert des Subjekts enthält Steuerzeichen (etwa einen Zeilenumbruch oder eine Terminal-Escape-Sequenz); entfernen Sie sie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>validity must be between 1 and 36500 days, not %1</source>
        <translation>die Gültigkeit muss zwischen 1 und 36500 Tagen liegen, nicht %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not a valid DNS name</source>
        <translation>„%1“ ist kein gültiger DNS-Name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not a valid IP address</source>
        <translation>„%1“ ist keine gültige IP-Adresse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not a valid e-mail address</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the path length must be 0 or more</source>
        <translation>die Pfadlänge muss 0 oder größer sein</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no key to issue with</source>
        <translation>kein Schlüssel zum Ausstellen vorhanden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the signing key does not belong to the issuing certificate</source>
        <translation>der signierende Schlüssel gehört nicht zum ausstellenden Zertifikat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>out of memory</source>
        <translation>nicht genügend Arbeitsspeicher</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>could not fill in the certificate</source>
        <translation>die Felder des Zertifikats konnten nicht gesetzt werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>could not set the issuer name</source>
        <translation>der Ausstellername konnte nicht gesetzt werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the certificate would outlive its issuing CA, which expires on %1; choose at most %2 days</source>
        <translation>das Zertifikat wäre länger gültig als seine ausstellende CA, die am %1 abläuft; wählen Sie höchstens %2 Tage</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>could not copy the requested subject alternative names</source>
        <translation>die angeforderten alternativen Antragstellernamen konnten nicht übernommen werden</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>could not sign the certificate</source>
        <translation>das Zertifikat konnte nicht signiert werden</translation>
    </message>
</context>
<context>
    <name>CertificateRepository</name>
    <message>
        <location filename="../core/store/CertificateRepository.cpp" line="+110"/>
        <source>the certificate &apos;%1&apos; does not match its fingerprint</source>
        <translation>das Zertifikat „%1“ passt nicht zu seinem Fingerabdruck</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the name &apos;%1&apos; is already taken</source>
        <translation>der Name „%1“ ist bereits vergeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this certificate is already in the workspace</source>
        <translation>dieses Zertifikat ist bereits im Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>serial %1 was already used by this CA</source>
        <translation>die Seriennummer %1 wurde von dieser CA bereits verwendet</translation>
    </message>
    <message>
        <location filename="../core/store/CertificateCrlEntries.cpp" line="+84"/>
        <location filename="../core/store/CertificateRepository.cpp" line="-81"/>
        <source>the certificate &apos;%1&apos; was changed outside Signet</source>
        <translation>das Zertifikat „%1“ wurde außerhalb von Signet geändert</translation>
    </message>
    <message>
        <location filename="../core/store/CertificateRepository.cpp" line="+152"/>
        <source>no certificate with id %1</source>
        <translation>kein Zertifikat mit der ID %1</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>&apos;%1&apos; was already revoked on %2</source>
        <translation>„%1“ wurde bereits am %2 widerrufen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&apos;%1&apos; is not on hold</source>
        <translation>„%1“ ist nicht vorübergehend gesperrt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the revocations of CA &apos;%1&apos; were changed outside Signet</source>
        <translation>die Widerrufe der CA „%1“ wurden außerhalb von Signet verändert</translation>
    </message>
    <message>
        <location filename="../core/store/CertificateCrlEntries.cpp" line="+11"/>
        <source>the revocations of CA &apos;%1&apos; were changed outside Signet: it revoked %2 certificates, the workspace lists %3</source>
        <translation>die Widerrufe der CA „%1“ wurden außerhalb von Signet geändert: sie hat %2 Zertifikate widerrufen, der Arbeitsbereich führt %3</translation>
    </message>
</context>
<context>
    <name>CertificateRequest</name>
    <message>
        <location filename="../core/crypto/CertificateRequest.cpp" line="+51"/>
        <location line="+31"/>
        <source>out of memory</source>
        <translation>nicht genügend Arbeitsspeicher</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>&apos;%1&apos; cannot be put into the request</source>
        <translation>„%1“ kann nicht in die Anforderung aufgenommen werden</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>could not build the %1 extension</source>
        <translation>die Erweiterung %1 konnte nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>could not build the subject alternative names</source>
        <translation>die alternativen Antragstellernamen konnten nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>could not add the requested extensions</source>
        <translation>die angeforderten Erweiterungen konnten nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>not a certificate signing request (PKCS#10, PEM or DER)</source>
        <translation>keine Zertifikatsanforderung (PKCS#10, PEM oder DER)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no key to sign the request with</source>
        <translation>kein Schlüssel zum Signieren der Anforderung vorhanden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>could not fill in the request</source>
        <translation>die Anforderung konnte nicht ausgefüllt werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>could not sign the request</source>
        <translation>die Anforderung konnte nicht signiert werden</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>the request holds no usable public key</source>
        <translation>die Anforderung enthält keinen verwendbaren öffentlichen Schlüssel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the request&apos;s signature is invalid: it was altered or not signed by its key</source>
        <translation>die Signatur der Anforderung ist ungültig – die Anforderung wurde verändert oder nicht mit ihrem Schlüssel signiert</translation>
    </message>
</context>
<context>
    <name>ChainVerifier</name>
    <message>
        <location filename="../core/pki/ChainVerifier.cpp" line="+26"/>
        <source>no certificate to verify</source>
        <translation>kein Zertifikat zum Prüfen vorhanden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>out of memory</source>
        <translation>nicht genügend Arbeitsspeicher</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>could not add a trust anchor</source>
        <translation>ein Vertrauensanker konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>could not add a CRL</source>
        <translation>eine Sperrliste konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>could not add an intermediate certificate</source>
        <translation>ein Zwischenzertifikat konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>could not set up verification</source>
        <translation>die Prüfung konnte nicht vorbereitet werden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>certificate chain does not verify: a name in &apos;%1&apos; lies outside the name constraints of a CA above it (%2 at depth %3)</source>
        <translation>die Zertifikatskette lässt sich nicht verifizieren: ein Name in „%1“ liegt außerhalb der Namenseinschränkungen einer übergeordneten CA (%2 in Tiefe %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>certificate chain does not verify: %1 (at depth %2)</source>
        <translation>die Zertifikatskette lässt sich nicht verifizieren: %1 (in Tiefe %2)</translation>
    </message>
</context>
<context>
    <name>ClientScope</name>
    <message>
        <location filename="../core/ClientScope.cpp" line="+31"/>
        <source>&apos;%1&apos; is not a CA</source>
        <translation>&apos;%1&apos; ist keine CA</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>CA &apos;%1&apos; was revoked on %2 (%3): servers refuse every client it vouches for</source>
        <translation>CA &apos;%1&apos; wurde am %2 widerrufen (%3): Server weisen jeden Client ab, für den sie bürgt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CA &apos;%1&apos; expired on %2: servers refuse every client it vouches for</source>
        <translation>CA &apos;%1&apos; ist am %2 abgelaufen: Server weisen jeden Client ab, für den sie bürgt</translation>
    </message>
</context>
<context>
    <name>ConfigSyntax</name>
    <message>
        <location filename="../core/export/ConfigSyntax.cpp" line="+36"/>
        <source>%1 cannot carry &apos;%2&apos; in its configuration (%3); choose another name or folder</source>
        <translation>%1 kann &apos;%2&apos; nicht in seiner Konfiguration darstellen (%3); wählen Sie einen anderen Namen oder Ordner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a line break or control character</source>
        <translation>ein Zeilenumbruch oder Steuerzeichen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;$&apos; starts a variable there</source>
        <translation>&apos;$&apos; leitet dort eine Variable ein</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a quote or backslash</source>
        <translation>ein Anführungszeichen oder umgekehrter Schrägstrich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;${&apos; starts an environment variable there</source>
        <translation>&apos;${&apos; leitet dort eine Umgebungsvariable ein</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a double quote inside an expression</source>
        <translation>ein doppeltes Anführungszeichen in einem Ausdruck</translation>
    </message>
</context>
<context>
    <name>Crl</name>
    <message>
        <location filename="../core/crypto/Crl.cpp" line="+30"/>
        <source>not a certificate revocation list</source>
        <translation>keine Zertifikatsperrliste</translation>
    </message>
</context>
<context>
    <name>CrlBuilder</name>
    <message>
        <location filename="../core/pki/CrlBuilder.cpp" line="+133"/>
        <location line="+16"/>
        <source>bad serial number &apos;%1&apos; in the revocation list</source>
        <translation>ungültige Seriennummer „%1“ in der Sperrliste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>could not add a revoked certificate to the list</source>
        <translation>ein widerrufenes Zertifikat konnte nicht in die Liste aufgenommen werden</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>revocation reason %1 of serial %2 is not an RFC 5280 reason code</source>
        <translation>der Widerrufsgrund %1 der Seriennummer %2 ist kein Grundcode nach RFC 5280</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>could not add a revocation reason</source>
        <translation>ein Widerrufsgrund konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>a CRL must be valid for 1 to 3650 days, not %1</source>
        <translation>eine Sperrliste muss 1 bis 3650 Tage gültig sein, nicht %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the signing key does not belong to the CA certificate</source>
        <translation>der signierende Schlüssel gehört nicht zum CA-Zertifikat</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>could not fill in the CRL</source>
        <translation>die Felder der Sperrliste konnten nicht gesetzt werden</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>could not add the CRL extensions</source>
        <translation>die Erweiterungen der Sperrliste konnten nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+143"/>
        <location line="+21"/>
        <location line="+6"/>
        <source>could not sign the CRL</source>
        <translation>die Sperrliste konnte nicht signiert werden</translation>
    </message>
</context>
<context>
    <name>CrlRepository</name>
    <message>
        <location filename="../core/store/CrlRepository.cpp" line="+63"/>
        <source>the CRL of CA &apos;%1&apos; was changed outside Signet</source>
        <translation>die CRL der CA „%1“ wurde außerhalb von Signet geändert</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/store/Database.cpp" line="+127"/>
        <source>%1 is a symbolic link; Signet opens workspaces only by their real path</source>
        <translation>%1 ist ein symbolischer Link; Signet öffnet Arbeitsbereiche nur über ihren echten Pfad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a workspace file</source>
        <translation>%1 ist keine Arbeitsbereichsdatei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is empty: it is not a Signet workspace</source>
        <translation>%1 ist leer: kein Signet-Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>workspace %1 does not exist</source>
        <translation>der Arbeitsbereich %1 existiert nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+29"/>
        <location filename="../core/store/DatabaseSchema.cpp" line="+65"/>
        <source>%1 is not a Signet workspace (or it is damaged)</source>
        <translation>%1 ist kein Signet-Arbeitsbereich (oder er ist beschädigt)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>cannot open workspace %1</source>
        <translation>der Arbeitsbereich %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../core/store/DatabaseSchema.cpp" line="+3"/>
        <source>workspace %1 was written by a newer Signet (schema %2; this one knows %3)</source>
        <translation>der Arbeitsbereich %1 wurde von einer neueren Signet-Version geschrieben (Schema %2; diese Version kennt %3)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not a Signet workspace</source>
        <translation>%1 ist kein Signet-Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the database %1 is not a Signet workspace: it holds tables of another program</source>
        <translation>die Datenbank %1 ist kein Signet-Arbeitsbereich: sie enthält Tabellen eines anderen Programms</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>%1 is an SQLite file, but not a Signet workspace</source>
        <translation>%1 ist eine SQLite-Datei, aber kein Signet-Arbeitsbereich</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>workspace %1 needs an upgrade to schema %2 first, which needs its password</source>
        <translation>Arbeitsbereich %1 muss zuerst auf Schema %2 aktualisiert werden, wofür sein Passwort nötig ist</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>%1 has no table %2</source>
        <translation>%1 hat keine Tabelle %2</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>the database %1 holds no Signet workspace yet; create one there first (init)</source>
        <translation>die Datenbank %1 enthält noch keinen Signet-Arbeitsbereich; legen Sie dort zuerst einen an (init)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot upgrade workspace %1 to schema %2</source>
        <translation>der Arbeitsbereich %1 kann nicht auf Schema %2 aktualisiert werden</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="+123"/>
        <location line="+21"/>
        <location line="+40"/>
        <location filename="../core/store/DirectStatement.cpp" line="+35"/>
        <location line="+25"/>
        <source>database error</source>
        <translation>Datenbankfehler</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>no id for the new row</source>
        <translation>keine ID für die neue Zeile</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../core/store/DirectStatement.cpp" line="-5"/>
        <source>the workspace is busy: another Signet process is writing to it; try again</source>
        <translation>der Arbeitsbereich ist belegt: Ein anderer Signet-Prozess schreibt gerade hinein; versuchen Sie es erneut</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+47"/>
        <location filename="../core/store/DirectStatement.cpp" line="+3"/>
        <source>workspace %1 is damaged or not a Signet workspace</source>
        <translation>der Arbeitsbereich %1 ist beschädigt oder kein Signet-Arbeitsbereich</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+11"/>
        <source>the connection to the database server of %1 was lost; what the command had not finished was not saved</source>
        <translation>die Verbindung zum Datenbankserver von %1 ist abgebrochen; was der Befehl noch nicht abgeschlossen hatte, wurde nicht gespeichert</translation>
    </message>
    <message>
        <location line="+61"/>
        <location filename="../core/store/DatabaseCopy.cpp" line="+83"/>
        <source>this changes the workspace, which needs its password (it was opened for reading only)</source>
        <translation>dies ändert den Arbeitsbereich, wofür sein Passwort nötig ist (er wurde nur zum Lesen geöffnet)</translation>
    </message>
    <message>
        <location filename="../core/store/DatabaseCopy.cpp" line="-51"/>
        <source>a team workspace on a database server is backed up there (pg_dump), or copied into a workspace file</source>
        <translation>ein Team-Arbeitsbereich auf einem Datenbankserver wird dort gesichert (pg_dump) oder in eine Arbeitsbereichsdatei kopiert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot copy the workspace to %1</source>
        <translation>der Arbeitsbereich kann nicht nach %1 kopiert werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+12"/>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a backup file is restored into a workspace file; a team workspace is filled from one by copying the workspace</source>
        <translation>eine Sicherungsdatei wird in eine Arbeitsbereichsdatei wiederhergestellt; ein Team-Arbeitsbereich wird daraus durch Kopieren des Arbeitsbereichs gefüllt</translation>
    </message>
    <message>
        <location filename="../core/store/DatabaseServer.cpp" line="+46"/>
        <source>this Signet cannot open team workspaces: Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql)</source>
        <translation>dieses Signet kann keine Team-Arbeitsbereiche öffnen: der PostgreSQL-Treiber von Qt ist nicht installiert (Debian-Paket libqt6sql6-psql)</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+10"/>
        <source>cannot connect to the database %1</source>
        <translation>keine Verbindung zur Datenbank %1 möglich</translation>
    </message>
    <message>
        <location filename="../core/store/ServerAddress.cpp" line="+55"/>
        <source>the database address is longer than %1 characters</source>
        <translation>die Datenbankadresse ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not a PostgreSQL address (postgresql://user@host:port/database)</source>
        <translation>„%1“ ist keine PostgreSQL-Adresse (postgresql://benutzer@host:port/datenbank)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+24"/>
        <source>the database address must not contain a password: put it in ~/.pgpass (or the file PGPASSFILE names), or in PGPASSWORD</source>
        <translation>die Datenbankadresse darf kein Passwort enthalten: tragen Sie es in ~/.pgpass (oder die Datei, die PGPASSFILE nennt) oder in PGPASSWORD ein</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>the database address must not contain a fragment (&apos;#&apos;)</source>
        <translation>die Datenbankadresse darf kein Fragment („#“) enthalten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; names more than a database after the server</source>
        <translation>„%1“ nennt nach dem Server mehr als eine Datenbank</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the database address has a parameter Signet does not pass on: &apos;%1&apos;</source>
        <translation>die Datenbankadresse hat einen Parameter, den Signet nicht weitergibt: „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the value of &apos;%1&apos; in the database address contains a character Signet cannot pass on (; &apos; \ or a control character)</source>
        <translation>der Wert von „%1“ in der Datenbankadresse enthält ein Zeichen, das Signet nicht weitergeben kann (; &apos; \ oder ein Steuerzeichen)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the database address contains a character Signet cannot pass on (; &apos; \ or a control character)</source>
        <translation>die Datenbankadresse enthält ein Zeichen, das Signet nicht weitergeben kann (; &apos; \ oder ein Steuerzeichen)</translation>
    </message>
    <message>
        <location filename="../core/store/DatabaseTransfer.cpp" line="+164"/>
        <source>the table %1 has other columns in %2 than in %3</source>
        <translation>die Tabelle %1 hat in %2 andere Spalten als in %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 and %2 have different schema versions</source>
        <translation>%1 und %2 haben verschiedene Schemaversionen</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>cannot copy the table %1 into %2</source>
        <translation>die Tabelle %1 kann nicht nach %2 kopiert werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the copy was cancelled</source>
        <translation>das Kopieren wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the copy differs in table %1, row %2, column %3</source>
        <translation>die Kopie weicht in Tabelle %1, Zeile %2, Spalte %3 ab</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the copy of table %1 has %2 rows where the workspace has %3</source>
        <translation>die Kopie der Tabelle %1 hat %2 Zeilen, wo der Arbeitsbereich %3 hat</translation>
    </message>
</context>
<context>
    <name>DefaultsRepository</name>
    <message>
        <location filename="../core/store/DefaultsRepository.cpp" line="+25"/>
        <source>the workspace defaults were changed outside Signet</source>
        <translation>die Vorgaben des Arbeitsbereichs wurden außerhalb von Signet verändert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the defaults of CA &apos;%1&apos; were changed outside Signet</source>
        <translation>die Vorgaben der CA „%1“ wurden außerhalb von Signet verändert</translation>
    </message>
</context>
<context>
    <name>DeploymentKit</name>
    <message>
        <location filename="../core/DeploymentKitService.cpp" line="+67"/>
        <source>&apos;%1&apos; has no issuer in this workspace: name the CA whose clients are accepted</source>
        <translation>„%1“ hat keinen Aussteller in diesem Arbeitsbereich: Geben Sie die CA an, deren Clients akzeptiert werden</translation>
    </message>
</context>
<context>
    <name>DeploymentRepository</name>
    <message>
        <location filename="../core/store/DeploymentRepository.cpp" line="+60"/>
        <source>the deployment in %1 was not recorded</source>
        <translation>die Bereitstellung in %1 wurde nicht erfasst</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the deployment record for %1 was changed outside Signet</source>
        <translation>der Bereitstellungseintrag für %1 wurde außerhalb von Signet geändert</translation>
    </message>
</context>
<context>
    <name>DeploymentService</name>
    <message>
        <location filename="../core/DeploymentService.cpp" line="+30"/>
        <source>reload the server that uses it (%1)</source>
        <translation>den Server neu laden, der es verwendet (%1)</translation>
    </message>
</context>
<context>
    <name>DialogSupport</name>
    <message>
        <location filename="../ui/dialogs/DialogSupport.cpp" line="+102"/>
        <source>%1 (revoked)</source>
        <translation>%1 (widerrufen)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Replace File?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existiert bereits. Ersetzen?</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%1 already holds %n file(s) that would be replaced:
%2

Replace them?</source>
        <translation>
            <numerusform>%1 enthält bereits %n Datei, die ersetzt würde:
%2

Ersetzen?</numerusform>
            <numerusform>%1 enthält bereits %n Dateien, die ersetzt würden:
%2

Ersetzen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>optional, e.g. O=Acme; OU=Staff|Dev</source>
        <translation>optional, z. B. O=Acme; OU=Staff|Dev</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admit only clients whose subject has these values: rules separated by &apos;;&apos; must all hold, values separated by &apos;|&apos; are alternatives. Attributes: CN, O, OU, C, L, ST.</source>
        <translation>Nur Clients zulassen, deren Inhaber diese Werte hat: mit &apos;;&apos; getrennte Regeln müssen alle zutreffen, mit &apos;|&apos; getrennte Werte sind Alternativen. Attribute: CN, O, OU, C, L, ST.</translation>
    </message>
</context>
<context>
    <name>DistinguishedName</name>
    <message>
        <location filename="../core/crypto/DistinguishedName.cpp" line="+53"/>
        <location line="+54"/>
        <source>the subject is empty</source>
        <translation>der Antragsteller ist leer</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>&apos;%1&apos; in the subject is not of the form KEY=value</source>
        <translation>„%1“ im Antragsteller hat nicht die Form ATTRIBUT=Wert</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>unknown attribute &apos;%1&apos; in the subject</source>
        <translation>unbekanntes Attribut „%1“ im Antragsteller</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>attribute &apos;%1&apos; in the subject has no value</source>
        <translation>das Attribut „%1“ im Antragsteller hat keinen Wert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the subject &apos;%1&apos; holds no attribute</source>
        <translation>der Antragsteller „%1“ enthält kein Attribut</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>out of memory</source>
        <translation>nicht genügend Arbeitsspeicher</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1=%2&apos; is not allowed in a subject (too long, or wrong characters for %1)</source>
        <translation>„%1=%2“ ist in einem Antragsteller nicht erlaubt (zu lang oder unzulässige Zeichen für %1)</translation>
    </message>
</context>
<context>
    <name>ExportService</name>
    <message>
        <location filename="../core/ExportService.cpp" line="+35"/>
        <source>could not build the PKCS#7 file</source>
        <translation>die PKCS#7-Datei konnte nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>could not add a certificate to the PKCS#7 file</source>
        <translation>ein Zertifikat konnte nicht zur PKCS#7-Datei hinzugefügt werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>could not encode the PKCS#7 file</source>
        <translation>die PKCS#7-Datei konnte nicht kodiert werden</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>the workspace holds no private key for &apos;%1&apos;</source>
        <translation>der Arbeitsbereich enthält keinen privaten Schlüssel für „%1“</translation>
    </message>
</context>
<context>
    <name>FileSystemCheck</name>
    <message>
        <location filename="../core/store/FileSystemCheck.cpp" line="+135"/>
        <source>%1 is on a network file system (%2), where SQLite&apos;s write-ahead log does not work and changes can be lost or the file damaged: Signet does not change a workspace there. Work on a copy on a local disk (back it up to the share if you like), or use a team workspace on PostgreSQL.</source>
        <translation>%1 liegt auf einem Netzwerkdateisystem (%2), auf dem das Write-Ahead-Log von SQLite nicht funktioniert und Änderungen verloren gehen oder die Datei beschädigt werden kann: Signet ändert dort keinen Arbeitsbereich. Arbeiten Sie mit einer Kopie auf einer lokalen Festplatte (und sichern Sie sie, wenn Sie möchten, auf die Freigabe), oder verwenden Sie einen Team-Arbeitsbereich auf PostgreSQL.</translation>
    </message>
</context>
<context>
    <name>FileWriter</name>
    <message>
        <location filename="../core/export/FileWriter.cpp" line="+106"/>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>%1 kann nicht geschrieben werden: Der Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>cannot write %1: it is a folder</source>
        <translation>%1 kann nicht geschrieben werden: Das ist ein Ordner</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+92"/>
        <location line="+7"/>
        <location line="+5"/>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>cannot write %1: it is a symbolic link; remove it or choose another file</source>
        <translation>%1 kann nicht geschrieben werden: es ist ein symbolischer Link; entfernen Sie ihn oder wählen Sie eine andere Datei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot write %1: it is not a regular file</source>
        <translation>%1 kann nicht geschrieben werden: keine reguläre Datei</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 exists already and would be replaced</source>
        <translation>%1 existiert bereits und würde ersetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 files exist already and would be replaced: %2</source>
        <translation>%1 Dateien existieren bereits und würden ersetzt: %2</translation>
    </message>
</context>
<context>
    <name>HandshakeCheck</name>
    <message>
        <location filename="../core/pki/HandshakeCheck.cpp" line="+106"/>
        <source>the certificate &quot;%1&quot; cannot be used with its key</source>
        <translation>das Zertifikat „%1“ kann nicht mit seinem Schlüssel verwendet werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>could not add &quot;%1&quot; to the certificate chain</source>
        <translation>„%1“ konnte nicht zur Zertifikatskette hinzugefügt werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the key does not belong to &quot;%1&quot;</source>
        <translation>der Schlüssel gehört nicht zu „%1“</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>out of memory</source>
        <translation>nicht genügend Arbeitsspeicher</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>could not add a trust anchor</source>
        <translation>ein Vertrauensanker konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>could not add a CRL</source>
        <translation>eine Sperrliste konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>could not set up the trust store</source>
        <translation>der Vertrauensspeicher konnte nicht eingerichtet werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no certificate received</source>
        <translation>kein Zertifikat empfangen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>could not create a TLS context</source>
        <translation>ein TLS-Kontext konnte nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not available</source>
        <translation>%1 ist nicht verfügbar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>could not add a client CA name</source>
        <translation>ein Client-CA-Name konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>could not turn on CRL checking</source>
        <translation>die Prüfung gegen Sperrlisten konnte nicht aktiviert werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>could not set up the TLS server</source>
        <translation>der TLS-Server konnte nicht eingerichtet werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is not a host name</source>
        <translation>„%1“ ist kein Hostname</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+24"/>
        <source>could not create a TLS connection</source>
        <translation>eine TLS-Verbindung konnte nicht erstellt werden</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>could not create the in-memory connection</source>
        <translation>die Verbindung im Arbeitsspeicher konnte nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;%1&apos; cannot be sent as server name</source>
        <translation>„%1“ kann nicht als Servername gesendet werden</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the handshake did not finish</source>
        <translation>der Handshake wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the server</source>
        <translation>den Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the client</source>
        <translation>den Client</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>neither side</source>
        <translation>keine Seite</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a handshake needs a certificate and its private key on both sides</source>
        <translation>ein Handshake braucht auf beiden Seiten ein Zertifikat und seinen privaten Schlüssel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the server certificate names no host to connect to</source>
        <translation>das Serverzertifikat nennt keinen Host, zu dem verbunden werden kann</translation>
    </message>
</context>
<context>
    <name>HandshakeService</name>
    <message>
        <location filename="../core/HandshakeService.cpp" line="+40"/>
        <source>&apos;%1&apos; is a CA, not a TLS certificate</source>
        <translation>„%1“ ist eine CA, kein TLS-Zertifikat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the workspace holds no private key for &apos;%1&apos;</source>
        <translation>der Arbeitsbereich enthält keinen privaten Schlüssel für „%1“</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>HTTP 403: &apos;%1&apos; was issued by %2, which this configuration does not admit (only &apos;%3&apos; and the CAs below it)</source>
        <translation>HTTP 403: &apos;%1&apos; wurde von %2 ausgestellt, das diese Konfiguration nicht zulässt (nur &apos;%3&apos; und die CAs darunter)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>HTTP 403: the subject of &apos;%1&apos; does not have %2</source>
        <translation>HTTP 403: der Inhaber von &apos;%1&apos; hat nicht %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&apos;%1&apos; has no issuer in this workspace: name the CA whose clients are accepted</source>
        <translation>„%1“ hat keinen Aussteller in diesem Arbeitsbereich: Geben Sie die CA an, deren Clients akzeptiert werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is not a CA</source>
        <translation>„%1“ ist keine CA</translation>
    </message>
</context>
<context>
    <name>ImportParser</name>
    <message>
        <location filename="../core/import/ImportParser.cpp" line="+25"/>
        <location line="+171"/>
        <source>not PKCS#12</source>
        <translation>kein PKCS#12</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>cannot open %1: %2</source>
        <translation>%1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a PKCS#12 file protected by a password; give its password to import it</source>
        <translation>%1 ist eine passwortgeschützte PKCS#12-Datei; geben Sie ihr Passwort an, um sie zu importieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot open %1: wrong password, or an algorithm OpenSSL 3 no longer supports</source>
        <translation>%1 kann nicht geöffnet werden: falsches Passwort oder ein Algorithmus, den OpenSSL 3 nicht mehr unterstützt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: not a PKCS#7 certificate bundle</source>
        <translation>%1: kein PKCS#7-Zertifikatbündel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: cannot read a certificate</source>
        <translation>%1: ein Zertifikat kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: cannot read a CRL</source>
        <translation>%1: eine Sperrliste kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1: a %2 block is damaged</source>
        <translation>%1: ein %2-Block ist beschädigt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: a CERTIFICATE block is damaged</source>
        <translation>%1: ein CERTIFICATE-Block ist beschädigt</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+25"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+85"/>
        <source>%1: a certificate request; sign it with a CA instead of importing it</source>
        <translation>%1: eine Zertifikatsanforderung; signieren Sie sie mit einer Zertifizierungsstelle, statt sie zu importieren</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>%1: an X509 CRL block is damaged</source>
        <translation>%1: ein X509-Sperrlistenblock ist beschädigt</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>%1: a PEM block of type &apos;%2&apos; that Signet does not import</source>
        <translation>%1: ein PEM-Block vom Typ „%2“, den Signet nicht importiert</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>%1 holds no PEM data that can be read</source>
        <translation>%1 enthält keine lesbaren PEM-Daten</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 is not a certificate, private key or PKCS#12 file (PEM or DER)</source>
        <translation>%1 ist weder ein Zertifikat noch ein privater Schlüssel noch eine PKCS#12-Datei (PEM oder DER)</translation>
    </message>
</context>
<context>
    <name>ImportRepository</name>
    <message>
        <location filename="../core/store/ImportRepository.cpp" line="+39"/>
        <source>the certificate &apos;%1&apos; does not match its fingerprint</source>
        <translation>das Zertifikat „%1“ passt nicht zu seinem Fingerabdruck</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>serial %1 was already used by this CA</source>
        <translation>die Seriennummer %1 wurde von dieser CA bereits verwendet</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <location filename="../core/ImportService.cpp" line="+114"/>
        <source>no file to import</source>
        <translation>keine Datei zum Importieren</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+54"/>
        <location line="+45"/>
        <source>the import was cancelled</source>
        <translation>der Import wurde abgebrochen</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>nothing to import: %1</source>
        <translation>nichts zu importieren: %1</translation>
    </message>
    <message>
        <location filename="../core/ImportSession.cpp" line="+135"/>
        <source>more than %1 CRLs in one import</source>
        <translation>mehr als %1 Sperrlisten in einem Import</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>this certificate is already in the workspace</source>
        <translation>dieses Zertifikat ist bereits im Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is already in the workspace, removed: restore it instead</source>
        <translation>„%1“ ist bereits im Arbeitsbereich, aber entfernt: Stellen Sie es stattdessen wieder her</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is already in the workspace</source>
        <translation>„%1“ ist bereits im Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>a name is needed</source>
        <translation>ein Name ist erforderlich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the name &apos;%1&apos; is already taken in this workspace</source>
        <translation>der Name „%1“ ist in diesem Arbeitsbereich bereits vergeben</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>more than %1 private keys wait for their certificates: put the certificates before their keys</source>
        <translation>mehr als %1 private Schlüssel warten auf ihre Zertifikate: stellen Sie die Zertifikate vor ihre Schlüssel</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%n more not imported</source>
        <translation>
            <numerusform>%n weiteres nicht importiert</numerusform>
            <numerusform>%n weitere nicht importiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="-402"/>
        <source>a %1 private key that matches no certificate without a key here</source>
        <translation>ein privater Schlüssel (%1), der zu keinem Zertifikat ohne Schlüssel in diesem Arbeitsbereich passt</translation>
    </message>
    <message>
        <location filename="../core/ImportService.cpp" line="+3"/>
        <source>nothing was imported: %1</source>
        <translation>es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <location filename="../core/CrlImport.cpp" line="+70"/>
        <source>%1: a CRL of %2, a CA that is not in this workspace</source>
        <translation>%1: eine Sperrliste von %2, einer CA, die nicht in diesem Arbeitsbereich ist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: a CRL of CA &apos;%2&apos;, whose CRLs Signet publishes itself</source>
        <translation>%1: eine Sperrliste der CA „%2“, deren Sperrlisten Signet selbst veröffentlicht</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: the CRL of CA &apos;%2&apos; is not newer than the one in the workspace</source>
        <translation>%1: die Sperrliste der CA „%2“ ist nicht neuer als die im Arbeitsbereich</translation>
    </message>
</context>
<context>
    <name>ImportStream</name>
    <message>
        <location filename="../core/import/ImportStream.cpp" line="+56"/>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is larger than %2, more than this kind of file can hold</source>
        <translation>%1 ist größer als %2, mehr als eine solche Datei enthalten kann</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 holds no PEM data that can be read</source>
        <translation>%1 enthält keine lesbaren PEM-Daten</translation>
    </message>
</context>
<context>
    <name>IntegrityService</name>
    <message>
        <location filename="../core/IntegrityService.cpp" line="+33"/>
        <source>the certificate &apos;%1&apos; was changed outside Signet</source>
        <translation>das Zertifikat „%1“ wurde außerhalb von Signet geändert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the revocations of CA &apos;%1&apos; were changed outside Signet: it revoked %2 certificates, the workspace lists %3</source>
        <translation>die Widerrufe der CA „%1“ wurden außerhalb von Signet geändert: sie hat %2 Zertifikate widerrufen, der Arbeitsbereich führt %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+3"/>
        <source>&apos;%1&apos;: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the status counts do not match the certificates: they were changed outside Signet</source>
        <translation>die Statuszählungen passen nicht zu den Zertifikaten: sie wurden außerhalb von Signet geändert</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the workspace file is damaged: %1</source>
        <translation>die Arbeitsbereichsdatei ist beschädigt: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>key %1: %2</source>
        <translation>Schlüssel %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the CRL of CA &apos;%1&apos; was changed outside Signet</source>
        <translation>die CRL der CA „%1“ wurde außerhalb von Signet geändert</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the deployment record for %1 was changed outside Signet</source>
        <translation>der Bereitstellungseintrag für %1 wurde außerhalb von Signet geändert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the certificate request &apos;%1&apos; was changed outside Signet</source>
        <translation>die Zertifikatsanforderung „%1“ wurde außerhalb von Signet verändert</translation>
    </message>
</context>
<context>
    <name>IpRange</name>
    <message>
        <location filename="../core/pki/IpRange.cpp" line="+66"/>
        <source>&apos;%1&apos; is not an IP range: write an IPv4 or IPv6 network as address/prefix, e.g. 10.0.0.0/8 or fd00::/8</source>
        <translation>„%1“ ist kein IP-Bereich: Geben Sie ein IPv4- oder IPv6-Netz als Adresse/Präfix an, z. B. 10.0.0.0/8 oder fd00::/8</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is not the first address of its network: write %2</source>
        <translation>„%1“ ist nicht die erste Adresse ihres Netzes: Schreiben Sie %2</translation>
    </message>
</context>
<context>
    <name>IssuanceList</name>
    <message>
        <location filename="../core/pki/IssuanceList.cpp" line="+48"/>
        <source>the list is larger than %1 MiB</source>
        <translation>die Liste ist größer als %1 MiB</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the list has more than %1 lines</source>
        <translation>die Liste hat mehr als %1 Zeilen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the line is longer than %1 bytes</source>
        <translation>die Zeile ist länger als %1 Bytes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the line is not UTF-8 text</source>
        <translation>die Zeile ist kein UTF-8-Text</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>text after a closing quote in field %1</source>
        <translation>Text nach einem schließenden Anführungszeichen in Feld %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a quoted field is not closed on its line</source>
        <translation>ein Feld in Anführungszeichen wird in seiner Zeile nicht geschlossen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown column &apos;%1&apos; (known: %2)</source>
        <translation>unbekannte Spalte „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the column &apos;%1&apos; is named twice</source>
        <translation>die Spalte „%1“ ist zweimal genannt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 fields where the header has %2</source>
        <translation>%1 Felder, wo die Kopfzeile %2 hat</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&apos;days&apos; is not a whole number</source>
        <translation>„days“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; holds something else than text</source>
        <translation>„%1“ enthält etwas anderes als Text</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is neither text nor a list of text</source>
        <translation>„%1“ ist weder Text noch eine Liste von Texten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not text</source>
        <translation>„%1“ ist kein Text</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not JSON: %1</source>
        <translation>kein JSON: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown key &apos;%1&apos; (known: %2)</source>
        <translation>unbekannter Schlüssel „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&apos;%1&apos; is not a DNS name</source>
        <translation>„%1“ ist kein DNS-Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not an IP address</source>
        <translation>„%1“ ist keine IP-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation>„%1“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is not a profile of a leaf certificate (use %2)</source>
        <translation>„%1“ ist kein Profil eines Endzertifikats (verwenden Sie %2)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&apos;%1&apos; is not a number of days from 1 to %2</source>
        <translation>„%1“ ist keine Anzahl Tage von 1 bis %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+33"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+28"/>
        <source>the list has more than %1 entries</source>
        <translation>die Liste hat mehr als %1 Einträge</translation>
    </message>
</context>
<context>
    <name>IssuancePreset</name>
    <message>
        <location filename="../core/IssuancePreset.cpp" line="+25"/>
        <source>template &apos;%1&apos; makes %2 certificates, not %3 certificates</source>
        <translation>die Vorlage „%1“ erzeugt %2-Zertifikate, keine %3-Zertifikate</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>template &apos;%1&apos;: %2</source>
        <translation>Vorlage „%1“: %2</translation>
    </message>
</context>
<context>
    <name>IssuanceService</name>
    <message>
        <location filename="../core/IssuanceService.cpp" line="+57"/>
        <source>CA &apos;%1&apos; has path length %2, so it allows no further CA level below &apos;%3&apos;</source>
        <translation>die CA „%1“ hat die Pfadlänge %2 und erlaubt daher unterhalb von „%3“ keine weitere CA-Ebene</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>CA &apos;%1&apos; allows at most path length %2 for a CA it signs, not %3</source>
        <translation>die CA „%1“ erlaubt für eine von ihr signierte CA höchstens die Pfadlänge %2, nicht %3</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>a self-signed certificate needs its own private key</source>
        <translation>ein selbstsigniertes Zertifikat braucht seinen eigenen privaten Schlüssel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>refusing to issue a certificate that would not verify: %1</source>
        <translation>ein Zertifikat, das sich nicht verifizieren ließe, wird nicht ausgestellt: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>refusing to issue a certificate that would not verify</source>
        <translation>ein Zertifikat, das sich nicht verifizieren ließe, wird nicht ausgestellt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>refusing to issue a certificate that clients would reject: %1</source>
        <translation>ein Zertifikat, das Clients ablehnen würden, wird nicht ausgestellt: %1</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>a certificate authority is not issued as a leaf certificate: create a CA instead</source>
        <translation>eine Zertifizierungsstelle wird nicht als Endzertifikat ausgestellt: legen Sie stattdessen eine Zertifizierungsstelle an</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a client certificate needs a common name</source>
        <translation>ein Clientzertifikat braucht einen allgemeinen Namen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a server certificate needs at least one host name or IP address</source>
        <translation>ein Serverzertifikat braucht mindestens einen Hostnamen oder eine IP-Adresse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a server certificate needs at least one host name or IP address (browsers ignore the common name)</source>
        <translation>ein Serverzertifikat braucht mindestens einen Hostnamen oder eine IP-Adresse (Browser ignorieren den allgemeinen Namen)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>CSRs can be signed as server, client, server-client or intermediate CA certificates</source>
        <translation>CSRs können als Server-, Client-, Server-Client- oder Zwischen-CA-Zertifikate signiert werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a path length and name constraints belong to CA certificates only</source>
        <translation>Pfadlänge und Namenseinschränkungen gibt es nur bei CA-Zertifikaten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the request &apos;%1&apos; has its certificate already</source>
        <translation>die Anforderung „%1“ hat ihr Zertifikat bereits</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the request has neither subject alternative names nor a common name</source>
        <translation>die Anforderung hat weder alternative Antragstellernamen noch einen allgemeinen Namen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the request has no subject alternative names, and its common name &apos;%1&apos; is neither a host name nor an IP address</source>
        <translation>die Anforderung hat keine alternativen Antragstellernamen, und ihr allgemeiner Name „%1“ ist weder ein Hostname noch eine IP-Adresse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the request has an empty subject</source>
        <translation>die Anforderung hat einen leeren Antragsteller</translation>
    </message>
</context>
<context>
    <name>IssuanceTemplate</name>
    <message>
        <location filename="../core/IssuanceTemplate.cpp" line="+36"/>
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 ist größer als %2 Bytes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a JSON object</source>
        <translation>%1 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&apos;%1&apos; is not text</source>
        <translation>„%1“ ist kein Text</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown subject field &apos;%1&apos;</source>
        <translation>unbekanntes Antragstellerfeld „%1“</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has more than %2 characters</source>
        <translation>%1 hat mehr als %2 Zeichen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the country &apos;%1&apos; is not a two-letter code such as DE or ES</source>
        <translation>das Land „%1“ ist kein Zwei-Buchstaben-Code wie DE oder ES</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the e-mail domain &apos;%1&apos; is not a domain name</source>
        <translation>die E-Mail-Domäne „%1“ ist kein Domänenname</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the defaults</source>
        <translation>die Vorgaben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a template name must not be empty or start or end with blanks</source>
        <translation>ein Vorlagenname darf nicht leer sein und nicht mit Leerzeichen beginnen oder enden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a template name has at most %1 characters</source>
        <translation>ein Vorlagenname hat höchstens %1 Zeichen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the pattern &apos;%1&apos; needs a common name</source>
        <translation>das Muster „%1“ braucht einen allgemeinen Namen (CN)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the pattern &apos;%1&apos; needs a host name as the common name, not the IP address %2</source>
        <translation>das Muster „%1“ braucht einen Hostnamen als allgemeinen Namen (CN), nicht die IP-Adresse %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the pattern &apos;%1&apos; has a placeholder other than {cn}</source>
        <translation>das Muster „%1“ enthält einen anderen Platzhalter als {cn}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the pattern &apos;%1&apos; gives &apos;%2&apos;, which is not a DNS name: %3</source>
        <translation>das Muster „%1“ ergibt „%2“, und das ist kein DNS-Name: %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a template needs a profile Signet issues (%1)</source>
        <translation>eine Vorlage braucht ein Profil, das Signet ausstellt (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 keys are not offered for %2 certificates</source>
        <translation>%1-Schlüssel werden für %2-Zertifikate nicht angeboten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a template&apos;s validity is between 1 and 36500 days</source>
        <translation>die Gültigkeit einer Vorlage liegt zwischen 1 und 36500 Tagen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>DNS name patterns are for server and client certificates, not for CAs</source>
        <translation>DNS-Namensmuster sind für Server- und Clientzertifikate gedacht, nicht für CAs</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+66"/>
        <source>a template has at most %1 DNS name patterns</source>
        <translation>eine Vorlage hat höchstens %1 DNS-Namensmuster</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>template &apos;%1&apos;</source>
        <translation>Vorlage „%1“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>template &apos;%1&apos; names no profile Signet knows</source>
        <translation>die Vorlage „%1“ nennt kein Profil, das Signet kennt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>template &apos;%1&apos;: %2</source>
        <translation>Vorlage „%1“: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>template &apos;%1&apos;: the validity is not a number</source>
        <translation>Vorlage „%1“: die Gültigkeit ist keine Zahl</translation>
    </message>
</context>
<context>
    <name>KeyRules</name>
    <message>
        <location filename="../core/pki/KeyRules.cpp" line="+44"/>
        <source>there is no usable public key</source>
        <translation>es gibt keinen verwendbaren öffentlichen Schlüssel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the key is %1; RSA keys need at least 2048 bits (OpenSSL&apos;s default security level and Apple devices refuse smaller ones)</source>
        <translation>der Schlüssel ist %1; RSA-Schlüssel brauchen mindestens 2048 Bit (die Standard-Sicherheitsstufe von OpenSSL und Apple-Geräte lehnen kleinere ab)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the key is %1; browsers and most TLS libraries support ECDSA only on P-256, P-384 and P-521</source>
        <translation>der Schlüssel ist %1; Browser und die meisten TLS-Bibliotheken unterstützen ECDSA nur mit P-256, P-384 und P-521</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the key is %1, which browsers and most TLS libraries do not accept; use RSA (2048 bits or more), ECDSA P-256, P-384 or P-521, or Ed25519</source>
        <translation>der Schlüssel ist %1, den Browser und die meisten TLS-Bibliotheken nicht akzeptieren; verwenden Sie RSA (2048 Bit oder mehr), ECDSA P-256, P-384 oder P-521 oder Ed25519</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signet does not certify this key: %1</source>
        <translation>Signet zertifiziert diesen Schlüssel nicht: %1</translation>
    </message>
</context>
<context>
    <name>KeySpec</name>
    <message>
        <location filename="../core/crypto/KeySpec.cpp" line="+47"/>
        <source>unknown key type &apos;%1&apos; (use one of: %2)</source>
        <translation>unbekannter Schlüsseltyp „%1“ (möglich sind: %2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the key&apos;s curve cannot be read</source>
        <translation>die Kurve des Schlüssels kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+2"/>
        <source>the key is of a kind Signet does not make</source>
        <translation>der Schlüssel ist von einer Art, die Signet nicht erzeugt</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <location filename="../core/store/KeyStore.cpp" line="+81"/>
        <location line="+75"/>
        <location line="+80"/>
        <source>private key %1 is missing from the workspace</source>
        <translation>der private Schlüssel %1 fehlt im Arbeitsbereich</translation>
    </message>
    <message>
        <location line="-150"/>
        <location line="+35"/>
        <location line="+10"/>
        <source>private key %1 was changed outside Signet</source>
        <translation>der private Schlüssel %1 wurde außerhalb von Signet geändert</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>private key %1 does not match its recorded public key</source>
        <translation>der private Schlüssel %1 passt nicht zu seinem gespeicherten öffentlichen Schlüssel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>private key %1 is not shared with member &apos;%2&apos;</source>
        <translation>der private Schlüssel %1 ist nicht mit dem Mitglied „%2“ geteilt</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>this workspace has no member to hold the key</source>
        <translation>dieser Arbeitsbereich hat kein Mitglied, das den Schlüssel halten könnte</translation>
    </message>
</context>
<context>
    <name>KeyVault</name>
    <message>
        <location filename="../core/store/KeyVault.cpp" line="+65"/>
        <source>the workspace has no key vault entry &apos;%1&apos;</source>
        <translation>der Schlüsseltresor des Arbeitsbereichs hat keinen Eintrag „%1“</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>scrypt is not available</source>
        <translation>scrypt ist nicht verfügbar</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>could not derive a key from the password</source>
        <translation>aus dem Passwort konnte kein Schlüssel abgeleitet werden</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+34"/>
        <location filename="../core/store/KeyVaultMembers.cpp" line="+41"/>
        <location line="+87"/>
        <source>the random number generator failed</source>
        <translation>der Zufallszahlengenerator ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>decryption failed: wrong password, or the workspace was altered</source>
        <translation>Entschlüsselung fehlgeschlagen: falsches Passwort, oder der Arbeitsbereich wurde verändert</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+121"/>
        <location filename="../core/store/KeyVaultMembers.cpp" line="-43"/>
        <location line="+16"/>
        <location line="+22"/>
        <source>the workspace password must not be empty</source>
        <translation>das Passwort des Arbeitsbereichs darf nicht leer sein</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>the workspace uses an unknown key derivation &apos;%1&apos;</source>
        <translation>der Arbeitsbereich verwendet eine unbekannte Schlüsselableitung „%1“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the workspace&apos;s key vault has an unknown format; it was altered or written by a newer Signet</source>
        <translation>der Schlüsseltresor des Arbeitsbereichs hat ein unbekanntes Format; er wurde verändert oder von einem neueren Signet geschrieben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the workspace&apos;s key derivation parameters are out of bounds; it was altered</source>
        <translation>die Parameter der Schlüsselableitung des Arbeitsbereichs liegen außerhalb der Grenzen; er wurde verändert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>wrong password for this workspace (or its key vault was altered)</source>
        <translation>falsches Passwort für diesen Arbeitsbereich (oder sein Schlüsseltresor wurde verändert)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the workspace has no key vault</source>
        <translation>der Arbeitsbereich hat keinen Schlüsseltresor</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>scrypt parameters N=%1, r=%2, p=%3 are out of bounds (N a power of two up to 2^20, r up to 32, p up to 16, at most 1 GiB)</source>
        <translation>die scrypt-Parameter N=%1, r=%2, p=%3 liegen außerhalb der Grenzen (N eine Zweierpotenz bis 2^20, r bis 32, p bis 16, höchstens 1 GiB)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>scrypt parameters N=%1, r=%2, p=%3 are weaker than Signet&apos;s minimum (N=%4, r=%5, p=%6)</source>
        <translation>die scrypt-Parameter N=%1, r=%2, p=%3 sind schwächer als das Minimum von Signet (N=%4, r=%5, p=%6)</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+29"/>
        <location line="+8"/>
        <location filename="../core/store/KeyVaultMembers.cpp" line="+138"/>
        <source>this needs the workspace password (the workspace was opened without it)</source>
        <translation>dafür ist das Passwort des Arbeitsbereichs nötig (er wurde ohne es geöffnet)</translation>
    </message>
    <message>
        <location filename="../core/store/KeyVaultMembers.cpp" line="-211"/>
        <source>&apos;%1&apos; is not a member name: 1 to %2 characters, without spaces at either end</source>
        <translation>„%1“ ist kein Mitgliedsname: 1 bis %2 Zeichen, ohne Leerzeichen am Anfang oder Ende</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a member name holds no control characters</source>
        <translation>ein Mitgliedsname enthält keine Steuerzeichen</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>this workspace has no member named &apos;%1&apos;</source>
        <translation>dieser Arbeitsbereich hat kein Mitglied namens „%1“</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>this workspace has the members %1: name the one you open it as</source>
        <translation>dieser Arbeitsbereich hat die Mitglieder %1: nennen Sie das, als das Sie ihn öffnen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>wrong password for member &apos;%1&apos; of this workspace (or its key vault was altered)</source>
        <translation>falsches Passwort für das Mitglied „%1“ dieses Arbeitsbereichs (oder sein Schlüsseltresor wurde verändert)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the member &apos;%1&apos; was changed outside Signet</source>
        <translation>das Mitglied „%1“ wurde außerhalb von Signet verändert</translation>
    </message>
</context>
<context>
    <name>KeyWrap</name>
    <message>
        <location filename="../core/crypto/KeyWrap.cpp" line="+43"/>
        <source>the key agreement failed</source>
        <translation>die Schlüsselvereinbarung ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot read an X25519 public key</source>
        <translation>ein öffentlicher X25519-Schlüssel lässt sich nicht lesen</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>a shared key is truncated</source>
        <translation>ein geteilter Schlüssel ist abgeschnitten</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+12"/>
        <source>a shared key does not open: it is not for this member, or it was altered</source>
        <translation>ein geteilter Schlüssel lässt sich nicht öffnen: er ist nicht für dieses Mitglied, oder er wurde verändert</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>the random number generator failed</source>
        <translation>der Zufallszahlengenerator ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>not an X25519 private key</source>
        <translation>kein privater X25519-Schlüssel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not an X25519 public key</source>
        <translation>kein öffentlicher X25519-Schlüssel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>X25519 is not available</source>
        <translation>X25519 ist nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>LifecycleCommands</name>
    <message>
        <location filename="../ui/LifecycleCommands.cpp" line="+42"/>
        <source>Rename “%1”</source>
        <translation>„%1“ umbenennen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;New name:</source>
        <translation>&amp;Neuer Name:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not Renamed</source>
        <translation>Nicht umbenannt</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+31"/>
        <source>Not Removed</source>
        <translation>Nicht entfernt</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Remove Certificates</source>
        <translation>Zertifikate entfernen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Remove %n certificate(s) from the workspace?</source>
        <translation>
            <numerusform>%n Zertifikat aus dem Arbeitsbereich entfernen?</numerusform>
            <numerusform>%n Zertifikate aus dem Arbeitsbereich entfernen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>A CA goes with everything below it (%n CA(s) in all). </source>
        <translation>
            <numerusform>Eine CA wird mit allem darunter entfernt (insgesamt %n CA). </numerusform>
            <numerusform>Eine CA wird mit allem darunter entfernt (insgesamt %n CAs). </numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They leave the tree and the lists; revoked ones stay on their CA&apos;s CRL, the History keeps them, and Restore brings them back with their keys.

%1</source>
        <translation>Sie verschwinden aus dem Baum und den Listen; widerrufene bleiben auf der Sperrliste ihrer CA, der Verlauf behält sie, und „Wiederherstellen“ holt sie mit ihren Schlüsseln zurück.

%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Release “%1”</source>
        <translation>Sperre von „%1“ aufheben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the hold on “%1”? It is valid again once its CA&apos;s next CRL, which lists it as removed, is published.</source>
        <translation>Die vorübergehende Sperre von „%1“ beenden? Es ist wieder gültig, sobald die nächste Sperrliste seiner CA veröffentlicht ist, die es als aus der Sperrliste entfernt führt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not Released</source>
        <translation>Sperre nicht aufgehoben</translation>
    </message>
</context>
<context>
    <name>LifecycleService</name>
    <message>
        <location filename="../core/LifecycleService.cpp" line="+60"/>
        <source>&apos;%1&apos; was already removed on %2</source>
        <translation>„%1“ wurde bereits am %2 entfernt</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the private key of what is removed is also the key of &apos;%1&apos;, which stays: it cannot be destroyed</source>
        <translation>der private Schlüssel des Entfernten ist auch der Schlüssel von „%1“, das bleibt: er kann nicht vernichtet werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the private key of what is removed also waits in a certificate request: it cannot be destroyed</source>
        <translation>der private Schlüssel des Entfernten wartet auch in einer Zertifikatsanforderung: er kann nicht vernichtet werden</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>what removing &apos;%1&apos; takes with it changed since it was counted: %2 certificates now, %3 confirmed</source>
        <translation>was beim Entfernen von „%1“ mit entfernt wird, hat sich seit der Zählung geändert: jetzt %2 Zertifikate, %3 bestätigt</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&apos;%1&apos; is not removed</source>
        <translation>„%1“ ist nicht entfernt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; was issued by &apos;%2&apos;, which is removed: restore &apos;%2&apos; first</source>
        <translation>„%1“ wurde von „%2“ ausgestellt, das entfernt ist: Stellen Sie zuerst „%2“ wieder her</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&apos;%1&apos; already has that name</source>
        <translation>„%1“ hat bereits diesen Namen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the name &apos;%1&apos; is taken by a removed certificate in this workspace</source>
        <translation>der Name „%1“ ist von einem entfernten Zertifikat in diesem Arbeitsbereich belegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the name &apos;%1&apos; is already taken in this workspace</source>
        <translation>der Name „%1“ ist in diesem Arbeitsbereich bereits vergeben</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&apos;%1&apos; is not revoked, so there is no hold to release</source>
        <translation>„%1“ ist nicht widerrufen, daher gibt es keine Sperre aufzuheben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; was revoked for %2: only a hold (certificateHold) can be released</source>
        <translation>„%1“ wurde wegen %2 widerrufen: nur eine vorübergehende Sperre (certificateHold) kann aufgehoben werden</translation>
    </message>
</context>
<context>
    <name>Linter</name>
    <message>
        <location filename="../core/pki/Linter.cpp" line="+122"/>
        <source>the serial number is zero or negative; use a positive serial number</source>
        <translation>die Seriennummer ist null oder negativ; verwenden Sie eine positive Seriennummer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the serial number takes %1 octets; use at most 20</source>
        <translation>die Seriennummer belegt %1 Oktette; verwenden Sie höchstens 20</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the serial number has only %1 bytes; use at least 64 random bits (Signet uses 128)</source>
        <translation>die Seriennummer hat nur %1 Byte; verwenden Sie mindestens 64 Zufallsbits (Signet verwendet 128)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the certificate has extensions but is version %1; issue it as version 3</source>
        <translation>das Zertifikat hat Erweiterungen, ist aber Version %1; stellen Sie es als Version 3 aus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a CA certificate needs a critical basicConstraints extension with CA:TRUE</source>
        <translation>ein CA-Zertifikat braucht eine kritische basicConstraints-Erweiterung mit CA:TRUE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the CA&apos;s basicConstraints extension is not critical; mark it critical</source>
        <translation>die basicConstraints-Erweiterung der CA ist nicht kritisch; markieren Sie sie als kritisch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the CA has no keyUsage extension; add one with keyCertSign and cRLSign</source>
        <translation>die CA hat keine keyUsage-Erweiterung; fügen Sie eine mit keyCertSign und cRLSign hinzu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the CA&apos;s keyUsage lacks keyCertSign, so clients refuse what it signs; add keyCertSign</source>
        <translation>in der keyUsage der CA fehlt keyCertSign, daher lehnen Clients ab, was sie signiert; fügen Sie keyCertSign hinzu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the CA has no subjectKeyIdentifier; add one (the hash of its public key) so that clients find it when building chains</source>
        <translation>die CA hat keinen subjectKeyIdentifier; fügen Sie einen hinzu (den Hash ihres öffentlichen Schlüssels), damit Clients sie beim Aufbau von Zertifikatsketten finden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>there is no authorityKeyIdentifier; add one naming the issuing CA&apos;s key</source>
        <translation>es gibt keinen authorityKeyIdentifier; fügen Sie einen hinzu, der den Schlüssel der ausstellenden CA nennt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>notBefore (%1) is not before notAfter (%2), so the certificate is never valid; fix its validity period</source>
        <translation>notBefore (%1) liegt nicht vor notAfter (%2), daher ist das Zertifikat nie gültig; korrigieren Sie den Gültigkeitszeitraum</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the subject is empty, so a critical subjectAltName extension must name the holder; add a subject or mark subjectAltName critical</source>
        <translation>der Antragsteller ist leer, daher muss eine kritische subjectAltName-Erweiterung den Inhaber nennen; fügen Sie einen Antragsteller hinzu oder markieren Sie subjectAltName als kritisch</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the nameConstraints extension is not critical; mark it critical so that clients which do not understand it refuse the CA instead of ignoring its limits</source>
        <translation>die nameConstraints-Erweiterung ist nicht kritisch; markieren Sie sie als kritisch, damit Clients, die sie nicht verstehen, die CA ablehnen, statt ihre Einschränkungen zu ignorieren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the RSA key has %1 bits; Apple devices require at least 2048 bits for TLS: use a larger RSA key or ECDSA</source>
        <translation>der RSA-Schlüssel hat %1 Bit; Apple-Geräte verlangen für TLS mindestens 2048 Bit: Verwenden Sie einen größeren RSA-Schlüssel oder ECDSA</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the certificate is signed with %1; Apple devices and current browsers refuse SHA-1 and MD5 signatures: sign it with SHA-256 or better</source>
        <translation>das Zertifikat ist mit %1 signiert; Apple-Geräte und aktuelle Browser lehnen SHA-1- und MD5-Signaturen ab: Signieren Sie es mit SHA-256 oder besser</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>there are no DNS names or IP addresses in subjectAltName; Apple devices and browsers ignore the common name: add the server&apos;s names there</source>
        <translation>subjectAltName enthält keine DNS-Namen oder IP-Adressen; Apple-Geräte und Browser ignorieren den allgemeinen Namen: Tragen Sie die Namen des Servers dort ein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Apple devices refuse TLS server certificates without extendedKeyUsage serverAuth; add it</source>
        <translation>Apple-Geräte lehnen TLS-Serverzertifikate ohne extendedKeyUsage serverAuth ab; fügen Sie es hinzu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the certificate is valid for %1 days; Apple devices refuse TLS server certificates valid for more than 825 days: shorten it (397 days works everywhere)</source>
        <translation>das Zertifikat ist %1 Tage gültig; Apple-Geräte lehnen TLS-Serverzertifikate ab, die länger als 825 Tage gültig sind: Verkürzen Sie die Gültigkeit (397 Tage funktionieren überall)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the host name &apos;%1&apos; is only in the common name; Chrome checks only subjectAltName: add it there</source>
        <translation>der Hostname „%1“ steht nur im allgemeinen Namen; Chrome prüft nur subjectAltName: Tragen Sie ihn dort ein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the certificate is valid for %1 days; publicly trusted server certificates may last at most 398 days (tolerated under a private root; 397 days works everywhere)</source>
        <translation>das Zertifikat ist %1 Tage gültig; öffentlich vertrauenswürdige Serverzertifikate dürfen höchstens 398 Tage gültig sein (unter einer privaten Stamm-CA geduldet; 397 Tage funktionieren überall)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 lies outside the names the issuing CA may certify (%2); Chrome and OpenSSL refuse it: drop the name or issue from another CA</source>
        <translation>%1 liegt außerhalb der Namen, die die ausstellende CA zertifizieren darf (%2); Chrome und OpenSSL lehnen es ab: Entfernen Sie den Namen oder stellen Sie von einer anderen CA aus</translation>
    </message>
    <message>
        <location filename="../core/pki/Ed25519Rules.cpp" line="+36"/>
        <source>the key is Ed25519: Chrome, Edge and other Chromium browsers refuse the connection (ERR_SSL_VERSION_OR_CIPHER_MISMATCH; nginx logs &quot;no suitable signature algorithm&quot;) and Firefox (NSS) cannot use it either: use ECDSA P-256 or RSA</source>
        <translation>der Schlüssel ist ein Ed25519-Schlüssel: Chrome, Edge und andere Chromium-Browser lehnen die Verbindung ab (ERR_SSL_VERSION_OR_CIPHER_MISMATCH; nginx protokolliert „no suitable signature algorithm“), und Firefox (NSS) kann ihn ebenso wenig verwenden: Verwenden Sie ECDSA P-256 oder RSA</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the CA&apos;s key is Ed25519: Firefox and Chrome on Linux (NSS) cannot import it as a root, and Chromium browsers refuse every TLS server it signs (ERR_SSL_VERSION_OR_CIPHER_MISMATCH): use ECDSA P-384 or RSA</source>
        <translation>der Schlüssel der CA ist ein Ed25519-Schlüssel: Firefox und Chrome unter Linux (NSS) können sie nicht als Stamm-CA importieren, und Chromium-Browser lehnen jeden TLS-Server ab, den sie signiert (ERR_SSL_VERSION_OR_CIPHER_MISMATCH): Verwenden Sie ECDSA P-384 oder RSA</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the key is Ed25519: Firefox and Chrome on Linux (NSS) cannot import it and Chromium browsers cannot present it; OpenSSL-based servers (nginx, Apache, HAProxy) and curl accept it: use ECDSA P-256 for browsers</source>
        <translation>der Schlüssel ist ein Ed25519-Schlüssel: Firefox und Chrome unter Linux (NSS) können ihn nicht importieren, und Chromium-Browser können ihn nicht vorweisen; Server auf OpenSSL-Basis (nginx, Apache, HAProxy) und curl akzeptieren ihn: Verwenden Sie für Browser ECDSA P-256</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the certificate is signed with Ed25519: Chromium browsers cannot verify it in a TLS chain (ERR_SSL_VERSION_OR_CIPHER_MISMATCH) and Firefox and Chrome on Linux (NSS) cannot import the Ed25519 CA: issue it from an ECDSA or RSA CA</source>
        <translation>das Zertifikat ist mit Ed25519 signiert: Chromium-Browser können es in einer TLS-Kette nicht prüfen (ERR_SSL_VERSION_OR_CIPHER_MISMATCH), und Firefox und Chrome unter Linux (NSS) können die Ed25519-CA nicht importieren: Stellen Sie es von einer ECDSA- oder RSA-CA aus</translation>
    </message>
</context>
<context>
    <name>MemberRepository</name>
    <message>
        <location filename="../core/store/MemberRepository.cpp" line="+107"/>
        <source>a member named &apos;%1&apos; already exists</source>
        <translation>ein Mitglied namens „%1“ existiert bereits</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the share of private key %1 was changed outside Signet</source>
        <translation>die Freigabe des privaten Schlüssels %1 wurde außerhalb von Signet verändert</translation>
    </message>
</context>
<context>
    <name>MemberService</name>
    <message>
        <location filename="../core/MemberService.cpp" line="+40"/>
        <source>this workspace has no member named &apos;%1&apos;</source>
        <translation>dieser Arbeitsbereich hat kein Mitglied namens „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the member &apos;%1&apos; was changed outside Signet</source>
        <translation>das Mitglied „%1“ wurde außerhalb von Signet verändert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is not a CA</source>
        <translation>„%1“ ist keine CA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the workspace holds no private key for &apos;%1&apos;</source>
        <translation>der Arbeitsbereich enthält keinen privaten Schlüssel für „%1“</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&apos;%1&apos; is the only member holding the key of CA &apos;%2&apos;: share it with another member first</source>
        <translation>„%1“ ist das einzige Mitglied, das den Schlüssel der CA „%2“ hält: teilen Sie ihn zuerst mit einem anderen Mitglied</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>you cannot remove yourself from the workspace; another member can</source>
        <translation>Sie können sich nicht selbst aus dem Arbeitsbereich entfernen; ein anderes Mitglied kann es</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the private key of &apos;%1&apos; is not shared with you (member &apos;%2&apos;), so you cannot share it</source>
        <translation>der private Schlüssel von „%1“ ist nicht mit Ihnen (Mitglied „%2“) geteilt, daher können Sie ihn nicht teilen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the key of CA &apos;%1&apos; is shared with &apos;%2&apos; already</source>
        <translation>der Schlüssel der CA „%1“ ist bereits mit „%2“ geteilt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the key of CA &apos;%1&apos; is not shared with &apos;%2&apos;</source>
        <translation>der Schlüssel der CA „%1“ ist nicht mit „%2“ geteilt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>only a member who holds the key of CA &apos;%1&apos; can take it away</source>
        <translation>nur ein Mitglied, das den Schlüssel der CA „%1“ hält, kann ihn entziehen</translation>
    </message>
</context>
<context>
    <name>MobileConfig</name>
    <message>
        <location filename="../core/export/MobileConfig.cpp" line="+148"/>
        <source>Trusts the certificate authority “%1” as a root.</source>
        <translation>Vertraut der Zertifizierungsstelle „%1“ als Stamm-CA.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The intermediate certificate authority “%1”.</source>
        <translation>Die Zwischen-CA „%1“.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a configuration profile needs a certificate</source>
        <translation>ein Konfigurationsprofil braucht ein Zertifikat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a configuration profile needs every certificate of the chain</source>
        <translation>ein Konfigurationsprofil braucht jedes Zertifikat der Kette</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The certificate “%1” with its private key.</source>
        <translation>Das Zertifikat „%1“ mit seinem privaten Schlüssel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Installs the certificate “%1” with its private key and trusts the root certificate authority “%2”.</source>
        <translation>Installiert das Zertifikat „%1“ mit seinem privaten Schlüssel und vertraut der Stamm-CA „%2“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Installs the certificate “%1” with its private key.</source>
        <translation>Installiert das Zertifikat „%1“ mit seinem privaten Schlüssel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — Signet</source>
        <translation>%1 — Signet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>could not write the configuration profile</source>
        <translation>das Konfigurationsprofil konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>NameConstraints</name>
    <message>
        <location filename="../core/pki/NameConstraints.cpp" line="+49"/>
        <source>DNS names</source>
        <translation>DNS-Namen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IP addresses</source>
        <translation>IP-Adressen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e-mail addresses</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>the name constraints of CA &apos;%1&apos; permit no %2, so a CA below it cannot permit %3</source>
        <translation>die Namenseinschränkungen der CA „%1“ erlauben keine %2, daher kann eine CA unterhalb von ihr %3 nicht erlauben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name constraints of CA &apos;%1&apos; permit no %2, so %3 cannot be certified</source>
        <translation>die Namenseinschränkungen der CA „%1“ erlauben keine %2, daher kann %3 nicht zertifiziert werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the name constraints of CA &apos;%1&apos; permit only %2, so a CA below it cannot permit %3</source>
        <translation>die Namenseinschränkungen der CA „%1“ erlauben nur %2, daher kann eine CA unterhalb von ihr %3 nicht erlauben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 lies outside the name constraints of CA &apos;%2&apos;, which permit only %3</source>
        <translation>%1 liegt außerhalb der Namenseinschränkungen der CA „%2“, die nur %3 erlauben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the name constraints of CA &apos;%1&apos; exclude %2, so a CA below it cannot permit %3</source>
        <translation>die Namenseinschränkungen der CA „%1“ schließen %2 aus, daher kann eine CA unterhalb von ihr %3 nicht erlauben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name constraints of CA &apos;%1&apos; exclude %2, so %3 cannot be certified</source>
        <translation>die Namenseinschränkungen der CA „%1“ schließen %2 aus, daher kann %3 nicht zertifiziert werden</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>the common name %1 (a DNS name to OpenSSL when there is no DNS subjectAltName)</source>
        <translation>der allgemeine Name %1 (für OpenSSL ein DNS-Name, wenn es keinen DNS-subjectAltName gibt)</translation>
    </message>
</context>
<context>
    <name>NameRules</name>
    <message>
        <location filename="../core/pki/NameRules.cpp" line="+93"/>
        <source>&apos;%1&apos; contains control characters (such as a line break or a terminal escape); remove them</source>
        <translation>„%1“ enthält Steuerzeichen (etwa einen Zeilenumbruch oder eine Terminal-Escape-Sequenz); entfernen Sie sie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a name is needed</source>
        <translation>ein Name ist erforderlich</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>names may not start with &apos;id:&apos;, which refers to a certificate by its number</source>
        <translation>Namen dürfen nicht mit „id:“ beginnen, das ein Zertifikat über seine Nummer bezeichnet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the name &apos;%1&apos; would read as a serial number; add a word or a letter beyond F</source>
        <translation>der Name „%1“ würde als Seriennummer gelesen; fügen Sie ein Wort oder einen Buchstaben nach F hinzu</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>&apos;%1&apos; is an IP address, not a DNS name</source>
        <translation>„%1“ ist eine IP-Adresse, kein DNS-Name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not a valid DNS name: use letters, digits and hyphens in labels separated by dots, and a wildcard only as the whole leftmost label (*.example.com)</source>
        <translation>„%1“ ist kein gültiger DNS-Name: Verwenden Sie Buchstaben, Ziffern und Bindestriche in durch Punkte getrennten Labels und einen Platzhalter nur als ganzes linkes Label (*.example.com)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; is not a valid IP address: write four numbers from 0 to 255 (192.168.1.10) or an IPv6 address (fd00::1)</source>
        <translation>„%1“ ist keine gültige IP-Adresse: Geben Sie vier Zahlen von 0 bis 255 (192.168.1.10) oder eine IPv6-Adresse (fd00::1) an</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;%1&apos; is not a valid e-mail address</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;%1&apos; is not a domain for a name constraint: write a domain such as example.com (it and every host below it) or .example.com (only the hosts below it)</source>
        <translation>„%1“ ist keine Domäne für eine Namenseinschränkung: Geben Sie eine Domäne wie example.com (sie und alle Hosts darunter) oder .example.com (nur die Hosts darunter) an</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&apos;%1&apos; is not an e-mail domain: write a domain such as example.com (addresses at exactly that host) or .example.com (at every host below it)</source>
        <translation>„%1“ ist keine E-Mail-Domäne: Geben Sie eine Domäne wie example.com (Adressen genau dieses Hosts) oder .example.com (Adressen aller Hosts darunter) an</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is not a CRL address: use an http://, https:// or ldap:// URL</source>
        <translation>„%1“ ist keine Sperrlisten-Adresse: Verwenden Sie eine http://-, https://- oder ldap://-URL</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; is not an address for the CA certificate (Authority Information Access): use an http:// or https:// URL</source>
        <translation>„%1“ ist keine Adresse für das CA-Zertifikat (Authority Information Access): Verwenden Sie eine http://- oder https://-URL</translation>
    </message>
</context>
<context>
    <name>OpenSslConfig</name>
    <message>
        <location filename="../core/import/OpenSslConfig.cpp" line="+65"/>
        <source>a variable with an opening &apos;{&apos; and no closing &apos;}&apos;</source>
        <translation>eine Variable mit öffnendem „{“ und ohne schließendes „}“</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the variable &apos;%1&apos; is not defined</source>
        <translation>die Variable „%1“ ist nicht definiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a value grows beyond %1 characters</source>
        <translation>ein Wert wächst über %1 Zeichen hinaus</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>larger than %1 KiB</source>
        <translation>größer als %1 KiB</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a section header without &apos;]&apos;</source>
        <translation>eine Abschnittsüberschrift ohne „]“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>neither a section header nor &apos;name = value&apos;</source>
        <translation>weder eine Abschnittsüberschrift noch „name = value“</translation>
    </message>
</context>
<context>
    <name>PbeLimits</name>
    <message>
        <location filename="../core/crypto/PbeLimits.cpp" line="+28"/>
        <source>the file asks for %1 to derive its key; Signet opens files of up to %2 PBKDF2 iterations</source>
        <translation>die Datei verlangt für die Ableitung ihres Schlüssels %1; Signet öffnet Dateien mit bis zu %2 PBKDF2-Iterationen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>more iterations than can be counted</source>
        <translation>mehr Iterationen, als sich zählen lassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 iterations</source>
        <translation>%1 Iterationen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>scrypt with N=%1, p=%2</source>
        <translation>scrypt mit N=%1, p=%2</translation>
    </message>
</context>
<context>
    <name>PemScanner</name>
    <message>
        <location filename="../core/import/PemScanner.cpp" line="+60"/>
        <source>more than %1 of text without a PEM block</source>
        <translation>mehr als %1 Text ohne PEM-Block</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>a %1 block larger than %2</source>
        <translation>ein %1-Block größer als %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a %1 block without its END line</source>
        <translation>ein %1-Block ohne seine END-Zeile</translation>
    </message>
</context>
<context>
    <name>Pkcs12Builder</name>
    <message>
        <location filename="../core/export/Pkcs12Builder.cpp" line="+42"/>
        <source>a PKCS#12 file needs a password</source>
        <translation>eine PKCS#12-Datei braucht ein Passwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the private key does not belong to the certificate</source>
        <translation>der private Schlüssel gehört nicht zum Zertifikat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>could not add the chain to the PKCS#12 file</source>
        <translation>die Kette konnte nicht zur PKCS#12-Datei hinzugefügt werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>could not build the PKCS#12 file</source>
        <translation>die PKCS#12-Datei konnte nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>could not add the integrity check to the PKCS#12 file</source>
        <translation>die Integritätsprüfung konnte nicht zur PKCS#12-Datei hinzugefügt werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>could not encode the PKCS#12 file</source>
        <translation>die PKCS#12-Datei konnte nicht kodiert werden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the random number generator failed</source>
        <translation>der Zufallszahlengenerator ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>PrivateKey</name>
    <message>
        <location filename="../core/crypto/PrivateKey.cpp" line="+32"/>
        <location line="+4"/>
        <location line="+5"/>
        <source>could not set up %1 key generation</source>
        <translation>die Schlüsselerzeugung (%1) konnte nicht vorbereitet werden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>key generation was cancelled</source>
        <translation>die Schlüsselerzeugung wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>could not generate a %1 key</source>
        <translation>ein Schlüssel (%1) konnte nicht erzeugt werden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>could not set up a key decoder</source>
        <translation>ein Schlüsseldecoder konnte nicht vorbereitet werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the private key is encrypted and no password was given</source>
        <translation>der private Schlüssel ist verschlüsselt, aber es wurde kein Passwort angegeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>could not decrypt the private key: wrong password?</source>
        <translation>der private Schlüssel konnte nicht entschlüsselt werden: falsches Passwort?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a private key this program can read</source>
        <translation>kein privater Schlüssel, den dieses Programm lesen kann</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>stored private key is damaged</source>
        <translation>der gespeicherte private Schlüssel ist beschädigt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>could not encode the private key</source>
        <translation>der private Schlüssel konnte nicht kodiert werden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>could not write the private key</source>
        <translation>der private Schlüssel konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../core/pki/Profile.cpp" line="+43"/>
        <source>Root CA</source>
        <translation>Stamm-CA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intermediate CA</source>
        <translation>Zwischen-CA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server + Client</source>
        <translation>Server + Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../ui/BackgroundTask.h" line="+32"/>
        <location filename="../ui/LongTask.h" line="+25"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../ui/LongTask.h" line="+9"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>RenewalService</name>
    <message>
        <location filename="../core/RenewalService.cpp" line="+36"/>
        <source>no free name for the certificate &apos;%1&apos; that is renewed</source>
        <translation>kein freier Name für das erneuerte Zertifikat „%1“</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>&apos;%1&apos; is revoked; a revoked certificate is replaced by a new one, not renewed</source>
        <translation>„%1“ ist widerrufen; ein widerrufenes Zertifikat wird durch ein neues ersetzt, nicht erneuert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; was renewed already; renew the newer certificate</source>
        <translation>„%1“ wurde bereits erneuert; erneuern Sie das neuere Zertifikat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; was imported: Signet renews the certificates it issued</source>
        <translation>„%1“ wurde importiert: Signet erneuert nur die Zertifikate, die es ausgestellt hat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a root CA cannot be revoked; renew it without revoking</source>
        <translation>eine Stamm-CA kann nicht widerrufen werden; erneuern Sie sie ohne Widerruf</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>the workspace holds no private key for &apos;%1&apos;, so it cannot sign itself again</source>
        <translation>der Arbeitsbereich enthält keinen privaten Schlüssel für „%1“, daher kann es sich nicht erneut selbst signieren</translation>
    </message>
</context>
<context>
    <name>RequestRepository</name>
    <message>
        <location filename="../core/store/RequestRepository.cpp" line="+87"/>
        <source>the certificate request &apos;%1&apos; was changed outside Signet</source>
        <translation>die Zertifikatsanforderung „%1“ wurde außerhalb von Signet verändert</translation>
    </message>
</context>
<context>
    <name>RequestService</name>
    <message>
        <location filename="../core/RequestService.cpp" line="+32"/>
        <source>a CA&apos;s request names no hosts or addresses: only its subject</source>
        <translation>die Anforderung einer CA nennt keine Hosts oder Adressen, nur ihren Antragsteller</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the request needs a common name or at least one host name, address or e-mail address</source>
        <translation>die Anforderung braucht einen allgemeinen Namen (CN) oder mindestens einen Hostnamen, eine Adresse oder eine E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>no certificate request named &apos;%1&apos; in this workspace</source>
        <translation>keine Zertifikatsanforderung namens „%1“ in diesem Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>its private key is not the request&apos;s</source>
        <translation>ihr privater Schlüssel ist nicht der der Anforderung</translation>
    </message>
</context>
<context>
    <name>RevocationService</name>
    <message>
        <location filename="../core/RevocationService.cpp" line="+27"/>
        <source>%1 is not a revocation reason</source>
        <translation>%1 ist kein Widerrufsgrund</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; was already revoked on %2</source>
        <translation>„%1“ wurde bereits am %2 widerrufen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is a root CA: it cannot appear on any CRL; remove it from the trust stores instead</source>
        <translation>„%1“ ist eine Stamm-CA und kann auf keiner Sperrliste stehen; entfernen Sie sie stattdessen aus den Vertrauensspeichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; was not issued by a CA in this workspace</source>
        <translation>„%1“ wurde nicht von einer CA in diesem Arbeitsbereich ausgestellt</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>&apos;%1&apos; is not a CA, so it has no CRL</source>
        <translation>„%1“ ist keine CA und hat daher keine Sperrliste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the workspace holds no private key for CA &apos;%1&apos;, so it cannot sign a CRL; import a current CRL of it from the workspace that holds its key</source>
        <translation>der Arbeitsbereich enthält keinen privaten Schlüssel für die CA „%1“, daher kann er keine Sperrliste signieren; importieren Sie eine aktuelle Sperrliste dieser CA aus dem Arbeitsbereich, der ihren Schlüssel enthält</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>CA &apos;%1&apos; has used up its CRL numbers (the last was %2)</source>
        <translation>die CA „%1“ hat ihre CRL-Nummern aufgebraucht (die letzte war %2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+19"/>
        <source>publishing the CRL was cancelled</source>
        <translation>das Veröffentlichen der Sperrliste wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>RowAuthenticator</name>
    <message>
        <location filename="../core/store/RowAuthenticator.cpp" line="+108"/>
        <source>HMAC-SHA-256 is not available</source>
        <translation>HMAC-SHA-256 ist nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>SanRules</name>
    <message>
        <location filename="../core/pki/SanRules.cpp" line="+23"/>
        <source>&apos;%1&apos; is not a valid DNS name (letters, digits and hyphens in dot-separated labels, a wildcard only as the whole leftmost label); correct or remove it</source>
        <translation>„%1“ ist kein gültiger DNS-Name (Buchstaben, Ziffern und Bindestriche in durch Punkte getrennten Labels, ein Platzhalter nur als ganzes linkes Label); korrigieren oder entfernen Sie ihn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not a valid e-mail address; correct or remove it</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse; korrigieren oder entfernen Sie sie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not a URI that identifies a holder: use an http, https, ldap, ldaps or spiffe URL with a host, or a urn:</source>
        <translation>„%1“ ist kein URI, der einen Inhaber bezeichnet: verwenden Sie eine http-, https-, ldap-, ldaps- oder spiffe-URL mit Host oder eine urn:</translation>
    </message>
</context>
<context>
    <name>SealedBox</name>
    <message>
        <location filename="../core/crypto/SealedBox.cpp" line="+32"/>
        <source>the random number generator failed</source>
        <translation>der Zufallszahlengenerator ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>encryption failed</source>
        <translation>Verschlüsselung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an encrypted entry in the workspace is truncated</source>
        <translation>ein verschlüsselter Eintrag im Arbeitsbereich ist abgeschnitten</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>decryption failed</source>
        <translation>die Entschlüsselung ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>HKDF is not available</source>
        <translation>HKDF ist nicht verfügbar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>could not derive a key</source>
        <translation>es ließ sich kein Schlüssel ableiten</translation>
    </message>
</context>
<context>
    <name>Serial</name>
    <message>
        <location filename="../core/crypto/Serial.cpp" line="+15"/>
        <source>the random number generator failed</source>
        <translation>der Zufallszahlengenerator ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ServerConfigSpec</name>
    <message>
        <location filename="../core/export/ServerConfigSpec.cpp" line="+67"/>
        <source>&apos;%1&apos; is not a subject rule such as O=Acme or OU=Staff|Dev</source>
        <translation>&apos;%1&apos; ist keine Inhaberregel wie O=Acme oder OU=Staff|Dev</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; in &apos;%2&apos;: a rule names one of %3</source>
        <translation>&apos;%1&apos; in &apos;%2&apos;: eine Regel nennt eines von %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; in &apos;%2&apos;: a value is 1 to 64 letters, digits, spaces, &apos;-&apos;, &apos;.&apos;, &apos;_&apos; or &apos;@&apos;, starting with a letter or digit</source>
        <translation>&apos;%1&apos; in &apos;%2&apos;: ein Wert besteht aus 1 bis 64 Buchstaben, Ziffern, Leerzeichen, &apos;-&apos;, &apos;.&apos;, &apos;_&apos; oder &apos;@&apos; und beginnt mit einem Buchstaben oder einer Ziffer</translation>
    </message>
</context>
<context>
    <name>ServerConfigWriter</name>
    <message>
        <location filename="../core/ServerConfigService.cpp" line="+185"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>port %1 is out of range</source>
        <translation>der Port %1 liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not an http:// or https:// backend address</source>
        <translation>„%1“ ist keine http://- oder https://-Backend-Adresse</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&apos;%1&apos; is a CA, not a server certificate</source>
        <translation>„%1“ ist eine CA, kein Serverzertifikat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is a %2 certificate; the server needs one with serverAuth</source>
        <translation>„%1“ ist ein Zertifikat vom Typ %2; der Server braucht eines mit serverAuth</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the workspace holds no private key for &apos;%1&apos;</source>
        <translation>der Arbeitsbereich enthält keinen privaten Schlüssel für „%1“</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>no folder given for the configuration files</source>
        <translation>kein Ordner für die Konfigurationsdateien angegeben</translation>
    </message>
</context>
<context>
    <name>StatusStyle</name>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="+56"/>
        <source>Altered outside Signet</source>
        <translation>Außerhalb von Signet verändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Superseded</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expiring soon</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet valid</source>
        <translation>Noch nicht gültig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
</context>
<context>
    <name>SubjectAltNames</name>
    <message>
        <location filename="../core/pki/SubjectAltNames.cpp" line="+80"/>
        <source>&apos;%1&apos; is not a URI for a certificate: use an http, https, ldap, ldaps or spiffe URL with a host, or a urn:</source>
        <translation>„%1“ ist kein URI für ein Zertifikat: Verwenden Sie eine http-, https-, ldap-, ldaps- oder spiffe-URL mit Host oder eine urn:</translation>
    </message>
</context>
<context>
    <name>TemplateRepository</name>
    <message>
        <location filename="../core/store/TemplateRepository.cpp" line="+35"/>
        <location line="+24"/>
        <source>template &apos;%1&apos; was changed outside Signet</source>
        <translation>die Vorlage „%1“ wurde außerhalb von Signet verändert</translation>
    </message>
</context>
<context>
    <name>TemplateService</name>
    <message>
        <location filename="../core/TemplateService.cpp" line="+48"/>
        <source>no template named &apos;%1&apos; (built in: %2)</source>
        <translation>keine Vorlage namens „%1“ (eingebaut: %2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;%1&apos; is the name of a template that comes with Signet</source>
        <translation>„%1“ ist der Name einer Vorlage, die mit Signet geliefert wird</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a template named &apos;%1&apos; already exists</source>
        <translation>eine Vorlage namens „%1“ existiert bereits</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&apos;%1&apos; comes with Signet and cannot be deleted</source>
        <translation>„%1“ wird mit Signet geliefert und kann nicht gelöscht werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no template named &apos;%1&apos;</source>
        <translation>keine Vorlage namens „%1“</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&apos;%1&apos; is not a CA</source>
        <translation>„%1“ ist keine CA</translation>
    </message>
</context>
<context>
    <name>TransferService</name>
    <message>
        <location filename="../core/TransferService.cpp" line="+40"/>
        <source>no destination given</source>
        <translation>kein Ziel angegeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a workspace cannot be moved onto itself</source>
        <translation>ein Arbeitsbereich kann nicht auf sich selbst umgezogen werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 exists already; a workspace is moved only into a new file</source>
        <translation>%1 existiert bereits; ein Arbeitsbereich zieht nur in eine neue Datei um</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the copy does not verify, so nothing was written: %1</source>
        <translation>die Kopie besteht die Prüfung nicht, daher wurde nichts geschrieben: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cannot move the workspace to %1</source>
        <translation>der Arbeitsbereich kann nicht nach %1 umziehen</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../core/WorkspaceOpen.cpp" line="+75"/>
        <location filename="../core/store/WorkspaceFile.cpp" line="+79"/>
        <source>%1 already exists; open it instead of creating it</source>
        <translation>%1 existiert bereits; öffnen Sie die Datei, statt sie neu anzulegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the workspace password must not be empty</source>
        <translation>das Passwort des Arbeitsbereichs darf nicht leer sein</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+33"/>
        <source>%1 is not a Signet workspace (it has no key vault)</source>
        <translation>%1 ist kein Signet-Arbeitsbereich (er hat keinen Schlüsseltresor)</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>cannot seal workspace %1</source>
        <translation>der Arbeitsbereich %1 lässt sich nicht versiegeln</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot give workspace %1 its first member</source>
        <translation>der Arbeitsbereich %1 kann sein erstes Mitglied nicht erhalten</translation>
    </message>
    <message>
        <location filename="../core/WorkspaceContext.cpp" line="+47"/>
        <source>&apos;%1&apos; was removed from this workspace on %2; restore it to use it again</source>
        <translation>„%1“ wurde am %2 aus diesem Arbeitsbereich entfernt; stellen Sie es wieder her, um es erneut zu verwenden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no certificate named</source>
        <translation>kein Zertifikatsname angegeben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not a valid id</source>
        <translation>„%1“ ist keine gültige ID</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&apos;%1&apos; is the name of one certificate (id:%2) and the serial of another (id:%3); use id:N</source>
        <translation>„%1“ ist der Name eines Zertifikats (id:%2) und die Seriennummer eines anderen (id:%3); verwenden Sie id:N</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>serial %1 matches %2 certificates from different CAs; use its name or id:N</source>
        <translation>die Seriennummer %1 passt zu %2 Zertifikaten verschiedener CAs; verwenden Sie den Namen oder id:N</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no certificate or CA named &apos;%1&apos; in this workspace</source>
        <translation>kein Zertifikat und keine CA namens „%1“ in diesem Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the issuer chain of &apos;%1&apos; is too long or loops</source>
        <translation>die Ausstellerkette von „%1“ ist zu lang oder enthält eine Schleife</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&apos;%1&apos; is not a certificate authority</source>
        <translation>„%1“ ist keine Zertifizierungsstelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the workspace holds no private key for CA &apos;%1&apos;, so it cannot sign</source>
        <translation>der Arbeitsbereich enthält keinen privaten Schlüssel für die CA „%1“, daher kann sie nicht signieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CA &apos;%1&apos; is revoked and cannot issue</source>
        <translation>die CA „%1“ ist widerrufen und kann nicht ausstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CA &apos;%1&apos; expired on %2 and cannot issue</source>
        <translation>die CA „%1“ ist am %2 abgelaufen und kann nicht ausstellen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the workspace holds no private key for &apos;%1&apos;</source>
        <translation>der Arbeitsbereich enthält keinen privaten Schlüssel für „%1“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this needs the workspace password (the workspace was opened without it)</source>
        <translation>dafür ist das Passwort des Arbeitsbereichs nötig (er wurde ohne es geöffnet)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the private key of &apos;%1&apos; is not shared with you (member &apos;%2&apos;); a member who holds it can share it</source>
        <translation>der private Schlüssel von „%1“ ist nicht mit Ihnen (Mitglied „%2“) geteilt; ein Mitglied, das ihn hält, kann ihn teilen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the private key linked to &apos;%1&apos; belongs to another certificate: the workspace was changed outside Signet</source>
        <translation>der mit „%1“ verknüpfte private Schlüssel gehört zu einem anderen Zertifikat: der Arbeitsbereich wurde außerhalb von Signet geändert</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a name is needed</source>
        <translation>ein Name ist erforderlich</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the name &apos;%1&apos; is already taken in this workspace</source>
        <translation>der Name „%1“ ist in diesem Arbeitsbereich bereits vergeben</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>too many certificates named &apos;%1&apos;</source>
        <translation>zu viele Zertifikate namens „%1“</translation>
    </message>
    <message>
        <location filename="../core/store/WorkspaceFile.cpp" line="-35"/>
        <source>a workspace already exists at %1; open it instead of creating it</source>
        <translation>unter %1 existiert bereits ein Arbeitsbereich; öffnen Sie ihn, statt ihn neu anzulegen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot open the folder %1</source>
        <translation>der Ordner %1 lässt sich nicht öffnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot sync the folder %1</source>
        <translation>der Ordner %1 lässt sich nicht auf die Platte schreiben</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot create %1</source>
        <translation>%1 lässt sich nicht anlegen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 lässt sich nicht anlegen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the random number generator failed</source>
        <translation>der Zufallszahlengenerator ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>XcaDatabase</name>
    <message>
        <location filename="../core/store/XcaDatabase.cpp" line="+56"/>
        <source>the XCA database %1 does not exist</source>
        <translation>die XCA-Datenbank %1 existiert nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>cannot read the XCA database %1</source>
        <translation>die XCA-Datenbank %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 is not an XCA database: not a regular file (a link, folder, pipe?)</source>
        <translation>%1 ist keine XCA-Datenbank: keine reguläre Datei (ein Link, ein Ordner, eine Pipe?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is larger than 4 GiB, more than Signet reads as an XCA database</source>
        <translation>%1 ist größer als 4 GiB, mehr als Signet als XCA-Datenbank liest</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not an XCA database (it is not an SQLite file)</source>
        <translation>%1 ist keine XCA-Datenbank (keine SQLite-Datei)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the XCA database %1 has unfinished changes in %2: close XCA first</source>
        <translation>die XCA-Datenbank %1 hat nicht abgeschlossene Änderungen in %2: schließen Sie zuerst XCA</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the XCA database %1 has no password (settings.pwhash): XCA did not finish creating it</source>
        <translation>die XCA-Datenbank %1 hat kein Passwort (settings.pwhash): XCA hat sie nicht fertig angelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the XCA database %1 checks its password in a way Signet does not know (neither the salted SHA-512 of XCA 2.x nor the MD5 of older versions)</source>
        <translation>die XCA-Datenbank %1 prüft ihr Passwort auf eine Weise, die Signet nicht kennt (weder das gesalzene SHA-512 von XCA 2.x noch das MD5 älterer Versionen)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot check the password of the XCA database %1</source>
        <translation>das Passwort der XCA-Datenbank %1 kann nicht geprüft werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>wrong password for the XCA database %1</source>
        <translation>falsches Passwort für die XCA-Datenbank %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot read the %1 of the XCA database</source>
        <translation>%1 der XCA-Datenbank können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the XCA database holds more than %1 %2</source>
        <translation>die XCA-Datenbank enthält mehr als %1 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a value among the %1 of the XCA database is larger than %2, more than Signet reads</source>
        <translation>ein Wert in der XCA-Datenbank (%1) ist größer als %2, mehr als Signet liest</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read the %1 of the XCA database: it is damaged</source>
        <translation>%1 der XCA-Datenbank können nicht gelesen werden: sie ist beschädigt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>an item of the XCA database has a name longer than %1 characters</source>
        <translation>ein Eintrag der XCA-Datenbank hat einen Namen mit mehr als %1 Zeichen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 in the XCA database is damaged (not base64)</source>
        <translation>%1 in der XCA-Datenbank ist beschädigt (kein Base64)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 in the XCA database is larger than %2, more than Signet reads</source>
        <translation>%1 in der XCA-Datenbank ist größer als %2, mehr als Signet liest</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot open the XCA database %1</source>
        <translation>die XCA-Datenbank %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot open the XCA database %1: its SQLite driver cannot be bounded</source>
        <translation>die XCA-Datenbank %1 kann nicht geöffnet werden: ihr SQLite-Treiber lässt sich nicht begrenzen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 is an SQLite file, but not an XCA database</source>
        <translation>%1 ist eine SQLite-Datei, aber keine XCA-Datenbank</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the XCA database %1 has the format of an older XCA (schema %2): open it once in XCA 2.x, which updates it</source>
        <translation>die XCA-Datenbank %1 hat das Format einer älteren XCA-Version (Schema %2): öffnen Sie sie einmal in XCA 2.x, das sie aktualisiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the XCA database %1 has the format of a newer XCA (schema %2) than Signet reads (up to %3)</source>
        <translation>die XCA-Datenbank %1 hat das Format einer neueren XCA-Version (Schema %2), als Signet lesen kann (bis %3)</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+98"/>
        <source>certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <location line="-91"/>
        <location line="+95"/>
        <source>the certificate &apos;%1&apos;</source>
        <translation>das Zertifikat „%1“</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>private keys</source>
        <translation>private Schlüssel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the private key &apos;%1&apos;</source>
        <translation>der private Schlüssel „%1“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: protected by a password of its own</source>
        <translation>%1: durch ein eigenes Passwort geschützt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: on a smart card or other token, not in the database</source>
        <translation>%1: auf einer Smartcard oder einem anderen Token, nicht in der Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: not protected by the database password</source>
        <translation>%1: nicht durch das Datenbankpasswort geschützt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: in the format of XCA before 2.0 (open the database once in XCA 2.x, which converts it)</source>
        <translation>%1: im Format von XCA vor 2.0 (öffnen Sie die Datenbank einmal in XCA 2.x, das den Schlüssel umwandelt)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>requests</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the request &apos;%1&apos;</source>
        <translation>die Anforderung „%1“</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the request &apos;%1&apos; in the XCA database is damaged</source>
        <translation>die Anforderung „%1“ in der XCA-Datenbank ist beschädigt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>revocations</source>
        <translation>Widerrufe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a revocation by the CA &apos;%1&apos; in the XCA database is damaged (serial &apos;%2&apos;, date &apos;%3&apos;)</source>
        <translation>ein Widerruf der CA „%1“ in der XCA-Datenbank ist beschädigt (Seriennummer „%2“, Datum „%3“)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>CRLs</source>
        <translation>Sperrlisten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the CRL &apos;%1&apos;</source>
        <translation>die Sperrliste „%1“</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the template &apos;%1&apos;</source>
        <translation>die Vorlage „%1“</translation>
    </message>
</context>
<context>
    <name>XcaTemplate</name>
    <message>
        <location filename="../core/import/XcaTemplate.cpp" line="+68"/>
        <source>the template&apos;s subject is not a distinguished name</source>
        <translation>der Antragsteller der Vorlage ist kein Distinguished Name</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>the template&apos;s settings cannot be read</source>
        <translation>die Einstellungen der Vorlage sind nicht lesbar</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+74"/>
        <source>Certificate authority for private PKI and mutual TLS.</source>
        <translation>Zertifizierungsstelle für private PKI und gegenseitige TLS-Authentifizierung (mTLS).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A workspace to open (default: the last one, else $XDG_DATA_HOME/signet/default.signet), or certificates, requests, PKCS#7 and PKCS#12 files to import into it.</source>
        <translation>Ein zu öffnender Arbeitsbereich (Vorgabe: der zuletzt verwendete, sonst $XDG_DATA_HOME/signet/default.signet) oder Zertifikate, Anforderungen, PKCS#7- und PKCS#12-Dateien, die in ihn importiert werden sollen.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Signet</source>
        <translation>Signet</translation>
    </message>
</context>
<context>
    <name>signet::AboutDialog</name>
    <message>
        <location filename="../ui/dialogs/AboutDialog.cpp" line="+19"/>
        <source>About Signet</source>
        <translation>Über Signet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Signet %1</source>
        <translation>Signet %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A certificate authority for private PKI and mutual TLS.</source>
        <translation>Eine Zertifizierungsstelle für private PKI und gegenseitiges TLS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copyright 2026 the Signet developers.</source>
        <translation>Copyright 2026 die Signet-Entwickler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licensed under the Apache License, Version 2.0.</source>
        <translation>Lizenziert unter der Apache-Lizenz, Version 2.0.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Documentation: %1</source>
        <translation>Dokumentation: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built on %1.</source>
        <translation>Gebaut auf %1.</translation>
    </message>
</context>
<context>
    <name>signet::AuditModel</name>
    <message>
        <location filename="../ui/AuditModel.cpp" line="+17"/>
        <source>Workspace created</source>
        <translation>Arbeitsbereich angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workspace sealed</source>
        <translation>Arbeitsbereich versiegelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password changed</source>
        <translation>Passwort geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root CA created</source>
        <translation>Stamm-CA angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intermediate CA created</source>
        <translation>Zwischen-CA angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server certificate issued</source>
        <translation>Serverzertifikat ausgestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client certificate issued</source>
        <translation>Clientzertifikat ausgestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server and client certificate issued</source>
        <translation>Server- und Clientzertifikat ausgestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request signed</source>
        <translation>Anforderung signiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRL published</source>
        <translation>Sperrliste veröffentlicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private key exported</source>
        <translation>Privater Schlüssel exportiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server configuration written</source>
        <translation>Serverkonfiguration geschrieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deployment kit written</source>
        <translation>Bereitstellungspaket geschrieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Recorded before Signet kept the account of each entry</source>
        <translation>Aufgezeichnet, bevor Signet das Konto zu jedem Eintrag festhielt</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>signet::BackupReminder</name>
    <message>
        <location filename="../ui/BackupReminder.cpp" line="+25"/>
        <source>&amp;Back Up…</source>
        <translation>&amp;Sichern…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a verified copy of the workspace</source>
        <translation>Eine geprüfte Kopie des Arbeitsbereichs schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup &amp;Reminder…</source>
        <translation>Sicherungs&amp;erinnerung…</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n change(s) since the last backup: &lt;a href=&quot;backup&quot;&gt;Back Up…&lt;/a&gt;</source>
        <translation>
            <numerusform>%n Änderung seit der letzten Sicherung: &lt;a href=&quot;backup&quot;&gt;Sichern…&lt;/a&gt;</numerusform>
            <numerusform>%n Änderungen seit der letzten Sicherung: &lt;a href=&quot;backup&quot;&gt;Sichern…&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Back Up Workspace</source>
        <translation>Arbeitsbereich sichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signet workspaces (*.signet)</source>
        <translation>Signet-Arbeitsbereiche (*.signet)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backing up and verifying the copy…</source>
        <translation>Arbeitsbereich wird gesichert und die Kopie geprüft…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Back Up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backed up to %1 and verified: %2 certificates, %3 keys.</source>
        <translation>Nach %1 gesichert und geprüft: %2 Zertifikate, %3 Schlüssel.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backup Reminder</source>
        <translation>Sicherungserinnerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind me to back up after this many changes (0: never):</source>
        <translation>Nach so vielen Änderungen an eine Sicherung erinnern (0: nie):</translation>
    </message>
</context>
<context>
    <name>signet::CaComboBox</name>
    <message>
        <location filename="../ui/wizards/CaComboBox.cpp" line="+43"/>
        <source>%1
valid until %2</source>
        <translation>%1
gültig bis %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No CA in this workspace can sign</source>
        <translation>Keine CA in diesem Arbeitsbereich kann signieren</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>CA</source>
        <translation>CA</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Signed by &amp;CA:</source>
        <translation>Signiert von &amp;CA:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No CA in this workspace can sign. Create a CA first.</source>
        <translation>Keine CA in diesem Arbeitsbereich kann signieren. Erstellen Sie zuerst eine CA.</translation>
    </message>
</context>
<context>
    <name>signet::CertificateActions</name>
    <message>
        <location filename="../ui/CertificateActions.cpp" line="+56"/>
        <source>New Certificate &amp;Authority…</source>
        <translation>Neue &amp;Zertifizierungsstelle…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;Server Certificate…</source>
        <translation>Neues &amp;Serverzertifikat…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;Client Certificate…</source>
        <translation>Neues &amp;Clientzertifikat…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign a &amp;Request…</source>
        <translation>&amp;Anforderung signieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;voke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re&amp;new…</source>
        <translation>E&amp;rneuern…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;lease Hold…</source>
        <translation>S&amp;perre aufheben…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rena&amp;me…</source>
        <translation>Umbe&amp;nennen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remo&amp;ve…</source>
        <translation>Ent&amp;fernen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export as openssl ca &amp;Folder…</source>
        <translation>Als &amp;Ordner für openssl ca exportieren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Res&amp;tore Removed…</source>
        <translation>Entfernte wie&amp;derherstellen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish CR&amp;L…</source>
        <translation>Sperrliste &amp;veröffentlichen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server Confi&amp;guration…</source>
        <translation>Server&amp;konfiguration…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;Deployment Kit…</source>
        <translation>&amp;Bereitstellungspaket speichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check &amp;Handshake…</source>
        <translation>&amp;Handshake prüfen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;ployments…</source>
        <translation>Bereitstell&amp;ungen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New CA</source>
        <translation>Neue CA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign CSR</source>
        <translation>CSR signieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server Config</source>
        <translation>Serverkonfig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+230"/>
        <source>Publish CRL</source>
        <translation>CRL veröffentlichen</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>No certificate to renew expires within 30 days.</source>
        <translation>Kein zu erneuerndes Zertifikat läuft innerhalb von 30 Tagen ab.</translation>
    </message>
    <message numerus="yes">
        <location line="+95"/>
        <source>Revoked %n certificate(s). Publish the CRL next.</source>
        <translation>
            <numerusform>%n Zertifikat widerrufen. Veröffentlichen Sie als Nächstes die Sperrliste.</numerusform>
            <numerusform>%n Zertifikate widerrufen. Veröffentlichen Sie als Nächstes die Sperrliste.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Import Certificates and Keys</source>
        <translation>Zertifikate und Schlüssel importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates, keys and PKCS#12 (*.pem *.crt *.cer *.der *.key *.p12 *.pfx *.csr);;All files (*)</source>
        <translation>Zertifikate, Schlüssel und PKCS#12 (*.pem *.crt *.cer *.der *.key *.p12 *.pfx *.csr);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>PKCS#12 Password</source>
        <translation>PKCS#12-Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password of the PKCS#12 file:</source>
        <translation>Passwort der PKCS#12-Datei:</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>%n Datei wird importiert…</numerusform>
            <numerusform>%n Dateien werden importiert…</numerusform>
        </translation>
    </message>
    <message>
        <location line="-331"/>
        <location line="+353"/>
        <location line="+15"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>Exported “%1” to %2</source>
        <translation>„%1“ nach %2 exportiert</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>These server folders still have the old CRL:
%1</source>
        <translation>Diese Serverordner haben noch die alte Sperrliste:
%1</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+6"/>
        <source>Certificate Request</source>
        <translation>Zertifikatsanforderung</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1 is a certificate signing request. Requests are signed, not imported: create a CA first, then sign it with Sign a Request.</source>
        <translation>%1 ist eine Zertifikatsanforderung. Anforderungen werden signiert, nicht importiert: Erstellen Sie zuerst eine Zertifizierungsstelle und signieren Sie sie dann mit „Anforderung signieren“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a certificate signing request. Requests are signed, not imported.</source>
        <translation>%1 ist eine Zertifikatsanforderung. Anforderungen werden signiert, nicht importiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the Sign CSR wizard with this request?</source>
        <translation>Den Assistenten „CSR signieren“ mit dieser Anforderung öffnen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sign…</source>
        <translation>&amp;Signieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skip</source>
        <translation>&amp;Überspringen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Importing: %1 certificates so far…</source>
        <translation>Import: bisher %1 Zertifikate …</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Imported %n certificate(s).</source>
        <translation>
            <numerusform>%n Zertifikat importiert.</numerusform>
            <numerusform>%n Zertifikate importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private keys added for: %1.</source>
        <translation>Private Schlüssel hinzugefügt für: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not imported:</source>
        <translation>Nicht importiert:</translation>
    </message>
</context>
<context>
    <name>signet::CertificateTreeModel</name>
    <message>
        <location filename="../ui/CertificateTreeModel.cpp" line="+81"/>
        <source>Root CA</source>
        <translation>Stamm-CA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intermediate CA</source>
        <translation>Zwischen-CA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server + Client</source>
        <translation>Server + Client</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>signet::DefaultsDialog</name>
    <message>
        <location filename="../ui/dialogs/DefaultsDialog.cpp" line="+19"/>
        <source>Workspace Defaults</source>
        <translation>Vorgaben des Arbeitsbereichs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New certificates and CAs start with these subject fields. A CA&apos;s own defaults and a template&apos;s fields win over them; what you type in a wizard wins over all.</source>
        <translation>Neue Zertifikate und CAs beginnen mit diesen Antragstellerfeldern. Die eigenen Vorgaben einer CA und die Felder einer Vorlage haben Vorrang davor; was Sie in einem Assistenten eingeben, hat Vorrang vor allem.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Organization (O):</source>
        <translation>&amp;Organisation (O):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Example Ltd</source>
        <translation>z. B. Beispiel GmbH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizational &amp;unit (OU):</source>
        <translation>Organisations&amp;einheit (OU):</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+1"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Co&amp;untry (C):</source>
        <translation>&amp;Land (C):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>two letters, e.g. DE</source>
        <translation>zwei Buchstaben, z. B. DE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;State or province (ST):</source>
        <translation>&amp;Bundesland oder Provinz (ST):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Locality (L):</source>
        <translation>&amp;Ort (L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail domain:</source>
        <translation>E-&amp;Mail-Domäne:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. example.com</source>
        <translation>z. B. example.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The e-mail domain completes addresses given without one.</source>
        <translation>Die E-Mail-Domäne ergänzt Adressen, die ohne Domäne angegeben werden.</translation>
    </message>
</context>
<context>
    <name>signet::DeploymentKitDialog</name>
    <message>
        <location filename="../ui/dialogs/DeploymentKitDialog.cpp" line="+42"/>
        <source>Deployment Kit for “%1”</source>
        <translation>Bereitstellungspaket für „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writes everything a server needs for mutual TLS into one folder: the certificate chain and key, the client CA and CRL bundles, configurations for nginx, Apache, HAProxy and Node.js, &lt;b&gt;test-mtls.sh&lt;/b&gt; to check the running server with curl, and a README saying where each file goes.</source>
        <translation>Schreibt alles, was ein Server für gegenseitiges TLS braucht, in einen Ordner: Zertifikatskette und Schlüssel, die Client-CA- und Sperrlisten-Bündel, Konfigurationen für nginx, Apache, HAProxy und Node.js, &lt;b&gt;test-mtls.sh&lt;/b&gt; zum Prüfen des laufenden Servers mit curl und eine README, die sagt, wohin jede Datei gehört.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Accept clients &amp;from CA:</source>
        <translation>Clients &amp;von CA akzeptieren:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Admit only subjects:</source>
        <translation>Nur diese &amp;Inhaber zulassen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where the server forwards requests, with the client certificate&apos;s subject in a header</source>
        <translation>Wohin der Server Anfragen weiterleitet, mit dem Antragsteller des Clientzertifikats in einem Header</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Backend:</source>
        <translation>&amp;Backend:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>B&amp;rowse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fol&amp;der:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Save Kit</source>
        <translation>Paket &amp;speichern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deployment Kit Folder</source>
        <translation>Ordner für das Bereitstellungspaket</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose a folder for the kit.</source>
        <translation>Wählen Sie einen Ordner für das Paket.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+6"/>
        <source>Save Kit</source>
        <translation>Paket speichern</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1

Servers with this kit refuse every client. Write it anyway?</source>
        <translation>%1

Server mit diesem Paket weisen jeden Client ab. Trotzdem schreiben?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing saved: %1</source>
        <translation>Nichts gespeichert: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved %1 in &lt;b&gt;%2&lt;/b&gt;. &lt;b&gt;README.txt&lt;/b&gt; says where each file goes and how to reload each server. Once the server runs, test it with a client certificate:</source>
        <translation>%1 in &lt;b&gt;%2&lt;/b&gt; gespeichert. &lt;b&gt;README.txt&lt;/b&gt; gibt an, wohin jede Datei gehört und wie jeder Server neu geladen wird. Sobald der Server läuft, testen Sie ihn mit einem Clientzertifikat:</translation>
    </message>
</context>
<context>
    <name>signet::DeploymentsDialog</name>
    <message>
        <location filename="../ui/dialogs/DeploymentsDialog.cpp" line="+21"/>
        <source>Deployments</source>
        <translation>Bereitstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folders that server configurations and deployment kits were saved to. Every CRL published for a CA they carry rewrites their CRL file; reload the server afterwards.</source>
        <translation>Die Ordner, in die Serverkonfigurationen und Bereitstellungspakete gespeichert wurden. Jede Sperrliste, die für eine ihrer CAs veröffentlicht wird, schreibt ihre Sperrlisten-Datei neu; laden Sie den Server danach neu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clients of</source>
        <translation>Clients von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CRL file updated</source>
        <translation>Sperrliste aktualisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload with</source>
        <translation>Neu laden mit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>file missing</source>
        <translation>Datei fehlt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None yet: Certificates ▸ Server Configuration ▸ Save All Files and Save Deployment Kit record the folders they write.</source>
        <translation>Noch keine: Zertifikate ▸ Serverkonfiguration ▸ Alle Dateien speichern und Bereitstellungspaket speichern merken sich die Ordner, in die sie schreiben.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Open Folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>signet::ExportCaDialog</name>
    <message>
        <location filename="../ui/dialogs/ExportCaDialog.cpp" line="+23"/>
        <source>Export “%1” as an openssl ca Folder</source>
        <translation>„%1“ als Ordner für openssl ca exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes the CA, its key encrypted with the password below, every certificate it issued with its revocations, and its CRL number, as a folder that &lt;code&gt;openssl ca -config FOLDER/openssl.cnf&lt;/code&gt; goes on from.</source>
        <translation>Schreibt die CA, ihren mit dem Passwort unten verschlüsselten Schlüssel, jedes von ihr ausgestellte Zertifikat samt Widerrufen und ihre CRL-Nummer als Ordner, mit dem &lt;code&gt;openssl ca -config ORDNER/openssl.cnf&lt;/code&gt; weiterarbeitet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A new or empty folder</source>
        <translation>Ein neuer oder leerer Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;rowse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key &amp;password:</source>
        <translation>Schlüssel&amp;passwort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Choose a New or Empty Folder</source>
        <translation>Einen neuen oder leeren Ordner auswählen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exporting “%1”…</source>
        <translation>„%1“ wird exportiert…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is not empty: files in it with the names of the export are replaced. Export into it anyway?</source>
        <translation>%1 ist nicht leer: Dateien darin mit den Namen des Exports werden ersetzt. Trotzdem dorthin exportieren?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exported %1 certificates (%2 revoked) to %3. Go on with: openssl ca -config %4</source>
        <translation>%1 Zertifikate (%2 widerrufen) nach %3 exportiert. Weiter mit: openssl ca -config %4</translation>
    </message>
</context>
<context>
    <name>signet::ExportDialog</name>
    <message>
        <location filename="../ui/dialogs/ExportDialog.cpp" line="+95"/>
        <source>Export “%1”</source>
        <translation>„%1“ exportieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PEM certificate</source>
        <translation>PEM-Zertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DER certificate</source>
        <translation>DER-Zertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain (certificate + intermediates)</source>
        <translation>Kette (Zertifikat + Zwischenzertifikate)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full chain (+ root)</source>
        <translation>Vollständige Kette (+ Stammzertifikat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PKCS#7 .p7b</source>
        <translation>PKCS#7 .p7b</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private key (PKCS#8)</source>
        <translation>Privater Schlüssel (PKCS#8)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>iPhone / iPad / Mac</source>
        <translation>iPhone / iPad / Mac</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Android</source>
        <translation>Android</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Firefox / Chrome / modern systems</source>
        <translation>Firefox / Chrome / moderne Systeme</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Installs on:</source>
        <translation>&amp;Installieren auf:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Generate Another</source>
        <translation>&amp;Neu erzeugen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give this passphrase to whoever installs the file. Signet does not keep it.</source>
        <translation>Geben Sie diese Passphrase an die Person weiter, die die Datei installiert. Signet speichert sie nicht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key &amp;password:</source>
        <translation>Schlüssel&amp;passwort:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Speichern unter:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Uses AES-256 and SHA-256; older iPhones, Android 13 and Windows Server 2016 cannot read it.</source>
        <translation>Verwendet AES-256 und SHA-256; ältere iPhones, Android 13 und Windows Server 2016 können die Datei nicht lesen.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>PKCS#12 .p12 / .pfx or Apple .mobileconfig</source>
        <translation>PKCS#12 .p12 / .pfx oder Apple .mobileconfig</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Uses 3DES and SHA-1, the only choice older devices import.</source>
        <translation>Verwendet 3DES und SHA-1 – das einzige Verfahren, das ältere Geräte importieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writes a configuration profile (.mobileconfig). Open it on the device (AirDrop, mail or Files) to install the root CA and the client certificate; it asks for the passphrase. On an iPhone or iPad, finish in Settings › Profile Downloaded.</source>
        <translation>Schreibt ein Konfigurationsprofil (.mobileconfig). Öffnen Sie es auf dem Gerät (AirDrop, Mail oder Dateien), um die Stamm-CA und das Clientzertifikat zu installieren; dabei wird die Passphrase abgefragt. Schließen Sie die Installation auf iPhone oder iPad unter Einstellungen › Profil geladen ab.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>iPhone / iPad / Mac, .p12 only (MDM, Apple Configurator)</source>
        <translation>iPhone / iPad / Mac, nur .p12 (MDM, Apple Configurator)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A plain .p12 (3DES and SHA-1) for an MDM server or Apple Configurator. It does not make the device trust your root CA.</source>
        <translation>Eine einfache .p12-Datei (3DES und SHA-1) für einen MDM-Server oder Apple Configurator. Das Gerät vertraut dadurch Ihrer Stamm-CA nicht.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Without a password the key is written unencrypted: anyone who can read the file can use it.</source>
        <translation>Ohne Passwort wird der Schlüssel unverschlüsselt gespeichert: Wer die Datei lesen kann, kann ihn verwenden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key is encrypted with AES-256 (PKCS#8).</source>
        <translation>Der Schlüssel wird mit AES-256 verschlüsselt (PKCS#8).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The certificate alone, as Base64 text. Most servers and tools read it.</source>
        <translation>Nur das Zertifikat, als Base64-Text. Die meisten Server und Werkzeuge können es lesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate alone, binary. Windows and Java tools often expect it.</source>
        <translation>Nur das Zertifikat, binär. Windows- und Java-Werkzeuge erwarten oft dieses Format.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate followed by its intermediate CAs: what nginx ssl_certificate and Apache SSLCertificateFile expect.</source>
        <translation>Das Zertifikat, gefolgt von seinen Zwischen-CAs – so erwarten es nginx ssl_certificate und Apache SSLCertificateFile.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The certificate, its intermediate CAs and the root CA.</source>
        <translation>Das Zertifikat, seine Zwischen-CAs und die Stamm-CA.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate and its CAs in one PKCS#7 file, for Windows and Java.</source>
        <translation>Das Zertifikat und seine CAs in einer PKCS#7-Datei, für Windows und Java.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The private key alone. Only you can read the file.</source>
        <translation>Nur der private Schlüssel. Nur Sie können die Datei lesen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificate, private key and CAs in one file protected by a passphrase, for phones, browsers and Windows. Only you can read the file.</source>
        <translation>Zertifikat, privater Schlüssel und CAs in einer mit Passphrase geschützten Datei, für Smartphones, Browser und Windows. Nur Sie können die Datei lesen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Apple configuration profiles (*.mobileconfig)</source>
        <translation>Apple-Konfigurationsprofile (*.mobileconfig)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PKCS#7 (*.p7b *.p7c)</source>
        <translation>PKCS#7 (*.p7b *.p7c)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DER certificates (*.der *.cer)</source>
        <translation>DER-Zertifikate (*.der *.cer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private keys (*.key *.pem)</source>
        <translation>Private Schlüssel (*.key *.pem)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM files (*.pem *.crt)</source>
        <translation>PEM-Dateien (*.pem *.crt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export To</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Choose where to save the file.</source>
        <translation>Wählen Sie aus, wo die Datei gespeichert werden soll.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The two key passwords differ.</source>
        <translation>Die beiden Schlüsselpasswörter stimmen nicht überein.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>signet::ExportSeveralDialog</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/ExportSeveralDialog.cpp" line="+59"/>
        <source>Export %n Certificate(s)</source>
        <translation>
            <numerusform>%n Zertifikat exportieren</numerusform>
            <numerusform>%n Zertifikate exportieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiteres</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates only, without private keys: %1</source>
        <translation>Nur Zertifikate, ohne private Schlüssel: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>One certificate file each (PEM, .crt)</source>
        <translation>Je eine Zertifikatsdatei (PEM, .crt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One file each with its CA chain (PEM, -chain.pem)</source>
        <translation>Je eine Datei mit ihrer CA-Kette (PEM, -chain.pem)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One certificate file each (DER, .der)</source>
        <translation>Je eine Zertifikatsdatei (DER, .der)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All in one PEM bundle</source>
        <translation>Alle in einem PEM-Bündel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Files:</source>
        <translation>&amp;Dateien:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Bundle &amp;file:</source>
        <translation>Bündel&amp;datei:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save PEM Bundle</source>
        <translation>PEM-Bündel speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PEM files (*.pem *.crt)</source>
        <translation>PEM-Dateien (*.pem *.crt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export to Folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose where to export to.</source>
        <translation>Wählen Sie, wohin exportiert werden soll.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Replace Files?</source>
        <translation>Dateien ersetzen?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s) already exist in the folder: %1. Replace them?</source>
        <translation>
            <numerusform>%n Datei existiert bereits im Ordner: %1. Ersetzen?</numerusform>
            <numerusform>%n Dateien existieren bereits im Ordner: %1. Ersetzen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+19"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Exported %1 of %2; these failed:
%3</source>
        <translation>%1 von %2 exportiert; diese sind fehlgeschlagen:
%3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <location line="+4"/>
        <source>Exported %n certificate(s) to %1</source>
        <translation>
            <numerusform>%n Zertifikat nach %1 exportiert</numerusform>
            <numerusform>%n Zertifikate nach %1 exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>signet::HandshakeDialog</name>
    <message>
        <location filename="../ui/dialogs/HandshakeDialog.cpp" line="+51"/>
        <source>Check Handshake with “%1”</source>
        <translation>Handshake mit „%1“ prüfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Runs real TLS 1.3 and TLS 1.2 handshakes in memory between this server certificate and a client certificate, with the server set up as the generated configurations set up nginx, Apache and HAProxy: client certificate required, checked against the client CA and its published CRLs. The client checks the server&apos;s chain and name.</source>
        <translation>Führt echte TLS-1.3- und TLS-1.2-Handshakes im Arbeitsspeicher zwischen diesem Serverzertifikat und einem Clientzertifikat durch, wobei der Server so eingerichtet ist wie nginx, Apache und HAProxy in den erzeugten Konfigurationen: Clientzertifikat erforderlich, geprüft gegen die Client-CA und ihre veröffentlichten Sperrlisten. Der Client prüft die Kette und den Namen des Servers.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No client certificate with its key in this workspace</source>
        <translation>Kein Clientzertifikat mit Schlüssel in diesem Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (revoked)</source>
        <translation>%1 (widerrufen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (expired)</source>
        <translation>%1 (abgelaufen)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Client certificate:</source>
        <translation>&amp;Clientzertifikat:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server accepts clients &amp;from:</source>
        <translation>Server akzeptiert Clients &amp;von:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the certificate&apos;s first name</source>
        <translation>der erste Name des Zertifikats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name the client connects to and checks the server certificate against</source>
        <translation>Der Name, zu dem der Client verbindet und gegen den er das Serverzertifikat prüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host name:</source>
        <translation>&amp;Hostname:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>C&amp;heck</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Issue a client certificate first: the check needs one with its private key.</source>
        <translation>Stellen Sie zuerst ein Clientzertifikat aus: Die Prüfung braucht eines mit seinem privaten Schlüssel.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&lt;b&gt;%1:&lt;/b&gt; &lt;span style=&quot;color: %3;&quot;&gt;✔ accepted&lt;/span&gt; (%2)</source>
        <translation>&lt;b&gt;%1:&lt;/b&gt; &lt;span style=&quot;color: %3;&quot;&gt;✔ akzeptiert&lt;/span&gt; (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;%1:&lt;/b&gt; &lt;span style=&quot;color: %4;&quot;&gt;✘ refused by %2: %3&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1:&lt;/b&gt; &lt;span style=&quot;color: %4;&quot;&gt;✘ abgelehnt durch %2: %3&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — server&apos;s verdict on the client certificate: %2; client&apos;s verdict on the server certificate: %3; alert: %4</source>
        <translation>%1 — Urteil des Servers über das Clientzertifikat: %2; Urteil des Clients über das Serverzertifikat: %3; Alert: %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected to &lt;b&gt;%1&lt;/b&gt;; the server accepts clients of “%2”.</source>
        <translation>Verbunden mit &lt;b&gt;%1&lt;/b&gt;; der Server akzeptiert Clients von „%2“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revocation was checked against a CRL for every CA in the chain.</source>
        <translation>Der Widerrufsstatus wurde für jede CA der Kette gegen eine Sperrliste geprüft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revocation was checked for the client certificate only: not every CA above it has a CRL.</source>
        <translation>Der Widerrufsstatus wurde nur für das Clientzertifikat geprüft: Nicht jede übergeordnete CA hat eine Sperrliste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revocation was not checked: no CRL is published for the client&apos;s CA yet.</source>
        <translation>Der Widerrufsstatus wurde nicht geprüft: Für die CA des Clients ist noch keine Sperrliste veröffentlicht.</translation>
    </message>
</context>
<context>
    <name>signet::HistoryDialog</name>
    <message>
        <location filename="../ui/dialogs/HistoryDialog.cpp" line="+30"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter by name, account, folder or detail</source>
        <translation>Nach Name, Konto, Ordner oder Detail filtern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Any time</source>
        <translation>Beliebiger Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Letzter %n Tag</numerusform>
            <numerusform>Letzte %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Server certificate issued</source>
        <translation>Serverzertifikat ausgestellt</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
</context>
<context>
    <name>signet::ImportCaDialog</name>
    <message>
        <location filename="../ui/dialogs/ImportCaDialog.cpp" line="+25"/>
        <source>Certificate “%1” (serial %2)</source>
        <translation>Zertifikat „%1“ (Seriennummer %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n more certificate(s)</source>
        <translation>
            <numerusform>%n weiteres Zertifikat</numerusform>
            <numerusform>%n weitere Zertifikate</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Private key of “%1”</source>
        <translation>Privater Schlüssel von „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revoked: %1</source>
        <translation>Widerrufen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request “%1” waits to be signed (Sign a Request…)</source>
        <translation>Die Anforderung „%1“ wartet auf ihre Signatur (Anforderung signieren…)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The next CRL is number %1.</source>
        <translation>Die nächste Sperrliste hat die Nummer %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import CA</source>
        <translation>CA importieren</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The CA&apos;s common name</source>
        <translation>Der allgemeine Name der CA</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Name here:</source>
        <translation>&amp;Name hier:</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>An openssl ca folder, an EasyRSA pki or an XCA database (.xdb)</source>
        <translation>Ein Ordner von openssl ca, eine EasyRSA-PKI oder eine XCA-Datenbank (.xdb)</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Template “%1”</source>
        <translation>Vorlage „%1“</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Fol&amp;der…</source>
        <translation>&amp;Ordner…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;XCA Database…</source>
        <translation>&amp;XCA-Datenbank…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Of its encrypted private keys, or of the XCA database</source>
        <translation>Der verschlüsselten privaten Schlüssel oder der XCA-Datenbank</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Password:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brings the CA with its certificates and keys, every revocation with its original time and reason, and its CRL number: the next CRL signed here lists everything revoked before and has a higher number. Check shows what would happen without changing anything.</source>
        <translation>Übernimmt die CA mit ihren Zertifikaten und Schlüsseln, jeden Widerruf mit seinem ursprünglichen Zeitpunkt und Grund sowie ihre CRL-Nummer: Die nächste hier signierte Sperrliste führt alles, was zuvor widerrufen wurde, und hat eine höhere Nummer. „Prüfen“ zeigt, was geschehen würde, ohne etwas zu ändern.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The report appears here.</source>
        <translation>Hier erscheint der Bericht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Choose the CA&apos;s Folder</source>
        <translation>Ordner der CA auswählen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the XCA Database</source>
        <translation>XCA-Datenbank auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XCA databases (*.xdb);;All files (*)</source>
        <translation>XCA-Datenbanken (*.xdb);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Checking the CA&apos;s folder…</source>
        <translation>Ordner der CA wird geprüft…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importing the CA…</source>
        <translation>CA wird importiert…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 certificates so far…</source>
        <translation>Bisher %1 Zertifikate…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 certificates, %2 keys and %3 revocations</source>
        <translation>%1 Zertifikate, %2 Schlüssel und %3 Widerrufe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check: the %1 “%2” would bring %3. Nothing was changed.</source>
        <translation>Prüfung: Der Import von „%2“ (%1) würde %3 übernehmen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported the %1 “%2”: %3.</source>
        <translation>„%2“ (%1) importiert: %3.</translation>
    </message>
</context>
<context>
    <name>signet::InspectorWidget</name>
    <message>
        <location filename="../ui/InspectorWidget.cpp" line="+72"/>
        <source>Select a certificate to see its details.</source>
        <translation>Wählen Sie ein Zertifikat aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extension</source>
        <translation>Erweiterung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Extensions</source>
        <translation>Erweiterungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chain</source>
        <translation>Kette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM / Text</source>
        <translation>PEM / Text</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject:</source>
        <translation>Antragsteller:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid from:</source>
        <translation>Gültig ab:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until:</source>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serial:</source>
        <translation>Seriennummer:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Names (SAN):</source>
        <translation>Namen (SAN):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Usage:</source>
        <translation>Verwendung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SHA-1:</source>
        <translation>SHA-1:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy SHA-256</source>
        <translation>SHA-256 kopieren</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Copy PEM</source>
        <translation>PEM kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy Text</source>
        <translation>Text kopieren</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Revoked on %1 (%2)</source>
        <translation>Widerrufen am %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expired on %1</source>
        <translation>Abgelaufen am %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This certificate cannot be shown: %1</source>
        <translation>Dieses Zertifikat kann nicht angezeigt werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>noch %n Tag</numerusform>
            <numerusform>noch %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag abgelaufen</numerusform>
            <numerusform>vor %n Tagen abgelaufen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(issuer not in this workspace: %1)</source>
        <translation>(Aussteller nicht in diesem Arbeitsbereich: %1)</translation>
    </message>
</context>
<context>
    <name>signet::IssuanceWizard</name>
    <message>
        <location filename="../ui/wizards/IssuanceWizard.cpp" line="+57"/>
        <source>Generating %1 key…</source>
        <translation>Schlüssel (%1) wird erzeugt…</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Error, issued anyway: %1</source>
        <translation>Fehler, trotzdem ausgestellt: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate Issued with Warnings</source>
        <translation>Zertifikat mit Warnungen ausgestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” was issued, but the linter has advice about it:</source>
        <translation>„%1“ wurde ausgestellt, aber die Zertifikatsprüfung hat Hinweise dazu:</translation>
    </message>
</context>
<context>
    <name>signet::IssueFromListDialog</name>
    <message>
        <location filename="../ui/dialogs/IssueFromListDialog.cpp" line="+45"/>
        <source>Issue From List</source>
        <translation>Aus Liste ausstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A CSV file with a header row, or JSON lines</source>
        <translation>Eine CSV-Datei mit Kopfzeile oder JSON-Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Auswählen …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;List:</source>
        <translation>&amp;Liste:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;All or nothing: issue none when any line fails</source>
        <translation>&amp;Ganz oder gar nicht: keines ausstellen, wenn eine Zeile fehlschlägt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Columns: %1. Several names in one column are separated by &apos;;&apos; or blanks; profile is server, client (the default) or server-client.</source>
        <translation>Spalten: %1. Mehrere Namen in einer Spalte werden durch „;“ oder Leerzeichen getrennt; profile ist server, client (Standard) oder server-client.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject Alternative Names</source>
        <translation>Alternative Antragstellernamen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a list to see its lines before anything is issued.</source>
        <translation>Wählen Sie eine Liste, um ihre Zeilen zu sehen, bevor etwas ausgestellt wird.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Issue</source>
        <translation>&amp;Ausstellen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Choose a List of Certificates</source>
        <translation>Liste von Zertifikaten auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists (*.csv *.jsonl *.json *.txt);;All files (*)</source>
        <translation>Listen (*.csv *.jsonl *.json *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This list cannot be read: %1</source>
        <translation>Diese Liste kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>to issue</source>
        <translation>auszustellen</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n certificate(s) to issue.</source>
        <translation>
            <numerusform>%n Zertifikat auszustellen.</numerusform>
            <numerusform>%n Zertifikate auszustellen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n line(s) cannot be read (in red); they will not be issued.</source>
        <translation>
            <numerusform>%n Zeile ist nicht lesbar (rot); sie wird nicht ausgestellt.</numerusform>
            <numerusform>%n Zeilen sind nicht lesbar (rot); sie werden nicht ausgestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>&amp;Issue %n Certificate(s)</source>
        <translation>
            <numerusform>%n Zertifikat &amp;ausstellen</numerusform>
            <numerusform>%n Zertifikate &amp;ausstellen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Issuing certificates…</source>
        <translation>Zertifikate werden ausgestellt …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelling after the certificates being made now…</source>
        <translation>Abbruch nach den Zertifikaten, die gerade erstellt werden …</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Nothing more was issued: %1</source>
        <translation>Nichts weiter wurde ausgestellt: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>issued, serial %1</source>
        <translation>ausgestellt, Seriennummer %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Issued %n certificate(s).</source>
        <translation>
            <numerusform>%n Zertifikat ausgestellt.</numerusform>
            <numerusform>%n Zertifikate ausgestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n line(s) failed (in red).</source>
        <translation>
            <numerusform>%n Zeile ist fehlgeschlagen (rot).</numerusform>
            <numerusform>%n Zeilen sind fehlgeschlagen (rot).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was issued: the list was to be issued all or nothing, and not every line could be.</source>
        <translation>Nichts wurde ausgestellt: die Liste sollte ganz oder gar nicht ausgestellt werden, und nicht jede Zeile konnte es.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled: the lines after the last finished chunk were not issued.</source>
        <translation>Abgebrochen: die Zeilen nach dem letzten fertigen Abschnitt wurden nicht ausgestellt.</translation>
    </message>
</context>
<context>
    <name>signet::KeyTypeComboBox</name>
    <message>
        <location filename="../ui/wizards/KeyTypeComboBox.cpp" line="+14"/>
        <source>%1 (recommended)</source>
        <translation>%1 (empfohlen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (for old systems)</source>
        <translation>%1 (für alte Systeme)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (slow to generate, widest compatibility)</source>
        <translation>%1 (langsam zu erzeugen, höchste Kompatibilität)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (Chrome does not accept it)</source>
        <translation>%1 (von Chrome nicht akzeptiert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (web browsers do not accept it yet)</source>
        <translation>%1 (von Webbrowsern noch nicht akzeptiert)</translation>
    </message>
</context>
<context>
    <name>signet::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+53"/>
        <location line="+138"/>
        <source>Signet</source>
        <translation>Signet</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Filter by name, host name, e-mail or serial</source>
        <translation>Nach Name, Hostname, E-Mail oder Seriennummer filtern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiring soon</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="+28"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Change &amp;Password…</source>
        <translation>&amp;Passwort ändern…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Issue From &amp;List…</source>
        <translation>Aus &amp;Liste ausstellen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;CA…</source>
        <translation>&amp;CA importieren…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Workspace</source>
        <translation>&amp;Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Verify Integrity…</source>
        <translation>&amp;Integrität prüfen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Defaults…</source>
        <translation>V&amp;orgaben…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Certificates</source>
        <translation>&amp;Zertifikate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;fresh</source>
        <translation>Ak&amp;tualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Documentation</source>
        <translation>&amp;Dokumentation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;About Signet</source>
        <translation>Über &amp;Signet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+57"/>
        <source>%1 — Signet</source>
        <translation>%1 — Signet</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+65"/>
        <location line="+9"/>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+9"/>
        <source>Open Files</source>
        <translation>Dateien öffnen</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>These files cannot be read (missing, not a regular file, or larger than %1 MiB):
%2</source>
        <translation>Diese Dateien können nicht gelesen werden (fehlen, sind keine gewöhnlichen Dateien oder größer als %1 MiB):
%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Create or open a workspace first, then import or sign the files.</source>
        <translation>Legen Sie zuerst einen Arbeitsbereich an oder öffnen Sie einen; dann können Sie die Dateien importieren oder signieren.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Import %n file(s) into %1?</source>
        <translation>
            <numerusform>%n Datei in %1 importieren?</numerusform>
            <numerusform>%n Dateien in %1 importieren?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signet workspaces (*.signet)</source>
        <translation>Signet-Arbeitsbereiche (*.signet)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 already exists; open it instead.</source>
        <translation>%1 existiert bereits; öffnen Sie die Datei stattdessen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signet workspaces (*.signet);;All files (*)</source>
        <translation>Signet-Arbeitsbereiche (*.signet);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The current password is wrong; nothing was changed.</source>
        <translation>Das aktuelle Passwort ist falsch; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change Password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The workspace password was changed.</source>
        <translation>Das Passwort des Arbeitsbereichs wurde geändert.</translation>
    </message>
</context>
<context>
    <name>signet::NewCaWizard</name>
    <message>
        <location filename="../ui/wizards/NewCaWizard.cpp" line="+17"/>
        <source>New Certificate Authority</source>
        <translation>Neue Zertifizierungsstelle</translation>
    </message>
    <message>
        <location filename="../ui/wizards/CaKindPage.cpp" line="+19"/>
        <source>Kind of CA</source>
        <translation>Art der CA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A root CA starts a new chain of trust; an intermediate CA is signed by a CA you already have.</source>
        <translation>Eine Stamm-CA beginnt eine neue Vertrauenskette; eine Zwischen-CA wird von einer CA signiert, die Sie bereits haben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Root CA</source>
        <translation>S&amp;tamm-CA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Self-signed. Every device that should trust your certificates installs it once.</source>
        <translation>Selbstsigniert. Jedes Gerät, das Ihren Zertifikaten vertrauen soll, installiert sie einmal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Intermediate CA</source>
        <translation>Zwischen-&amp;CA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed by the CA chosen below. It issues the day-to-day certificates, so the root&apos;s key can stay unused.</source>
        <translation>Von der unten gewählten CA signiert. Sie stellt die Zertifikate im Alltag aus, sodass der Schlüssel der Stamm-CA unbenutzt bleiben kann.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Signed by:</source>
        <translation>Signiert &amp;von:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No CA in this workspace can sign yet, so the first CA is a root.</source>
        <translation>Noch kann keine CA in diesem Arbeitsbereich signieren, daher ist die erste CA eine Stamm-CA.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/CaIdentityPage.cpp" line="+15"/>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the CA is named in this workspace and in the certificates it signs.</source>
        <translation>Wie die CA in diesem Arbeitsbereich und in den von ihr signierten Zertifikaten heißt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Home Lab Root CA</source>
        <translation>z. B. Heimlabor-Stamm-CA</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Common name (CN):</source>
        <translation>Allgemeiner Name (&amp;CN):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organization (O):</source>
        <translation>&amp;Organisation (O):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional, two letters, e.g. DE</source>
        <translation>optional, zwei Buchstaben, z. B. DE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Co&amp;untry (C):</source>
        <translation>&amp;Land (C):</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../ui/wizards/NewCaWizard.cpp" line="+70"/>
        <source>Subject:</source>
        <translation>Antragsteller:</translation>
    </message>
    <message>
        <location filename="../ui/wizards/CaKeyPage.cpp" line="+52"/>
        <source>Key and Limits</source>
        <translation>Schlüssel und Einschränkungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CA&apos;s key, how long it is valid, and what it may sign.</source>
        <translation>Der Schlüssel der CA, wie lange sie gültig ist und was sie signieren darf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Key type:</source>
        <translation>Schlüssel&amp;typ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Validity:</source>
        <translation>&amp;Gültigkeit:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/wizards/NewCaWizard.cpp" line="+5"/>
        <source>no limit</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Path length:</source>
        <translation>&amp;Pfadlänge:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many levels of CAs may exist below this one; 0 means it signs only servers and clients.</source>
        <translation>Wie viele CA-Ebenen unterhalb dieser CA bestehen dürfen; 0 bedeutet, dass sie nur Server- und Clientzertifikate signiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>optional, e.g. example.com, lab.example.net</source>
        <translation>optional, z. B. example.com, lab.example.net</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Permitted &amp;domains:</source>
        <translation>Erlaubte &amp;Domänen:</translation>
    </message>
    <message>
        <location filename="../ui/wizards/NewCaWizard.cpp" line="+24"/>
        <source>CA issuers (AIA):</source>
        <translation>CA-Aussteller (AIA):</translation>
    </message>
    <message>
        <location filename="../ui/wizards/CaKeyPage.cpp" line="+13"/>
        <source>optional, e.g. http://pki.example.com/ca.crl</source>
        <translation>optional, z. B. http://pki.example.com/ca.crl</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>C&amp;RL URL:</source>
        <translation>Sperrlisten-&amp;URL:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where you will publish this CA&apos;s revocation list; it is written into every certificate the CA issues.</source>
        <translation>Wo Sie die Sperrliste dieser CA veröffentlichen werden; die Adresse wird in jedes Zertifikat geschrieben, das die CA ausstellt.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/NewCaWizard.cpp" line="-36"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>itself (self-signed)</source>
        <translation>sie selbst (selbstsigniert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key type:</source>
        <translation>Schlüsseltyp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validity:</source>
        <translation>Gültigkeit:</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s), until %1</source>
        <translation>
            <numerusform>%n Tag, bis %1</numerusform>
            <numerusform>%n Tage, bis %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path length:</source>
        <translation>Pfadlänge:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Permitted domains:</source>
        <translation>Erlaubte Domänen:</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>any (no name constraints)</source>
        <translation>alle (keine Namenseinschränkungen)</translation>
    </message>
    <message>
        <location filename="../ui/wizards/CaIdentityPage.cpp" line="-19"/>
        <source>Name in the &amp;workspace:</source>
        <translation>Name im &amp;Arbeitsbereich:</translation>
    </message>
    <message>
        <location filename="../ui/wizards/CaKeyPage.cpp" line="-11"/>
        <source>optional, e.g. 192.168.1.0/24, fd00::/8</source>
        <translation>optional, z. B. 192.168.1.0/24, fd00::/8</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Permitted &amp;IP ranges:</source>
        <translation>Erlaubte &amp;IP-Bereiche:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional, e.g. example.com, .example.com</source>
        <translation>optional, z. B. example.com, .example.com</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Permitted e-&amp;mail domains:</source>
        <translation>Erlaubte &amp;E-Mail-Domänen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name constraints: this CA and every CA below it can then only issue for these domains and their subdomains, these IP ranges and e-mail addresses at these domains (.example.com: at any host below it). Once any is set, other IP and e-mail addresses are refused. Chrome enforces name constraints on locally added roots.</source>
        <translation>Namenseinschränkungen: Diese CA und jede CA unterhalb von ihr können dann nur für diese Domänen und deren Subdomänen, diese IP-Bereiche und E-Mail-Adressen in diesen Domänen ausstellen (.example.com: bei jedem Host darunter). Sobald eines davon gesetzt ist, werden andere IP- und E-Mail-Adressen abgelehnt. Chrome setzt Namenseinschränkungen bei lokal hinzugefügten Stammzertifikaten durch.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>optional, e.g. http://pki.example.com/ca.crt</source>
        <translation>optional, z. B. http://pki.example.com/ca.crt</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>CA certificate &amp;URL:</source>
        <translation>&amp;Adresse des CA-Zertifikats:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where you will publish this CA&apos;s own certificate; it is written into every certificate the CA issues (Authority Information Access), so that clients can fetch a missing intermediate CA.</source>
        <translation>Wo Sie das eigene Zertifikat dieser CA veröffentlichen werden; die Adresse wird in jedes Zertifikat geschrieben, das die CA ausstellt (Authority Information Access), damit Clients eine fehlende Zwischen-CA abrufen können.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/NewCaWizard.cpp" line="+3"/>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Permitted IP ranges:</source>
        <translation>Erlaubte IP-Bereiche:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none: every IP address is refused</source>
        <translation>keine: jede IP-Adresse wird abgelehnt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Permitted e-mail domains:</source>
        <translation>Erlaubte E-Mail-Domänen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none: every e-mail address is refused</source>
        <translation>keine: jede E-Mail-Adresse wird abgelehnt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publishes its CRL at:</source>
        <translation>Veröffentlicht ihre Sperrliste unter:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publishes its certificate at:</source>
        <translation>Veröffentlicht ihr Zertifikat unter:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CRL distribution point:</source>
        <translation>Sperrlisten-Verteilungspunkt:</translation>
    </message>
</context>
<context>
    <name>signet::NewClientWizard</name>
    <message>
        <location filename="../ui/wizards/NewClientWizard.cpp" line="+21"/>
        <source>New Client Certificate</source>
        <translation>Neues Clientzertifikat</translation>
    </message>
    <message>
        <location filename="../ui/wizards/ClientIdentityPage.cpp" line="+19"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who or what the certificate identifies to servers that ask for client certificates (mutual TLS).</source>
        <translation>Wen oder was das Zertifikat gegenüber Servern ausweist, die Clientzertifikate verlangen (gegenseitige TLS-Authentifizierung).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. Anna&apos;s iPhone, Jan Novak, build-server-3</source>
        <translation>z. B. Annas iPhone, Jan Novak, build-server-3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Person or device:</source>
        <translation>&amp;Person oder Gerät:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Becomes the certificate&apos;s common name (CN) and its name in the workspace. Servers see it in their logs.</source>
        <translation>Wird zum allgemeinen Namen (CN) des Zertifikats und zu seinem Namen im Arbeitsbereich. Server sehen ihn in ihren Protokollen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>optional, e.g. anna@example.com</source>
        <translation>optional, z. B. anna@example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/wizards/ClientKeyPage.cpp" line="+23"/>
        <source>Key and Validity</source>
        <translation>Schlüssel und Gültigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key is made here and kept encrypted in the workspace until you export it.</source>
        <translation>Der Schlüssel wird hier erzeugt und verschlüsselt im Arbeitsbereich aufbewahrt, bis Sie ihn exportieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Key type:</source>
        <translation>Schlüssel&amp;typ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older Android and Windows versions import RSA 2048 keys most reliably.</source>
        <translation>Ältere Android- und Windows-Versionen importieren RSA-2048-Schlüssel am zuverlässigsten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Validity:</source>
        <translation>&amp;Gültigkeit:</translation>
    </message>
    <message>
        <location filename="../ui/wizards/NewClientWizard.cpp" line="+12"/>
        <source>Export a .p12 for a phone or browser right after issuing</source>
        <translation>Nach dem Ausstellen gleich eine .p12-Datei für Smartphone oder Browser exportieren</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Problem:</source>
        <translation>Problem:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>TLS server and client authentication</source>
        <translation>TLS-Server- und -Client-Authentifizierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS client authentication</source>
        <translation>TLS-Client-Authentifizierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject:</source>
        <translation>Antragsteller:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject alternative names:</source>
        <translation>Alternative Antragstellernamen:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key type:</source>
        <translation>Schlüsseltyp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validity:</source>
        <translation>Gültigkeit:</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s), until %1</source>
        <translation>
            <numerusform>%n Tag, bis %1</numerusform>
            <numerusform>%n Tage, bis %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CRL distribution point:</source>
        <translation>Sperrlisten-Verteilungspunkt:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CA issuers (AIA):</source>
        <translation>CA-Aussteller (AIA):</translation>
    </message>
</context>
<context>
    <name>signet::NewServerWizard</name>
    <message>
        <location filename="../ui/wizards/NewServerWizard.cpp" line="+17"/>
        <source>New Server Certificate</source>
        <translation>Neues Serverzertifikat</translation>
    </message>
    <message>
        <location filename="../ui/wizards/ServerHostsPage.cpp" line="+19"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The names clients use to reach the server. The first one also becomes the certificate&apos;s common name (CN).</source>
        <translation>Die Namen, unter denen Clients den Server erreichen. Der erste wird auch zum allgemeinen Namen (CN) des Zertifikats.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>www.example.com
example.com
192.168.1.10</source>
        <translation>www.example.com
example.com
192.168.1.10</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Host names and IP addresses:</source>
        <translation>&amp;Hostnamen und IP-Adressen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One per line or separated by commas. Browsers check only these names, never the common name. A name like *.example.com covers one level of subdomains.</source>
        <translation>Einer pro Zeile oder durch Kommas getrennt. Browser prüfen nur diese Namen, nie den allgemeinen Namen. Ein Name wie *.example.com deckt eine Ebene von Subdomänen ab.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Common name: %1</source>
        <translation>Allgemeiner Name: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DNS names: %1</source>
        <translation>DNS-Namen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IP addresses: %1</source>
        <translation>IP-Adressen: %1</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Neither a host name nor an IP address: %1</source>
        <translation>Weder Hostname noch IP-Adresse: %1</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>No CA in this workspace can sign. Create a CA first.</source>
        <translation>Keine CA in diesem Arbeitsbereich kann signieren. Erstellen Sie zuerst eine CA.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/ServerKeyPage.cpp" line="+24"/>
        <source>Key and Validity</source>
        <translation>Schlüssel und Gültigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s key is made here and kept encrypted in the workspace.</source>
        <translation>Der Schlüssel des Servers wird hier erzeugt und verschlüsselt im Arbeitsbereich aufbewahrt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Key type:</source>
        <translation>Schlüssel&amp;typ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Validity:</source>
        <translation>&amp;Gültigkeit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apple and Chrome accept at most 825 / 398 days; the default of 397 days works everywhere.</source>
        <translation>Apple und Chrome akzeptieren höchstens 825 bzw. 398 Tage; die Vorgabe von 397 Tagen funktioniert überall.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name in the &amp;workspace:</source>
        <translation>Name im &amp;Arbeitsbereich:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>optional; “%1” when left empty</source>
        <translation>optional; „%1“, wenn leer</translation>
    </message>
    <message>
        <location filename="../ui/wizards/NewServerWizard.cpp" line="+55"/>
        <source>Problem:</source>
        <translation>Problem:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>TLS server and client authentication</source>
        <translation>TLS-Server- und -Client-Authentifizierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS server authentication</source>
        <translation>TLS-Server-Authentifizierung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject:</source>
        <translation>Antragsteller:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject alternative names:</source>
        <translation>Alternative Antragstellernamen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key type:</source>
        <translation>Schlüsseltyp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validity:</source>
        <translation>Gültigkeit:</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s), until %1</source>
        <translation>
            <numerusform>%n Tag, bis %1</numerusform>
            <numerusform>%n Tage, bis %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CRL distribution point:</source>
        <translation>Sperrlisten-Verteilungspunkt:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CA issuers (AIA):</source>
        <translation>CA-Aussteller (AIA):</translation>
    </message>
</context>
<context>
    <name>signet::PasswordDialog</name>
    <message>
        <location filename="../ui/PasswordDialog.cpp" line="+45"/>
        <source>Unlock Workspace</source>
        <translation>Arbeitsbereich entsperren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set Workspace Password</source>
        <translation>Passwort für den Arbeitsbereich festlegen</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Enter the password of &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Geben Sie das Passwort für &lt;b&gt;%1&lt;/b&gt; ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a password for &lt;b&gt;%1&lt;/b&gt;. It encrypts every private key in the workspace; without it they cannot be recovered.</source>
        <translation>Wählen Sie ein Passwort für &lt;b&gt;%1&lt;/b&gt;. Es verschlüsselt jeden privaten Schlüssel im Arbeitsbereich; ohne das Passwort lassen sich die Schlüssel nicht wiederherstellen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the current password of &lt;b&gt;%1&lt;/b&gt;, then the new one twice. The private keys stay as they are; only the password that unlocks them changes.</source>
        <translation>Geben Sie das aktuelle Passwort von &lt;b&gt;%1&lt;/b&gt; ein, dann zweimal das neue. Die privaten Schlüssel bleiben, wie sie sind; nur das Passwort, das sie entsperrt, ändert sich.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Change Workspace Password</source>
        <translation>Passwort des Arbeitsbereichs ändern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>C&amp;urrent password:</source>
        <translation>&amp;Aktuelles Passwort:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Change Password</source>
        <translation>Passwort &amp;ändern</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Short passwords are easy to guess; 12 characters or more are better.</source>
        <translation>Kurze Passwörter sind leicht zu erraten; 12 oder mehr Zeichen sind besser.</translation>
    </message>
</context>
<context>
    <name>signet::PublishCrlDialog</name>
    <message>
        <location filename="../ui/dialogs/PublishCrlDialog.cpp" line="+118"/>
        <source>Publish CRL of “%1”</source>
        <translation>Sperrliste von „%1“ veröffentlichen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Valid for:</source>
        <translation>&amp;Gültig für:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What to save</source>
        <translation>Was gespeichert wird</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Signs a new certificate revocation list for &lt;b&gt;%1&lt;/b&gt; listing every certificate it has revoked, and rewrites the CRL file of every server folder that carries it.</source>
        <translation>Signiert eine neue Zertifikatsperrliste (CRL) für &lt;b&gt;%1&lt;/b&gt; mit allen Zertifikaten, die diese CA widerrufen hat, und schreibt die Sperrlisten-Datei jedes Serverordners neu, der sie enthält.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No server folder carries this CA&apos;s CRL yet (Server Configuration ▸ Save All Files and Save Deployment Kit record theirs). Save a copy below for your servers.</source>
        <translation>Noch kein Serverordner enthält die Sperrliste dieser CA (Serverkonfiguration ▸ Alle Dateien speichern und Bereitstellungspaket speichern merken sich ihre Ordner). Speichern Sie unten eine Kopie für Ihre Server.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rewritten with the new CRL, then reload those servers:</source>
        <translation>Mit der neuen Sperrliste neu geschrieben; laden Sie danach diese Server neu:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Also save a &amp;copy of the CRL</source>
        <translation>Auch eine &amp;Kopie der Sperrliste speichern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CRL &amp;bundle for servers: this CA and every CA above and below it</source>
        <translation>Sperrlisten-&amp;Bündel für Server: diese CA und jede CA darüber und darunter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Only this CA&apos;s CRL</source>
        <translation>&amp;Nur die Sperrliste dieser CA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;DER (binary) instead of PEM</source>
        <translation>&amp;DER (binär) statt PEM</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nginx ssl_crl, Apache SSLCARevocationFile and HAProxy crl-file need a CRL for every CA in the client&apos;s chain.</source>
        <translation>nginx ssl_crl, Apache SSLCARevocationFile und HAProxy crl-file brauchen eine Sperrliste für jede CA in der Kette des Clients.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>B&amp;rowse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Speichern unter:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;Next update: %1.&lt;/b&gt; After that date nginx, Apache and HAProxy reject &lt;i&gt;every&lt;/i&gt; client certificate until a newer CRL is installed. Publish again before then, and reload nginx, Apache or HAProxy after replacing the file: they read it only at start-up.</source>
        <translation>&lt;b&gt;Nächste Aktualisierung: %1.&lt;/b&gt; Nach diesem Zeitpunkt weisen nginx, Apache und HAProxy &lt;i&gt;jedes&lt;/i&gt; Clientzertifikat ab, bis eine neuere Sperrliste installiert ist. Veröffentlichen Sie vorher erneut und laden Sie nginx, Apache oder HAProxy nach dem Ersetzen der Datei neu: Sie lesen sie nur beim Start.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>DER CRL (*.crl *.der)</source>
        <translation>DER-Sperrliste (*.crl *.der)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PEM CRL (*.pem *.crl)</source>
        <translation>PEM-Sperrliste (*.pem *.crl)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save CRL As</source>
        <translation>Sperrliste speichern unter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Choose where to save the CRL.</source>
        <translation>Wählen Sie aus, wo die Sperrliste gespeichert werden soll.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Publishing the CRL of %1…</source>
        <translation>Sperrliste von %1 wird veröffentlicht…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Publishing failed: %1</source>
        <translation>Veröffentlichen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CRL was published in the workspace but not saved: %1</source>
        <translation>Die Sperrliste wurde im Arbeitsbereich veröffentlicht, aber nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="-247"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Published CRL number %1 of %2, next update %3; rewrote %n server CRL file(s)</source>
        <translation>
            <numerusform>Sperrliste Nummer %1 von %2 veröffentlicht, nächste Aktualisierung %3; %n Sperrlisten-Datei eines Servers neu geschrieben</numerusform>
            <numerusform>Sperrliste Nummer %1 von %2 veröffentlicht, nächste Aktualisierung %3; %n Sperrlisten-Dateien von Servern neu geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CRL number %1 of “%2” is published. Its next update is due on %3.</source>
        <translation>Sperrliste Nummer %1 von „%2“ ist veröffentlicht. Ihre nächste Aktualisierung ist am %3 fällig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No server folder carries this CA&apos;s CRL, so none was rewritten.</source>
        <translation>Kein Serverordner enthält die Sperrliste dieser Zertifizierungsstelle, daher wurde keiner neu geschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rewrote the CRL file of these deployments:</source>
        <translation>Die Sperrlisten-Datei dieser Bereitstellungen wurde neu geschrieben:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reload those servers to load it: %1</source>
        <translation>Laden Sie diese Server neu, damit sie sie einlesen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved a copy as %1.</source>
        <translation>Eine Kopie wurde als %1 gespeichert.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source> — now reload: %1</source>
        <translation> – jetzt neu laden: %1</translation>
    </message>
</context>
<context>
    <name>signet::RenewDialog</name>
    <message>
        <location filename="../ui/dialogs/RenewDialog.cpp" line="+53"/>
        <source>Generating %1 key…</source>
        <translation>Schlüssel (%1) wird erzeugt…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Renew “%1”</source>
        <translation>„%1“ erneuern</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Renew %n Certificates</source>
        <translation>
            <numerusform>%n Zertifikat erneuern</numerusform>
            <numerusform>%n Zertifikate erneuern</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A renewal keeps the subject, the names and the profile under a new serial number. The name moves to the new certificate; the previous one stays, marked superseded. A CA renewed with its key keeps everything it issued.</source>
        <translation>Eine Erneuerung behält Antragsteller, Namen und Profil unter einer neuen Seriennummer bei. Der Name geht auf das neue Zertifikat über; das bisherige bleibt erhalten und wird als abgelöst markiert. Eine mit ihrem Schlüssel erneuerte CA behält alles, was sie ausgestellt hat.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>As long as before</source>
        <translation>So lange wie bisher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Validity:</source>
        <translation>&amp;Gültigkeit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a &amp;new key (a CA with a new key starts a new generation)</source>
        <translation>&amp;Neuen Schlüssel erzeugen (eine CA mit neuem Schlüssel beginnt eine neue Generation)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;voke the previous certificate (reason: superseded)</source>
        <translation>Bisheriges Zertifikat &amp;widerrufen (Grund: abgelöst)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Renew</source>
        <translation>&amp;Erneuern</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 — expires %2</source>
        <translation>%1 — läuft am %2 ab</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A root CA cannot be revoked.</source>
        <translation>Eine Stamm-CA kann nicht widerrufen werden.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelled; the certificates listed were not renewed.</source>
        <translation>Abgebrochen; die aufgeführten Zertifikate wurden nicht erneuert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not renewed:
%1</source>
        <translation>Nicht erneuert:
%1</translation>
    </message>
</context>
<context>
    <name>signet::RestoreDialog</name>
    <message>
        <location filename="../ui/dialogs/RestoreDialog.cpp" line="+43"/>
        <source>Restore Removed Certificates</source>
        <translation>Entfernte Zertifikate wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed certificates are out of the tree and the lists, but still in the workspace: their CA&apos;s CRLs keep listing them when they were revoked. A CA comes back with everything that was removed together with it.</source>
        <translation>Entfernte Zertifikate stehen nicht mehr im Baum und in den Listen, sind aber noch im Arbeitsbereich: Die Sperrlisten ihrer CA führen sie weiter, wenn sie widerrufen wurden. Eine CA kommt mit allem zurück, was mit ihr entfernt wurde.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>No certificate was removed from this workspace.</source>
        <translation>Aus diesem Arbeitsbereich wurde kein Zertifikat entfernt.</translation>
    </message>
</context>
<context>
    <name>signet::RevokeDialog</name>
    <message>
        <location filename="../ui/dialogs/RevokeDialog.cpp" line="+27"/>
        <source>Unspecified</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No reason given.</source>
        <translation>Kein Grund angegeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key compromise</source>
        <translation>Schlüsselkompromittierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The private key was lost, stolen or exposed.</source>
        <translation>Der private Schlüssel wurde verloren, gestohlen oder offengelegt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA compromise</source>
        <translation>Kompromittierung der CA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The private key of a CA was lost, stolen or exposed.</source>
        <translation>Der private Schlüssel einer CA wurde verloren, gestohlen oder offengelegt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affiliation changed</source>
        <translation>Zugehörigkeit geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The holder&apos;s name or organisation changed.</source>
        <translation>Name oder Organisation des Inhabers haben sich geändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Superseded</source>
        <translation>Abgelöst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new certificate replaces this one.</source>
        <translation>Ein neues Zertifikat ersetzt dieses.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cessation of operation</source>
        <translation>Betrieb eingestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server, device or person no longer needs it.</source>
        <translation>Der Server, das Gerät oder die Person braucht es nicht mehr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate hold</source>
        <translation>Zertifikat angehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended: Release Hold makes it valid again.</source>
        <translation>Vorübergehend gesperrt: „Sperre aufheben“ macht es wieder gültig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privilege withdrawn</source>
        <translation>Berechtigung entzogen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The holder is no longer allowed what the certificate grants.</source>
        <translation>Der Inhaber darf nicht mehr, was das Zertifikat ihm erlaubt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribute authority compromise</source>
        <translation>Kompromittierung der Attributautorität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The authority that vouched for the holder&apos;s attributes was compromised.</source>
        <translation>Die Stelle, die für die Attribute des Inhabers bürgte, wurde kompromittiert.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Revoke “%1”</source>
        <translation>„%1“ widerrufen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject:</source>
        <translation>Antragsteller:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serial:</source>
        <translation>Seriennummer:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;ason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Revocation cannot be undone.&lt;/b&gt; Servers keep accepting this certificate until they see a new CRL: publish the CRL of “%1” next, install it on every server that checks it, and reload those servers.</source>
        <translation>&lt;b&gt;Ein Widerruf kann nicht rückgängig gemacht werden.&lt;/b&gt; Server akzeptieren dieses Zertifikat weiterhin, bis sie eine neue Sperrliste sehen: Veröffentlichen Sie als Nächstes die Sperrliste von „%1“, installieren Sie sie auf jedem Server, der sie prüft, und laden Sie diese Server neu.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Revoke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This certificate is already revoked.</source>
        <translation>Dieses Zertifikat ist bereits widerrufen.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Revocation failed: %1</source>
        <translation>Widerruf fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>signet::RevokeSeveralDialog</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/RevokeSeveralDialog.cpp" line="+26"/>
        <source>Revoke %n Certificate(s)</source>
        <translation>
            <numerusform>%n Zertifikat widerrufen</numerusform>
            <numerusform>%n Zertifikate widerrufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Revoke these %n certificate(s)?</source>
        <translation>
            <numerusform>Dieses %n Zertifikat widerrufen?</numerusform>
            <numerusform>Diese %n Zertifikate widerrufen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Re&amp;ason for all:</source>
        <translation>&amp;Grund für alle:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Revocation cannot be undone.&lt;/b&gt; Servers keep accepting these certificates until they see a new CRL: publish the CRL of %1 next and reload the servers that check it.</source>
        <translation>&lt;b&gt;Ein Widerruf kann nicht rückgängig gemacht werden.&lt;/b&gt; Server akzeptieren diese Zertifikate weiter, bis sie eine neue Sperrliste sehen: Veröffentlichen Sie als Nächstes die Sperrliste von %1 und laden Sie die Server neu, die sie prüfen.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>&amp;Revoke %n Certificate(s)</source>
        <translation>
            <numerusform>%n Zertifikat &amp;widerrufen</numerusform>
            <numerusform>%n Zertifikate &amp;widerrufen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Revoked %1 of %2; these were not revoked:
%3</source>
        <translation>%1 von %2 widerrufen; diese wurden nicht widerrufen:
%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>signet::ServerConfigDialog</name>
    <message>
        <location filename="../ui/dialogs/ServerConfigDialog.cpp" line="+85"/>
        <source>Server Configuration for “%1”</source>
        <translation>Serverkonfiguration für „%1“</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (revoked)</source>
        <translation>%1 (widerrufen)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Accept clients &amp;from CA:</source>
        <translation>Clients &amp;von CA akzeptieren:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Backend:</source>
        <translation>&amp;Backend:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the server forwards requests, with the client certificate&apos;s subject in a header</source>
        <translation>Wohin der Server Anfragen weiterleitet, mit dem Antragsteller des Clientzertifikats in einem Header</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>B&amp;rowse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output fol&amp;der:</source>
        <translation>&amp;Ausgabeordner:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nginx</source>
        <translation>nginx</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apache</source>
        <translation>Apache</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HAProxy</source>
        <translation>HAProxy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Node.js</source>
        <translation>Node.js</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save All Files…</source>
        <translation>Alle Dateien &amp;speichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writes the configuration of the current tab and every file it refers to into the output folder</source>
        <translation>Schreibt die Konfiguration des aktuellen Reiters und alle Dateien, auf die sie verweist, in den Ausgabeordner</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every client would be refused: %1</source>
        <translation>Jeder Client würde abgewiesen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Save All Files&lt;/b&gt; writes the %1 configuration with the certificate, key, client CA and CRL files it refers to into the output folder. %2</source>
        <translation>&lt;b&gt;Alle Dateien speichern&lt;/b&gt; schreibt die %1-Konfiguration samt den Zertifikat-, Schlüssel-, Client-CA- und Sperrlisten-Dateien, auf die sie verweist, in den Ausgabeordner. %2</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Saved %1 in &lt;b&gt;%2&lt;/b&gt;. Include &lt;b&gt;%3&lt;/b&gt; in the server&apos;s configuration and reload it. Signet keeps client-crl.pem in this folder current: every CRL published for these CAs rewrites it (then reload: &lt;code&gt;%4&lt;/code&gt;). Test with:</source>
        <translation>%1 in &lt;b&gt;%2&lt;/b&gt; gespeichert. Binden Sie &lt;b&gt;%3&lt;/b&gt; in die Konfiguration des Servers ein und laden Sie ihn neu. Signet hält client-crl.pem in diesem Ordner aktuell: jede für diese CAs veröffentlichte Sperrliste schreibt sie neu (danach neu laden: &lt;code&gt;%4&lt;/code&gt;). Testen mit:</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Output Folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>&amp;Admit only subjects:</source>
        <translation>Nur diese &amp;Inhaber zulassen:</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Copied the %1 configuration to the clipboard.</source>
        <translation>Die %1-Konfiguration wurde in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+10"/>
        <source>Save All Files</source>
        <translation>Alle Dateien speichern</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1

Servers with this configuration refuse every client. Write it anyway?</source>
        <translation>%1

Server mit dieser Konfiguration weisen jeden Client ab. Trotzdem schreiben?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing saved: %1</source>
        <translation>Nichts gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>signet::ShortcutsDialog</name>
    <message>
        <location filename="../ui/dialogs/ShortcutsDialog.cpp" line="+17"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>signet::SignRequestWizard</name>
    <message>
        <location filename="../ui/wizards/SignRequestWizard.cpp" line="+17"/>
        <source>Sign a Certificate Request</source>
        <translation>Zertifikatsanforderung signieren</translation>
    </message>
    <message>
        <location filename="../ui/wizards/CsrPage.cpp" line="+25"/>
        <source>Certificate Request</source>
        <translation>Zertifikatsanforderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSR made on the server or device that keeps its own private key. Load the file or paste its PEM text.</source>
        <translation>Eine CSR, erstellt auf dem Server oder Gerät, das seinen privaten Schlüssel selbst behält. Laden Sie die Datei oder fügen Sie ihren PEM-Text ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Load from File…</source>
        <translation>Aus Datei &amp;laden…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Choose one…</source>
        <translation>Eine auswählen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>or a &amp;waiting request:</source>
        <translation>oder eine &amp;wartende Anforderung:</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>This is not a certificate request: %1</source>
        <translation>Das ist keine Zertifikatsanforderung: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../ui/wizards/SignRequestWizard.cpp" line="+55"/>
        <source>Subject:</source>
        <translation>Antragsteller:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternative names:</source>
        <translation>Alternative Namen:</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/wizards/SignRequestWizard.cpp" line="-11"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature:</source>
        <translation>Signatur:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>valid: the requester holds the private key</source>
        <translation>gültig: Der Antragsteller besitzt den privaten Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INVALID: %1</source>
        <translation>UNGÜLTIG: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A request whose signature does not verify may have been altered; it cannot be signed.</source>
        <translation>Eine Anforderung, deren Signatur sich nicht verifizieren lässt, wurde möglicherweise verändert; sie kann nicht signiert werden.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Load Certificate Request</source>
        <translation>Zertifikatsanforderung laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate requests (*.csr *.req *.pem *.der);;All files (*)</source>
        <translation>Zertifikatsanforderungen (*.csr *.req *.pem *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/wizards/CsrIssuePage.cpp" line="+29"/>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which CA signs the request and what the certificate may be used for.</source>
        <translation>Welche CA die Anforderung signiert und wofür das Zertifikat verwendet werden darf.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Validity:</source>
        <translation>&amp;Gültigkeit:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name in the &amp;workspace:</source>
        <translation>Name im &amp;Arbeitsbereich:</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>The certificate needs a name in the workspace.</source>
        <translation>Das Zertifikat braucht einen Namen im Arbeitsbereich.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A certificate named “%1” is already in this workspace; choose another name.</source>
        <translation>Ein Zertifikat namens „%1“ ist bereits in diesem Arbeitsbereich; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/wizards/SignRequestWizard.cpp" line="+2"/>
        <source>(exactly as requested)</source>
        <translation>(genau wie angefordert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the request has none; its common name is used, as browsers need one)</source>
        <translation>(die Anforderung enthält keine; ihr allgemeiner Name wird verwendet, da Browser einen brauchen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject alternative names:</source>
        <translation>Alternative Antragstellernamen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key type:</source>
        <translation>Schlüsseltyp:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (the requester keeps the private key)</source>
        <translation>%1 (der Antragsteller behält den privaten Schlüssel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validity:</source>
        <translation>Gültigkeit:</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s), until %1</source>
        <translation>
            <numerusform>%n Tag, bis %1</numerusform>
            <numerusform>%n Tage, bis %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CRL distribution point:</source>
        <translation>Sperrlisten-Verteilungspunkt:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CA issuers (AIA):</source>
        <translation>CA-Aussteller (AIA):</translation>
    </message>
</context>
<context>
    <name>signet::SummaryPage</name>
    <message>
        <location filename="../ui/wizards/SummaryPage.cpp" line="+29"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is exactly what will be issued. Go back to change anything, or click Finish.</source>
        <translation>Genau das wird ausgestellt. Gehen Sie zurück, um etwas zu ändern, oder klicken Sie auf „Abschließen“.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Issue anyway (the certificate will be rejected by some clients)</source>
        <translation>Trotzdem ausstellen (das Zertifikat wird von manchen Clients abgelehnt)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not issued: clients would reject this certificate. Go back to change it, or issue it anyway.</source>
        <translation>Nicht ausgestellt: Clients würden dieses Zertifikat ablehnen. Gehen Sie zurück, um es zu ändern, oder stellen Sie es trotzdem aus.</translation>
    </message>
</context>
<context>
    <name>signet::TemplatePicker</name>
    <message>
        <location filename="../ui/wizards/TemplatePicker.cpp" line="+17"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (built-in)</source>
        <translation>%1 (eingebaut)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This workspace has no template for this kind of certificate.</source>
        <translation>Dieser Arbeitsbereich hat keine Vorlage für diese Art von Zertifikat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Te&amp;mplate:</source>
        <translation>Vorla&amp;ge:</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>; adds %1</source>
        <translation>; fügt %1 hinzu</translation>
    </message>
</context>
<context>
    <name>signet::ValidityEdit</name>
    <message>
        <location filename="../ui/wizards/ValidityEdit.cpp" line="+21"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+48"/>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>At most %n day(s): a certificate may not outlive its CA, and “%1” ends on %2.</source>
        <translation>
            <numerusform>Höchstens %n Tag: Ein Zertifikat darf nicht länger gültig sein als seine CA, und „%1“ endet am %2.</numerusform>
            <numerusform>Höchstens %n Tage: Ein Zertifikat darf nicht länger gültig sein als seine CA, und „%1“ endet am %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>signet::VerifyDialog</name>
    <message>
        <location filename="../ui/dialogs/VerifyDialog.cpp" line="+20"/>
        <location line="+61"/>
        <source>Verify Integrity</source>
        <translation>Integrität prüfen</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Nothing in this workspace was changed outside Signet.</source>
        <translation>In diesem Arbeitsbereich wurde nichts außerhalb von Signet geändert.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s) in this workspace were changed outside Signet.</source>
        <translation>
            <numerusform>%n Eintrag in diesem Arbeitsbereich wurde außerhalb von Signet geändert.</numerusform>
            <numerusform>%n Einträge in diesem Arbeitsbereich wurden außerhalb von Signet geändert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Checked %1 certificates, %2 private keys, %3 CRLs, %4 deployments and %5 audit log entries.</source>
        <translation>Geprüft: %1 Zertifikate, %2 private Schlüssel, %3 CRLs, %4 Bereitstellungen und %5 Einträge des Prüfprotokolls.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Signet refuses to sign, export or deploy with these items. Restore the workspace from a backup you trust, and find out who could write to the file.</source>
        <translation>Signet signiert, exportiert und verteilt mit diesen Einträgen nichts. Stellen Sie den Arbeitsbereich aus einer vertrauenswürdigen Sicherung wieder her und finden Sie heraus, wer in die Datei schreiben konnte.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Verifying the workspace…</source>
        <translation>Arbeitsbereich wird geprüft…</translation>
    </message>
</context>
<context>
    <name>signet::WelcomePage</name>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="+15"/>
        <source>&lt;h1&gt;Welcome to Signet&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Willkommen bei Signet&lt;/h1&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create your first certificate authority</source>
        <translation>Erste Zertifizierungsstelle erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A root CA signs the server and client certificates you will issue.</source>
        <translation>Eine Stamm-CA signiert die Server- und Clientzertifikate, die Sie ausstellen werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Continue with an existing .signet file.</source>
        <translation>Mit einer vorhandenen .signet-Datei weiterarbeiten.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This workspace holds no certificate authority yet. Create one to start issuing server and client certificates for mutual TLS.</source>
        <translation>Dieser Arbeitsbereich enthält noch keine Zertifizierungsstelle. Erstellen Sie eine, um Server- und Clientzertifikate für gegenseitige TLS-Authentifizierung auszustellen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signet keeps your certificate authorities, certificates and their encrypted keys in one workspace file.</source>
        <translation>Signet bewahrt Ihre Zertifizierungsstellen, Zertifikate und deren verschlüsselte Schlüssel in einer einzigen Arbeitsbereichsdatei auf.</translation>
    </message>
</context>
<context>
    <name>signet::WorkspaceStatus</name>
    <message>
        <location filename="../ui/WorkspaceStatus.cpp" line="+44"/>
        <source>No certificate expires in the next %1 days</source>
        <translation>Kein Zertifikat läuft in den nächsten %1 Tagen ab</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n certificate(s) expire in the next %1 days</source>
        <translation>
            <numerusform>%n Zertifikat läuft in den nächsten %1 Tagen ab</numerusform>
            <numerusform>%n Zertifikate laufen in den nächsten %1 Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Renew…</source>
        <translation>Erneuern…</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>⚠ %n revocation(s) not yet published (%1) — servers still admit them; publish the CRL</source>
        <translation>
            <numerusform>⚠ %n Widerruf noch nicht veröffentlicht (%1) – Server lassen ihn noch zu; veröffentlichen Sie die Sperrliste</numerusform>
            <numerusform>⚠ %n Widerrufe noch nicht veröffentlicht (%1) – Server lassen sie noch zu; veröffentlichen Sie die Sperrliste</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CRLs up to date</source>
        <translation>Sperrlisten aktuell</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>⚠ CRL expired: %1 — servers reject every client; publish a new one</source>
        <translation>⚠ Sperrliste abgelaufen: %1 – Server weisen jeden Client ab; veröffentlichen Sie eine neue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ CRL expires within %1 days: %2</source>
        <translation>⚠ Sperrliste läuft innerhalb von %1 Tagen ab: %2</translation>
    </message>
</context>
</TS>
