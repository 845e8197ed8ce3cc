"""Generated inputs for the intake benchmarks: mail files and an SMS export.

Deterministic (fixed seeds), shaped like a large consultation: mail in every
shape the tests know (tests/support/mail_samples.py) and SMS as Danish Excel
writes them.
"""

import random
from pathlib import Path

from tests.support.mail_samples import SAMPLES

_TEXT = """
flere cykelstier busser træer solceller fjernvarme ladestandere skolerne kantinen grønne
kommunen borgerne klimaet energi vand regnvand skybrud kældre natur biodiversitet skov
affald genbrug plast madspild økologi delebiler elbiler stationen boulevard stier sikre
børn ældre pendlere vinteren sommeren byrådet planen målene hurtigere billigere bedre
varmepumper isolering vinduer tage facader parkering trafik støj luft sundhed lokalt
"""
_WORDS = _TEXT.split()


def _vocabulary(size: int, rng: random.Random) -> list[str]:
    """Danish-looking words: the list above and compounds of it."""
    return _WORDS + [rng.choice(_WORDS) + rng.choice(_WORDS) for _ in range(size)]


def write_mail_files(folder: Path, count: int) -> None:
    """``count`` .eml files cycling through every sample shape, each its own message."""
    folder.mkdir(parents=True)
    shapes = list(SAMPLES.values())
    for number in range(count):
        data = shapes[number % len(shapes)]()
        data = data.replace(b"Message-ID: <", f"Message-ID: <{number}-".encode(), 1)
        data = data.replace(b"@example", f"{number}@example".encode(), 1)
        (folder / f"{number:05}.eml").write_bytes(data)


def sms_export(count: int) -> bytes:
    """A gateway export as Danish Excel saves it: ';', cp1252, dd-mm-yyyy, CRLF."""
    rng = random.Random(7)
    vocabulary = _vocabulary(3000, rng)
    templates = [" ".join(rng.choices(vocabulary, k=rng.randint(8, 20))) for _ in range(5)]
    lines = ["Løbenummer;Afsender;Modtager;Besked;Modtaget"]
    for number in range(count):
        if rng.random() < 0.2:
            text = rng.choice(templates)
        else:
            text = " ".join(rng.choices(vocabulary, k=rng.randint(3, 30)))
        sender = f"45{20000000 + rng.randrange(count * 6 // 10)}"
        day, second = 1 + number % 30, number % 86400
        received = f"{day:02}-04-2023 {second // 3600:02}:{second // 60 % 60:02}:{second % 60:02}"
        lines.append(f"{number};{sender};1910;BALK KLIMA {text};{received}")
    return "\r\n".join(lines).encode("cp1252")
