"""English texts for the interface, keyed by the Danish source text.

The .ts file is the translators' source (edit it in Qt Linguist); this table
fills it in bulk: `python tools/translations_en.py resources/translations/hoering_en.ts`,
then `tools/build_qt.sh` compiles the .qm. Entries already translated in the
.ts are left alone.
"""

import re
import sys
import xml.etree.ElementTree as ET

_SHORTCUT = re.compile(r"((Ctrl|Shift|Alt)\+)*(F\d+|\w)")

ENGLISH = {
    "Database: {0} · Bruger: {1}": "Database: {0} · User: {1}",
    "Henter høringer …": "Loading consultations …",
    "Opretter demohøringen …": "Creating the demo consultation …",
    "Databasen har ingen høringer endnu.": "The database has no consultations yet.",
    "Høring": "Høring",
    "Der opstod en uventet fejl: {0}": "An unexpected error occurred: {0}",
    "Om Høring": "About Høring",
    "Høring {0}\n\nRegistrér høringssvar, skriv administrationens vurdering og eksportér "
    "høringsnotatet.": "Høring {0}\n\nLog consultation responses, write the administration's "
    "assessment and export the consultation memo.",
    "&Høring:": "&Consultation:",
    "Planen": "The plan",
    "&Filer": "&File",
    "&Hjælp": "&Help",
    "&Genindlæs": "&Reload",
    "&Afslut": "&Quit",
    "&Om Høring": "&About Høring",
    "Plan": "Plan",
    "Politikken som helhed": "The policy as a whole",
    "Forslag til nye tiltag": "Proposals for new measures",
    "(uden titel)": "(untitled)",
    "(udgår)": "(dropped)",
    "Bem.": "Cmts.",
    "Åbne": "Open",
    "Uvurd.": "Unass.",
    "Temaer, undertemaer, ansvarsgrupper og klimatiltag": "Themes, sub-themes, responsibility groups and measures",
    "Bemærkninger i alt": "Comments in all",
    "Bemærkninger uden udfald": "Comments without outcome",
    "Klimatiltag uden administrationens vurdering": "Measures without the administration's assessment",
    "Vælg standardtekst": "Choose a standard phrase",
    "Sæt også &udfald:": "Also set the &outcome:",
    "&Redigér standardtekster …": "&Edit standard phrases …",
    "Teksten bliver svar på {0} bemærkning(er).": "The text becomes the reply to {0} comment(s).",
    "Afsender": "Source",
    "Kanal": "Channel",
    "Modtaget": "Received",
    "Bemærkning": "Comment",
    "Svar": "Reply",
    "Også": "Also",
    "Udfald": "Outcome",
    "notat": "memo",
    "(for sent)": "(late)",
    "(intet udfald)": "(no outcome)",
    "{0} bemærkninger, {1} uden udfald": "{0} comments, {1} without outcome",
    "intet udfald": "no outcome",
    "Udfald »{0}« for {1} bemærkning(er)": "Outcome “{0}” for {1} comment(s)",
    "Udfald »{0}«": "Outcome “{0}”",
    "Svar på bemærkning": "Reply to a comment",
    "Administrationens svar til {0}:": "The administration's reply to {0}:",
    "Svar skrevet": "Reply written",
    "Standardtekst på {0} bemærkning(er)": "Standard phrase on {0} comment(s)",
    "Bemærkninger": "Comments",
    "&Udfald:": "&Outcome:",
    "Udfald for de valgte bemærkninger": "Outcome for the selected comments",
    "&Sæt udfald": "&Set outcome",
    "S&var …": "Re&ply …",
    "S&tandardtekst …": "S&tandard phrase …",
    "Å&bn høringssvar": "O&pen response",
    "Opret &nyt tiltag …": "Create &new measure …",
    "Historik: {0}": "History: {0}",
    "Tidspunkt": "Time",
    "Af": "By",
    "Ændring": "Change",
    "Før": "Before",
    "Efter": "After",
    "Begrundelse": "Reason",
    "Klimatiltaget er ikke ændret efter høringen.": "The measure has not been changed since the consultation.",
    "(alle)": "(all)",
    "uden udfald": "without outcome",
    "Alle klimatiltag er færdigbehandlet.": "All measures have been dealt with.",
    "{0} fundet": "{0} found",
    "&Plan": "&Plan",
    "&Søg": "&Search",
    "Søg i bemærkninger, høringssvar og klimatiltag": "Search comments, responses and measures",
    "Søgning": "Search",
    "&Afsender:": "&Source:",
    "Afsender&type:": "Source &kind:",
    "&Kanal:": "C&hannel:",
    "Kun for &sent modtagne": "Only &late ones",
    "Søgeresultater": "Search results",
    "&Redigér": "&Edit",
    "&Gå til": "&Go",
    "Værktøjer": "Tools",
    "&Fortryd": "&Undo",
    "&Gentag": "&Redo",
    "&Fortryd {0}": "&Undo {0}",
    "&Gentag {0}": "&Redo {0}",
    "&Standardtekster …": "&Standard phrases …",
    "&Oversigt": "&Overview",
    "&Næste tiltag med arbejde": "&Next measure needing work",
    "&Planen": "The &plan",
    "Delmål (som i høringen → revideret)": "Sub-goals (as consulted → revised)",
    "Delmål med ændringer": "Sub-goals with changes",
    "&Revidér delmål …": "&Revise sub-goal …",
    "Nyt &delmål …": "New &sub-goal …",
    "Tag delmål &ud …": "Re&move sub-goal …",
    "Ret &titel …": "Change &title …",
    "Tag tiltag ud af planen …": "Drop measure from the plan …",
    "&Historik …": "&History …",
    "Administrationens vurdering": "The administration's assessment",
    "&Type:": "&Kind:",
    "Indsæt standardte&kst …": "Insert standard phr&ase …",
    "(efter teksten)": "(from the text)",
    "Klimatiltag {0}": "Measure {0}",
    "&Genindsæt tiltag …": "&Reinstate measure …",
    "Tag tiltag ud af &planen …": "Drop measure from the &plan …",
    "Gemt": "Saved",
    "Ikke gemt endnu …": "Not saved yet …",
    "Klimatiltaget har ingen delmål.": "The measure has no sub-goals.",
    "Revidér delmål": "Revise sub-goal",
    "&Revideret tekst:": "&Revised text:",
    "Delmål revideret": "Sub-goal revised",
    "Nyt delmål": "New sub-goal",
    "&Delmål:": "&Sub-goal:",
    "Tag delmål ud": "Remove sub-goal",
    "Delmål taget ud": "Sub-goal removed",
    "Ret titel": "Change title",
    "&Titel:": "&Title:",
    "Titel ændret": "Title changed",
    "Genindsæt klimatiltag": "Reinstate measure",
    "Tag klimatiltag ud af planen": "Drop measure from the plan",
    "Nyt klimatiltag fra et forslag": "New measure from a proposal",
    "Forslag fra høringen": "Proposal from the consultation",
    "Forslaget:": "The proposal:",
    "&Placering:": "&Place:",
    "&Første delmål:": "&First sub-goal:",
    "&Begrundelse:": "&Reason:",
    "Klimatiltag med bemærkninger, der er vurderet": "Measures with comments that have been assessed",
    "Bemærkninger med udfald": "Comments with an outcome",
    "Fremdrift": "Progress",
    "Klimatiltag med bemærkninger, der er vurderet:": "Measures with comments that have been assessed:",
    "Bemærkninger med udfald:": "Comments with an outcome:",
    "Bemærkninger pr. tema": "Comments per theme",
    "Bemærkninger pr. afsender": "Comments per source",
    "Høringssvar pr. kanal": "Responses per channel",
    "Bemærkninger pr. udfald": "Comments per outcome",
    "{0} klimatiltag i planen, {1} med bemærkninger; {2} bemærkninger i alt.": "{0} measures in the plan, {1} with comments; {2} comments in all.",
    "Standardtekst": "Standard phrase",
    "Te&kst:": "Te&xt:",
    "Standardtekster": "Standard phrases",
    "&Ny …": "&New …",
    "&Ret …": "&Change …",
    "&Slet": "&Delete",
    "Høringssvar fra {0}": "Response from {0}",
    "Afsender:": "Source:",
    "Navn:": "Name:",
    "Adresse:": "Address:",
    "Kanal:": "Channel:",
    "Modtaget:": "Received:",
    "Status:": "Status:",
    "Emne:": "Subject:",
    "Bemærk:": "Note:",
    "Høringssvarets tekst": "The response's text",
    "Bilag:": "Attachments:",
    "&Gem bilag …": "&Save attachment …",
    "Gem bilag": "Save attachment",
    "&Tekst:": "&Text:",
    "Hvorfor ændres planen?": "Why does the plan change?",
    "Begrundende bemærkninger": "Motivating comments",
    "Begrundet i &bemærkningerne:": "Motivated by the &comments:",
    "Type": "Kind",
    "Hvem/hvad": "Who/what",
    "Tekst": "Text",
    "Høringssvar": "Response",
    "Klimatiltag": "Measure",
    "Forslag til nye klimatiltag. Vælg et forslag og opret tiltaget.": "Proposals for new measures. Choose a proposal and create the measure.",
    "Bemærkninger til hele {0}.": "Comments on the whole {0}.",
    "Bemærkninger til klimapolitikken som helhed.": "Comments on the climate policy as a whole.",
    "Nyt klimatiltag": "New measure",
    "Vurdering ændret": "Assessment changed",
    "Detaljer": "Details",
}


def fill(path: str) -> list[str]:
    tree = ET.parse(path)
    missing = []
    for message in tree.iter("message"):
        source = message.find("source")
        translation = message.find("translation")
        if source is None or translation is None or source.text is None:
            continue
        if translation.get("type") in ("obsolete", "vanished"):
            continue
        if translation.get("type") == "unfinished" or not (translation.text or "").strip():
            if source.text in ENGLISH:
                translation.text = ENGLISH[source.text]
                translation.attrib.pop("type", None)
            elif _SHORTCUT.fullmatch(source.text):
                translation.text = source.text  # shortcuts stay as they are
                translation.attrib.pop("type", None)
            else:
                missing.append(source.text)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    left = fill(sys.argv[1])
    for text in left:
        print("untranslated:", repr(text))
    sys.exit(1 if left else 0)
