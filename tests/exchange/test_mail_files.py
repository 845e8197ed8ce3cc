"""Finding mail in files and folders, and splitting mailboxes into their messages."""

from pathlib import Path

from hoering.exchange.mail import read_email
from hoering.exchange.mail_files import MailFileKind, find_mail_files, mbox_messages
from tests.support.mail_samples import SAMPLES
from tests.support.msg_files import build_msg


def write_mbox(path: Path, messages: list[bytes]) -> None:
    with path.open("wb") as file:
        for message in messages:
            file.write(b"From MAILER-DAEMON Sun Apr 30 10:00:00 2023\n")
            file.write(message.replace(b"\r\n", b"\n").rstrip(b"\n") + b"\n\n")


def test_each_mbox_message_comes_out_as_its_own_bytes(tmp_path: Path) -> None:
    messages = [SAMPLES["alternative-qp"](), SAMPLES["latin1-qp"](), SAMPLES["utc-offset"]()]
    path = tmp_path / "indbakke.mbox"
    write_mbox(path, messages)
    found = list(mbox_messages(path))
    assert len(found) == 3
    assert [read_email(m).subject for m in found] == [
        "Høringssvar om cykelstier",
        "Genbrug på pladsen",
        "Lige i tide",
    ]
    assert all(not m.startswith(b"From ") for m in found)
    # As stored in the mailbox: the separator line and the blank line before it are not part.
    assert found[1] == messages[1].replace(b"\r\n", b"\n").rstrip(b"\n") + b"\n"


def test_folders_are_searched_recursively_in_name_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "dybt").mkdir(parents=True)
    (tmp_path / "b" / "2.eml").write_bytes(SAMPLES["latin1-qp"]())
    (tmp_path / "a" / "dybt" / "1.EML").write_bytes(SAMPLES["utc-offset"]())
    (tmp_path / "a" / "svar.msg").write_bytes(build_msg(subject="x", body="y"))
    (tmp_path / "a" / "Thumbs.db").write_bytes(b"\0")
    write_mbox(tmp_path / "b" / "arkiv.mbox", [SAMPLES["latin1-qp"]()])
    found = find_mail_files([tmp_path])
    assert [(p.relative_to(tmp_path).as_posix(), k) for p, k in found.mail] == [
        ("a/dybt/1.EML", MailFileKind.EML),
        ("a/svar.msg", MailFileKind.MSG),
        ("b/2.eml", MailFileKind.EML),
        ("b/arkiv.mbox", MailFileKind.MBOX),
    ]
    assert [p.name for p in found.skipped] == ["Thumbs.db"]


def test_a_file_named_directly_is_taken_and_its_kind_sniffed(tmp_path: Path) -> None:
    outlook = tmp_path / "uden-endelse"
    outlook.write_bytes(build_msg(subject="x", body="y"))
    box = tmp_path / "postkasse"
    write_mbox(box, [SAMPLES["latin1-qp"]()])
    plain = tmp_path / "mail.txt"
    plain.write_bytes(SAMPLES["latin1-qp"]())
    found = find_mail_files([outlook, box, plain])
    assert [k for _, k in found.mail] == [MailFileKind.MSG, MailFileKind.MBOX, MailFileKind.EML]
