#!/usr/bin/env bash
# Set up dragoman with its test tools in .venv, lint, and run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install --quiet --disable-pip-version-check -e ".[test,bench]"
export PATH="$PWD/.venv/bin:$PATH"
ruff check dragoman tests scripts
pytest -q "$@"
