"""The real memo (seed 003) parsed: a sample pinned by hand from the document."""

import pytest

from hoering.domain.enums import GroupKind, SectionLevel
from hoering.exchange.memo.model import MemoComment, MemoMeasure, MemoSection, NoteKind, ParsedMemo
from hoering.exchange.memo.parser import parse_memo
from hoering.exchange.memo.rows import parse_memo_bytes
from tests.support.seeds import MEMO_CODES, MEMO_PATH, memo_bytes


@pytest.fixture(scope="module")
def memo() -> ParsedMemo:
    return parse_memo(parse_memo_bytes(memo_bytes(), MEMO_PATH.name), known_codes=MEMO_CODES)


def measure(memo: ParsedMemo, number: str) -> MemoMeasure:
    return next(m for m in memo.measures if m.number == number)


def comments_on(memo: ParsedMemo, item: MemoMeasure | MemoSection) -> list[tuple[str, str]]:
    if isinstance(item, MemoMeasure):
        found = [c for c in memo.comments if c.measure == item.key]
    else:
        found = [c for c in memo.comments if c.section == item.key]
    return [(c.source_code, c.text) for c in found]


def comment(memo: ParsedMemo, text_start: str) -> MemoComment:
    return next(c for c in memo.comments if c.text.startswith(text_start))


def path(memo: ParsedMemo, key: int | None) -> list[str]:
    """The titles from the theme down to a section."""
    titles = []
    while key is not None:
        section = memo.sections[key]
        titles.append(section.title)
        key = section.parent
    return titles[::-1]


def section(memo: ParsedMemo, *titles: str) -> MemoSection:
    return next(s for s in memo.sections if path(memo, s.key) == list(titles))


def test_the_whole_plan_is_there(memo: ParsedMemo) -> None:
    assert [m.number for m in memo.measures] == [str(n) for n in range(1, 65)]
    themes = [s.title for s in memo.sections if s.level is SectionLevel.THEME]
    assert themes == [
        "LEDERSKAB POLITISK SÅVEL SOM ADMINISTRATIVT",
        "FÆLLESSKABER",
        "ENERGIBESPARELSER, VARMEFORSYNING OG GRØN STRØM",
        "TRANSPORT",
        "CIRKULÆR ØKONOMI",
        "KLIMATILPASNING OG NATUR",
        "KOMMUNIKATION",
    ]
    sub_themes = [s.title for s in memo.sections if s.level is SectionLevel.SUB_THEME]
    assert sub_themes == [
        "Energibesparelser",
        "Grøn varmforsyning",
        "Grøn elforsyning",
        "Mindre spild og genanvendelse",
        "Byggeri og anlæg",
        "Udbud og indkøb",
        "Klimatilpasning",
        "Natur",
    ]
    groups = [s for s in memo.sections if s.level is SectionLevel.GROUP]
    assert len(groups) == 23
    assert {g.group_kind for g in groups} == {GroupKind.OWN, GroupKind.CO_OWNER, GroupKind.TOGETHER}


def test_every_comment_is_kept_with_its_source(memo: ParsedMemo) -> None:
    # The document has 160 "CODE:" prefixes: 56 KMB, 43 UGO, 33 GR, 28 VMU.
    by_source = dict.fromkeys(MEMO_CODES, 0)
    for c in memo.comments:
        by_source[c.source_code] += 1
    assert by_source == {"KMB": 56, "UGO": 43, "GR": 33, "VMU": 28}
    assert memo.unknown_codes == ()


def test_only_two_placements_are_assumptions_and_nothing_is_unplaced(memo: ParsedMemo) -> None:
    assert [(n.row, n.kind) for n in memo.notes] == [
        (7, NoteKind.ASSUMPTION),  # measure 1's assessment slid into the next row
        (140, NoteKind.ASSUMPTION),  # the comment after the last measure
    ]


def test_measure_1_with_its_slid_assessment(memo: ParsedMemo) -> None:
    m = measure(memo, "1")
    assert m.title == "Klimavurdering af udvalgssager og politiske beslutninger"
    assert path(memo, m.section) == [
        "LEDERSKAB POLITISK SÅVEL SOM ADMINISTRATIVT",
        "Det vi gør selv",
    ]
    assert len(m.sub_goals) == 2
    assert m.sub_goals[0].startswith("Senest i 2023 indgår klimavurderinger på lige vilkår")
    assert m.sub_goals[0].endswith("ejendoms- og energireoveringsprojekter.")
    assert m.sub_goals[1].startswith("Senest i 2025 har Ballerup Kommune sikret, at alle fagcentre")
    assert comments_on(memo, m) == [
        (
            "UGO",
            "Vil gerne have at denne formulering genindføres: Senest i 2023 indgår "
            "klimavurderinger (skyggepris) på lige vilkår som punktet økonomi i alle "
            "udvalgssager og i alle politiske beslutninger. VIGTIGT",
        ),
        ("KMB", 'Hvis det er en "skyggepris", så skal det fremhæves.'),
        (
            "GR",
            "CO2 på alle udvalgssager / CO2 og økonomi er sidestillet i behandlingen af "
            "økonomiske konsekvenser",
        ),
        ("GR", "vi skal bruge Århusmodellen til beregning af skytteprisen"),
        (
            "VMU",
            "Klimaløsninger skal ses i større kontekst og ikke afgrænses af kommunens geografi",
        ),
        (
            "GR",
            "Særligt medarbejdere på decentrale arbejdspladser skal nudges til at vælge "
            "klimarigtigt med CO2 skyggepris",
        ),
    ]
    assert m.assessment == (
        "Delmålet er fastholdt til at omhandle alle relevante større indkøb, så "
        "administrationen kan gøre erfaringer på de områder der har størst CO2 påvirkning."
    )


def test_measure_6_sub_goal_labels_are_not_sources(memo: ParsedMemo) -> None:
    m = measure(memo, "6")
    assert m.sub_goals == (
        "Fra 2023 arbejder MED-organisationen - både centralt og i lokalt regi - aktivt med "
        "klimahandleplanens ambitioner.",
        "Ledelse: Som en del af introforløb for ledere i Ballerup Kommune indgår "
        "klimahandleplanens ambitioner som et delforløb.",
        "Kompetenceudvikling: Medarbejdere uddannes til i relevant omfang at kunne bistå med "
        "klimahandleplanens aktiviteter.",
    )
    assert comments_on(memo, m) == [
        ("UGO", "der ønskes en plan for dette arbejde"),
        ("VMU", "Vigtigt punkt"),
        ("GR", "Brug foreningen fra klimafamilier"),
    ]
    assert m.assessment == "Indarbejdes i gennemførelsen af indsatsen"


def test_measure_7_range_reference_and_inline_replies(memo: ParsedMemo) -> None:
    m = measure(memo, "7")
    assert path(memo, m.section) == ["FÆLLESSKABER", "Det vi gør selv"]
    assert [code for code, _ in comments_on(memo, m)] == ["UGO", "UGO", "KMB", "KMB", "GR"]
    status = comment(memo, "ønsker en tilbagemelding/status til UGO")
    assert (
        status.text == "ønsker en tilbagemelding/status til UGO hvert halve år om, hvordan det går"
    )
    assert status.references == ()
    headings = comment(memo, "punkt 7-11 overskrifterne")
    assert headings.measure == m.key
    assert headings.references == ("7", "8", "9", "10", "11")
    corps = comment(memo, "Et ambassadørkorps")
    assert (corps.text, corps.reply) == ("Et ambassadørkorps", "Er skrevet ind i dette tiltag")
    mothers = comment(memo, "Klimamødre")
    assert mothers.reply == "Er skrevet ind i 2. ben fællesskaber"
    assert m.assessment == (
        "Hvert år gøres status for handleplanen og for CO2-udledningen, og handleplanen justeres."
        "\nForeninger indgår i beskrivelsen af indsatsen."
    )


def test_measure_12_under_a_sub_theme_with_a_changed_goal(memo: ParsedMemo) -> None:
    m = measure(memo, "12")
    assert m.title == "Vej- og gadebelysning, trafikregulering og lys på springvandsanlæg"
    assert path(memo, m.section) == [
        "ENERGIBESPARELSER, VARMEFORSYNING OG GRØN STRØM",
        "Energibesparelser",
        "Det vi gør selv",
    ]
    assert m.sub_goals == (
        "Spare på energiforbruget, så der er nok til absolut nødvendige forbrug.",
    )
    assert comments_on(memo, m) == [
        ("UGO", "Kan LED belysning og intelligent belysning være en del af løsningen"),
        ("KMB", "Fortsat slukket lys om natten"),
        ("KMB", "Bruge ordentlige reflekser, så man ses i mærket/skumringen"),
        ("GR", "Intelligent belysning med LED"),
    ]
    assert m.assessment == (
        "Mål ændret til: Senest i 2025 er al belysning skiftet til nyeste LED, og der ses på "
        "muligheden for intelligent belysning."
    )


def test_measure_30_assessment_continues_across_the_page_break(memo: ParsedMemo) -> None:
    m = measure(memo, "30")
    assert m.sub_goals == (
        "Senest i 2030 er al den transport, Ballerup Kommune foretager, samt den transport vi "
        "finansierer, på grønne drivmidler.",
    )
    assert comments_on(memo, m) == [
        ("UGO", "sæt et delmål for 2025"),
        ("KMB", "Ambition, men husk også at biler der ikke bruges så meget skal afskrives helt"),
    ]
    assert m.assessment == (
        "Mål ændret så der i 2023 udarbejdes en plan for hvor tidligt og hvordan der skal "
        "stilles krav"
    )


def test_measure_33_sub_goal_after_the_comments(memo: ParsedMemo) -> None:
    m = measure(memo, "33")
    assert m.title == "Delemobilitetsløsninger, KØRMIT"
    assert path(memo, m.section) == ["TRANSPORT", "Det vi gør som medejer"]
    assert m.sub_goals == (
        "Senest i 2025 er der etableret delemobilitetsløsninger på S-togstationer.",
        "I 2023 benytter mindst 20 % af kommunens medarbejdere DSB pendlerkort.",
    )
    assert comments_on(memo, m) == [
        ("UGO", "det skal være i 2024"),
        ("UGO", "flere delecykler"),
        ("KMB", "Flere delecykler"),
        ("VMU", "etablering af blafferstoppested"),
        ("GR", "etabler delecyclordninger"),
    ]
    assert m.assessment == "Målsætning ændret til 2024\nDer arbejdes med delecyclordninger"


def test_measure_40_co2_spellings_are_kept_readable(memo: ParsedMemo) -> None:
    m = measure(memo, "40")
    assert m.sub_goals == (
        "Senest i 2025 har vi indarbejdet et koncept til at måle madspild i de kommunale køkkener",
        "Senest i 2025 lever de kommunale køkkener op til 75 % økologi i deres husholdning",
    )
    assert comments_on(memo, m)[0] == (
        "UGO",
        "senest i 2025 er CO₂-udledningen fra mad reduceret med 20 pct.",
    )
    assert len(comments_on(memo, m)) == 5
    assert m.assessment == (
        "Nyt mål: Senest i 2025 er CO₂-udledningen fra madprodukterne i de kommunale køkkener "
        "reduceret med 20 % CO₂."
    )
    assert measure(memo, "21").title == "CO₂-fangst - CCS-anlæg"


def test_measure_54_title_continues_on_the_next_row(memo: ParsedMemo) -> None:
    m = measure(memo, "54")
    assert m.title == (
        "Klimatilpasning i byudviklingsområder og i anlægsprojekter f.eks. klimaparken og Kildedal"
    )
    assert m.sub_goals == (
        "Senest i 2025 indgår klimatilpasning i alle byudviklings- og anlægsprojekter",
    )
    assert comments_on(memo, m) == []
    assert m.assessment == ""


def test_measures_59_and_60(memo: ParsedMemo) -> None:
    m59, m60 = measure(memo, "59"), measure(memo, "60")
    assert path(memo, m59.section) == [
        "KLIMATILPASNING OG NATUR",
        "Natur",
        "Det vi gør i fællesskab",
    ]
    assert m59.title == "Skovrejsning i Ballerup Kommune Træplantning i private haver"
    assert len(m59.sub_goals) == 1
    assert m59.sub_goals[0].startswith("I 2030 er der plantet xx ha ny skov i Ballerup Kommune.")
    assert m59.sub_goals[0].endswith(
        "Skovene kommer til at bestå af naturlige hjemmehørende arter."
    )
    assert comments_on(memo, m59) == [
        ("KMB", "Indsætte konkret mål"),
        ("VMU", "Vild med vilje og træplantning på skoler og ungdomsuddannelser"),
        ("GR", "vælge at 5% af Ballerup skal være plantet til med skov"),
    ]
    assert m59.assessment == "Målet er ændret til at indeholde skov, levende hegn og krat"
    assert m60.title == "Træplantning i private haver"
    assert m60.sub_goals == ("Senest i 2030 har borgerne plantet 20.000 træer i private haver",)
    assert comments_on(memo, m60) == [
        ("UGO", "også i samarbejde med virksomhederne på deres arealer"),
        ("UGO", "der skal være et 2025 delmål"),
        ("UGO", "der skal beskrives en handling"),
        ("VMU", "Signaturtræer for Ballerup Kommune"),
        ("GR", "hvordan skal det foregå"),
    ]


def test_measure_64_without_title_and_the_comment_after_it(memo: ParsedMemo) -> None:
    m = measure(memo, "64")
    assert m.title is None
    assert m.sub_goals == ()
    assert path(memo, m.section) == ["KOMMUNIKATION", "Det vi gør selv"]
    last = comments_on(memo, m)
    assert last[0] == ("VMU", "Brug klima i navngivning af veje, pladser og bygninger")
    trailing = comment(memo, "Hvordan kan man bruge Klimaparken")
    assert trailing.measure == m.key
    assert trailing.text == (
        "Hvordan kan man bruge Klimaparken som udstilling og inspiration til nye vaner? "
        "Klimastation – en udstilling/et mødested som inspiration til klimahandling"
    )
    assert trailing.reply == (
        "Der er indarbejdet nyt mål om klimakommunikation i projekter og det offentlige rum"
    )


def test_comments_on_themes(memo: ParsedMemo) -> None:
    leadership = section(memo, "LEDERSKAB POLITISK SÅVEL SOM ADMINISTRATIVT")
    assert [
        (c.source_code, c.text, c.reply) for c in memo.comments if c.section == leadership.key
    ] == [
        (
            "KMB",
            "Regeringen har fremrykket CO2-neutralitet til 2045, vi må følge efter",
            "Er også politisk vedtaget i Ballerup Kommune",
        ),
        (
            "KMB",
            "Kommunen som CO2-neutral er vigtig",
            "Er også politisk vedtaget i Ballerup Kommune",
        ),
        ("GR", "Afsætte 12% af alle anlægsudgifter til klimatiltag/klimapulje", None),
    ]
    assert comments_on(memo, section(memo, "TRANSPORT")) == [
        ("UGO", "trafikssikkerhed skal løses med ny teknologi"),
        ("UGO", "kan der udvikles et bull-shit barometer"),
        ("KMB", "Tomgangsregulativ på 1 min. og tydelig skiltning"),
    ]
    assert comments_on(memo, section(memo, "FÆLLESSKABER")) == []


def test_comments_on_sub_themes(memo: ParsedMemo) -> None:
    theme = "ENERGIBESPARELSER, VARMEFORSYNING OG GRØN STRØM"
    savings = [
        c for c in memo.comments if c.section == section(memo, theme, "Energibesparelser").key
    ]
    assert [(c.source_code, c.text, c.reply) for c in savings] == [
        (
            "UGO",
            "sikre at ambitionsniveauet holder og fortsat stiger",
            "Det er indarbejdet i datamaterialet som fremgår som grafer i både klimapolitik og "
            "klimahandleplan",
        ),
        (
            "KMB",
            "Reducere den kommunale bygningsmasse",
            "Det vil indgå i den fremtidige ejendomsstrategi i det omfang det er muligt",
        ),
    ]
    assert comments_on(memo, section(memo, theme, "Grøn varmforsyning")) == [
        ("KMB", "Betale klimakompensation")
    ]
    adaptation = section(memo, "KLIMATILPASNING OG NATUR", "Klimatilpasning")
    assert [(c.text, c.reply) for c in memo.comments if c.section == adaptation.key] == [
        (
            "CO₂ beregning og biodiversitetsvurdering af disse indsatser",
            "Så vidt det er muligt vil disse beregninger indgå i implementeringen",
        ),
        ("biodiversitet tilføjes", "er indarbejdet i teksten"),
    ]


def test_comments_on_groups(memo: ParsedMemo) -> None:
    together = section(
        memo,
        "ENERGIBESPARELSER, VARMEFORSYNING OG GRØN STRØM",
        "Grøn varmforsyning",
        "Det vi gør i fællesskab",
    )
    assert comments_on(memo, together) == [("KMB", "Udfasning af brændeovne")]
    fellowship = section(memo, "FÆLLESSKABER", "Det vi gør selv")
    assert [(c.text, c.reply) for c in memo.comments if c.section == fellowship.key] == [
        ("Etablere et Ungeklimaråd", "Input tages med i det videre arbejde"),
        ("Etablere et Borgerting", "Input tages med i det videre arbejde"),
    ]
    procurement = section(memo, "CIRKULÆR ØKONOMI", "Udbud og indkøb", "Det vi gør selv")
    assert comments_on(memo, procurement) == [
        ("KMB", "Kan udbudspolitikken blive mere grøn"),
        ("GR", "CO₂ på forbrug ved indkøb, ligesom de gør i Århus"),
    ]
    communication = section(memo, "KOMMUNIKATION", "Det vi gør selv")
    assert [(c.text, c.reply) for c in memo.comments if c.section == communication.key] == [
        ("Plads til debat om klimapolitikken på Verdensmålsfestivalen", None),
        ("Hvad er effekten af kampagner?", "Kampagnerne vil løbende blive evalueres"),
        (
            "Tværkommunale/nationale kampagner",
            "Hvor det er muligt vil kommunen deltage i kampagner sammen med andre, da det giver "
            "mere gennemslagskraft",
        ),
        ("Klima borgerservice der kan hjælpe borgere", "Input der arbejdes videre med"),
    ]
