#!/bin/sh
# Reorder events/roles.py and events/triggers.py top-down (whole definitions moved, none changed; AST-checked),
# then format them. Run from the repository root; safe to re-run (the result is the same).
set -e
PY=${PYTHON:-python}
for spec in roles triggers; do
    "$PY" tools/reorder/topdown_order.py "tools/reorder/spec_$spec.py"
done
"$PY" -m ruff format -q src/realpolitik/events/roles.py src/realpolitik/events/triggers.py
"$PY" -m ruff check -q --fix --select I src/realpolitik/events/roles.py src/realpolitik/events/triggers.py
