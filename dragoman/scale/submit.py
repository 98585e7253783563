"""The Spark job for spark-submit, which runs a Python file:
`spark-submit --master yarn "$(python -m dragoman.scale.submit --path)" INPUT... OUTPUT`."""

from __future__ import annotations

import sys


def main(argv: list[str]) -> None:
    """`dragoman spark ARGS` under the master spark-submit chose; --path prints this file's path."""
    if argv == ["--path"]:
        print(__file__)
        return
    from dragoman.cli.main import app

    app(["spark", *argv])


if __name__ == "__main__":
    main(sys.argv[1:])
