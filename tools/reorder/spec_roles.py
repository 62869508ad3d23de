# The order of events/roles.py (issue 9 item 3, S3): `sh tools/reorder/apply.sh` from the repository root.
FILE = "src/realpolitik/events/roles.py"
DOC = None  # keep the module docstring the file has (it was written by this spec in the twelfth session)
SECTIONS = [
    ("The roles of a verb and of an event noun", ["Roles"]),
    (
        "Deeds done to each other, and the parties of a joint deed",
        ["mutual", "each_of_pair", "mutual_modifier", "mutual_with", "joint_parties"],
    ),
    (
        "Who only perceives a deed, a host's meeting, a person the resolver cannot code",
        ["perceiver", "hosted_meeting", "unknown_person_object"],
    ),
    (
        "Named parties that are no target: a border's neighbour, a requester, a venue (parties.prune_targets)",
        ["border_partner", "requester_adjunct", "requester", "venue_party"],
    ),
]
HELPER_BANNERS = {
    "Roles.verb_roles": "Helpers of Roles.verb_roles: the parser's slips on a verb, pronouns and places named before",
    "Roles.subject": "Helpers of Roles.subject: subjects the parser hung elsewhere, partners beside a subject",
    "Roles.objects_of": "Helpers of Roles.objects_of: relative phrases, venues, relative doers, bare clauses",
    "Roles.noun_roles": "Helpers of Roles.noun_roles: a noun's phrases, names joined by dashes, amounts",
    "Roles.mobilised_target": "Helpers of Roles.mobilised_target",
}
CLASSES = {
    "Roles": [
        (None, ["__init__"]),
        ("The roles of a verb: who does it, then to whom", ["verb_roles"]),
        ("The roles of an event noun", ["noun_roles"]),
        (
            "Roles asked for one construction (triggers.py)",
            [
                "condition_subject",
                "of_agent",
                "reciprocal_targets",
                "named_phrase_target",
                "recipient_target",
                "qualified_place",
                "stance_object",
                "destination",
                "forces",
                "mobilised_target",
            ],
        ),
        ("Roles asked by parties.prune_targets", ["beyond_own_region"]),
    ]
}
