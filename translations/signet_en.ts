<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DialogSupport</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/DialogSupport.cpp" line="+133"/>
        <source>%1 already holds %n file(s) that would be replaced:
%2

Replace them?</source>
        <translation>
            <numerusform>%1 already holds %n file that would be replaced:
%2

Replace it?</numerusform>
            <numerusform>%1 already holds %n files that would be replaced:
%2

Replace them?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message numerus="yes">
        <location filename="../core/ImportSession.cpp" line="+455"/>
        <source>%n more not imported</source>
        <translation>
            <numerusform>%n more not imported</numerusform>
            <numerusform>%n more not imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LifecycleCommands</name>
    <message numerus="yes">
        <location filename="../ui/LifecycleCommands.cpp" line="+74"/>
        <source>Remove %n certificate(s) from the workspace?</source>
        <translation>
            <numerusform>Remove %n certificate from the workspace?</numerusform>
            <numerusform>Remove %n certificates from the workspace?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>A CA goes with everything below it (%n CA(s) in all). </source>
        <translation>
            <numerusform>A CA goes with everything below it (%n CA in all). </numerusform>
            <numerusform>A CA goes with everything below it (%n CAs in all). </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>signet::BackupReminder</name>
    <message numerus="yes">
        <location filename="../ui/BackupReminder.cpp" line="+71"/>
        <source>%n change(s) since the last backup: &lt;a href=&quot;backup&quot;&gt;Back Up…&lt;/a&gt;</source>
        <translation>
            <numerusform>%n change since the last backup: &lt;a href=&quot;backup&quot;&gt;Back Up…&lt;/a&gt;</numerusform>
            <numerusform>%n changes since the last backup: &lt;a href=&quot;backup&quot;&gt;Back Up…&lt;/a&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>signet::CertificateActions</name>
    <message numerus="yes">
        <location filename="../ui/CertificateActions.cpp" line="+323"/>
        <source>Revoked %n certificate(s). Publish the CRL next.</source>
        <translation>
            <numerusform>Revoked %n certificate. Publish the CRL next.</numerusform>
            <numerusform>Revoked %n certificates. Publish the CRL next.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+126"/>
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importing %n file…</numerusform>
            <numerusform>Importing %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Imported %n certificate(s).</source>
        <translation>
            <numerusform>Imported %n certificate.</numerusform>
            <numerusform>Imported %n certificates.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>signet::ExportSeveralDialog</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/ExportSeveralDialog.cpp" line="+59"/>
        <source>Export %n Certificate(s)</source>
        <translation>
            <numerusform>Export %n Certificate</numerusform>
            <numerusform>Export %n Certificates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+125"/>
        <source>%n file(s) already exist in the folder: %1. Replace them?</source>
        <translation>
            <numerusform>%n file already exists in the folder: %1. Replace it?</numerusform>
            <numerusform>%n files already exist in the folder: %1. Replace them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <location line="+4"/>
        <source>Exported %n certificate(s) to %1</source>
        <translation>
            <numerusform>Exported %n certificate to %1</numerusform>
            <numerusform>Exported %n certificates to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>signet::HistoryDialog</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/HistoryDialog.cpp" line="+46"/>
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Last %n day</numerusform>
            <numerusform>Last %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>signet::ImportCaDialog</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/ImportCaDialog.cpp" line="+28"/>
        <source>%n more certificate(s)</source>
        <translation>
            <numerusform>%n more certificate</numerusform>
            <numerusform>%n more certificates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>signet::InspectorWidget</name>
    <message numerus="yes">
        <location filename="../ui/InspectorWidget.cpp" line="+235"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expired %n day ago</numerusform>
            <numerusform>expired %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>signet::IssueFromListDialog</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/IssueFromListDialog.cpp" line="+181"/>
        <source>%n certificate(s) to issue.</source>
        <translation>
            <numerusform>%n certificate to issue.</numerusform>
            <numerusform>%n certificates to issue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n line(s) cannot be read (in red); they will not be issued.</source>
        <translation>
            <numerusform>%n line cannot be read (in red); it will not be issued.</numerusform>
            <numerusform>%n lines cannot be read (in red); they will not be issued.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>&amp;Issue %n Certificate(s)</source>
        <translation>
            <numerusform>&amp;Issue %n Certificate</numerusform>
            <numerusform>&amp;Issue %n Certificates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+91"/>
        <source>Issued %n certificate(s).</source>
        <translation>
            <numerusform>Issued %n certificate.</numerusform>
            <numerusform>Issued %n certificates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n line(s) failed (in red).</source>
        <translation>
            <numerusform>%n line failed (in red).</numerusform>
            <numerusform>%n lines failed (in red).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>signet::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="+262"/>
        <source>Import %n file(s) into %1?</source>
        <translation>
            <numerusform>Import %n file into %1?</numerusform>
            <numerusform>Import %n files into %1?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>signet::NewCaWizard</name>
    <message numerus="yes">
        <location filename="../ui/wizards/NewCaWizard.cpp" line="+90"/>
        <source>%n day(s), until %1</source>
        <translation>
            <numerusform>%n day, until %1</numerusform>
            <numerusform>%n days, until %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>signet::NewClientWizard</name>
    <message numerus="yes">
        <location filename="../ui/wizards/NewClientWizard.cpp" line="+110"/>
        <source>%n day(s), until %1</source>
        <translation>
            <numerusform>%n day, until %1</numerusform>
            <numerusform>%n days, until %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>signet::NewServerWizard</name>
    <message numerus="yes">
        <location filename="../ui/wizards/NewServerWizard.cpp" line="+99"/>
        <source>%n day(s), until %1</source>
        <translation>
            <numerusform>%n day, until %1</numerusform>
            <numerusform>%n days, until %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>signet::PublishCrlDialog</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/PublishCrlDialog.cpp" line="+87"/>
        <source>Published CRL number %1 of %2, next update %3; rewrote %n server CRL file(s)</source>
        <translation>
            <numerusform>Published CRL number %1 of %2, next update %3; rewrote %n server CRL file</numerusform>
            <numerusform>Published CRL number %1 of %2, next update %3; rewrote %n server CRL files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>signet::RenewDialog</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/RenewDialog.cpp" line="+66"/>
        <source>Renew %n Certificates</source>
        <translation>
            <numerusform>Renew %n Certificate</numerusform>
            <numerusform>Renew %n Certificates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>signet::RevokeSeveralDialog</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/RevokeSeveralDialog.cpp" line="+26"/>
        <source>Revoke %n Certificate(s)</source>
        <translation>
            <numerusform>Revoke %n Certificate</numerusform>
            <numerusform>Revoke %n Certificates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Revoke these %n certificate(s)?</source>
        <translation>
            <numerusform>Revoke this %n certificate?</numerusform>
            <numerusform>Revoke these %n certificates?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>&amp;Revoke %n Certificate(s)</source>
        <translation>
            <numerusform>&amp;Revoke %n Certificate</numerusform>
            <numerusform>&amp;Revoke %n Certificates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>signet::SignRequestWizard</name>
    <message numerus="yes">
        <location filename="../ui/wizards/SignRequestWizard.cpp" line="+76"/>
        <source>%n day(s), until %1</source>
        <translation>
            <numerusform>%n day, until %1</numerusform>
            <numerusform>%n days, until %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>signet::TemplatePicker</name>
    <message numerus="yes">
        <location filename="../ui/wizards/TemplatePicker.cpp" line="+57"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>signet::ValidityEdit</name>
    <message numerus="yes">
        <location filename="../ui/wizards/ValidityEdit.cpp" line="+87"/>
        <source>At most %n day(s): a certificate may not outlive its CA, and “%1” ends on %2.</source>
        <translation>
            <numerusform>At most %n day: a certificate may not outlive its CA, and “%1” ends on %2.</numerusform>
            <numerusform>At most %n days: a certificate may not outlive its CA, and “%1” ends on %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>signet::VerifyDialog</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/VerifyDialog.cpp" line="+23"/>
        <source>%n item(s) in this workspace were changed outside Signet.</source>
        <translation>
            <numerusform>%n item in this workspace was changed outside Signet.</numerusform>
            <numerusform>%n items in this workspace were changed outside Signet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>signet::WorkspaceStatus</name>
    <message numerus="yes">
        <location filename="../ui/WorkspaceStatus.cpp" line="+45"/>
        <source>%n certificate(s) expire in the next %1 days</source>
        <translation>
            <numerusform>%n certificate expires in the next %1 days</numerusform>
            <numerusform>%n certificates expire in the next %1 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>⚠ %n revocation(s) not yet published (%1) — servers still admit them; publish the CRL</source>
        <translation>
            <numerusform>⚠ %n revocation not yet published (%1) — servers still admit it; publish the CRL</numerusform>
            <numerusform>⚠ %n revocations not yet published (%1) — servers still admit them; publish the CRL</numerusform>
        </translation>
    </message>
</context>
</TS>
