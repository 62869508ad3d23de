"""Display names for actor codes: the system model's (`realpolitik.system.names`), which the report
shares with the web app."""

from ..system.names import LABELS_FILE, Names, actor_label

__all__ = ["LABELS_FILE", "Names", "actor_label"]
