"""crowds reads a verb's WordNet senses from its own line (speed42): the same senses `read_wordnet` reads from the
whole file, for every verb, and none for a word the file does not name."""

from importlib import resources

from realpolitik.events import crowds
from realpolitik.events.proposals import read_wordnet


def test_each_verbs_senses_are_those_of_the_whole_file() -> None:
    text = (resources.files("realpolitik.events") / "data" / "wordnet_verbs.txt").read_text(encoding="utf-8")
    every = read_wordnet(text.splitlines())
    assert set(crowds._wordnet_lines()) == set(every)
    for lemma, senses in every.items():
        assert crowds.verb_senses(lemma) == senses


def test_a_word_the_file_does_not_name_has_no_senses() -> None:
    for word in ("", "zzzq", "march walk", "#"):
        assert crowds.verb_senses(word) is None
