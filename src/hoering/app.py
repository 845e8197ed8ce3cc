"""The ``hoering`` command: the window without a sub-command, the headless work with one."""

import sys
from collections.abc import Sequence

from hoering.cli import build_parser, run


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is not None:
        return run(args)
    from hoering.gui.app import run_window  # Qt loads only for the window

    return run_window(db=args.db, user=args.user)


if __name__ == "__main__":
    sys.exit(main())
