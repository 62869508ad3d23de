# The order of events/roles.py (issue 9 item 3, S3): `sh tools/reorder/apply.sh` from the repository root.
FILE = "src/realpolitik/events/roles.py"
DOC = """Roles of an event: who does it (subject, agent, owner of a noun) and to whom (objects, prepositions,
noun phrases), read from the dependency tree over the resolved actor mentions.

triggers.py asks `Roles` for each candidate, in this order (and the file reads in it):
1. `verb_roles`: the source of a verb (`subject`: its subject, a passive's agent or a subject inherited from the
   clause it hangs on, with the parser's slips repaired), its targets (the noun a relative clause hangs on, the
   party an object pronoun stands for, `objects_of`: objects and the parties of the verb's prepositions and of
   its object's phrases, a stray "by" agent or a predicate's doer there), what changes them (the doer's own deed
   noun or ground, an "it", "its" or a place named before, a deed an apposition sums up), and a passive's roles
   (its agent does the deed, its subject suffers it);
2. `noun_roles`: the doer and the targets of an event noun ("X's rejection of Y", "the visit of X to Y");
3. the roles asked for one construction: a condition's subject, an "of" agent, parties acting together, a
   phrase the reading's preposition names, the recipient of a thing handed over, a place a participle
   qualifies, a stance's object, a destination, the forces sent and whom they are sent against;
4. asked by parties.prune_targets: the party a later phrase names when the only one named is a region of the
   doer's own country (`beyond_own_region`).
The module's helpers follow, grouped by the method of `Roles` that first calls them; last come the predicates
other layers ask about a whole sentence: deeds done to each other and joint parties (triggers.py, the
component), who only perceives, a host's meeting, a person the resolver cannot code, and the phrases that name
no target (a border's neighbour, a requester, a venue: parties.prune_targets)."""
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
