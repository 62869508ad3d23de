"""Who claims an event, in words a reader trusts (issue 10 item 6, claims43; seen by report43 on examples/corpus):

1. one party named once: two source mentions overlapping, or one inside the other ("Officials in Yerevan" inside
   "Officials in Yerevan and Stepanakert"), are written once, the longer (`wording._outer_names`);
2. no thing or event as speaker: a noun that cannot say anything (a truce, an agreement, a war: `cannot_say`) is
   no speaker, and a participle on a noun ("the mission declared in Prague ... was civilian") is no reporting
   verb whose subject speaks (`attribution._participle_on_subject`); a document or a body that says ("the report
   said", "the alliance said") still speaks.

The store is made by the real pipeline (`realpolitik analyze`) and read through the CLI's export, as a user would.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import pytest
from spacy.language import Language

from realpolitik.cli import main
from realpolitik.events.attribution import cannot_say
from realpolitik.nlp import load_model
from realpolitik.records import ActorMention
from realpolitik.wording import claimed_by

OUTLET = "Caspian Courier"
# Sentences written for these tests, the facts real: Stepanakert shelled in October 2020, which Armenian and Karabakh
# officials blamed on Azerbaijan; the humanitarian truce agreed in Moscow on 10 October 2020 by the foreign ministers
# of Armenia and Azerbaijan; the EU's civilian monitoring mission on the Armenian side of the border, agreed at the
# Prague meeting of 6 October 2022; Azerbaijan's shelling of Jermuk in September 2022; the CSTO's troops sent to
# Kazakhstan in January 2022.
NESTED = "Officials in Yerevan and Stepanakert accused Azerbaijan of shelling Stepanakert in October 2020."
TRUCE = (
    "The truce announced in Moscow on 10 October 2020 was negotiated by the foreign ministers of Armenia and "
    "Azerbaijan."
)
MISSION = (
    "The EU said that the mission declared in Prague in October 2022 was civilian, and that its monitors would "
    "patrol the Armenian side of the border."
)
REPORT = "The report said that Azerbaijani forces had shelled Jermuk in September 2022."
ALLIANCE = "The alliance said that it would send troops to Kazakhstan."
EXPECTED = {
    # one party, written once (was "Officials in Yerevan and Officials in Yerevan and Stepanakert (the sources, ...)")
    NESTED: f"Officials in Yerevan and Stepanakert (the source, as {OUTLET} reports)",
    # a truce says nothing (was "The truce (speaker)")
    TRUCE: f"{OUTLET} (outlet's own account)",
    # the EU says it, not the mission it declared (was "the mission (speaker)")
    MISSION: "The EU (speaker)",
    # a document that says, and a body that says, still speak
    REPORT: "The report (speaker)",
    ALLIANCE: "The alliance (speaker)",
}


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, set[str]]:
    """Each sentence -> who claims its events, as the PLOVER JSONL export (and so every evidence row) writes it."""
    d = tmp_path_factory.mktemp("claims43b")
    corpus = d / "news.jsonl"
    corpus.write_text(
        "".join(
            json.dumps({"title": f"Report {i}", "date": "2022-10-20", "outlet": OUTLET, "text": text}) + "\n"
            for i, text in enumerate(EXPECTED)
        ),
        encoding="utf-8",
    )
    db = d / "news.duckdb"
    assert main(["analyze", str(corpus), "--db", str(db), "--n-process", "1", "--quiet"]) == 0
    out = d / "events.jsonl"
    assert main(["export", "--db", str(db), "--format", "plover-jsonl", "--output", str(out)]) == 0
    said: dict[str, set[str]] = {}
    for line in out.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        said.setdefault(row["text"], set()).add(row["claimed_by"])
    return said


@pytest.mark.parametrize("sentence", list(EXPECTED))
def test_each_event_says_who_claims_it_in_words_a_reader_trusts(
    exported: dict[str, set[str]], sentence: str
) -> None:
    assert exported.get(sentence) == {EXPECTED[sentence]}


def test_sources_overlapping_or_nested_are_written_once_the_longer() -> None:
    def said(*texts: str) -> str:
        return claimed_by(
            None, None, None, OUTLET, quad_class=3, cameo="112", sources=[(t, "ARM") for t in texts]
        )

    assert said("Officials in Yerevan", "Officials in Yerevan and Stepanakert") == (
        f"Officials in Yerevan and Stepanakert (the source, as {OUTLET} reports)"
    )
    # the longer first, the same name in other letters, or three mentions of which two are inside a third
    assert said("Officials in Yerevan and Stepanakert", "officials in Yerevan") == (
        f"Officials in Yerevan and Stepanakert (the source, as {OUTLET} reports)"
    )
    assert said("Armenia", "Azerbaijan", "Armenia and Azerbaijan") == (
        f"Armenia and Azerbaijan (the source, as {OUTLET} reports)"
    )
    # two parties, neither inside the other, are both written, in their order; a word is no run of words
    assert said("Yerevan", "Baku") == f"Yerevan and Baku (the sources, as {OUTLET} reports)"
    assert said("Armenia", "Armenian officials") == (
        f"Armenia and Armenian officials (the sources, as {OUTLET} reports)"
    )


@pytest.fixture(scope="module")
def bare_nlp() -> Language:
    return load_model()


def test_only_a_thing_or_an_event_cannot_say(bare_nlp: Language) -> None:
    def subject(sentence: str, actors: Sequence[tuple[str, str]] = ()) -> bool:
        doc = bare_nlp(sentence)
        found = [
            ActorMention(sentence.index(t), sentence.index(t) + len(t), t, code, "GOV", None, "test")
            for t, code in actors
        ]
        verb = next(t for t in doc if t.lemma_ in ("say", "state", "claim"))
        return cannot_say(next(c for c in verb.children if c.dep_ == "nsubj"), found)

    # a truce, an agreement, a war, a drone: things and events
    assert subject("The truce said that Armenia had fired first.")
    assert subject("The agreement states that the troops will withdraw.")
    assert subject("The war claimed that thousands were displaced.")
    # a document that says, a body, people, an outlet, a name, a pronoun, an office the resolver knows
    assert not subject("The report said that Azerbaijan had fired first.")
    assert not subject("The statement said that the troops would withdraw.")
    assert not subject("The alliance said that it would send troops.")
    assert not subject("The officials said that the border was closed.")
    assert not subject("The newspaper said that the border was closed.")
    assert not subject("Pashinyan said that the border was closed.")
    assert not subject("She said that the border was closed.")
    assert not subject("The Kremlin said that the border was closed.", [("The Kremlin", "RUS")])
