<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>signet::CertificateActions</name>
    <message numerus="yes">
        <location filename="../ui/CertificateActions.cpp" line="+347"/>
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importing %n file…</numerusform>
            <numerusform>Importing %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Imported %n certificate(s).</source>
        <translation>
            <numerusform>Imported %n certificate.</numerusform>
            <numerusform>Imported %n certificates.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>signet::InspectorWidget</name>
    <message numerus="yes">
        <location filename="../ui/InspectorWidget.cpp" line="+221"/>
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
    <name>signet::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="+311"/>
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
        <location filename="../ui/wizards/NewCaWizard.cpp" line="+374"/>
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
        <location filename="../ui/wizards/NewClientWizard.cpp" line="+164"/>
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
        <location filename="../ui/wizards/NewServerWizard.cpp" line="+201"/>
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
    <name>signet::SignRequestWizard</name>
    <message numerus="yes">
        <location filename="../ui/wizards/SignRequestWizard.cpp" line="+312"/>
        <source>%n day(s), until %1</source>
        <translation>
            <numerusform>%n day, until %1</numerusform>
            <numerusform>%n days, until %1</numerusform>
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
        <location filename="../ui/WorkspaceStatus.cpp" line="+40"/>
        <source>%n certificate(s) expire in the next %1 days</source>
        <translation>
            <numerusform>%n certificate expires in the next %1 days</numerusform>
            <numerusform>%n certificates expire in the next %1 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>⚠ %n revocation(s) not yet published (%1) — servers still admit them; publish the CRL</source>
        <translation>
            <numerusform>⚠ %n revocation not yet published (%1) — servers still admit it; publish the CRL</numerusform>
            <numerusform>⚠ %n revocations not yet published (%1) — servers still admit them; publish the CRL</numerusform>
        </translation>
    </message>
</context>
</TS>
