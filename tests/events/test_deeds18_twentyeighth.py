"""Deed readings, twenty-eighth session (issue 9, deeds18): categories of blind set 18 part B's misses, confirmed by a
probe batch written before the coder ran on it (benchmarks/probes/deeds18-1.json).

Prisoners traded (0841, not commerce) and a soldier handed to his own state's officials (0841, not an extradition);
guns turned on people and vehicles rammed through crowds or onto a pavement (180); a royal commission, a board or a
commission of inquiry ordered, announced or set up "into" a matter, and a team set up to establish whether something
happened (090); a craft that docks or lands with aid or a load of it (073), and aid brought to a party; a sanction
named by a participle on the main deed ("overrode the veto, imposing sanctions": 163, the main verb its means); a
resignation whose doer is named only by the office left ("stepped down as director of the CIA"); a square filled by
people of a nation to demand something (141). No event: subjects of nature that name no disaster (rivers, rain,
fog) and craft that slam or plough into a pier or a train, with their participles.
Each is checked on sentences written for these tests (true statements about real events) through the real pipeline,
with look-alikes that keep their own reading. A source or target left as None is not checked here.
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # 0841 prisoners traded by two states (reciprocal), not trade
        (
            "Armenia and Azerbaijan traded prisoners in December 2023, with Baku sending 32 Armenian servicemen home.",
            "RETREAT",
            "0841",
            "ARM AZE",
            None,
        ),
        # 0841 a soldier handed to his own state's officials
        (
            "North Korea handed Private Travis King, an American soldier, to U.S. officials in China in September 2023.",
            "RETREAT",
            "0841",
            "PRK",
            "USA",
        ),
        # 180 guns turned on people
        (
            "Three gunmen took rifles out of their bags at Lod airport near Tel Aviv and turned them on the crowd of"
            " passengers.",
            "ASSAULT",
            "180",
            None,
            None,
        ),
        (
            "Gunmen turned their rifles on tourists in Indian-administered Kashmir in April 2025.",
            "ASSAULT",
            "180",
            None,
            None,
        ),
        # 180 a pistol turned on classmates (transfer batch deeds18-2)
        (
            "A teenage boy turned a pistol on his classmates at a school in Belgrade in May 2023.",
            "ASSAULT",
            "180",
            None,
            None,
        ),
        # 180 a vehicle rammed through crowds or steered onto a pavement
        (
            "A Tunisian man rammed a lorry through crowds on the seafront in Nice, killing 86 people.",
            "ASSAULT",
            "180",
            None,
            None,
        ),
        (
            "A man steered a van onto a crowded pavement in Toronto, killing ten people.",
            "ASSAULT",
            "180",
            None,
            None,
        ),
        # 180 a car driven at a crowd
        (
            "An American man drove his car at a crowd of protesters in Charlottesville in August 2017.",
            "ASSAULT",
            "180",
            "USA",
            None,
        ),
        # 0841 captives set free
        ("Venezuela set free six Americans in January 2025.", "RETREAT", "0841", "VEN", "USA"),
        # 073 relief unloaded
        (
            "A French military plane unloaded medical supplies in Beirut after the port explosion.",
            "AID",
            "073",
            "FRA",
            None,
        ),
        # 0841 an exchange "of" prisoners between two states
        (
            "The exchange of 390 prisoners between Russia and Ukraine took place in May 2025.",
            "RETREAT",
            "0841",
            "RUS UKR",
            None,
        ),
        # 192 soldiers raising their flag over a place, or landing on an islet
        (
            "Argentine marines raised their flag over Port Stanley in the Falklands.",
            "COERCE",
            "192",
            "ARG",
            None,
        ),
        ("Moroccan soldiers landed on the islet of Perejil.", "COERCE", "192", "MAR", None),
        # 143 workers that strike the railroads (a strike, not an attack)
        (
            "American locomotive engineers and trainmen struck the nation's railroads.",
            "PROTEST",
            "143",
            "USA",
            None,
        ),
        # an aircraft named by its model brought down by air defences
        (
            "Syrian air defences brought down an Israeli F-16 returning from raids in Syria.",
            "ASSAULT",
            None,
            "SYR",
            "ISR",
        ),
        # 154 armed forces ordered to grow by a number of troops; a conscription law brought into force or activated
        (
            "Vladimir Putin ordered Russia's armed forces to grow by 170,000 troops in December 2023.",
            "MOBILIZE",
            "154",
            "RUS",
            None,
        ),
        ("Myanmar's junta activated a dormant conscription law.", "MOBILIZE", "154", "MMR", None),
        (
            "Myanmar's junta brought into force a conscription law that had lain dormant.",
            "MOBILIZE",
            "154",
            "MMR",
            None,
        ),
        # 142 meals refused in protest (a hunger strike; read by verbs.txt's "refuse dobj=food|meal", a guard)
        (
            "Jailed Palestinian prisoners refused meals in protest at their detention without trial.",
            "PROTEST",
            "142",
            None,
            None,
        ),
        # 0832 one's own measure scrapped or thrown out after protests: a concession, not a rejection
        (
            "Jacques Chirac scrapped a contested youth employment contract after two months of mass protests by"
            " students and unions.",
            "CONCEDE",
            "0832",
            "FRA",
            None,
        ),
        (
            "Poland's lower house threw out a bill that would have banned almost all abortions, three days after"
            " women stayed away from work to protest against it.",
            "CONCEDE",
            "0832",
            "POL",
            None,
        ),
        # verbs given hand readings here stay light for the event nouns they govern (implement, enforce, unload, dock)
        (
            "Israel and Hamas implemented a ceasefire in Gaza in January 2025.",
            "RETREAT",
            None,
            "ISR PSE",
            None,
        ),
        ("Turkish trucks unloaded aid in Idlib.", "AID", None, "TUR", None),
        ("Russian warships docked in Havana for a five-day visit.", "CONSULT", "042", "RUS", None),
        # 0841 people paroled, let go or given back (a sweep of the release verbs)
        (
            "Iran paroled the French-Iranian academic Fariba Adelkhah in February 2023.",
            "RETREAT",
            "0841",
            "IRN",
            None,
        ),
        ("Russia let the American teacher Marc Fogel go in February 2025.", "RETREAT", "0841", "RUS", "USA"),
        ("Hamas gave back five Thai farm workers in January 2025.", "RETREAT", "0841", "PSE", "THA"),
        # 180 bullets sprayed at people
        (
            "Gunmen sprayed bullets at worshippers in a Catholic church in Owo in Nigeria.",
            "ASSAULT",
            "180",
            None,
            None,
        ),
        # 073 relief flown in, named by the load
        ("India flew in tents, blankets and medicine to Myanmar in March 2025.", "AID", "073", "IND", "MMR"),
        # 090 summoned for questioning
        (
            "Prosecutors in Seoul summoned President Yoon Suk Yeol for questioning over his declaration of martial law.",
            "ACCUSE",
            "090",
            None,
            None,
        ),
        # 090 a royal commission or a commission of inquiry ordered or announced into a matter
        (
            "New Zealand's prime minister ordered a royal commission of inquiry in March 2019 into the attack on two"
            " Christchurch mosques.",
            "ACCUSE",
            "090",
            "NZL",
            None,
        ),
        (
            "Australia's prime minister announced a royal commission into the treatment of children in youth"
            " detention.",
            "ACCUSE",
            "090",
            "AUS",
            None,
        ),
        # 090 a commission of inquiry approved into a disaster (transfer batch deeds18-2)
        (
            "Israel's cabinet approved a state commission of inquiry in June 2021 into the crush at Mount Meron.",
            "ACCUSE",
            "090",
            "ISR",
            None,
        ),
        # 090 a team set up to establish whether something happened
        (
            "The United Nations set up a team of experts to establish whether chlorine had been dropped on Syrian"
            " villages.",
            "ACCUSE",
            "090",
            "IGO-UN",
            None,
        ),
        # 073 a craft that docks or lands with aid
        (
            "A Turkish freighter docked at the Israeli port of Ashdod with a load of aid for Gaza.",
            "AID",
            "073",
            "TUR",
            None,
        ),
        (
            "An Indian Air Force plane landed in Adana in February 2023 with rescue teams and medical supplies for"
            " survivors of the earthquake.",
            "AID",
            "073",
            "IND",
            None,
        ),
        # 163 a sanction named by a participle on the main deed
        (
            "The U.S. Senate overrode the president's veto, imposing sanctions on South Africa.",
            "SANCTION",
            "163",
            "USA",
            "ZAF",
        ),
        (
            "Greece shut the port of Thessaloniki to goods bound for Macedonia, imposing a trade embargo on its"
            " northern neighbour.",
            "SANCTION",
            "163",
            "GRC",
            None,
        ),
        # 0831 a resignation whose doer is named by the office left, after a resume clause
        (
            "David Petraeus, the retired general who had commanded American forces in Iraq, stepped down as director"
            " of the CIA.",
            "CONCEDE",
            "0831",
            "USA",
            None,
        ),
        # 141 a square filled by people of a nation to demand something
        (
            "About 70,000 Czechs filled Wenceslas Square in Prague to demand that the government do more about energy"
            " prices.",
            "PROTEST",
            "141",
            "CZE",
            None,
        ),
    ],
)
def test_deeds18_categories(
    code: Code, text: str, plover: str, cameo: str | None, source: str | None, target: str | None
) -> None:
    some_event(code, text, plover, cameo, source, target)


@pytest.mark.parametrize(
    ("text", "forbidden"),
    [
        # a gun turned on oneself attacks no one else
        ("The gunman turned the gun on himself.", "ASSAULT"),
        # a fugitive handed to another state's officials is extradited, not released
        ("Mexico handed the drug lord Joaquin Guzman to U.S. officials in January 2017.", "RETREAT"),
        # fighters' flag over a town they assault is no occupation of its own
        ("Islamic State fighters hoisted their black flag on a building in Kobani.", "COERCE"),
        # air defences are weapons, no backing
        ("Syrian air defences brought down an Israeli F-16 returning from raids in Syria.", "SUPPORT"),
        # food aid refused is no hunger strike
        ("Zambia refused food aid containing genetically modified maize during a famine.", "PROTEST"),
        # a deal scrapped after criticism (no protest) stays a rejection
        ("Donald Trump scrapped the nuclear deal with Iran after years of criticism.", "CONCEDE"),
        # troops flown in are no aid
        ("A Russian plane landed in Caracas with about 100 troops in March 2019.", "AID"),
        # rivers that burst their banks mobilise no one
        (
            "Rivers swollen by heavy rain burst their banks across Serbia and Bosnia, swamping the town of Obrenovac.",
            "MOBILIZE",
        ),
        # a ship that slams into a pier attacks and criticises no one, nor does its participle
        (
            "A cargo ship slammed into a pier in the port of Genoa in May 2013, killing nine people.",
            "ASSAULT",
        ),
        ("A cargo ship slammed into a pier in the port of Genoa in May 2013, killing nine people.", "ACCUSE"),
        (
            "A passenger train slammed into a freight train near Larissa in February 2023, killing 57 people.",
            "ASSAULT",
        ),
    ],
)
def test_deeds18_look_alikes(code: Code, text: str, forbidden: str) -> None:
    no_event(code, text, forbidden)
