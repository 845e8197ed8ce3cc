"""``hoering users list|add|set-role|rename|remove``: who works in the database, with which role.

A new database has no users and everyone is administrator; the first user
added must be an administrator (normally yourself: ``hoering users add $USER
--role administrator``).
"""

import argparse

from hoering.cli.common import CommandParsers, open_db
from hoering.domain import labels
from hoering.domain.roles import Role
from hoering.services import users
from hoering.services.access import current_user

# Danish names and the stored values are both accepted.
_ROLES = {name: role for role, name in labels.ROLE.items()} | {r.value: r for r in Role}


def register(parsers: CommandParsers) -> None:
    group = parsers.commands.add_parser(
        "users", help="brugere og roller: læser, sagsbehandler, redaktør, administrator"
    ).add_subparsers(dest="action", metavar="handling", required=True)
    group.add_parser("list", help="vis brugerne og deres roller").set_defaults(handler=_list)
    adding = group.add_parser("add", help="opret en bruger")
    adding.add_argument("login", metavar="LOGIN", help="login-navnet ændringer registreres under")
    adding.add_argument("--role", required=True, type=_role, metavar="ROLLE", help=_ROLE_HELP)
    adding.add_argument("--name", metavar="NAVN", help="navnet kollegerne ser")
    adding.set_defaults(handler=_add)
    setting = group.add_parser("set-role", help="giv en bruger en anden rolle")
    setting.add_argument("login", metavar="LOGIN")
    setting.add_argument("role", type=_role, metavar="ROLLE", help=_ROLE_HELP)
    setting.set_defaults(handler=_set_role)
    renaming = group.add_parser(
        "rename", help="ændr det navn, kollegerne ser (dit eget eller andres)"
    )
    renaming.add_argument("login", metavar="LOGIN")
    renaming.add_argument("name", metavar="NAVN")
    renaming.set_defaults(handler=_rename)
    removing = group.add_parser("remove", help="fjern en bruger (ændringerne bliver i loggen)")
    removing.add_argument("login", metavar="LOGIN")
    removing.set_defaults(handler=_remove)


_ROLE_HELP = ", ".join(labels.ROLE.values())


def _role(text: str) -> Role:
    try:
        return _ROLES[text.strip().lower()]
    except KeyError as error:
        raise argparse.ArgumentTypeError(f"ukendt rolle: {text} (vælg {_ROLE_HELP})") from error


def _list(args: argparse.Namespace) -> None:
    db = open_db(args, must_exist=True)
    try:
        found = users.list_users(db.unit_of_work(write=False))
        me = current_user(db.unit_of_work(write=False))
    finally:
        db.dispose()
    if not found:
        print(
            "Databasen har ingen brugere endnu: alle er administrator, indtil den første "
            "er oprettet (hoering users add LOGIN --role administrator)."
        )
    for user in found:
        print(f"{user.login:<20} {labels.ROLE[user.role]:<14} {user.display_name}")
    if found and not me.registered:
        print(f"Du ({me.login}) er ikke oprettet og kan kun læse.")


def _add(args: argparse.Namespace) -> None:
    db = open_db(args, must_exist=True)
    try:
        user = users.add_user(db.unit_of_work(), args.login, args.role, args.name)
    finally:
        db.dispose()
    print(f"Brugeren {user.login} ({user.display_name}) er oprettet som {labels.ROLE[user.role]}.")


def _set_role(args: argparse.Namespace) -> None:
    db = open_db(args, must_exist=True)
    try:
        user = users.set_role(db.unit_of_work(), args.login, args.role)
    finally:
        db.dispose()
    print(f"{user.login} er nu {labels.ROLE[user.role]}.")


def _rename(args: argparse.Namespace) -> None:
    db = open_db(args, must_exist=True)
    try:
        user = users.set_display_name(db.unit_of_work(), args.login, args.name)
    finally:
        db.dispose()
    print(f"{user.login} hedder nu {user.display_name}.")


def _remove(args: argparse.Namespace) -> None:
    db = open_db(args, must_exist=True)
    try:
        users.remove_user(db.unit_of_work(), args.login)
    finally:
        db.dispose()
    print(f"Brugeren {args.login} er fjernet; ændringerne står stadig i loggen.")
