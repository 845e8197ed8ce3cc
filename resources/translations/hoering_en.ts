<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="da">
<context>
    <name>ApplyPhraseDialog</name>
    <message>
        <location filename="../../src/hoering/gui/phrase_dialogs.py" line="71" />
        <source>Vælg standardtekst</source>
        <translation>Choose a standard phrase</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/phrase_dialogs.py" line="74" />
        <source>Sæt også &amp;udfald:</source>
        <translation>Also set the &amp;outcome:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/phrase_dialogs.py" line="76" />
        <source>&amp;Redigér standardtekster …</source>
        <translation>&amp;Edit standard phrases …</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/phrase_dialogs.py" line="86" />
        <source>Teksten bliver svar på {0} bemærkning(er).</source>
        <translation>The text becomes the reply to {0} comment(s).</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <location filename="../../src/hoering/gui/response_dialogs.py" line="138" />
        <source>Bemærkning</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/response_dialogs.py" line="138" />
        <source>Mål</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/response_dialogs.py" line="139" />
        <source>Afsender</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/response_dialogs.py" line="139" />
        <source>Modtaget</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/response_dialogs.py" line="139" />
        <source>Tilføjer</source>
        <translation>Adds</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/response_dialogs.py" line="145" />
        <source>Kampagnens bemærkninger (gælder for alle svar):</source>
        <translation>The campaign's comments (count for every response):</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/response_dialogs.py" line="147" />
        <source>Svarene i kampagnen og hvad de tilføjer:</source>
        <translation>The responses in the campaign and what they add:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/response_dialogs.py" line="159" />
        <source>Kampagne {0}</source>
        <translation>Campaign {0}</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/response_dialogs.py" line="162" />
        <source>{0} høringssvar med samme tekst. Markér en passage i den fælles tekst og tryk K: bemærkningen tæller for hvert svar.</source>
        <translation>{0} responses with the same text. Select a passage in the common text and press K: the comment counts for every response.</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/response_dialogs.py" line="178" />
        <source>(intet ud over den fælles tekst)</source>
        <translation>(nothing beyond the common text)</translation>
    </message>
</context>
<context>
    <name>ChangeHistoryDialog</name>
    <message>
        <location filename="../../src/hoering/gui/history_dialog.py" line="62" />
        <source>Ændringer: {0}</source>
        <translation>Changes: {0}</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/history_dialog.py" line="66" />
        <source>Ingen ændringer registreret.</source>
        <translation>No changes recorded.</translation>
    </message>
</context>
<context>
    <name>CommentTableModel</name>
    <message>
        <location filename="../../src/hoering/gui/comment_model.py" line="39" />
        <source>Afsender</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/comment_model.py" line="40" />
        <source>Kanal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/comment_model.py" line="41" />
        <source>Modtaget</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/comment_model.py" line="42" />
        <source>Bemærkning</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/comment_model.py" line="43" />
        <source>Svar</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/comment_model.py" line="44" />
        <source>Også</source>
        <translation>Also</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/comment_model.py" line="45" />
        <source>Udfald</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/comment_model.py" line="104" />
        <source>notat</source>
        <translation>memo</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <location filename="../../src/hoering/gui/comments_panel.py" line="48" />
        <source>(intet udfald)</source>
        <translation>(no outcome)</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/comments_panel.py" line="92" />
        <source>Å&amp;bn svaret</source>
        <translation>&amp;Open the response</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/comments_panel.py" line="95" />
        <source>Bemærkningens æ&amp;ndringer …</source>
        <translation>Comment's cha&amp;nges …</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/comments_panel.py" line="111" />
        <source>{0} bemærkninger, {1} uden udfald</source>
        <translation>{0} comments, {1} without outcome</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/comments_panel.py" line="156" />
        <location filename="../../src/hoering/gui/comments_panel.py" line="165" />
        <source>intet udfald</source>
        <translation>no outcome</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/comments_panel.py" line="157" />
        <source>Udfald »{0}« for {1} bemærkning(er)</source>
        <translation>Outcome “{0}” for {1} comment(s)</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/comments_panel.py" line="166" />
        <source>Udfald »{0}«</source>
        <translation>Outcome “{0}”</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/comments_panel.py" line="176" />
        <source>Svar på bemærkning</source>
        <translation>Reply to a comment</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/comments_panel.py" line="177" />
        <source>Administrationens svar til {0}:</source>
        <translation>The administration's reply to {0}:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/comments_panel.py" line="182" />
        <source>Svar skrevet</source>
        <translation>Reply written</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/comments_panel.py" line="192" />
        <source>Standardtekst på {0} bemærkning(er)</source>
        <translation>Standard phrase on {0} comment(s)</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/comments_panel.py" line="209" />
        <source>bemærkning fra {0}</source>
        <translation>comment from {0}</translation>
    </message>
    <message>
        <location filename="../../ui/comments_panel.ui" line="12" />
        <source>Bemærkninger</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../ui/comments_panel.ui" line="25" />
        <source>&amp;Udfald:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <location filename="../../ui/comments_panel.ui" line="31" />
        <source>Udfald for de valgte bemærkninger</source>
        <translation>Outcome for the selected comments</translation>
    </message>
    <message>
        <location filename="../../ui/comments_panel.ui" line="36" />
        <source>&amp;Sæt udfald</source>
        <translation>&amp;Set outcome</translation>
    </message>
    <message>
        <location filename="../../ui/comments_panel.ui" line="41" />
        <source>S&amp;var …</source>
        <translation>Re&amp;ply …</translation>
    </message>
    <message>
        <location filename="../../ui/comments_panel.ui" line="46" />
        <source>S&amp;tandardtekst …</source>
        <translation>S&amp;tandard phrase …</translation>
    </message>
    <message>
        <location filename="../../ui/comments_panel.ui" line="51" />
        <source>Å&amp;bn høringssvar</source>
        <translation>O&amp;pen response</translation>
    </message>
    <message>
        <location filename="../../ui/comments_panel.ui" line="56" />
        <source>Opret &amp;nyt tiltag …</source>
        <translation>Create &amp;new measure …</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../src/hoering/gui/conflict_dialog.py" line="34" />
        <source>En anden har gemt først</source>
        <translation>Someone else saved first</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/conflict_dialog.py" line="39" />
        <source>Resultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/conflict_dialog.py" line="44" />
        <source>Før (det I begge tog udgangspunkt i)</source>
        <translation>Before (what you both started from)</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/conflict_dialog.py" line="45" />
        <source>Deres (gemt)</source>
        <translation>Theirs (saved)</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/conflict_dialog.py" line="46" />
        <source>Min (ikke gemt)</source>
        <translation>Mine (not saved)</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/conflict_dialog.py" line="52" />
        <source>De to ændringer kan flettes; resultatet herunder er flettet.</source>
        <translation>The two changes can be merged; the result below is merged.</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/conflict_dialog.py" line="54" />
        <source>Ændringerne rører ved de samme ord og kan ikke flettes automatisk.</source>
        <translation>The changes touch the same words and cannot be merged automatically.</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/conflict_dialog.py" line="57" />
        <source>Resultat, som gemmes:</source>
        <translation>Result to be saved:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/conflict_dialog.py" line="61" />
        <source>&amp;Flet</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/conflict_dialog.py" line="62" />
        <source>Brug &amp;deres</source>
        <translation>Use &amp;theirs</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/conflict_dialog.py" line="63" />
        <source>Brug &amp;min</source>
        <translation>Use &amp;mine</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../src/hoering/gui/entry_dialog.py" line="30" />
        <source>Registrér høringssvar</source>
        <translation>Log a response</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/entry_dialog.py" line="37" />
        <source>e-mail, telefon eller postadresse</source>
        <translation>e-mail, phone or postal address</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/entry_dialog.py" line="41" />
        <source>Høringssvarets tekst</source>
        <translation>The response's text</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/entry_dialog.py" line="49" />
        <source>&amp;Kanal:</source>
        <translation>C&amp;hannel:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/entry_dialog.py" line="50" />
        <source>&amp;Modtaget:</source>
        <translation>&amp;Received:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/entry_dialog.py" line="51" />
        <source>&amp;Afsender:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/entry_dialog.py" line="52" />
        <source>A&amp;dresse:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/entry_dialog.py" line="53" />
        <source>&amp;Emne:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/entry_dialog.py" line="54" />
        <source>&amp;Tekst:</source>
        <translation>&amp;Text:</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/hoering/gui/export_dialog.py" line="60" />
        <location filename="../../src/hoering/gui/export_dialog.py" line="137" />
        <source>Eksportér bilag</source>
        <translation>Export annex</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/export_dialog.py" line="62" />
        <source>(ingen bestemt)</source>
        <translation>(none in particular)</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/export_dialog.py" line="65" />
        <source>Kun klimatiltag, høringen har &amp;ændret</source>
        <translation>Only measures the consultation &amp;changed</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/export_dialog.py" line="67" />
        <source>&amp;Intern udgave med kontaktoplysninger (må ikke offentliggøres)</source>
        <translation>&amp;Internal edition with contact details (must not be published)</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/export_dialog.py" line="69" />
        <source>Registrér som &amp;pakke til mødet den:</source>
        <translation>Register as a &amp;package for the meeting on:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/export_dialog.py" line="75" />
        <source>Hvad bilaget indeholder</source>
        <translation>What the annex holds</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/export_dialog.py" line="77" />
        <source>&amp;Til udvalg:</source>
        <translation>&amp;For committee:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/export_dialog.py" line="81" />
        <source>&amp;Eksportér …</source>
        <translation>&amp;Export …</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/export_dialog.py" line="87" />
        <source>Bilaget kommer til at indeholde:</source>
        <translation>The annex will hold:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/export_dialog.py" line="120" />
        <source>Gem bilaget</source>
        <translation>Save the annex</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/export_dialog.py" line="120" />
        <source>Regneark (*.xlsx)</source>
        <translation>Spreadsheets (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/export_dialog.py" line="136" />
        <source>Eksporterer bilaget …</source>
        <translation>Exporting the annex …</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/export_dialog.py" line="136" />
        <source>Afbryd</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../src/hoering/gui/revision_dialogs.py" line="125" />
        <source>Historik: {0}</source>
        <translation>History: {0}</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/revision_dialogs.py" line="127" />
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/revision_dialogs.py" line="128" />
        <source>Af</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/revision_dialogs.py" line="129" />
        <source>Ændring</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/revision_dialogs.py" line="130" />
        <source>Før</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/revision_dialogs.py" line="131" />
        <source>Efter</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/revision_dialogs.py" line="132" />
        <source>Begrundelse</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/revision_dialogs.py" line="133" />
        <source>Bemærkninger</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/revision_dialogs.py" line="156" />
        <source>Klimatiltaget er ikke ændret efter høringen.</source>
        <translation>The measure has not been changed since the consultation.</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/revision_dialogs.py" line="160" />
        <source>&amp;Revisioner</source>
        <translation>&amp;Revisions</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/revision_dialogs.py" line="161" />
        <source>&amp;Alle ændringer</source>
        <translation>&amp;All changes</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/hoering/gui/import_dialogs.py" line="77" />
        <source>Svar der ikke kunne indlæses</source>
        <translation>Responses that could not be read</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/import_dialogs.py" line="79" />
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/import_dialogs.py" line="90" />
        <source>Læser …</source>
        <translation>Reading …</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/import_dialogs.py" line="108" />
        <source>Stopper … det allerede indlæste bliver gemt.</source>
        <translation>Stopping … what has been read is kept.</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/import_dialogs.py" line="118" />
        <source>{0} af {1}: {2}</source>
        <translation>{0} of {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/import_dialogs.py" line="126" />
        <source>Importen blev stoppet. Det indlæste er gemt; importér igen for at fortsætte.</source>
        <translation>The import was stopped. What was read is saved; import again to continue.</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/import_dialogs.py" line="128" />
        <source>Importen er færdig.</source>
        <translation>The import is done.</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/import_dialogs.py" line="138" />
        <source>Importen kunne ikke gennemføres.</source>
        <translation>The import could not be completed.</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/import_dialogs.py" line="143" />
        <source>&amp;Luk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/import_dialogs.py" line="148" />
        <source>Givet: {0}</source>
        <translation>Given: {0}</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/import_dialogs.py" line="149" />
        <source>Indlæst: {0} (heraf for sent: {1})</source>
        <translation>Read: {0} (late: {1})</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/import_dialogs.py" line="150" />
        <source>Fandtes i forvejen: {0}</source>
        <translation>Already there: {0}</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/import_dialogs.py" line="151" />
        <source>Lagt til side til afgørelse: {0}</source>
        <translation>Set aside for a decision: {0}</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/import_dialogs.py" line="152" />
        <source>Kunne ikke læses: {0}</source>
        <translation>Could not be read: {0}</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/import_dialogs.py" line="155" />
        <source>Originalerne er gemt i indbakken med status »kan ikke læses«.</source>
        <translation>The originals are kept in the inbox with the status “unreadable”.</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/import_dialogs.py" line="157" />
        <source>Kampagner: {0}</source>
        <translation>Campaigns: {0}</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/import_dialogs.py" line="160" />
        <source>Sprunget over (ikke e-mails): {0}</source>
        <translation>Skipped (not e-mails): {0}</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../../src/hoering/gui/inbox_model.py" line="48" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/inbox_model.py" line="49" />
        <source>Kanal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/inbox_model.py" line="50" />
        <source>Afsender</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/inbox_model.py" line="51" />
        <source>Modtaget</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/inbox_model.py" line="52" />
        <source>Frist</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/inbox_model.py" line="53" />
        <source>Kampagne</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/inbox_model.py" line="54" />
        <source>Bem.</source>
        <translation>Cmts.</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/inbox_model.py" line="55" />
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/inbox_model.py" line="143" />
        <source>{0}, godkendt</source>
        <translation>{0}, accepted</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../../ui/inbox_page.ui" line="11" />
        <source>Indbakke</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_page.ui" line="16" />
        <source>Filtrér på tekst, emne eller afsender</source>
        <translation>Filter by text, subject or sender</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_page.ui" line="18" />
        <source>Tekstfilter for indbakken</source>
        <translation>Text filter for the inbox</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_page.ui" line="27" />
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_page.ui" line="34" />
        <source>Ka&amp;nal:</source>
        <translation>Cha&amp;nnel:</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_page.ui" line="41" />
        <source>F&amp;rist:</source>
        <translation>&amp;Deadline:</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_page.ui" line="48" />
        <source>Kam&amp;pagne:</source>
        <translation>Cam&amp;paign:</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_page.ui" line="68" />
        <source>Indbakken</source>
        <translation>The inbox</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_page.ui" line="85" />
        <source>Å&amp;bn svaret</source>
        <translation>&amp;Open the response</translation>
    </message>
</context>
<context>
    <name>InboxPageWidget</name>
    <message>
        <location filename="../../src/hoering/gui/inbox_page.py" line="63" />
        <source>(alle)</source>
        <translation>(all)</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/inbox_page.py" line="71" />
        <source>for sent</source>
        <translation>late</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/inbox_page.py" line="72" />
        <source>rettidige</source>
        <translation>on time</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/inbox_page.py" line="74" />
        <source>i en kampagne</source>
        <translation>in a campaign</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/inbox_page.py" line="75" />
        <source>ikke i en kampagne</source>
        <translation>not in a campaign</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/hoering/gui/inbox_page.py" line="139" />
        <source>%n høringssvar</source>
        <translation>
            <numerusform>%n response</numerusform>
            <numerusform>%n responses</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/inbox_page.py" line="146" />
        <source>{0} for sent</source>
        <translation>{0} late</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/inbox_page.py" line="148" />
        <source>{0} i kampagner</source>
        <translation>{0} in campaigns</translation>
    </message>
</context>
<context>
    <name>IntakeActions</name>
    <message>
        <location filename="../../src/hoering/gui/intake_actions.py" line="48" />
        <source>&amp;Registrér høringssvar …</source>
        <translation>&amp;Log a response …</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/intake_actions.py" line="49" />
        <source>Importér &amp;e-mails …</source>
        <translation>Import &amp;e-mails …</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/intake_actions.py" line="50" />
        <source>Importér e-mail-&amp;mappe …</source>
        <translation>Import e-mail &amp;folder …</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/intake_actions.py" line="51" />
        <source>Importér &amp;SMS …</source>
        <translation>Import &amp;SMS …</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/intake_actions.py" line="84" />
        <location filename="../../src/hoering/gui/intake_actions.py" line="98" />
        <source>Importér e-mails</source>
        <translation>Import e-mails</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/intake_actions.py" line="90" />
        <source>Importér e-mail-mappe</source>
        <translation>Import e-mail folder</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/intake_actions.py" line="108" />
        <location filename="../../src/hoering/gui/intake_actions.py" line="147" />
        <source>Importér SMS</source>
        <translation>Import SMS</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/intake_actions.py" line="123" />
        <source>Filen kan ikke læses: {0}</source>
        <translation>The file cannot be read: {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/hoering/gui/main_window.py" line="309" />
        <source>Database: {0} · Bruger: {1}</source>
        <translation>Database: {0} · User: {1}</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/main_window.py" line="168" />
        <location filename="../../src/hoering/gui/main_window.py" line="171" />
        <location filename="../../src/hoering/gui/main_window.py" line="175" />
        <location filename="../../src/hoering/gui/main_window.py" line="178" />
        <location filename="../../src/hoering/gui/main_window.py" line="733" />
        <source>(alle)</source>
        <translation>(all)</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/main_window.py" line="172" />
        <source>uden udfald</source>
        <translation>without outcome</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/main_window.py" line="196" />
        <source>&amp;Fortryd {0}</source>
        <translation>&amp;Undo {0}</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/main_window.py" line="199" />
        <source>&amp;Gentag {0}</source>
        <translation>&amp;Redo {0}</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/main_window.py" line="229" />
        <source>&amp;Ny høring …</source>
        <translation>&amp;New consultation …</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/main_window.py" line="230" />
        <source>Høringens &amp;oplysninger …</source>
        <translation>Consultation &amp;settings …</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/main_window.py" line="231" />
        <source>&amp;Afsenderregister …</source>
        <translation>&amp;Respondent register …</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/main_window.py" line="232" />
        <source>&amp;Brugere …</source>
        <translation>&amp;Users …</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/main_window.py" line="234" />
        <source>&amp;Personoplysninger og sletning …</source>
        <translation>&amp;Personal data and erasure …</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/main_window.py" line="239" />
        <source>&amp;Forbind til en fælles database …</source>
        <translation>&amp;Connect to a shared database …</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/main_window.py" line="240" />
        <source>&amp;Eksportér bilag …</source>
        <translation>&amp;Export annex …</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/main_window.py" line="242" />
        <source>Eksportér æ&amp;ndringsloggen …</source>
        <translation>Export the audit &amp;log …</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/main_window.py" line="257" />
        <source>P&amp;lan</source>
        <translation>P&amp;lan</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/main_window.py" line="265" />
        <source>Høring&amp;ssvar</source>
        <translation>Re&amp;sponses</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/main_window.py" line="267" />
        <source>&amp;Indbakke</source>
        <translation>&amp;Inbox</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/main_window.py" line="268" />
        <source>&amp;Næste nye svar</source>
        <translation>&amp;Next new response</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/main_window.py" line="273" />
        <source>&amp;Gennemgå personoplysninger …</source>
        <translation>&amp;Review personal data …</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/main_window.py" line="280" />
        <source>&amp;Tilbage</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/main_window.py" line="292" />
        <source>Henter høringer …</source>
        <translation>Loading consultations …</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/main_window.py" line="315" />
        <source>Opretter demohøringen …</source>
        <translation>Creating the demo consultation …</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/main_window.py" line="337" />
        <source>Databasen har ingen høringer endnu.</source>
        <translation>The database has no consultations yet.</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/main_window.py" line="366" />
        <source>Filen kan ikke læses: {0}</source>
        <translation>The file cannot be read: {0}</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/main_window.py" line="436" />
        <source>Eksportér ændringsloggen</source>
        <translation>Export the audit log</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/main_window.py" line="438" />
        <source>Regneark (*.xlsx);;CSV (*.csv)</source>
        <translation>Spreadsheets (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/main_window.py" line="442" />
        <source>Eksporterer ændringsloggen …</source>
        <translation>Exporting the audit log …</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/main_window.py" line="447" />
        <source>Ændringsloggen er gemt: {0} ({1} ændringer)</source>
        <translation>The audit log is saved: {0} ({1} changes)</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/main_window.py" line="467" />
        <source>Bilaget er gemt: {0}</source>
        <translation>The annex is saved: {0}</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/main_window.py" line="475" />
        <source>Fælles database</source>
        <translation>Shared database</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/main_window.py" line="476" />
        <source>Adressen på teamets database, fx postgresql+psycopg://bruger@server/hoering:</source>
        <translation>The address of the team's database, e.g. postgresql+psycopg://user@server/hoering:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/main_window.py" line="665" />
        <source>Opdateret med kollegers ændringer.</source>
        <translation>Updated with colleagues' changes.</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/main_window.py" line="680" />
        <source>Alle klimatiltag er færdigbehandlet.</source>
        <translation>All measures have been dealt with.</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/main_window.py" line="713" />
        <source>Alle høringssvar er delt op.</source>
        <translation>All responses are split.</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/main_window.py" line="771" />
        <source>{0} fundet</source>
        <translation>{0} found</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="6" />
        <location filename="../../ui/main_window.ui" line="20" />
        <source>Høring</source>
        <translation>Høring</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/main_window.py" line="828" />
        <source>Om Høring</source>
        <translation>About Høring</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/main_window.py" line="832" />
        <source>Høring {0}

Registrér høringssvar, skriv administrationens vurdering og eksportér høringsnotatet.</source>
        <translation>Høring {0}

Log consultation responses, write the administration's assessment and export the consultation memo.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="13" />
        <source>&amp;Høring:</source>
        <translation>&amp;Consultation:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="36" />
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="40" />
        <source>Planen</source>
        <translation>The plan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="49" />
        <location filename="../../ui/main_window.ui" line="195" />
        <source>&amp;Søg</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="53" />
        <source>Søg i bemærkninger, høringssvar og klimatiltag</source>
        <translation>Search comments, responses and measures</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="55" />
        <source>Søgning</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="62" />
        <source>&amp;Afsender:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="69" />
        <source>Afsender&amp;type:</source>
        <translation>Source &amp;kind:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="76" />
        <source>&amp;Udfald:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="83" />
        <source>&amp;Kanal:</source>
        <translation>C&amp;hannel:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="90" />
        <source>Kun for &amp;sent modtagne</source>
        <translation>Only &amp;late ones</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="97" />
        <source>Søgeresultater</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="120" />
        <source>&amp;Filer</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="126" />
        <source>&amp;Redigér</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="133" />
        <source>&amp;Gå til</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="140" />
        <source>&amp;Hjælp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="149" />
        <source>Værktøjer</source>
        <translation>Tools</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="164" />
        <source>&amp;Genindlæs</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="165" />
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="168" />
        <source>&amp;Afslut</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="169" />
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="172" />
        <source>&amp;Fortryd</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="173" />
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="176" />
        <source>&amp;Gentag</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="177" />
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="180" />
        <source>&amp;Standardtekster …</source>
        <translation>&amp;Standard phrases …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="183" />
        <source>&amp;Oversigt</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="184" />
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="187" />
        <source>&amp;Næste tiltag med arbejde</source>
        <translation>&amp;Next measure needing work</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="188" />
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="191" />
        <source>&amp;Planen</source>
        <translation>The &amp;plan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="192" />
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="196" />
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="199" />
        <source>&amp;Om Høring</source>
        <translation>&amp;About Høring</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <location filename="../../src/hoering/gui/plan_editor.py" line="312" />
        <source>Klimatiltag</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/plan_editor.py" line="314" />
        <source>(direkte i planen)</source>
        <translation>(directly in the plan)</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/plan_editor.py" line="320" />
        <source>fx 12 eller 4.8.1 — eller tomt</source>
        <translation>e.g. 12 or 4.8.1 — or empty</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/plan_editor.py" line="331" />
        <source>&amp;Placering:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/plan_editor.py" line="332" />
        <source>&amp;Nummer:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/plan_editor.py" line="333" />
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/plan_editor.py" line="334" />
        <source>&amp;Delmål (ét pr. linje):</source>
        <translation>&amp;Sub-goals (one per line):</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/plan_editor.py" line="336" />
        <source>&amp;Begrundelse:</source>
        <translation>&amp;Reason:</translation>
    </message>
</context>
<context>
    <name>MeasurePage</name>
    <message>
        <location filename="../../ui/measure_page.ui" line="35" />
        <source>Delmål (som i høringen → revideret)</source>
        <translation>Sub-goals (as consulted → revised)</translation>
    </message>
    <message>
        <location filename="../../ui/measure_page.ui" line="39" />
        <source>Delmål med ændringer</source>
        <translation>Sub-goals with changes</translation>
    </message>
    <message>
        <location filename="../../ui/measure_page.ui" line="47" />
        <source>&amp;Revidér delmål …</source>
        <translation>&amp;Revise sub-goal …</translation>
    </message>
    <message>
        <location filename="../../ui/measure_page.ui" line="52" />
        <source>Nyt &amp;delmål …</source>
        <translation>New &amp;sub-goal …</translation>
    </message>
    <message>
        <location filename="../../ui/measure_page.ui" line="57" />
        <source>Tag delmål &amp;ud …</source>
        <translation>Re&amp;move sub-goal …</translation>
    </message>
    <message>
        <location filename="../../ui/measure_page.ui" line="62" />
        <source>Ret &amp;titel …</source>
        <translation>Change &amp;title …</translation>
    </message>
    <message>
        <location filename="../../ui/measure_page.ui" line="67" />
        <source>Tag tiltag ud af planen …</source>
        <translation>Drop measure from the plan …</translation>
    </message>
    <message>
        <location filename="../../ui/measure_page.ui" line="72" />
        <source>&amp;Historik …</source>
        <translation>&amp;History …</translation>
    </message>
    <message>
        <location filename="../../ui/measure_page.ui" line="85" />
        <source>Bemærkninger</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../ui/measure_page.ui" line="89" />
        <location filename="../../ui/measure_page.ui" line="93" />
        <source>Administrationens vurdering</source>
        <translation>The administration's assessment</translation>
    </message>
    <message>
        <location filename="../../ui/measure_page.ui" line="101" />
        <source>&amp;Type:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../ui/measure_page.ui" line="110" />
        <source>Indsæt standardte&amp;kst …</source>
        <translation>Insert standard phr&amp;ase …</translation>
    </message>
</context>
<context>
    <name>MeasurePageWidget</name>
    <message>
        <location filename="../../src/hoering/gui/measure_page.py" line="50" />
        <source>(efter teksten)</source>
        <translation>(from the text)</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/measure_page.py" line="84" />
        <source>Klimatiltag {0}</source>
        <translation>Measure {0}</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/measure_page.py" line="84" />
        <source>(uden titel)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/measure_page.py" line="90" />
        <source>&amp;Genindsæt tiltag …</source>
        <translation>&amp;Reinstate measure …</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/measure_page.py" line="90" />
        <source>Tag tiltag ud af &amp;planen …</source>
        <translation>Drop measure from the &amp;plan …</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/measure_page.py" line="116" />
        <source>Gemt</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/measure_page.py" line="138" />
        <source>Ikke gemt endnu …</source>
        <translation>Not saved yet …</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/measure_page.py" line="180" />
        <source>En anden har gemt en ny vurdering af klimatiltaget, mens du skrev.</source>
        <translation>Someone else saved a new assessment of the measure while you were writing.</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/measure_page.py" line="234" />
        <source>Revidér delmål</source>
        <translation>Revise sub-goal</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/measure_page.py" line="236" />
        <source>&amp;Revideret tekst:</source>
        <translation>&amp;Revised text:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/measure_page.py" line="243" />
        <source>Delmål revideret</source>
        <translation>Sub-goal revised</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/measure_page.py" line="253" />
        <location filename="../../src/hoering/gui/measure_page.py" line="258" />
        <source>Nyt delmål</source>
        <translation>New sub-goal</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/measure_page.py" line="253" />
        <source>&amp;Delmål:</source>
        <translation>&amp;Sub-goal:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/measure_page.py" line="269" />
        <source>Tag delmål ud</source>
        <translation>Remove sub-goal</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/measure_page.py" line="274" />
        <source>Delmål taget ud</source>
        <translation>Sub-goal removed</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/measure_page.py" line="285" />
        <source>Ret titel</source>
        <translation>Change title</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/measure_page.py" line="285" />
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/measure_page.py" line="291" />
        <source>Titel ændret</source>
        <translation>Title changed</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/measure_page.py" line="303" />
        <source>Genindsæt klimatiltag</source>
        <translation>Reinstate measure</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/measure_page.py" line="303" />
        <source>Tag klimatiltag ud af planen</source>
        <translation>Drop measure from the plan</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../src/hoering/gui/register_dialog.py" line="261" />
        <source>Slå afsendere sammen</source>
        <translation>Merge respondents</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/register_dialog.py" line="268" />
        <source>Svarene, bemærkningerne og kontakterne flyttes til {0}, og den valgte afsender slettes.</source>
        <translation>The responses, comments and contacts move to {0}, and the chosen respondent is deleted.</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/register_dialog.py" line="276" />
        <source>&amp;Slå sammen</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/register_dialog.py" line="280" />
        <source>&amp;Samme afsender som {0}:</source>
        <translation>&amp;Same respondent as {0}:</translation>
    </message>
</context>
<context>
    <name>NewConsultationWizard</name>
    <message>
        <location filename="../../src/hoering/gui/consultation_dialogs.py" line="171" />
        <source>Ny høring</source>
        <translation>New consultation</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/consultation_dialogs.py" line="177" />
        <source>Høringen</source>
        <translation>The consultation</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/consultation_dialogs.py" line="181" />
        <source>&amp;Planens titel:</source>
        <translation>&amp;Plan title:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/consultation_dialogs.py" line="182" />
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/consultation_dialogs.py" line="187" />
        <source>Høringsparter</source>
        <translation>Consulted bodies</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/consultation_dialogs.py" line="194" />
        <source>Planen</source>
        <translation>The plan</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/consultation_dialogs.py" line="195" />
        <source>&amp;Tom plan — skriv den ind bagefter</source>
        <translation>&amp;Empty plan — type it in afterwards</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/consultation_dialogs.py" line="197" />
        <source>Fra en &amp;tabel (.txt kopieret fra Word, .docx, .xlsx):</source>
        <translation>From a &amp;table (.txt copied from Word, .docx, .xlsx):</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/consultation_dialogs.py" line="200" />
        <source>Den reviderede plan fra en &amp;tidligere høring:</source>
        <translation>The revised plan of an &amp;earlier consultation:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/consultation_dialogs.py" line="207" />
        <source>&amp;Vælg fil …</source>
        <translation>&amp;Choose file …</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/consultation_dialogs.py" line="228" />
        <source>Vælg planens tabel</source>
        <translation>Choose the plan's table</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/consultation_dialogs.py" line="228" />
        <source>Tabeller (*.txt *.docx *.xlsx)</source>
        <translation>Tables (*.txt *.docx *.xlsx)</translation>
    </message>
</context>
<context>
    <name>NewMeasureDialog</name>
    <message>
        <location filename="../../src/hoering/gui/target_page.py" line="88" />
        <source>Nyt klimatiltag fra et forslag</source>
        <translation>New measure from a proposal</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/target_page.py" line="95" />
        <source>Forslag fra høringen</source>
        <translation>Proposal from the consultation</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/target_page.py" line="104" />
        <source>Forslaget:</source>
        <translation>The proposal:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/target_page.py" line="105" />
        <source>&amp;Placering:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/target_page.py" line="106" />
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/target_page.py" line="107" />
        <source>&amp;Første delmål:</source>
        <translation>&amp;First sub-goal:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/target_page.py" line="108" />
        <source>&amp;Begrundelse:</source>
        <translation>&amp;Reason:</translation>
    </message>
</context>
<context>
    <name>OutcomeDelegate</name>
    <message>
        <location filename="../../src/hoering/gui/comment_model.py" line="120" />
        <source>(intet udfald)</source>
        <translation>(no outcome)</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../src/hoering/gui/overview_page.py" line="89" />
        <source>Klimatiltag med bemærkninger, der er vurderet</source>
        <translation>Measures with comments that have been assessed</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/overview_page.py" line="90" />
        <source>Bemærkninger med udfald</source>
        <translation>Comments with an outcome</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/overview_page.py" line="99" />
        <source>Tæller bemærkningerne …</source>
        <translation>Counting the comments …</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/overview_page.py" line="102" />
        <source>Fremdrift</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/overview_page.py" line="104" />
        <source>Klimatiltag med bemærkninger, der er vurderet:</source>
        <translation>Measures with comments that have been assessed:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/overview_page.py" line="106" />
        <source>Bemærkninger med udfald:</source>
        <translation>Comments with an outcome:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/overview_page.py" line="111" />
        <source>Bemærkninger pr. tema</source>
        <translation>Comments per theme</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/overview_page.py" line="112" />
        <source>Bemærkninger pr. afsender</source>
        <translation>Comments per source</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/overview_page.py" line="113" />
        <source>Høringssvar pr. kanal</source>
        <translation>Responses per channel</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/overview_page.py" line="114" />
        <source>Bemærkninger pr. udfald</source>
        <translation>Comments per outcome</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/overview_page.py" line="133" />
        <source>{0} klimatiltag i planen, {1} med bemærkninger; {2} bemærkninger i alt.</source>
        <translation>{0} measures in the plan, {1} with comments; {2} comments in all.</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/overview_page.py" line="143" />
        <source>uden udfald</source>
        <translation>without outcome</translation>
    </message>
</context>
<context>
    <name>PartiesForm</name>
    <message>
        <location filename="../../src/hoering/gui/consultation_dialogs.py" line="108" />
        <source>Høringsparter</source>
        <translation>Consulted bodies</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/consultation_dialogs.py" line="112" />
        <source>Kode, fx UGO</source>
        <translation>Code, e.g. UGO</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/consultation_dialogs.py" line="114" />
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/consultation_dialogs.py" line="118" />
        <source>&amp;Tilføj</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/consultation_dialogs.py" line="124" />
        <source>Hvem sendes planen i høring hos?</source>
        <translation>Which bodies are consulted on the plan?</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/consultation_dialogs.py" line="126" />
        <source>Ny høringspart:</source>
        <translation>New consulted body:</translation>
    </message>
</context>
<context>
    <name>PersonalDataDialog</name>
    <message>
        <location filename="../../src/hoering/gui/personal_data_dialog.py" line="102" />
        <location filename="../../src/hoering/gui/personal_data_dialog.py" line="335" />
        <source>Personoplysninger</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_data_dialog.py" line="108" />
        <source>&amp;Opbevaring</source>
        <translation>&amp;Retention</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_data_dialog.py" line="109" />
        <source>Slet én &amp;person</source>
        <translation>Erase one &amp;person</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_data_dialog.py" line="110" />
        <source>&amp;Eksportregister</source>
        <translation>&amp;Export register</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_data_dialog.py" line="117" />
        <source>Hvad der blev slettet</source>
        <translation>What was erased</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_data_dialog.py" line="118" />
        <source>Her står bagefter, hvad der blev slettet.</source>
        <translation>What was erased is shown here afterwards.</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_data_dialog.py" line="139" />
        <source>&amp;Gem frist</source>
        <translation>&amp;Save date</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_data_dialog.py" line="140" />
        <source>Slet &amp;høringens personoplysninger …</source>
        <translation>Purge the consultation's personal &amp;data …</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_data_dialog.py" line="143" />
        <source>Efter opbevaringsfristen slettes høringens personoplysninger fra Hørings arbejdskopi: borgernes kontaktoplysninger, afsendere, de originale beskeder og bilag, og personoplysninger i tekster, bilag og ændringslog. Bemærkningerne bliver stående, anonymiseret, så høringsnotatet stadig hænger sammen.</source>
        <translation>After the retention date the consultation's personal data is purged from Høring's working copy: the citizens' contact details, senders, the original messages and attachments, and personal data in texts, annexes and the audit log. The comments stay, anonymised, so that the memo still adds up.</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_data_dialog.py" line="156" />
        <source>Opbevares &amp;til og med:</source>
        <translation>Kept &amp;until:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_data_dialog.py" line="173" />
        <source>Personoplysningerne i »{0}« er slettet.</source>
        <translation>The personal data in “{0}” has been purged.</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_data_dialog.py" line="175" />
        <source>»{0}« har endnu ingen opbevaringsfrist.</source>
        <translation>“{0}” has no retention date yet.</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_data_dialog.py" line="177" />
        <source>Personoplysningerne i »{0}« opbevares til og med {1}.</source>
        <translation>The personal data in “{0}” is kept until {1}.</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_data_dialog.py" line="207" />
        <source>Slet personoplysningerne i »{0}«? Borgernes kontaktoplysninger, afsendere, originale beskeder og bilag slettes, og personoplysninger fjernes fra tekster, bilag og ændringslog. Bemærkningerne bliver stående, anonymiseret. Det kan ikke fortrydes.</source>
        <translation>Purge the personal data in “{0}”? The citizens' contact details, senders, original messages and attachments are deleted, and personal data is removed from texts, annexes and the audit log. The comments stay, anonymised. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_data_dialog.py" line="212" />
        <location filename="../../src/hoering/gui/personal_data_dialog.py" line="305" />
        <source>Slet personoplysninger</source>
        <translation>Erase personal data</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_data_dialog.py" line="212" />
        <location filename="../../src/hoering/gui/personal_data_dialog.py" line="305" />
        <source>&amp;Slet</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_data_dialog.py" line="214" />
        <source>Personoplysningerne i »{0}« er slettet:</source>
        <translation>The personal data in “{0}” has been purged:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_data_dialog.py" line="229" />
        <source>fx ida@example.org, 20 12 34 56 eller Ida Jensen</source>
        <translation>e.g. ida@example.org, 20 12 34 56 or Ida Jensen</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_data_dialog.py" line="230" />
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_data_dialog.py" line="232" />
        <source>Fundne personer</source>
        <translation>People found</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_data_dialog.py" line="235" />
        <source>fx journalnummeret; ikke personens navn</source>
        <translation>e.g. the case number; not the person's name</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_data_dialog.py" line="236" />
        <source>&amp;Slet personens oplysninger …</source>
        <translation>&amp;Erase the person's data …</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_data_dialog.py" line="241" />
        <source>E-mail, telefon eller &amp;navn:</source>
        <translation>E-mail, phone or &amp;name:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_data_dialog.py" line="244" />
        <source>&amp;Begrundelse:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_data_dialog.py" line="274" />
        <source>Fandt {0} person(er).</source>
        <translation>Found {0} person(s).</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_data_dialog.py" line="276" />
        <source>Der er ingen afsender med de oplysninger.</source>
        <translation>There is no sender with those details.</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_data_dialog.py" line="300" />
        <source>Slet personoplysningerne om {0}? Kontaktoplysninger, afsenderoplysninger, originale beskeder og bilag slettes, og oplysningerne fjernes fra tekster, bilag og ændringslog i alle høringer. Bemærkningerne bliver stående, anonymiseret. Det kan ikke fortrydes.</source>
        <translation>Erase the personal data of {0}? Contact details, sender details, original messages and attachments are deleted, and the data is removed from texts, annexes and the audit log in every consultation. The comments stay, anonymised. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_data_dialog.py" line="307" />
        <source>Personoplysningerne om {0} er slettet:</source>
        <translation>The personal data of {0} has been erased:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_data_dialog.py" line="328" />
        <source>filer fra denne høring</source>
        <translation>files from this consultation</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_data_dialog.py" line="329" />
        <source>filer med den fundne persons oplysninger</source>
        <translation>files holding the found person's data</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_data_dialog.py" line="331" />
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_data_dialog.py" line="332" />
        <source>Af</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_data_dialog.py" line="333" />
        <source>Slags</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_data_dialog.py" line="334" />
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_data_dialog.py" line="336" />
        <source>Personer</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_data_dialog.py" line="337" />
        <source>Beskrivelse</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_data_dialog.py" line="341" />
        <source>Eksporterede filer</source>
        <translation>Exported files</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_data_dialog.py" line="349" />
        <source>&amp;Vis:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_data_dialog.py" line="378" />
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_data_dialog.py" line="378" />
        <source>nej</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_data_dialog.py" line="406" />
        <source>Sletter personoplysninger … det kan tage lidt tid.</source>
        <translation>Erasing personal data … this can take a while.</translation>
    </message>
</context>
<context>
    <name>PersonalReviewDialog</name>
    <message>
        <location filename="../../src/hoering/gui/personal_review_dialog.py" line="46" />
        <source>Gennemgå personoplysninger</source>
        <translation>Review personal data</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_review_dialog.py" line="54" />
        <source>Bemærkningens tekst</source>
        <translation>The comment's text</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_review_dialog.py" line="56" />
        <source>Fundne personoplysninger</source>
        <translation>Personal data found</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_review_dialog.py" line="60" />
        <source>Offentlig tekst</source>
        <translation>Public text</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_review_dialog.py" line="61" />
        <source>&amp;Godkend offentlig tekst</source>
        <translation>&amp;Approve public text</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_review_dialog.py" line="62" />
        <source>Godkend teksten, som den står (Alt+G eller Ctrl+Enter)</source>
        <translation>Approve the text as it stands (Alt+A or Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_review_dialog.py" line="71" />
        <source>Afsender</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_review_dialog.py" line="71" />
        <source>Uddrag</source>
        <translation>Excerpt</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_review_dialog.py" line="71" />
        <source>Fundet</source>
        <translation>Found</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_review_dialog.py" line="72" />
        <source>Bemærkninger, der venter på gennemgang</source>
        <translation>Comments waiting for review</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_review_dialog.py" line="91" />
        <source>&amp;Oprindelig tekst:</source>
        <translation>&amp;Original text:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_review_dialog.py" line="92" />
        <source>&amp;Fundet i teksten:</source>
        <translation>&amp;Found in the text:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_review_dialog.py" line="94" />
        <source>Offentlig &amp;tekst (ret den, hvis noget mangler at blive skjult):</source>
        <translation>Public &amp;text (correct it if something still needs hiding):</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_review_dialog.py" line="129" />
        <source>{0} af {1} bemærkninger med personoplysninger er gennemgået.</source>
        <translation>{0} of {1} comments with personal data have been reviewed.</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_review_dialog.py" line="133" />
        <source>Listen viser de første {0}.</source>
        <translation>The list shows the first {0}.</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_review_dialog.py" line="155" />
        <source>Der er ingen bemærkninger, der venter på gennemgang.</source>
        <translation>No comments are waiting for review.</translation>
    </message>
</context>
<context>
    <name>PhraseEditor</name>
    <message>
        <location filename="../../src/hoering/gui/phrase_dialogs.py" line="194" />
        <source>Standardtekst</source>
        <translation>Standard phrase</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/phrase_dialogs.py" line="207" />
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/phrase_dialogs.py" line="208" />
        <source>Te&amp;kst:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/phrase_dialogs.py" line="209" />
        <source>&amp;Udfald:</source>
        <translation>&amp;Outcome:</translation>
    </message>
</context>
<context>
    <name>PhrasesDialog</name>
    <message>
        <location filename="../../src/hoering/gui/phrase_dialogs.py" line="132" />
        <source>Standardtekster</source>
        <translation>Standard phrases</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/phrase_dialogs.py" line="134" />
        <source>&amp;Ny …</source>
        <translation>&amp;New …</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/phrase_dialogs.py" line="135" />
        <source>&amp;Ret …</source>
        <translation>&amp;Change …</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/phrase_dialogs.py" line="136" />
        <source>&amp;Slet</source>
        <translation>&amp;Delete</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../src/hoering/gui/plan_editor.py" line="71" />
        <source>Nyt &amp;tema …</source>
        <translation>New &amp;theme …</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/plan_editor.py" line="73" />
        <source>Nyt &amp;undertema …</source>
        <translation>New &amp;sub-theme …</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/plan_editor.py" line="76" />
        <source>Ny &amp;ansvarsgruppe …</source>
        <translation>New &amp;responsibility group …</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/plan_editor.py" line="78" />
        <source>Nyt &amp;klimatiltag …</source>
        <translation>New &amp;measure …</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/plan_editor.py" line="79" />
        <source>&amp;Redigér …</source>
        <translation>&amp;Edit …</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/plan_editor.py" line="80" />
        <source>Flyt &amp;op</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/plan_editor.py" line="81" />
        <source>Flyt &amp;ned</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/plan_editor.py" line="82" />
        <source>&amp;Slet …</source>
        <translation>&amp;Delete …</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/plan_editor.py" line="112" />
        <source>Nyt afsnit</source>
        <translation>New section</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/plan_editor.py" line="112" />
        <location filename="../../src/hoering/gui/plan_editor.py" line="200" />
        <source>Titel:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/plan_editor.py" line="129" />
        <source>Nyt afsnit »{0}«</source>
        <translation>New section “{0}”</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/plan_editor.py" line="145" />
        <source>Vælg et afsnit</source>
        <translation>Choose a section</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/plan_editor.py" line="146" />
        <source>Vælg først det tema (eller undertema), det nye afsnit skal stå under.</source>
        <translation>First choose the theme (or sub-theme) the new section goes under.</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/plan_editor.py" line="175" />
        <location filename="../../src/hoering/gui/plan_editor.py" line="183" />
        <source>Nyt klimatiltag</source>
        <translation>New measure</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/plan_editor.py" line="200" />
        <source>Omdøb afsnit</source>
        <translation>Rename section</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/plan_editor.py" line="215" />
        <source>Afsnit omdøbt</source>
        <translation>Section renamed</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/plan_editor.py" line="221" />
        <source>Høringen er åbnet</source>
        <translation>The consultation has opened</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/plan_editor.py" line="222" />
        <source>Klimatiltaget ændres nu på dets side: revidér delmål, ret titel, tag ud.</source>
        <translation>The measure is now changed on its page: revise sub-goals, change the title, drop it.</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/plan_editor.py" line="247" />
        <source>Klimatiltag ændret</source>
        <translation>Measure changed</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/plan_editor.py" line="266" />
        <source>Flyttet</source>
        <translation>Moved</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/plan_editor.py" line="275" />
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/plan_editor.py" line="276" />
        <source>Slet »{0}«? Det kan ikke fortrydes.</source>
        <translation>Delete “{0}”? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>PlanTreeModel</name>
    <message>
        <location filename="../../src/hoering/gui/plan_model.py" line="47" />
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/plan_model.py" line="47" />
        <source>Bem.</source>
        <translation>Cmts.</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/plan_model.py" line="47" />
        <source>Åbne</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/plan_model.py" line="47" />
        <source>Uvurd.</source>
        <translation>Unass.</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/plan_model.py" line="49" />
        <source>Temaer, undertemaer, ansvarsgrupper og klimatiltag</source>
        <translation>Themes, sub-themes, responsibility groups and measures</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/plan_model.py" line="50" />
        <source>Bemærkninger i alt</source>
        <translation>Comments in all</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/plan_model.py" line="51" />
        <source>Bemærkninger uden udfald</source>
        <translation>Comments without outcome</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/plan_model.py" line="52" />
        <source>Klimatiltag uden administrationens vurdering</source>
        <translation>Measures without the administration's assessment</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/plan_model.py" line="61" />
        <source>Politikken som helhed</source>
        <translation>The policy as a whole</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/plan_model.py" line="64" />
        <source>Forslag til nye tiltag</source>
        <translation>Proposals for new measures</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/plan_model.py" line="133" />
        <source>(uden titel)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/plan_model.py" line="135" />
        <source>(udgår)</source>
        <translation>(dropped)</translation>
    </message>
</context>
<context>
    <name>ReceivedDialog</name>
    <message>
        <location filename="../../src/hoering/gui/response_dialogs.py" line="96" />
        <source>Ret modtagelsestidspunkt</source>
        <translation>Correct the time received</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/response_dialogs.py" line="105" />
        <source>&amp;Modtaget:</source>
        <translation>&amp;Received:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/response_dialogs.py" line="106" />
        <source>Fristen vurderes igen ud fra det nye tidspunkt.</source>
        <translation>The deadline is judged again from the new time.</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../src/hoering/gui/register_dialog.py" line="58" />
        <source>Afsenderregister</source>
        <translation>Respondent register</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/register_dialog.py" line="63" />
        <source>Vis også &amp;borgere</source>
        <translation>Show &amp;citizens too</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/register_dialog.py" line="65" />
        <source>Søg borger: navn, e-mail eller telefon</source>
        <translation>Find a citizen: name, e-mail or phone</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/register_dialog.py" line="76" />
        <source>Én e-mail-adresse eller et telefonnummer pr. linje</source>
        <translation>One e-mail address or phone number per line</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/register_dialog.py" line="79" />
        <source>&amp;Gem ændringer</source>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/register_dialog.py" line="80" />
        <source>&amp;Slå sammen med …</source>
        <translation>&amp;Merge with …</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/register_dialog.py" line="93" />
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/register_dialog.py" line="93" />
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/register_dialog.py" line="93" />
        <source>Type</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/register_dialog.py" line="93" />
        <source>Kontakter</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/register_dialog.py" line="95" />
        <source>Svar</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/register_dialog.py" line="95" />
        <source>Bem.</source>
        <translation>Cmts.</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/register_dialog.py" line="96" />
        <source>Afsendere</source>
        <translation>Respondents</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/register_dialog.py" line="110" />
        <source>&amp;Kode:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/register_dialog.py" line="111" />
        <source>&amp;Navn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/register_dialog.py" line="112" />
        <source>&amp;Type:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/register_dialog.py" line="113" />
        <source>K&amp;ontakter:</source>
        <translation>C&amp;ontacts:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/hoering/gui/register_dialog.py" line="175" />
        <source>Viser de første %n borgere, der passer. Søg for at finde andre.</source>
        <translation>
            <numerusform>Showing the first citizen that matches. Search to find others.</numerusform>
            <numerusform>Showing the first %n citizens that match. Search to find others.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/register_dialog.py" line="178" />
        <source>Ingen borgere passer til »{0}«.</source>
        <translation>No citizen matches “{0}”.</translation>
    </message>
</context>
<context>
    <name>ResponsePage</name>
    <message>
        <location filename="../../src/hoering/gui/response_page.py" line="107" />
        <source>&amp;Afsender …</source>
        <translation>&amp;Sender …</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/response_page.py" line="108" />
        <source>Ret &amp;modtaget …</source>
        <translation>Correct &amp;received …</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/response_page.py" line="109" />
        <source>Gem &amp;original …</source>
        <translation>Save &amp;original …</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/response_page.py" line="111" />
        <source>Svarets æ&amp;ndringer …</source>
        <translation>Response's cha&amp;nges …</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/response_page.py" line="138" />
        <source>Høringssvar fra {0}</source>
        <translation>Response from {0}</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/response_page.py" line="168" />
        <source>{0}, godkendt: {1}</source>
        <translation>{0}, accepted: {1}</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/response_page.py" line="169" />
        <source>modtaget {0}</source>
        <translation>received {0}</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/response_page.py" line="175" />
        <source>Fra: {0} ({1})</source>
        <translation>From: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/response_page.py" line="177" />
        <source>Emne: {0}</source>
        <translation>Subject: {0}</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/response_page.py" line="193" />
        <source>Videresendt mail: oprindeligt fra {0}, sendt {1}.</source>
        <translation>Forwarded mail: originally from {0}, sent {1}.</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/response_page.py" line="233" />
        <source>Markér først den tekst, der skal være en bemærkning.</source>
        <translation>First select the text that is to be a comment.</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/response_page.py" line="296" />
        <source>Godkend trods for sent</source>
        <translation>Accept although late</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/response_page.py" line="297" />
        <source>Hvorfor tages det sene høringssvar med?</source>
        <translation>Why is the late response taken in?</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/response_page.py" line="319" />
        <source>Tag med som høringssvar</source>
        <translation>Take in as a response</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/response_page.py" line="320" />
        <source>Ret teksten om nødvendigt (fx et forkert nøgleord), og tag svaret med:</source>
        <translation>Correct the text if needed (e.g. a wrong keyword) and take the response in:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/response_page.py" line="366" />
        <source>høringssvar fra {0}</source>
        <translation>response from {0}</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/response_page.py" line="391" />
        <source>Gem som</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../ui/response_page.ui" line="10" />
        <source>← &amp;Indbakke</source>
        <translation>← &amp;Inbox</translation>
    </message>
    <message>
        <location filename="../../ui/response_page.ui" line="22" />
        <source>&amp;Mere</source>
        <translation>&amp;More</translation>
    </message>
    <message>
        <location filename="../../ui/response_page.ui" line="24" />
        <source>Flere handlinger for svaret</source>
        <translation>More actions for the response</translation>
    </message>
    <message>
        <location filename="../../ui/response_page.ui" line="29" />
        <source>&amp;Næste nye svar</source>
        <translation>&amp;Next new response</translation>
    </message>
    <message>
        <location filename="../../ui/response_page.ui" line="30" />
        <source>Det næste høringssvar, der ikke er delt op endnu (F7)</source>
        <translation>The next response not split yet (F7)</translation>
    </message>
    <message>
        <location filename="../../ui/response_page.ui" line="53" />
        <source>&amp;Godkend trods for sent …</source>
        <translation>&amp;Accept although late …</translation>
    </message>
    <message>
        <location filename="../../ui/response_page.ui" line="58" />
        <source>Brug &amp;oprindelig afsender</source>
        <translation>Use the &amp;original sender</translation>
    </message>
    <message>
        <location filename="../../ui/response_page.ui" line="63" />
        <source>Behold &amp;videresender</source>
        <translation>Keep the &amp;forwarder</translation>
    </message>
    <message>
        <location filename="../../ui/response_page.ui" line="68" />
        <source>&amp;Tag med …</source>
        <translation>&amp;Take in …</translation>
    </message>
    <message>
        <location filename="../../ui/response_page.ui" line="73" />
        <source>&amp;Afvis</source>
        <translation>&amp;Dismiss</translation>
    </message>
    <message>
        <location filename="../../ui/response_page.ui" line="78" />
        <source>Vis &amp;kampagnen …</source>
        <translation>Show the &amp;campaign …</translation>
    </message>
    <message>
        <location filename="../../ui/response_page.ui" line="106" />
        <location filename="../../ui/response_page.ui" line="111" />
        <source>Bemærkninger fra svaret</source>
        <translation>Comments from the response</translation>
    </message>
    <message>
        <location filename="../../ui/response_page.ui" line="115" />
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/response_page.ui" line="116" />
        <source>Bemærkning</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../ui/response_page.ui" line="117" />
        <source>Mål</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../ui/response_page.ui" line="124" />
        <source>&amp;Fjern bemærkning</source>
        <translation>&amp;Remove comment</translation>
    </message>
    <message>
        <location filename="../../ui/response_page.ui" line="129" />
        <source>&amp;Gå til målet</source>
        <translation>&amp;Go to the target</translation>
    </message>
    <message>
        <location filename="../../ui/response_page.ui" line="144" />
        <location filename="../../ui/response_page.ui" line="149" />
        <source>Bilag</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../ui/response_page.ui" line="154" />
        <source>Gem &amp;bilag …</source>
        <translation>Save &amp;attachment …</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <location filename="../../src/hoering/gui/revision_dialogs.py" line="59" />
        <source>&amp;Delmål:</source>
        <translation>&amp;Sub-goal:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/revision_dialogs.py" line="64" />
        <source>&amp;Tekst:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/revision_dialogs.py" line="67" />
        <source>Hvorfor ændres planen?</source>
        <translation>Why does the plan change?</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/revision_dialogs.py" line="68" />
        <source>&amp;Begrundelse:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/revision_dialogs.py" line="70" />
        <source>Begrundende bemærkninger</source>
        <translation>Motivating comments</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/revision_dialogs.py" line="78" />
        <source>Begrundet i &amp;bemærkningerne:</source>
        <translation>Motivated by the &amp;comments:</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../src/hoering/gui/search_model.py" line="16" />
        <source>Type</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/search_model.py" line="16" />
        <source>Hvem/hvad</source>
        <translation>Who/what</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/search_model.py" line="16" />
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/search_model.py" line="19" />
        <source>Bemærkning</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/search_model.py" line="20" />
        <source>Høringssvar</source>
        <translation>Response</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/search_model.py" line="21" />
        <source>Klimatiltag</source>
        <translation>Measure</translation>
    </message>
</context>
<context>
    <name>SenderDialog</name>
    <message>
        <location filename="../../src/hoering/gui/response_dialogs.py" line="45" />
        <source>Afsender</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/response_dialogs.py" line="55" />
        <source>(ingen – brug typen ovenfor)</source>
        <translation>(none – use the kind above)</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/response_dialogs.py" line="68" />
        <source>&amp;Type:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/response_dialogs.py" line="69" />
        <source>&amp;Navn (offentligt):</source>
        <translation>&amp;Name (public):</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/response_dialogs.py" line="70" />
        <source>eller en &amp;kendt afsender:</source>
        <translation>or a &amp;known sender:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/hoering/gui/consultation_dialogs.py" line="268" />
        <source>Høringens oplysninger</source>
        <translation>Consultation settings</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/consultation_dialogs.py" line="280" />
        <source>Ændres fristen, beregnes »for sent« igen for alle høringssvar.</source>
        <translation>If the deadline changes, “late” is worked out again for every response.</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../../src/hoering/gui/consultation_dialogs.py" line="71" />
        <source>fx BALK KLIMA</source>
        <translation>e.g. BALK KLIMA</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/consultation_dialogs.py" line="73" />
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/consultation_dialogs.py" line="74" />
        <source>&amp;Åbner:</source>
        <translation>&amp;Opens:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/consultation_dialogs.py" line="75" />
        <source>&amp;Frist (sidste dag):</source>
        <translation>&amp;Deadline (last day):</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/consultation_dialogs.py" line="76" />
        <source>&amp;E-mail til høringssvar:</source>
        <translation>&amp;E-mail for responses:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/consultation_dialogs.py" line="77" />
        <source>&amp;SMS-nummer:</source>
        <translation>&amp;SMS number:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/consultation_dialogs.py" line="78" />
        <source>SMS-&amp;kodeord:</source>
        <translation>SMS &amp;keyword:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/consultation_dialogs.py" line="81" />
        <source>Fristen er slutningen af den sidste dag, dansk tid (Europe/Copenhagen).</source>
        <translation>The deadline is the end of the last day, Danish time (Europe/Copenhagen).</translation>
    </message>
</context>
<context>
    <name>SmsLayoutDialog</name>
    <message>
        <location filename="../../src/hoering/gui/import_dialogs.py" line="196" />
        <source>Importér SMS fra {0}</source>
        <translation>Import SMS from {0}</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/import_dialogs.py" line="207" />
        <source>Afsender</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/import_dialogs.py" line="207" />
        <source>Modtaget</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/import_dialogs.py" line="207" />
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/import_dialogs.py" line="207" />
        <source>Bemærk</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/import_dialogs.py" line="210" />
        <source>De første beskeder</source>
        <translation>The first messages</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/import_dialogs.py" line="214" />
        <source>&amp;Importér</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/import_dialogs.py" line="224" />
        <source>&amp;Tegnsæt:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/import_dialogs.py" line="226" />
        <source>&amp;Skilletegn:</source>
        <translation>&amp;Delimiter:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/import_dialogs.py" line="227" />
        <source>&amp;Datoformat:</source>
        <translation>Date &amp;format:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/import_dialogs.py" line="229" />
        <source>&amp;Afsender:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/import_dialogs.py" line="230" />
        <source>Beske&amp;d:</source>
        <translation>&amp;Message:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/import_dialogs.py" line="231" />
        <source>&amp;Modtaget:</source>
        <translation>&amp;Received:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/import_dialogs.py" line="232" />
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/import_dialogs.py" line="233" />
        <source>Mod&amp;tager:</source>
        <translation>&amp;Recipient:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/import_dialogs.py" line="234" />
        <source>Lang SMS, &amp;reference:</source>
        <translation>Long SMS, &amp;reference:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/import_dialogs.py" line="235" />
        <source>Lang SMS, &amp;del nr.:</source>
        <translation>Long SMS, &amp;part no.:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/import_dialogs.py" line="236" />
        <source>Lang SMS, &amp;antal dele:</source>
        <translation>Long SMS, &amp;number of parts:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/import_dialogs.py" line="248" />
        <source>(find selv)</source>
        <translation>(detect)</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/import_dialogs.py" line="251" />
        <source>ISO 8601 (2023-04-30T23:59:00+02:00)</source>
        <translation>ISO 8601 (2023-04-30T23:59:00+02:00)</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/import_dialogs.py" line="252" />
        <source>Unix-tid (sekunder)</source>
        <translation>Unix time (seconds)</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/import_dialogs.py" line="267" />
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/import_dialogs.py" line="272" />
        <source>ca. {0}</source>
        <translation>about {0}</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/import_dialogs.py" line="274" />
        <source>Beskeder i filen: {0}</source>
        <translation>Messages in the file: {0}</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/import_dialogs.py" line="285" />
        <source>(kan ikke læses: {0})</source>
        <translation>(cannot be read: {0})</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/import_dialogs.py" line="291" />
        <source>Vælg kolonnerne med afsender og besked.</source>
        <translation>Choose the columns with sender and message.</translation>
    </message>
</context>
<context>
    <name>SplittingPanel</name>
    <message>
        <location filename="../../src/hoering/gui/splitting_panel.py" line="58" />
        <source>Lav bemærkning</source>
        <translation>Make comment</translation>
    </message>
    <message>
        <location filename="../../ui/splitting_panel.ui" line="16" />
        <source>Høringssvarets tekst</source>
        <translation>The response's text</translation>
    </message>
    <message>
        <location filename="../../ui/splitting_panel.ui" line="17" />
        <source>Markér en passage og tryk K for at gøre den til en bemærkning.</source>
        <translation>Select a passage and press K to make it a comment.</translation>
    </message>
    <message>
        <location filename="../../ui/splitting_panel.ui" line="25" />
        <source>&amp;Mål for den markerede tekst:</source>
        <translation>&amp;Targets for the selected text:</translation>
    </message>
    <message>
        <location filename="../../ui/splitting_panel.ui" line="31" />
        <source>Foreslåede og valgte mål</source>
        <translation>Suggested and chosen targets</translation>
    </message>
    <message>
        <location filename="../../ui/splitting_panel.ui" line="36" />
        <source>Tilføj mål: nummer, titel, tema …</source>
        <translation>Add target: number, title, theme …</translation>
    </message>
    <message>
        <location filename="../../ui/splitting_panel.ui" line="37" />
        <source>Tilføj mål</source>
        <translation>Add target</translation>
    </message>
    <message>
        <location filename="../../ui/splitting_panel.ui" line="42" />
        <source>Lav bemærkning (K)</source>
        <translation>Make comment (K)</translation>
    </message>
    <message>
        <location filename="../../ui/splitting_panel.ui" line="47" />
        <source>&amp;Hele svaret som én bemærkning</source>
        <translation>The &amp;whole response as one comment</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../src/hoering/gui/consultation_dialogs.py" line="299" />
        <source>Velkommen til Høring</source>
        <translation>Welcome to Høring</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/consultation_dialogs.py" line="302" />
        <source>Databasen har ingen høringer endnu. Hvad vil du?</source>
        <translation>The database has no consultations yet. What would you like to do?</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/consultation_dialogs.py" line="304" />
        <source>Åbn &amp;demohøringen »Klimahandleplan 2023«</source>
        <translation>Open the &amp;demo consultation “Klimahandleplan 2023”</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/consultation_dialogs.py" line="305" />
        <source>Opret en &amp;ny høring</source>
        <translation>Create a &amp;new consultation</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/consultation_dialogs.py" line="306" />
        <source>&amp;Forbind til en fælles database (PostgreSQL)</source>
        <translation>&amp;Connect to a shared database (PostgreSQL)</translation>
    </message>
</context>
<context>
    <name>TargetPage</name>
    <message>
        <location filename="../../ui/target_page.ui" line="27" />
        <source>Bemærkninger</source>
        <translation>Comments</translation>
    </message>
</context>
<context>
    <name>TargetPageWidget</name>
    <message>
        <location filename="../../src/hoering/gui/target_page.py" line="55" />
        <source>Forslag til nye klimatiltag. Vælg et forslag og opret tiltaget.</source>
        <translation>Proposals for new measures. Choose a proposal and create the measure.</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/target_page.py" line="57" />
        <source>Bemærkninger til hele {0}.</source>
        <translation>Comments on the whole {0}.</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/target_page.py" line="59" />
        <source>Bemærkninger til klimapolitikken som helhed.</source>
        <translation>Comments on the climate policy as a whole.</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/target_page.py" line="71" />
        <source>Nyt klimatiltag</source>
        <translation>New measure</translation>
    </message>
</context>
<context>
    <name>UserForm</name>
    <message>
        <location filename="../../src/hoering/gui/users_dialog.py" line="207" />
        <source>Navnet kollegerne ser</source>
        <translation>The name colleagues see</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/users_dialog.py" line="218" />
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/users_dialog.py" line="220" />
        <source>&amp;Navn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/users_dialog.py" line="222" />
        <source>&amp;Rolle:</source>
        <translation>&amp;Role:</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../src/hoering/gui/users_dialog.py" line="41" />
        <source>Brugere og roller</source>
        <translation>Users and roles</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/users_dialog.py" line="46" />
        <source>&amp;Tilføj …</source>
        <translation>&amp;Add …</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/users_dialog.py" line="47" />
        <source>Skift &amp;rolle …</source>
        <translation>Change &amp;role …</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/users_dialog.py" line="48" />
        <source>&amp;Omdøb …</source>
        <translation>Re&amp;name …</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/users_dialog.py" line="49" />
        <source>&amp;Fjern …</source>
        <translation>Re&amp;move …</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/users_dialog.py" line="72" />
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/users_dialog.py" line="72" />
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/users_dialog.py" line="72" />
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/users_dialog.py" line="73" />
        <source>Brugere</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/users_dialog.py" line="104" />
        <source>Databasen har ingen brugere endnu: alle er administrator, indtil den første er oprettet. Opret først dig selv ({0}) som administrator.</source>
        <translation>The database has no users yet: everyone is administrator until the first one is added. Add yourself ({0}) as administrator first.</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/users_dialog.py" line="108" />
        <source>Du ({0}) er ikke oprettet og kan kun læse.</source>
        <translation>You ({0}) are not registered and may only read.</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/users_dialog.py" line="109" />
        <source>Du er logget ind som {0} med rollen {1}.</source>
        <translation>You are logged in as {0} with the role {1}.</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/users_dialog.py" line="126" />
        <source>Tilføj bruger</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/users_dialog.py" line="140" />
        <source>Skift rolle for {0}</source>
        <translation>Change the role of {0}</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/users_dialog.py" line="154" />
        <source>Omdøb {0}</source>
        <translation>Rename {0}</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/users_dialog.py" line="175" />
        <source>Fjern brugeren {0} ({1})? Det, {0} har ændret, står stadig i ændringsloggen.</source>
        <translation>Remove the user {0} ({1})? What {0} changed stays in the audit log.</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/users_dialog.py" line="177" />
        <source>Fjern bruger</source>
        <translation>Remove user</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/users_dialog.py" line="177" />
        <source>&amp;Fjern</source>
        <translation>Re&amp;move</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../../src/hoering/gui/commands.py" line="140" />
        <source>Vurdering ændret</source>
        <translation>Assessment changed</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/commands.py" line="219" />
        <source>Bemærkning lavet</source>
        <translation>Comment made</translation>
    </message>
</context>
<context>
    <name>confirm</name>
    <message>
        <location filename="../../src/hoering/gui/confirm.py" line="18" />
        <source>&amp;Annullér</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="31" />
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="32" />
        <source>sms</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="33" />
        <source>brev</source>
        <translation>letter</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="34" />
        <source>møde</source>
        <translation>meeting</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="35" />
        <source>andet</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="39" />
        <source>udvalg</source>
        <translation>committee</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="40" />
        <source>råd</source>
        <translation>council</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="41" />
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="42" />
        <source>virksomhed</source>
        <translation>company</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="43" />
        <source>borger</source>
        <translation>citizen</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="44" />
        <source>intern</source>
        <translation>internal</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="48" />
        <source>tema</source>
        <translation>theme</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="49" />
        <source>undertema</source>
        <translation>sub-theme</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="50" />
        <source>ansvarsgruppe</source>
        <translation>responsibility group</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="54" />
        <source>klimatiltag</source>
        <translation>measure</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="55" />
        <source>afsnit</source>
        <translation>section</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="56" />
        <source>politikken</source>
        <translation>the policy</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="57" />
        <source>forslag til nyt tiltag</source>
        <translation>proposal for a new measure</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="61" />
        <source>uændret</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="62" />
        <source>ændret</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="63" />
        <source>nyt</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="64" />
        <source>udgår</source>
        <translation>dropped</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="68" />
        <source>imødekommet</source>
        <translation>met</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="69" />
        <source>delvist imødekommet</source>
        <translation>partly met</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="70" />
        <source>ikke imødekommet</source>
        <translation>not met</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="71" />
        <source>taget til efterretning</source>
        <translation>noted</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="75" />
        <location filename="../../src/hoering/domain/labels.py" line="94" />
        <source>delmål ændret</source>
        <translation>sub-goal changed</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="76" />
        <location filename="../../src/hoering/domain/labels.py" line="95" />
        <source>nyt delmål</source>
        <translation>new sub-goal</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="77" />
        <source>tiltag udgår</source>
        <translation>measure dropped</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="78" />
        <source>mål fastholdt</source>
        <translation>goal kept</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="79" />
        <source>indarbejdet</source>
        <translation>incorporated</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="80" />
        <source>input til videre arbejde</source>
        <translation>input for further work</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="81" />
        <source>afventer</source>
        <translation>deferred</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="82" />
        <source>forklaring</source>
        <translation>explanation</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="83" />
        <source>ingen vurdering</source>
        <translation>no assessment</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="87" />
        <source>Det vi gør selv</source>
        <translation>What we do ourselves</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="88" />
        <source>Det vi gør som medejer</source>
        <translation>What we do as co-owner</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="89" />
        <source>Det vi gør i fællesskab</source>
        <translation>What we do together</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="90" />
        <source>anden gruppe</source>
        <translation>other group</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="96" />
        <source>delmål taget ud</source>
        <translation>sub-goal removed</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="97" />
        <source>nyt klimatiltag</source>
        <translation>new measure</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="98" />
        <source>titel ændret</source>
        <translation>title changed</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="99" />
        <source>klimatiltag taget ud</source>
        <translation>measure dropped</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="100" />
        <source>klimatiltag genindsat</source>
        <translation>measure reinstated</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="104" />
        <source>modtaget</source>
        <translation>received</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="105" />
        <source>opdelt</source>
        <translation>split</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="106" />
        <source>færdig</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="107" />
        <source>lagt til side</source>
        <translation>set aside</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="108" />
        <source>kan ikke læses</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="109" />
        <source>afvist</source>
        <translation>dismissed</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="113" />
        <source>før åbning</source>
        <translation>before opening</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="114" />
        <source>rettidig</source>
        <translation>on time</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="115" />
        <source>for sent</source>
        <translation>late</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="120" />
        <source>nævnt ved nummer</source>
        <translation>mentioned by number</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="121" />
        <source>nævnt ved titel</source>
        <translation>mentioned by title</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="122" />
        <source>ligner teksten</source>
        <translation>resembles the text</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="143" />
        <source>læser</source>
        <translation>reader</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="144" />
        <source>sagsbehandler</source>
        <translation>case handler</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="145" />
        <source>redaktør</source>
        <translation>editor</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="146" />
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="151" />
        <source>registrere og opdele høringssvar</source>
        <translation>log and split responses</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="152" />
        <source>gennemgå personoplysninger i bemærkninger</source>
        <translation>review personal data in comments</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="155" />
        <source>skrive vurderinger, udfald og svar</source>
        <translation>write assessments, outcomes and replies</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="156" />
        <source>ændre handleplanen</source>
        <translation>change the action plan</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="157" />
        <source>ændre standardtekster</source>
        <translation>change standard phrases</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="158" />
        <source>eksportere bilag og filer</source>
        <translation>export annexes and files</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="159" />
        <source>oprette og ændre høringer</source>
        <translation>create and change consultations</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="160" />
        <source>registrere udvalg og andre høringsparter</source>
        <translation>register committees and other consulted bodies</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="163" />
        <source>administrere brugere</source>
        <translation>manage users</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="164" />
        <source>eksportere ændringsloggen</source>
        <translation>export the audit log</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="165" />
        <source>slette personoplysninger</source>
        <translation>erase personal data</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="166" />
        <source>tage og lægge sikkerhedskopier af databasen tilbage</source>
        <translation>back up and restore the database</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="172" />
        <source>intet fundet</source>
        <translation>nothing found</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="173" />
        <source>ikke gennemgået</source>
        <translation>not reviewed</translation>
    </message>
    <message>
        <location filename="../../src/hoering/domain/labels.py" line="174" />
        <source>godkendt</source>
        <translation>approved</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../src/hoering/gui/messages.py" line="21" />
        <source>Der opstod en uventet fejl: {0}</source>
        <translation>An unexpected error occurred: {0}</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/messages.py" line="28" />
        <source>Høring</source>
        <translation>Høring</translation>
    </message>
</context>
<context>
    <name>personal_data</name>
    <message>
        <location filename="../../src/hoering/gui/personal_data_dialog.py" line="50" />
        <source>{0} personer har fået slettet deres kontaktoplysninger</source>
        <translation>{0} people had their contact details deleted</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_data_dialog.py" line="53" />
        <source>{0} kontaktoplysninger er slettet</source>
        <translation>{0} contact details deleted</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_data_dialog.py" line="54" />
        <source>{0} høringssvar er renset for afsender, original og bilag</source>
        <translation>{0} responses cleared of sender, original and attachments</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_data_dialog.py" line="57" />
        <source>{0} bemærkninger er anonymiseret</source>
        <translation>{0} comments anonymised</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_data_dialog.py" line="58" />
        <source>{0} gemte filer er slettet</source>
        <translation>{0} stored files deleted</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_data_dialog.py" line="59" />
        <source>{0} filer rummer også andres beskeder (fx en SMS-eksport) og er bevaret</source>
        <translation>{0} files also hold other people's messages (e.g. an SMS export) and were kept</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_data_dialog.py" line="62" />
        <source>{0} poster i ændringsloggen er renset</source>
        <translation>{0} audit log entries cleaned</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_data_dialog.py" line="63" />
        <source>{0} øjebliksbilleder af eksporterede bilag er renset</source>
        <translation>{0} snapshots of exported annexes cleaned</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_data_dialog.py" line="66" />
        <source>{0} vurderinger nævnte personerne og er renset</source>
        <translation>{0} assessments named the people and were cleaned</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_data_dialog.py" line="69" />
        <source>{0} registrerede eksporter nævnte personerne i filnavn eller beskrivelse</source>
        <translation>{0} registered exports named the people in file name or description</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_data_dialog.py" line="72" />
        <source>{0} kampagnetekster, andres bemærkninger og svar nævnte personerne og er renset</source>
        <translation>{0} campaign texts, other senders' comments and replies named the people and were cleaned</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_data_dialog.py" line="88" />
        <source>Der var intet at slette.</source>
        <translation>There was nothing to erase.</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_data_dialog.py" line="416" />
        <source>ingen høringssvar</source>
        <translation>no responses</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_data_dialog.py" line="419" />
        <source>afsender nr. {0} ({1}), {2} høringssvar</source>
        <translation>sender no. {0} ({1}), {2} responses</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/personal_data_dialog.py" line="423" />
        <source>– allerede slettet</source>
        <translation>– already erased</translation>
    </message>
</context>
<context>
    <name>phrases</name>
    <message>
        <location filename="../../src/hoering/gui/phrase_dialogs.py" line="34" />
        <source>(intet udfald)</source>
        <translation>(no outcome)</translation>
    </message>
    <message>
        <location filename="../../src/hoering/gui/phrase_dialogs.py" line="41" />
        <source>Standardtekster</source>
        <translation>Standard phrases</translation>
    </message>
</context>
</TS>