# The order of events/triggers.py (issue 9 item 3, S3): `sh tools/reorder/apply.sh` from the repository root.
FILE = "src/realpolitik/events/triggers.py"
DOC = None  # keep the module docstring the file has (it was written by this spec in the twelfth session)
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
