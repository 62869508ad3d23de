"""`whatif` in the terminal says whose bloc companions changed, not who "moved" (thirty-ninth session).

On examples/corpus `whatif --flip ARM:RUS` printed "moved: ARM, AZE, IGO-EU, ISR, RUS, TUR" beside "after: blocs ARM,
AZE, IGO-EU, ISR, TUR | RUS": only Russia left the bloc, but the list (`WhatIf.moved`, actors whose bloc companions
changed) holds everyone it left too. The line now says what the list is; the JSON key is unchanged.
"""

from __future__ import annotations

import json

import pytest

from realpolitik.cli import main

from .test_cli import CERTAIN_CAMPS


def test_cli_whatif_names_whose_bloc_companions_changed(make_db, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(make_db(CERTAIN_CAMPS))
    assert main(["whatif", "--db", db, "--flip", "AZE:TUR", "--format", "json"]) == 0
    moved = json.loads(capsys.readouterr().out)["moved"]
    assert main(["whatif", "--db", db, "--flip", "AZE:TUR"]) == 0
    lines = capsys.readouterr().out.splitlines()
    # by name (report42), the JSON keeps the codes
    assert moved == ["AZE", "ISR", "TUR"]
    assert "bloc companions changed: Azerbaijan, Israel, Türkiye" in lines, lines
    assert not any(line.startswith("moved:") for line in lines), lines
