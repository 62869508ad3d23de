"""The analyst's HTML report: one self-contained offline file built from a realpolitik database.

`render_report(db, out)` reads the store and the system model and writes the page.
"""

from __future__ import annotations

from .render import build_report_data, render_report

__all__ = ["build_report_data", "render_report"]
