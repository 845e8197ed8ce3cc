<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="da">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/hoering/gui/main_window.py" line="47"/>
        <source>Database: {0} · Bruger: {1}</source>
        <translation>Database: {0} · User: {1}</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/main_window.py" line="72"/>
        <source>Henter høringer …</source>
        <translation>Loading consultations …</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/main_window.py" line="82"/>
        <source>Opretter demohøringen …</source>
        <translation>Creating the demo consultation …</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/main_window.py" line="101"/>
        <source>Databasen har ingen høringer endnu.</source>
        <translation>The database has no consultations yet.</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/main_window.py" line="108"/>
        <source>{0} – {1}</source>
        <translation>{0} – {1}</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/main_window.py" line="138"/>
        <source>Klimatiltag {0}</source>
        <translation>Measure {0}</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/main_window.py" line="147"/>
        <source>Status: {0}</source>
        <translation>Status: {0}</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/main_window.py" line="148"/>
        <source>Bemærkninger: {0}</source>
        <translation>Comments: {0}</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/main_window.py" line="149"/>
        <source>Uden udfald: {0}</source>
        <translation>Without outcome: {0}</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/main_window.py" line="151"/>
        <source>Klimatiltag uden vurdering: {0}</source>
        <translation>Measures without assessment: {0}</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/main_window.py" line="161"/>
        <location filename="../../ui/main_window.ui" line="14"/>
        <location filename="../../ui/main_window.ui" line="39"/>
        <source>Høring</source>
        <translation>Høring</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/main_window.py" line="166"/>
        <source>Der opstod en uventet fejl: {0}</source>
        <translation>An unexpected error occurred: {0}</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/main_window.py" line="171"/>
        <source>Om Høring</source>
        <translation>About Høring</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/main_window.py" line="175"/>
        <source>Høring {0}

Registrér høringssvar, skriv administrationens vurdering og eksportér høringsnotatet.</source>
        <translation>Høring {0}

Log consultation responses, write the administration&apos;s assessment and export the consultation memo.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="23"/>
        <source>&amp;Høring:</source>
        <translation>&amp;Consultation:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="62"/>
        <source>Planen</source>
        <translation>The plan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="98"/>
        <source>Detaljer</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="114"/>
        <source>&amp;Filer</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="122"/>
        <source>&amp;Hjælp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="132"/>
        <source>&amp;Genindlæs</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="135"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="140"/>
        <source>&amp;Afslut</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="143"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="148"/>
        <source>&amp;Om Høring</source>
        <translation>&amp;About Høring</translation>
    </message>
</context>
<context>
    <name>PlanTreeModel</name>
    <message>
        <location filename="../../src/hoering/gui/plan_model.py" line="46"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/plan_model.py" line="47"/>
        <source>Bemærkninger</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/plan_model.py" line="48"/>
        <source>Uden udfald</source>
        <translation>Without outcome</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/plan_model.py" line="49"/>
        <source>Uden vurdering</source>
        <translation>Without assessment</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/plan_model.py" line="58"/>
        <source>Politikken som helhed</source>
        <translation>The policy as a whole</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/plan_model.py" line="60"/>
        <source>Forslag til nye tiltag</source>
        <translation>Proposals for new measures</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/plan_model.py" line="124"/>
        <source>(uden titel)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/plan_model.py" line="126"/>
        <source>(udgår)</source>
        <translation>(dropped)</translation>
    </message>
</context>
</TS>
