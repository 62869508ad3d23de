"""First-half-of-the-century wire wording, thirtieth session (older20; issue 9).

Signings told by the hand or the seal set to a treaty (057); suing for peace or an armistice, an appeal to end the
fighting (0256, not a lawsuit); a list of demands laid before a party (100); the clauses or provisions of a treaty
torn up or renounced (127, 120); a captive set at liberty (0841); martial law proclaimed (1724); a union calling out
its members (143); volleys fired into a crowd (175); a leader named by office and name shot (185); defenders
brushed aside by troops (190); a leader setting sail for a country (042); sanctions put into force (163); kitchens
opened for the hungry (073); suffragists parading down an avenue (141); the guard called out through "the whole
of" (154); a demand with "or face the consequences" (an ultimatum, 139). Each checked through the real pipeline on
sentences written for these tests (true statements about real events), with look-alikes that keep their reading.
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "plover", "cameo"),
    [
        (
            "The Japanese and Russian envoys set their hands to the peace treaty at Portsmouth in 1905.",
            "SUPPORT",
            "057",
        ),
        ("Bulgaria sued for an armistice after the collapse of its front in Macedonia.", "REQUEST", "0256"),
        ("Japan sued for peace after the bombing of Nagasaki.", "REQUEST", "0256"),
        ("The Austrian envoy laid a list of ten demands before the Serbian government.", "REQUEST", "100"),
        ("Germany tore up the disarmament clauses of the Versailles treaty.", "REJECT", "127"),
        ("Japan renounced the provisions of the Washington naval treaty.", "REJECT", "120"),
        ("The Viceroy of India set Gandhi at liberty in 1931.", "RETREAT", "0841"),
        ("General Wojciech Jaruzelski proclaimed martial law in Poland in 1981.", "COERCE", "1724"),
        ("The United Auto Workers called out its members at General Motors in 1945.", "PROTEST", "143"),
        (
            "Friedrich Adler shot the Austrian prime minister, Count Karl von Sturgkh, in a Vienna restaurant.",
            "ASSAULT",
            "185",
        ),
        (
            "German troops brushed aside the Danish border guards on the first morning of the invasion.",
            "ASSAULT",
            "190",
        ),
        ("President Wilson set sail for France again in March 1919.", "CONSULT", "042"),
        (
            "Members of the League of Nations put the sanctions against Italy into force in November 1935.",
            "SANCTION",
            "163",
        ),
        (
            "The American Relief Administration opened kitchens for hungry children in Soviet Russia in 1921.",
            "AID",
            "073",
        ),
        ("American suffragists paraded down Fifth Avenue to demand the vote.", "PROTEST", "141"),
        ("The Massachusetts governor called out the whole of the State Guard in 1919.", "MOBILIZE", "154"),
        # (ratifications accessions envoys withdrawn and surrenders)
        ("Japan and Russia exchanged ratifications of the Portsmouth treaty in 1905.", "SUPPORT", "057"),
        ("Hungary adhered to the Anti-Comintern Pact in 1939.", "SUPPORT", "057"),
        ("Spain acceded to the Anti-Comintern Pact in 1939.", "SUPPORT", "057"),
        ("Mexico withdrew its minister from London after the oil expropriation.", "SANCTION", "161"),
        ("Abd el-Krim gave himself up to the French in the Rif.", "RETREAT", "0874"),
        # (older diplomatic wording)
        (
            "The British government made strong representations to Berlin over the Agadir crisis.",
            "ACCUSE",
            "114",
        ),
        (
            "The United States sent a strongly worded note to Berlin after the sinking of the Lusitania.",
            "ACCUSE",
            "114",
        ),
        ("German and Allied delegates opened pourparlers in the forest of Compiegne.", "CONSULT", "046"),
        ("The Kaiser sent a telegram of congratulation to President Kruger.", "SUPPORT", "051"),
    ],
)
def test_older_wording_reads_as_its_deed(code: Code, text: str, plover: str, cameo: str) -> None:
    some_event(code, text, plover, cameo, None, None)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Joachim von Ribbentrop told the Lithuanian foreign minister to hand over the Memel territory or face the"
            " consequences.",
            None,
            "LTU",
        ),
        ("Britain told Germany to withdraw its troops from Poland or face war.", "GBR", "DEU"),
        ("The Soviet Union ordered Romania to cede Bessarabia or suffer the consequences.", "RUS", "ROU"),
    ],
)
def test_demand_with_the_consequence_of_refusal_is_an_ultimatum(
    code: Code, text: str, source: str | None, target: str
) -> None:
    some_event(code, text, "THREATEN", "139", source, target)


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # plain demand stays a demand
        ("Britain told Germany to withdraw its troops from Poland.", "REQUEST", None, "GBR", "DEU"),
        # proclaimed annexation stays the annexation
        (
            "Vladimir Putin proclaimed the annexation of Crimea at a ceremony in the Kremlin.",
            "COERCE",
            "192",
            "RUS",
            None,
        ),
        # a leader answering a call keeps the telephone call
        ("Vladimir Putin answered a call from Joe Biden on Saturday.", "CONSULT", "041", "RUS", "USA"),
        # acceding to demands stays a concession
        ("The Spanish government acceded to the demands of the strikers.", "CONCEDE", "083", None, None),
    ],
)
def test_older20_thirtieth_readings(
    code: Code, text: str, plover: str, cameo: str | None, source: str | None, target: str | None
) -> None:
    some_event(code, text, plover, cameo, source, target)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # suing for damages is no appeal
        ("The widow sued the mining company for damages.", "REQUEST"),
        # criticism brushed aside stays a rejection
        ("The German chancellor brushed aside the criticism of the French government.", "ASSAULT"),
        # a fleet sailing is no visit
        ("The British fleet sailed for Alexandria.", "CONSULT"),
        # should before its subject is a condition not a demand
        ("Winston Churchill told Parliament that Britain would fight on should France fall.", "REQUEST"),
        # a plain note is no complaint
        ("Britain sent a note to Washington about the cargo.", "ACCUSE"),
        # (was test_flags_and_motions_are_no_surrender_or_repression)
        ("The Kremlin lowered its flags to half-mast.", "RETREAT"),
        ("The minister put down a motion in parliament.", "ASSAULT"),
    ],
)
def test_older20_thirtieth_no_event_of_the_kind(code: Code, text: str, kind: str) -> None:
    no_event(code, text, kind)


@pytest.mark.parametrize(
    ("text", "plover", "cameo"),
    [
        ("Soviet troops put down the Kronstadt mutiny in March 1921.", "ASSAULT", None),
        ("British troops put down the Easter Rising in Dublin.", "ASSAULT", None),
        ("The German garrison of Tsingtao hoisted the white flag.", "RETREAT", "0874"),
        ("The Russian battleship Orel struck her colours at Tsushima in 1905.", "RETREAT", "0874"),
        ("Germany declared the Locarno treaty null and void.", "REJECT", "127"),
    ],
)
def test_risings_put_down_flags_of_surrender_and_treaties_voided(
    code: Code, text: str, plover: str, cameo: str | None
) -> None:
    some_event(code, text, plover, cameo, None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of British workers answered a call from the Trades Union Congress and stopped work.",
        "Thousands of American steelworkers answered a call from the American Federation of Labor and walked out in 1919.",
    ],
)
def test_workers_answering_a_union_call_make_no_telephone_call(code: Code, text: str) -> None:
    some_event(code, text, "PROTEST", "143", None, None, absent=("CONSULT",))
