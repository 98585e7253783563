#!/usr/bin/env bash
# Set up dragoman in .venv and run the main job on the sample corpus in examples/.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install --quiet --disable-pip-version-check -e .
export PATH="$PWD/.venv/bin:$PATH"
db="${DRAGOMAN_DB:-examples.db}"
dragoman ingest examples/ --db "$db"
dragoman articles --db "$db" --limit 100
echo "Database: $db  (try: dragoman articles --db $db --search Tokayev; dragoman show ID --db $db)"
