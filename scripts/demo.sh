#!/usr/bin/env bash
# Set up dragoman in .venv and run the main job on the sample corpus in examples/:
# ingest every article (the files in examples/bad/ are rejected on purpose, with their reasons),
# then show what was found: articles, PLOVER events merged across articles, and quotations.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install --quiet --disable-pip-version-check -e .
export PATH="$PWD/.venv/bin:$PATH"
db="${DRAGOMAN_DB:-examples.db}"
dragoman ingest examples/ --db "$db"
dragoman articles --db "$db" --limit 100
dragoman events --db "$db" --limit 25
dragoman quotes --db "$db" --limit 15
echo "Database: $db   next: dragoman serve --db $db   (dashboard at http://127.0.0.1:8765/)"
