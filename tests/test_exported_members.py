"""The public API is small and explicit; this pins it."""

import realpolitik


def test_exported_members_are_pinned() -> None:
    assert sorted(realpolitik.__all__) == sorted(
        [
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
            "load_settings",
        ]
    )
    for name in realpolitik.__all__:
        assert hasattr(realpolitik, name), name
