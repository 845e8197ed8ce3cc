"""Danish names of the vocabulary, for the command line and the interface.

The names are marked for Qt Linguist (``QT_TRANSLATE_NOOP``, a plain function
here: the domain imports no Qt); the window shows them translated through
``hoering.gui.labels``.
"""

from hoering.domain.enums import (
    AssessmentCategory,
    Channel,
    GroupKind,
    MeasureStatus,
    Outcome,
    PersonalDataReview,
    RespondentKind,
    ResponseStatus,
    RevisionKind,
    SectionLevel,
    TargetLevel,
    Timeliness,
)
from hoering.domain.roles import Permission, Role
from hoering.domain.suggestions import SuggestionReason


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    return text


CHANNEL = {
    Channel.EMAIL: QT_TRANSLATE_NOOP("labels", "e-mail"),
    Channel.SMS: QT_TRANSLATE_NOOP("labels", "sms"),
    Channel.LETTER: QT_TRANSLATE_NOOP("labels", "brev"),
    Channel.MEETING: QT_TRANSLATE_NOOP("labels", "møde"),
    Channel.OTHER: QT_TRANSLATE_NOOP("labels", "andet"),
}

RESPONDENT_KIND = {
    RespondentKind.COMMITTEE: QT_TRANSLATE_NOOP("labels", "udvalg"),
    RespondentKind.COUNCIL: QT_TRANSLATE_NOOP("labels", "råd"),
    RespondentKind.ORGANISATION: QT_TRANSLATE_NOOP("labels", "organisation"),
    RespondentKind.COMPANY: QT_TRANSLATE_NOOP("labels", "virksomhed"),
    RespondentKind.CITIZEN: QT_TRANSLATE_NOOP("labels", "borger"),
    RespondentKind.INTERNAL: QT_TRANSLATE_NOOP("labels", "intern"),
}

SECTION_LEVEL = {
    SectionLevel.THEME: QT_TRANSLATE_NOOP("labels", "tema"),
    SectionLevel.SUB_THEME: QT_TRANSLATE_NOOP("labels", "undertema"),
    SectionLevel.GROUP: QT_TRANSLATE_NOOP("labels", "ansvarsgruppe"),
}

TARGET_LEVEL = {
    TargetLevel.MEASURE: QT_TRANSLATE_NOOP("labels", "klimatiltag"),
    TargetLevel.SECTION: QT_TRANSLATE_NOOP("labels", "afsnit"),
    TargetLevel.POLICY: QT_TRANSLATE_NOOP("labels", "politikken"),
    TargetLevel.NEW_MEASURE: QT_TRANSLATE_NOOP("labels", "forslag til nyt tiltag"),
}

MEASURE_STATUS = {
    MeasureStatus.UNCHANGED: QT_TRANSLATE_NOOP("labels", "uændret"),
    MeasureStatus.CHANGED: QT_TRANSLATE_NOOP("labels", "ændret"),
    MeasureStatus.NEW: QT_TRANSLATE_NOOP("labels", "nyt"),
    MeasureStatus.DROPPED: QT_TRANSLATE_NOOP("labels", "udgår"),
}

OUTCOME = {
    Outcome.MET: QT_TRANSLATE_NOOP("labels", "imødekommet"),
    Outcome.PARTLY_MET: QT_TRANSLATE_NOOP("labels", "delvist imødekommet"),
    Outcome.NOT_MET: QT_TRANSLATE_NOOP("labels", "ikke imødekommet"),
    Outcome.NOTED: QT_TRANSLATE_NOOP("labels", "taget til efterretning"),
}

ASSESSMENT_CATEGORY = {
    AssessmentCategory.SUB_GOAL_CHANGED: QT_TRANSLATE_NOOP("labels", "delmål ændret"),
    AssessmentCategory.SUB_GOAL_ADDED: QT_TRANSLATE_NOOP("labels", "nyt delmål"),
    AssessmentCategory.MEASURE_DROPPED: QT_TRANSLATE_NOOP("labels", "tiltag udgår"),
    AssessmentCategory.GOAL_KEPT: QT_TRANSLATE_NOOP("labels", "mål fastholdt"),
    AssessmentCategory.INCORPORATED: QT_TRANSLATE_NOOP("labels", "indarbejdet"),
    AssessmentCategory.FURTHER_WORK: QT_TRANSLATE_NOOP("labels", "input til videre arbejde"),
    AssessmentCategory.DEFERRED: QT_TRANSLATE_NOOP("labels", "afventer"),
    AssessmentCategory.EXPLANATION: QT_TRANSLATE_NOOP("labels", "forklaring"),
    AssessmentCategory.BLANK: QT_TRANSLATE_NOOP("labels", "ingen vurdering"),
}

GROUP_KIND = {
    GroupKind.OWN: QT_TRANSLATE_NOOP("labels", "Det vi gør selv"),
    GroupKind.CO_OWNER: QT_TRANSLATE_NOOP("labels", "Det vi gør som medejer"),
    GroupKind.TOGETHER: QT_TRANSLATE_NOOP("labels", "Det vi gør i fællesskab"),
    GroupKind.OTHER: QT_TRANSLATE_NOOP("labels", "anden gruppe"),
}

REVISION_KIND = {
    RevisionKind.SUB_GOAL_CHANGED: QT_TRANSLATE_NOOP("labels", "delmål ændret"),
    RevisionKind.SUB_GOAL_ADDED: QT_TRANSLATE_NOOP("labels", "nyt delmål"),
    RevisionKind.SUB_GOAL_REMOVED: QT_TRANSLATE_NOOP("labels", "delmål taget ud"),
    RevisionKind.MEASURE_ADDED: QT_TRANSLATE_NOOP("labels", "nyt klimatiltag"),
    RevisionKind.MEASURE_RETITLED: QT_TRANSLATE_NOOP("labels", "titel ændret"),
    RevisionKind.MEASURE_DROPPED: QT_TRANSLATE_NOOP("labels", "klimatiltag taget ud"),
    RevisionKind.MEASURE_REINSTATED: QT_TRANSLATE_NOOP("labels", "klimatiltag genindsat"),
}

RESPONSE_STATUS = {
    ResponseStatus.RECEIVED: QT_TRANSLATE_NOOP("labels", "modtaget"),
    ResponseStatus.SPLIT: QT_TRANSLATE_NOOP("labels", "opdelt"),
    ResponseStatus.DONE: QT_TRANSLATE_NOOP("labels", "færdig"),
    ResponseStatus.SET_ASIDE: QT_TRANSLATE_NOOP("labels", "lagt til side"),
    ResponseStatus.UNREADABLE: QT_TRANSLATE_NOOP("labels", "kan ikke læses"),
    ResponseStatus.DISMISSED: QT_TRANSLATE_NOOP("labels", "afvist"),
}

TIMELINESS = {
    Timeliness.EARLY: QT_TRANSLATE_NOOP("labels", "før åbning"),
    Timeliness.ON_TIME: QT_TRANSLATE_NOOP("labels", "rettidig"),
    Timeliness.LATE: QT_TRANSLATE_NOOP("labels", "for sent"),
}


SUGGESTION_REASON = {
    SuggestionReason.REFERENCE: QT_TRANSLATE_NOOP("labels", "nævnt ved nummer"),
    SuggestionReason.TITLE: QT_TRANSLATE_NOOP("labels", "nævnt ved titel"),
    SuggestionReason.SIMILAR: QT_TRANSLATE_NOOP("labels", "ligner teksten"),
}


def measure_label(number: str | None, title: str | None) -> str:
    """A measure in lists and sheets: "12. Cykelstier", or the title alone when unnumbered."""
    title = title or "(uden titel)"
    return f"{number}. {title}" if number else title


def section_label(level: SectionLevel, title: str) -> str:
    """A theme, sub-theme or group as a target: "Tema: TRANSPORT"."""
    return f"{SECTION_LEVEL[level].capitalize()}: {title}"


def other_target_label(level: TargetLevel) -> str:
    """The policy or a proposal for a new measure as a target."""
    return TARGET_LEVEL[level].capitalize()


ROLE = {
    Role.READER: QT_TRANSLATE_NOOP("labels", "læser"),
    Role.CASE_HANDLER: QT_TRANSLATE_NOOP("labels", "sagsbehandler"),
    Role.EDITOR: QT_TRANSLATE_NOOP("labels", "redaktør"),
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("labels", "administrator"),
}

# What a permission lets one do, completing "Du har ikke rettighed til at …".
PERMISSION = {
    Permission.INTAKE: QT_TRANSLATE_NOOP("labels", "registrere og opdele høringssvar"),
    Permission.REVIEW_PERSONAL_DATA: QT_TRANSLATE_NOOP(
        "labels", "gennemgå personoplysninger i bemærkninger"
    ),
    Permission.ASSESS: QT_TRANSLATE_NOOP("labels", "skrive vurderinger, udfald og svar"),
    Permission.REVISE_PLAN: QT_TRANSLATE_NOOP("labels", "ændre handleplanen"),
    Permission.MANAGE_PHRASES: QT_TRANSLATE_NOOP("labels", "ændre standardtekster"),
    Permission.EXPORT: QT_TRANSLATE_NOOP("labels", "eksportere bilag og filer"),
    Permission.MANAGE_CONSULTATIONS: QT_TRANSLATE_NOOP("labels", "oprette og ændre høringer"),
    Permission.MANAGE_RESPONDENTS: QT_TRANSLATE_NOOP(
        "labels", "registrere udvalg og andre høringsparter"
    ),
    Permission.MANAGE_USERS: QT_TRANSLATE_NOOP("labels", "administrere brugere"),
    Permission.EXPORT_AUDIT_LOG: QT_TRANSLATE_NOOP("labels", "eksportere ændringsloggen"),
    Permission.ERASE_PERSONAL_DATA: QT_TRANSLATE_NOOP("labels", "slette personoplysninger"),
    Permission.MAINTAIN_DATABASE: QT_TRANSLATE_NOOP(
        "labels", "tage og lægge sikkerhedskopier af databasen tilbage"
    ),
}

PERSONAL_DATA_REVIEW = {
    PersonalDataReview.NOTHING_FOUND: QT_TRANSLATE_NOOP("labels", "intet fundet"),
    PersonalDataReview.PENDING: QT_TRANSLATE_NOOP("labels", "ikke gennemgået"),
    PersonalDataReview.APPROVED: QT_TRANSLATE_NOOP("labels", "godkendt"),
}


def citizen_pseudonym(number: int | None) -> str:
    """The public name of a citizen: stable per consultation ("Borger 17")."""
    return f"Borger {number}" if number is not None else "Borger"


def source_label(
    kind: RespondentKind, code: str | None, name: str | None, pseudonym: int | None
) -> str:
    """How a comment's source is shown: committees and councils by code, organisations
    and companies by name, a citizen by pseudonym."""
    if kind is RespondentKind.CITIZEN:
        return citizen_pseudonym(pseudonym)
    if kind in (RespondentKind.ORGANISATION, RespondentKind.COMPANY):
        return name or code or RESPONDENT_KIND[kind]
    return code or name or RESPONDENT_KIND[kind]


def sender_label(
    kind: RespondentKind, code: str | None, name: str | None, pseudonym: int | None
) -> str:
    """A sender in lists of responses: the source label, and a body's full name after
    its code ("UGO – Udvalget for Grøn Omstilling")."""
    label = source_label(kind, code, name, pseudonym)
    if kind is not RespondentKind.CITIZEN and name and name != label:
        return f"{label} – {name}"
    return label
