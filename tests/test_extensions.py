"""Tests of extensions.py: the components register their Doc attributes without importing the builder."""

from __future__ import annotations

import subprocess
import sys

from spacy.tokens import Doc

from realpolitik.extensions import DOC_EXTENSIONS, register_extensions


def test_extensions_register_every_doc_attribute() -> None:
    register_extensions()
    register_extensions()  # idempotent
    for name, _default in DOC_EXTENSIONS:
        assert Doc.has_extension(name)


def test_extensions_components_do_not_import_the_pipeline_builder() -> None:
    # actors/resolve.py and events/component.py once imported nlp.py, which imports them back
    probe = (
        "import sys, realpolitik.actors.resolve, realpolitik.events.component; "
        "print('realpolitik.nlp' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
