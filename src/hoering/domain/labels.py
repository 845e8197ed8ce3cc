"""Danish names of the vocabulary, for the command line and the interface."""

from hoering.domain.enums import (
    AssessmentCategory,
    Channel,
    GroupKind,
    MeasureStatus,
    Outcome,
    RespondentKind,
    ResponseStatus,
    SectionLevel,
    TargetLevel,
    Timeliness,
)

CHANNEL = {
    Channel.EMAIL: "e-mail",
    Channel.SMS: "sms",
    Channel.LETTER: "brev",
    Channel.MEETING: "møde",
    Channel.OTHER: "andet",
}

RESPONDENT_KIND = {
    RespondentKind.COMMITTEE: "udvalg",
    RespondentKind.COUNCIL: "råd",
    RespondentKind.ORGANISATION: "organisation",
    RespondentKind.COMPANY: "virksomhed",
    RespondentKind.CITIZEN: "borger",
    RespondentKind.INTERNAL: "intern",
}

SECTION_LEVEL = {
    SectionLevel.THEME: "tema",
    SectionLevel.SUB_THEME: "undertema",
    SectionLevel.GROUP: "ansvarsgruppe",
}

TARGET_LEVEL = {
    TargetLevel.MEASURE: "klimatiltag",
    TargetLevel.SECTION: "afsnit",
    TargetLevel.POLICY: "politikken",
    TargetLevel.NEW_MEASURE: "forslag til nyt tiltag",
}

MEASURE_STATUS = {
    MeasureStatus.UNCHANGED: "uændret",
    MeasureStatus.CHANGED: "ændret",
    MeasureStatus.NEW: "nyt",
    MeasureStatus.DROPPED: "udgår",
}

OUTCOME = {
    Outcome.MET: "imødekommet",
    Outcome.PARTLY_MET: "delvist imødekommet",
    Outcome.NOT_MET: "ikke imødekommet",
    Outcome.NOTED: "taget til efterretning",
}

ASSESSMENT_CATEGORY = {
    AssessmentCategory.SUB_GOAL_CHANGED: "delmål ændret",
    AssessmentCategory.SUB_GOAL_ADDED: "nyt delmål",
    AssessmentCategory.MEASURE_DROPPED: "tiltag udgår",
    AssessmentCategory.GOAL_KEPT: "mål fastholdt",
    AssessmentCategory.INCORPORATED: "indarbejdet",
    AssessmentCategory.FURTHER_WORK: "input til videre arbejde",
    AssessmentCategory.DEFERRED: "afventer",
    AssessmentCategory.EXPLANATION: "forklaring",
    AssessmentCategory.BLANK: "ingen vurdering",
}

GROUP_KIND = {
    GroupKind.OWN: "Det vi gør selv",
    GroupKind.CO_OWNER: "Det vi gør som medejer",
    GroupKind.TOGETHER: "Det vi gør i fællesskab",
    GroupKind.OTHER: "anden gruppe",
}

RESPONSE_STATUS = {
    ResponseStatus.RECEIVED: "modtaget",
    ResponseStatus.SPLIT: "delt op",
    ResponseStatus.SET_ASIDE: "lagt til side",
    ResponseStatus.UNREADABLE: "ulæselig",
}

TIMELINESS = {
    Timeliness.EARLY: "før åbning",
    Timeliness.ON_TIME: "rettidig",
    Timeliness.LATE: "for sent",
}


def citizen_pseudonym(number: int) -> str:
    """The public name of a citizen: stable per consultation ("Borger 17")."""
    return f"Borger {number}"
