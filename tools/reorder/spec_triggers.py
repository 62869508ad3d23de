# The order of events/triggers.py (issue 9 item 3, S3): `sh tools/reorder/apply.sh` from the repository root.
FILE = "src/realpolitik/events/triggers.py"
DOC = """Candidate events of a sentence: triggers from verbs, event nouns (alone or under a light verb) and frames
("agreed to ...", "demanded that ..."), each with its code and roles.

`Triggers.candidate` is asked once per token (component.py) and decides, in this order:
1. only verbs, auxiliaries, adjectives and nouns trigger; a noun of favour is a stance on a deed (`_disfavour`);
2. readings the general roles get wrong come first: force (a casualty report, an armed response, an expulsion:
   conflict.py) and, for a noun, a claim contested in its sentence (`_contested_claim`);
3. a word the lexicon does not know triggers only as a prospect phrase ("floated the option of strikes"), a
   directive verb ("dared X to ...") or a deed two parties did together (`_joint_deed`);
4. a verb or an adjective (`_verb_candidate`): constructions read before the verb's own entry (a place held, a
   reaction drawn, a demand made a condition, a prospect raised, a reading of the verb with its clause), then a
   frame with its complement (`_frame_candidate`), a predicate adjective, a verb saying an event happened, a
   light verb with its noun, a deed two parties did together, the verb's entry (reported speech, an idiom
   judging its subject, a verb of feeling, the reading refined by its object);
5. a noun (`_noun_candidate`): an agent noun ("Israel's main arms supplier"), a deed said to have lasted, the
   noun's entry as a frame or an event noun, its doer in an adjunct of meeting or of asking.
Most readings become a Candidate in `_make`: the roles from roles.py, then the constructions that change them
(goods and who made or sold them, a holder, forces sent, a posture's place, a deed announced for the future, a
demand for a deed, a promise or refusal reported). The Candidate record comes first, then `Triggers` with its
methods in that order, then the module's helpers after the method that first calls them."""
SECTIONS = [
    ("The candidate event", ["Candidate"]),
    ("The trigger reader", ["Triggers"]),
]
HELPERS_ONE_SECTION = {"Triggers": "Helpers of Triggers, after the method that first calls them"}
CLASSES = {
    "Triggers": [
        (None, ["__init__", "candidate"]),
        (
            "Readings asked before the lexicon: force, a stance on a deed, a contested claim, a prospect raised",
            ["_force", "_disfavour", "_contested_claim", "_raised_prospect"],
        ),
        ("A verb or an adjective", ["_verb_candidate", "_joint_deed"]),
        ("An event noun", ["_noun_candidate"]),
        ("A frame and the deed of its complement", ["_frame_candidate"]),
        ("Reported speech", ["_reported"]),
        ("The candidate made from a reading: its roles, then the constructions that change them", ["_make"]),
    ]
}
