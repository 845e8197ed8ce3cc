"""The audit log in the user's words: what was changed, which field, from what to what.

The log stores table and column names and stored values (store/audit.py); a
history shows »Vurdering · tekst: »…« → »…«« with enum values in Danish and
times in the consultation's zone.
"""

from collections.abc import Mapping
from datetime import datetime
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from hoering.domain import labels
from hoering.domain.enums import (
    AssessmentCategory,
    Channel,
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
from hoering.domain.roles import Role

ACTION = {"create": "oprettet", "update": "ændret", "delete": "slettet", "purge": "slettet"}

ENTITY = {
    "plan": "plan",
    "plan_version": "planudgave",
    "section": "afsnit",
    "measure": "klimatiltag",
    "sub_goal": "delmål",
    "revision": "ændring af planen",
    "consultation": "høring",
    "consultation_party": "høringspart",
    "respondent": "afsender",
    "respondent_contact": "kontaktoplysning",
    "pseudonym": "pseudonym",
    "campaign": "kampagne",
    "response": "høringssvar",
    "attachment": "vedhæftet fil",
    "comment": "bemærkning",
    "comment_target": "bemærkningens emne",
    "assessment": "vurdering",
    "standard_phrase": "standardtekst",
    "document_import": "importeret dokument",
    "annex_export": "eksporteret bilag",
    "committee_package": "udvalgspakke",
    "file_export": "eksporteret fil",
    "app_user": "bruger",
}

FIELD = {
    "text": "tekst",
    "reply": "svar",
    "outcome": "udfald",
    "category": "kategori",
    "consulted_text": "tekst i høringsudgaven",
    "revised_text": "revideret tekst",
    "position": "placering",
    "title": "titel",
    "number": "nummer",
    "status": "status",
    "section_id": "afsnit",
    "parent_id": "overordnet afsnit",
    "measure_id": "klimatiltag",
    "sub_goal_id": "delmål",
    "comment_id": "bemærkning",
    "response_id": "høringssvar",
    "respondent_id": "afsender",
    "campaign_id": "kampagne",
    "level": "niveau",
    "kind": "art",
    "old_text": "før",
    "new_text": "efter",
    "reason": "begrundelse",
    "author": "af",
    "public_text": "offentlig tekst",
    "personal_data_review": "personoplysninger",
    "reviewed_by": "gennemgået af",
    "reviewed_at": "gennemgået",
    "received_at": "modtaget",
    "channel": "kanal",
    "sender_name": "afsenders navn",
    "sender_address": "afsenders adresse",
    "subject": "emne",
    "body": "tekst",
    "timeliness": "rettidighed",
    "accepted_late_reason": "begrundelse for sen accept",
    "problem": "skal afgøres",
    "value": "værdi",
    "code": "kode",
    "name": "navn",
    "filename": "filnavn",
    "role": "rolle",
    "login": "login",
    "display_name": "navn",
    "retention_until": "opbevares til",
    "opens_on": "første dag",
    "closes_on": "sidste dag",
    "external_id": "meddelelses-id",
    "original_filename": "filnavn",
    "original_location": "sted i filen",
    "suggested_sender_name": "foreslået afsenders navn",
    "suggested_sender_address": "foreslået afsenders adresse",
    "suggested_received_at": "foreslået modtagelsestid",
    "media_type": "filtype",
    "group_kind": "gruppe",
    "email_address": "e-mailadresse",
    "sms_number": "SMS-nummer",
    "sms_keyword": "SMS-kodeord",
    "time_zone": "tidszone",
    "personal_data_purged_at": "personoplysninger slettet",
    "personal_data_erased_at": "personoplysninger slettet",
}

# Columns that say nothing to a reader of a history.
TECHNICAL = frozenset(
    {
        "id",
        "version",
        "consultation_id",
        "plan_version_id",
        "created_at",
        "logged_at",
        "made_at",
        "position",
        "original_file_id",
        "original_sha256",
        "file_id",
    }
)
# Columns that point at another row: a history names the row rather than its number.
REFERENCES = frozenset({"measure_id", "section_id", "parent_id", "respondent_id"})

_ENUMS: dict[str, tuple[type[StrEnum], Mapping[Any, str]]] = {
    "outcome": (Outcome, labels.OUTCOME),
    "category": (AssessmentCategory, labels.ASSESSMENT_CATEGORY),
    "channel": (Channel, labels.CHANNEL),
    "timeliness": (Timeliness, labels.TIMELINESS),
    "level": (TargetLevel, labels.TARGET_LEVEL),
    "personal_data_review": (PersonalDataReview, labels.PERSONAL_DATA_REVIEW),
    "role": (Role, labels.ROLE),
}
# Fields named alike in two tables.
_ENTITY_ENUMS: dict[tuple[str, str], tuple[type[StrEnum], Mapping[Any, str]]] = {
    ("measure", "status"): (MeasureStatus, labels.MEASURE_STATUS),
    ("response", "status"): (ResponseStatus, labels.RESPONSE_STATUS),
    ("revision", "kind"): (RevisionKind, labels.REVISION_KIND),
    ("respondent", "kind"): (RespondentKind, labels.RESPONDENT_KIND),
    ("section", "level"): (SectionLevel, labels.SECTION_LEVEL),
}


def field_label(field: str) -> str:
    return FIELD.get(field, field.replace("_", " "))


def entity_label(entity: str) -> str:
    return ENTITY.get(entity, entity.replace("_", " "))


def value_text(
    entity: str, field: str, value: Any, zone: ZoneInfo, names: Mapping[tuple[str, int], str]
) -> str | None:
    """A stored value as a user reads it: Danish enum names, local times, yes/no, and
    the rows it points at by ``names[(field, id)]``."""
    if value is None:
        return None
    if field in REFERENCES and isinstance(value, int) and (field, value) in names:
        return names[field, value]
    return _plain_value(entity, field, value, zone)


def _plain_value(entity: str, field: str, value: Any, zone: ZoneInfo) -> str:
    enum = _ENTITY_ENUMS.get((entity, field)) or _ENUMS.get(field)
    if enum is not None:
        kind, names = enum
        try:
            return names[kind(value)]
        except ValueError:
            return str(value)
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, str) and field.endswith("_at"):
        return _local_time(value, zone)
    return str(value)


def _local_time(stored: str, zone: ZoneInfo) -> str:
    try:
        moment = datetime.fromisoformat(stored)
    except ValueError:
        return stored
    if moment.tzinfo is None:  # times of rows written on SQLite are UTC without a zone
        moment = moment.replace(tzinfo=ZoneInfo("UTC"))
    return f"{moment.astimezone(zone):%d-%m-%Y %H:%M}"


def changed_fields(
    entity: str,
    action: str,
    changes: Mapping[str, Any],
    zone: ZoneInfo,
    names: Mapping[tuple[str, int], str] | None = None,
) -> list[tuple[str, str | None, str | None]]:
    """(field label, old, new) for each field an audit entry records; ``names`` names
    the rows the :data:`REFERENCES` point at."""
    found = []
    for field, value in changes.items():
        if field in TECHNICAL:
            continue
        if action == "update" and isinstance(value, list) and len(value) == 2:
            old, new = value
        elif action == "delete":
            old, new = value, None
        else:
            old, new = None, value
        before, after = (value_text(entity, field, v, zone, names or {}) for v in (old, new))
        found.append((field_label(field), before, after))
    return found
