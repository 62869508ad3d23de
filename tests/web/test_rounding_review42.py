"""The web app's number format (network.js `fmt`) writes every figure as the CLI and the report do
(`wording.signed`, Python's format), not only the exact half-way ones (test_rounding_fortysecond): report42's first
reading took any x whose x * 100 came out as a half for a tie, and wrote 12.445 (a double above the half, which
Python writes 12.45) as 12.44. The function is run by node, when there is one, on figures near and at the halves."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from realpolitik.wording import signed

NETWORK_JS = Path(__file__).parents[2] / "src" / "realpolitik" / "web" / "static" / "network.js"


def _fmt_source() -> str:
    text = NETWORK_JS.read_text(encoding="utf-8")
    found = re.search(r"^  function fmt\(x\) \{\n.*?^  \}\n", text, re.M | re.S)
    assert found, "no fmt function in network.js"
    return found[0]


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_fmt_writes_figures_as_python_does() -> None:
    values = [i / 8 for i in range(-100, 101)]  # every exact half-way figure up to ±12.5
    values += [sign * (i + 0.5) / 100 for i in range(1300) for sign in (1, -1)]  # figures written x.xx5
    values += [-12.445, 12.445, -7.125, 2.675, 1.005, -0.001, 0.0]
    script = _fmt_source() + f"console.log(JSON.stringify({json.dumps(values)}.map(fmt)));"
    node = shutil.which("node")
    assert node is not None
    out = subprocess.run([node, "-e", script], capture_output=True, text=True, check=True, timeout=60).stdout
    shown = json.loads(out)
    wrong = [(x, js, signed(x)) for x, js in zip(values, shown, strict=True) if js != signed(x)]
    assert not wrong, wrong[:10]
