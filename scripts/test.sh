#!/usr/bin/env bash
# Set up dragoman with its test tools in .venv, lint, type-check, and run the whole test suite
# (including the browser tests in Debian's Chromium, the store tests on a real PostgreSQL server and
# the accuracy gate on the gold sets).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
    || echo "warning: could not install chromium; browser tests will be skipped" >&2
fi
# PostgreSQL for the store tests on both backends: tests/pg.py starts a throwaway server from it
# (or uses $DRAGOMAN_TEST_PG); without one those tests fail and say so.
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) \
    || echo "error: could not install postgresql; the PostgreSQL tests will fail" >&2
fi
# Java for the Spark job's tests (tests/scale): they fail, never skip, when Spark cannot start.
if ! command -v java >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >/dev/null) \
    || echo "warning: could not install Java; the Spark tests will fail" >&2
fi
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install --quiet --disable-pip-version-check -e ".[test,bench]"
export PATH="$PWD/.venv/bin:$PATH"
ruff check dragoman tests scripts
mypy
pytest -q "$@"
