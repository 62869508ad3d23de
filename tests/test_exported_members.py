"""The public API is small and explicit; this pins it."""

import realpolitik

EXPECTED = [
    "ActorMention",
    "Article",
    "Attribution",
    "Event",
    "EventActor",
    "RealpolitikError",
    "Settings",
    "Skipped",
    "Store",
    "__version__",
    "analyze",
    "build_pipeline",
    "code_dask",
    "code_jsonl",
    "create_app",
    "disagreements",
    "dyad_evidence",
    "dyad_trends",
    "dyads",
    "evaluate",
    "export",
    "find_blocs",
    "ingest",
    "load_kb",
    "load_settings",
    "process",
    "read_articles",
    "render_report",
    "resolve_actors",
    "signed_graph",
    "split_text",
    "stored_axes",
    "structural_balance",
    "what_if",
]


def test_exported_members_are_pinned() -> None:
    assert sorted(realpolitik.__all__) == sorted(EXPECTED)


def test_exported_members_all_resolve() -> None:
    for name in realpolitik.__all__:
        assert getattr(realpolitik, name) is not None, name


def test_exported_members_unknown_name_raises() -> None:
    try:
        realpolitik.no_such_thing  # noqa: B018
    except AttributeError as exc:
        assert "no_such_thing" in str(exc)
    else:
        raise AssertionError("expected AttributeError")


def test_exported_members_resolve_actors_works() -> None:
    mentions = realpolitik.resolve_actors("Russian peacekeepers arrived in Stepanakert.", "2020-11-12")
    assert [(m.code, m.sector) for m in mentions][:1] == [("RUS", "MIL")]
