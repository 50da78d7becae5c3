"""Actor mentions: gazetteer, titles, spelling variants and in-article resolution."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.actors import find_actors

SEED = Path(__file__).resolve().parents[1] / "data" / "articles" / "000_23b5830eeb6bd709.txt"
DATA = Path(__file__).resolve().parents[1] / "pipeline" / "resources" / "en" / "actors"
DAY = date(2021, 12, 21)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kremlin rejected it.", [("Kremlin", "Russia")]),
        ("The White House and the Pentagon agreed.", [("White House", "United States"), ("Pentagon", "United States")]),
        # a name may open with initials
        ("Spokesman P.J. Crowley said it. Crowley left.",
         [("Spokesman P.J. Crowley", "P.J. Crowley"), ("Crowley", "P.J. Crowley")]),
        # a government's departments and agencies act for it
        ("The Department of the Treasury and USAID acted.",
         [("Department of the Treasury", "United States"), ("USAID", "United States")]),
        ("Talks in Kyiv and Kiev.", [("Kyiv", "Ukraine"), ("Kiev", "Ukraine")]),
        ("Downing Street said no.", [("Downing Street", "United Kingdom")]),
        ("U.S. and American officials", [("U.S.", "United States"), ("American", "United States")]),
        ("Russian troops massed.", [("Russian", "Russia")]),
        ("Papua New Guinea and Guinea met.", [("Papua New Guinea", "Papua New Guinea"), ("Guinea", "Guinea")]),
        ("He visited New Mexico.", []),
        ("the Taliban seized Kabul", [("Taliban", "Taliban"), ("Kabul", "Afghanistan")]),
        ("Kremlin-backed rebels attacked.", [("Kremlin-backed rebels", "Russia-backed separatists")]),
        (
            "the Organization for Security and Cooperation in Europe (OSCE)",
            [("Organization for Security and Cooperation in Europe", "OSCE"), ("OSCE", "OSCE")],
        ),
        ("Russiagate is not a state.", []),
        (
            "the People’s Republic of China and the Republic of China",
            [("People’s Republic of China", "China"), ("Republic of China", "Taiwan")],
        ),
        ("inter-Korean talks on the Korean peninsula", []),
        ("The West Bank and the West", [("The West Bank", "Palestine"), ("the West", "Western countries")]),
        ("the U.N. Security Council", [("U.N. Security Council", "UN Security Council")]),
        ("the National Security Council", [("National Security Council", "United States")]),
        # a state's usual abbreviation, and a UN mission by its acronym
        ("She will urge BiH to hold elections.", [("BiH", "Bosnia and Herzegovina")]),
        ("the attack on the MINUSMA base", [("MINUSMA", "MINUSMA")]),
        # an organisation's charter is a text, no actor
        ("the importance of the UN Charter and the United Nations Charter", []),
    ],
)
def test_gazetteer(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.actor) for m in find_actors(text, DAY)] == expected


@pytest.mark.parametrize(
    ("text", "kind", "country"),
    [
        ("Kremlin", "state", "Russia"),
        ("OSCE", "organization", "OSCE"),
        ("UNSC", "organization", "United Nations"),
        ("UNMISS", "organization", "United Nations"),
        ("Taliban", "group", "Afghanistan"),
        ("Kremlin-backed rebels", "group", "Ukraine"),
        # the armed and political groups of the last decades' conflicts, by the state where each operates
        ("Islamic Salvation Front", "group", "Algeria"),
        ("FARC", "group", "Colombia"),
        ("Liberation Tigers of Tamil Eelam", "group", "Sri Lanka"),
        ("Palestinian Liberation Organization", "group", "Palestine"),
        ("Vladimir Putin", "person", "Russia"),
    ],
)
def test_kind_and_country(text: str, kind: str, country: str) -> None:
    assert [(m.actor_type, m.country) for m in find_actors(text, DAY)] == [(kind, country)]


@pytest.mark.parametrize(
    ("text", "brussels"),
    [
        ("Talks with Washington and Brussels on NATO membership.", "NATO"),
        ("Brussels proposed new rules for EU member states.", "European Union"),
        ("Brussels said nothing.", "European Union"),
    ],
)
def test_brussels_by_context(text: str, brussels: str) -> None:
    assert [m.actor for m in find_actors(text, DAY) if m.text == "Brussels"] == [brussels]


@pytest.mark.parametrize(
    ("text", "tripoli"),
    [("Shells fell on Tripoli, the north Lebanese port.", "Lebanon"), ("Shells fell on Tripoli.", "Libya"),
     ("Gaddafi's forces held Tripoli.", "Libya")],
)
def test_tripoli_by_context(text: str, tripoli: str) -> None:
    assert [m.actor for m in find_actors(text, DAY) if m.text == "Tripoli"] == [tripoli]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("NATO allies met. The alliance agreed.", ["NATO", "NATO"]),
        ("The alliance between the two parties held.", []),
        ("NATO met. " + "Talks went on. " * 60 + "The alliance held.", ["NATO"]),
        ("The alliance met. NATO agreed.", ["NATO"]),
        ("The International Criminal Court opened a case. The court said it acted.", ["ICC", "ICC"]),
        ("The court said it acted.", []),
        # each mention by the description carries the naming on
        ("NATO met. " + "Talks went on. The alliance agreed. " * 40 + "The alliance held.", ["NATO"] * 42),
        ("The UN High Commissioner for Refugees warned. The refugee agency said it helped.", ["UNHCR", "UNHCR"]),
        ("The refugee agency said it helped.", []),
        # a description several bodies share stands for the one mentioned last
        ("UNHCR met IOM. The agency said it helped.", ["UNHCR", "IOM", "IOM"]),
        ("IOM met UNHCR. The agency said it helped.", ["IOM", "UNHCR", "UNHCR"]),
        ("The agency said it helped.", []),
    ],
)
def test_context_alias_needs_the_actor_named(text: str, actors: list[str]) -> None:
    assert [m.actor for m in find_actors(text, DAY)] == actors


@pytest.mark.parametrize(
    ("text", "published", "person", "country"),
    [
        ("Secretary-General Jens Stoltenberg spoke.", date(2021, 3, 1), "Jens Stoltenberg", "NATO"),
        ("Jens Stoltenberg spoke.", date(2025, 6, 1), "Jens Stoltenberg", "Norway"),
        ("Olaf Scholz spoke.", date(2020, 6, 1), "Olaf Scholz", "Germany"),
        (
            "Assistant Secretary of State for European and Eurasian Affairs Karen Donfried said so.",
            DAY,
            "Karen Donfried",
            "United States",
        ),
        ("German Chancellor Olaf Scholz said so.", DAY, "Olaf Scholz", "Germany"),
        ("Israeli Foreign Minister Gabi Ashkenazi said so.", date(2021, 5, 21), "Gabi Ashkenazi", "Israel"),
        ("Greenlandic Premier Mute Egede said so.", DAY, "Mute Egede", ""),
        ("Danish Foreign Minister Jeppe Kofod said so.", DAY, "Jeppe Kofod", "Denmark"),
        ("Ukraine’s Foreign Minister Anna Petrenko said so.", DAY, "Anna Petrenko", "Ukraine"),
        ("Minister of Foreign Affairs of Moldova Ion Rusu said so.", DAY, "Ion Rusu", "Moldova"),
        ("Republic of Korea (ROK) Special Representative Lee Min said so.", DAY, "Lee Min", "South Korea"),
        ("Ambassador to Lebanon Maria Okafor said so.", DAY, "Maria Okafor", ""),
        ("Secretary of State Mary Jones said so.", DAY, "Mary Jones", "United States"),
        ("Ukrainian President Voldomyr Zelenskiy said so.", DAY, "Volodymyr Zelensky", "Ukraine"),
        ("Volodymyr Zelenskyy said so.", DAY, "Volodymyr Zelensky", "Ukraine"),
        ("Secretary of State Antony J.\u202fBlinken said so.", DAY, "Antony Blinken", "United States"),
        ("Vladimir Putn said so.", DAY, "Vladimir Putin", "Russia"),
        ("Secretary Austin said so.", DAY, "Lloyd Austin", "United States"),
        ("Foreign Minister Wang said so.", DAY, "Wang Yi", "China"),
        ("Jordan’s King Abdullah said so.", DAY, "King Abdullah II", "Jordan"),
        ("Qatari Foreign Minister Ali bin Hamad Al Marri said so.", DAY, "Ali bin Hamad Al Marri", "Qatar"),
        ("Japanese President Tanabe said so.", DAY, "Tanabe", "Japan"),
        ("Ambassador Sullivan said so.", DAY, "John Sullivan", "United States"),
        ("Argentine Foreign Minister Santiago Cafiero said so.", DAY, "Santiago Cafiero", "Argentina"),
        ("Special Envoy for Iran Rob Malley said so.", DAY, "Robert Malley", "United States"),
        # an unknown office holder serves the one state the sentence names, unless only as a city or an envoy
        ("President Ana Tavares resigned so that Portugal's voters could choose.", DAY, "Ana Tavares", "Portugal"),
        ("Prime Minister Ana Tavares praised the Portuguese people.", DAY, "Ana Tavares", "Portugal"),
        ("Prime Minister Ana Tavares met Spanish and French envoys.", DAY, "Ana Tavares", ""),
        ("Prime Minister Ana Tavares spoke in Lisbon.", DAY, "Ana Tavares", ""),
        ("Ambassador Ana Tavares arrived in Portugal.", DAY, "Ana Tavares", ""),
        # a description in apposition introduces a person, with the state or organisation it names
        ("Maria Lenz, a spokeswoman for NATO, said so.", DAY, "Maria Lenz", "NATO"),
        ("Ana Tavares, a Portuguese diplomat, said so.", DAY, "Ana Tavares", "Portugal"),
        # two Presidents Bush, neither in office that day: which one is unknown, their country is not
        ("President Bush said so.", date(2000, 1, 1), "Bush", "United States"),
        # heads of state in office in 2000
        ("President Abdelaziz Bouteflika said so.", date(2000, 1, 1), "Abdelaziz Bouteflika", "Algeria"),
        ("Sheikh Hamad bin Khalifa al-Thani said so.", date(2000, 1, 1), "Hamad bin Khalifa Al Thani", "Qatar"),
        ("President Omar El Bashir said so.", date(2000, 1, 1), "Omar al-Bashir", "Sudan"),
    ],
)
def test_people(text: str, published: date, person: str, country: str) -> None:
    people = [(m.actor, m.country) for m in find_actors(text, published) if m.actor_type == "person"]
    assert people == [(person, country)]


@pytest.mark.parametrize(
    "text",
    [
        "Valentina Zorin arrived.",
        "Park Jun arrived.",
        "The Under Secretary for Economic Growth spoke.",
        "The talks took place in the Grand Hotel, a government official said.",
        "Thank you, Minister, Chairman.",
        "MR PRICE: Good afternoon.",
        "Secretary of State\n\nNew Partners",
        "the Special Envoy for Holocaust Issues, and the United States Holocaust Memorial Museum",
    ],
)
def test_no_person_without_a_name(text: str) -> None:
    assert [m for m in find_actors(text, DAY) if m.actor_type == "person"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # surname alone, after and before the full name
        ("German Chancellor Olaf Scholz arrived. Scholz spoke.", ["Olaf Scholz", "Olaf Scholz"]),
        ("Envoy Maria Lenz arrived. Later Lenz spoke.", ["Maria Lenz", "Maria Lenz"]),
        ("Foreign Minister Park Jin arrived. Thanks, Jin.", ["Park Jin"]),
        # any one word of a full name told with the same title, whatever the name's order
        ("Foreign Minister Sari Wulandari arrived. Later Foreign Minister Sari spoke.",
         ["Sari Wulandari", "Sari Wulandari"]),
        ("Ambassador Dorji Wangmo Tashi arrived. Ambassador Dorji spoke.",
         ["Dorji Wangmo Tashi", "Dorji Wangmo Tashi"]),
        # with another title the word may be someone else's
        ("Foreign Minister Sari Wulandari arrived. Governor Sari spoke.", ["Sari Wulandari", "Sari"]),
        # role descriptions
        ("Vladimir Putin spoke. “No,” the Russian leader said.", ["Vladimir Putin", "Vladimir Putin"]),
        ("Secretary Antony Blinken spoke. The Secretary left.", ["Antony Blinken", "Antony Blinken"]),
        # a deputy's title is the deputy's, not the Secretary's
        ("Secretary Antony Blinken spoke. Deputy Secretary of State Wendy Sherman spoke. The Deputy Secretary left.",
         ["Antony Blinken", "Wendy Sherman", "Wendy Sherman"]),
        # nor the title of a compound ("Deputy Secretary General") that opens with the same words
        ("Deputy Secretary of State Wendy Sherman met NATO Deputy Secretary General Mircea Geoană. The Deputy Secretary "
         "left.", ["Wendy Sherman", "Mircea Geoană", "Wendy Sherman"]),
        # a deputy's bare title, alone or joined to the Secretary's, is the deputy's; not the first words of a longer
        # title of someone else ("the Deputy Foreign Minister")
        ("Deputy Secretary of State Wendy Sherman spoke. The Deputy left.", ["Wendy Sherman", "Wendy Sherman"]),
        ("Secretary Antony Blinken met Deputy Secretary of State Wendy Sherman. The Secretary and Deputy left.",
         ["Antony Blinken", "Wendy Sherman", "Antony Blinken", "Wendy Sherman"]),
        ("Deputy Secretary of State Wendy Sherman spoke. The Deputy Foreign Minister left.", ["Wendy Sherman"]),
        # a description joined to one after an article shares it
        ("Secretary Antony Blinken met Foreign Minister Dmytro Kuleba. The Secretary and Foreign Minister left.",
         ["Antony Blinken", "Dmytro Kuleba", "Antony Blinken", "Dmytro Kuleba"]),
        # so does one with its modifiers: the person named with exactly that title, whatever the office's kind
        ("Secretary Antony Blinken met First Vice Foreign Minister Amir Dardari. The Secretary and First Vice Foreign "
         "Minister left.", ["Antony Blinken", "Amir Dardari", "Antony Blinken", "Amir Dardari"]),
        ("Secretary Antony Blinken met Foreign Minister Amir Dardari. The Secretary and Vice Foreign Minister left.",
         ["Antony Blinken", "Amir Dardari", "Antony Blinken"]),
        # a vice minister named again by one word of the name after a fuller title, joined to a co-subject
        ("Deputy Secretary of State Wendy Sherman met First Vice Foreign Minister Amir Dardari. Deputy Secretary "
         "Sherman and Vice Foreign Minister Amir spoke.", ["Wendy Sherman", "Amir Dardari", "Wendy Sherman",
                                                           "Amir Dardari"]),
        # the article's own full name, not the gazetteer's namesake out of office on the day
        ("Deputy Secretary of State Wendy Sherman met First Vice Foreign Minister Cho Hyundong. Deputy Secretary "
         "Sherman and First Vice Foreign Minister Cho spoke.", ["Wendy Sherman", "Cho Hyundong", "Wendy Sherman",
                                                                "Cho Hyundong"]),
        ("Vladimir Putin spoke. The U.S. official left.", ["Vladimir Putin", "United States"]),
        # pronouns open a sentence and need one candidate
        ("Vladimir Putin spoke. He left.", ["Vladimir Putin", "Vladimir Putin"]),
        ("Vladimir Putin spoke. She left.", ["Vladimir Putin"]),
        # the subject stays the topic, also with another man named after it
        ("Vladimir Putin met Emmanuel Macron. He left.", ["Vladimir Putin", "Emmanuel Macron", "Vladimir Putin"]),
        # a person of another gender is passed over, back to the last one who fits
        ("Vladimir Putin met Angela Merkel. She left.", ["Vladimir Putin", "Angela Merkel", "Angela Merkel"]),
        ("Angela Merkel spoke. Vladimir Putin left. She smiled.", ["Angela Merkel", "Vladimir Putin", "Angela Merkel"]),
        ("Angela Merkel spoke. Russia acted. Vladimir Putin left. She smiled.",
         ["Angela Merkel", "Russia", "Vladimir Putin"]),
        # a person of unknown gender is no rival of the subject
        ("Secretary Antony Blinken spoke with Minister Tran Xuan Gia. He thanked Vietnam.",
         ["Antony Blinken", "Tran Xuan Gia", "Antony Blinken", "Vietnam"]),
        ("Vladimir Putin spoke and he left.", ["Vladimir Putin"]),
        ("Vladimir Putin spoke. Russia acted. He left.", ["Vladimir Putin", "Russia"]),
        # a sentence that opens by referring back to what was told names no new topic
        ("Vladimir Putin spoke. This helps Russia. He left.", ["Vladimir Putin", "Russia", "Vladimir Putin"]),
        ("Vladimir Putin spoke. It helps Russia. He left.", ["Vladimir Putin", "Russia", "Vladimir Putin"]),
        ("“He left,” Vladimir Putin said. He smiled.", ["Vladimir Putin", "Vladimir Putin"]),
        ("Angela Merkel met Joe Biden. The chancellor left.", ["Angela Merkel", "Joe Biden", "Angela Merkel"]),
        ("Angela Merkel met Joe Biden. The leader left.", ["Angela Merkel", "Joe Biden"]),
        ("Joe Biden spoke. The official announcement came.", ["Joe Biden"]),
        ("Joe Biden spoke. The leader of the group fled.", ["Joe Biden"]),
        ("Vladimir Putin spoke. He left. He returned.", ["Vladimir Putin"] * 3),
    ],
)
def test_resolution(text: str, expected: list[str]) -> None:
    assert [m.actor for m in find_actors(text, DAY)] == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a different first name written in full blocks the surname
        ("Foreign Minister Bujar Osmani met Secretary Blinken.", date(2022, 3, 1), ["Bujar Osmani", "Antony Blinken"]),
        ("Bujar Osmani spoke with Blinken.", date(2022, 3, 1), ["Antony Blinken"]),
        ("President Vjosa Osmani spoke. Osmani left.", date(2022, 3, 1), ["Vjosa Osmani", "Vjosa Osmani"]),
        # a lone name is a surname: "Michel" is Charles Michel's, not Michel Aoun's first name
        ("President Michel spoke with Blinken.", date(2022, 3, 1), ["Charles Michel", "Antony Blinken"]),
        ("Deputy Foreign Minister Morgan arrived.", date(2020, 6, 1), ["Morgan"]),
        # first names, titles and sentence openers stand before a surname without blocking it
        ("Tony Blinken arrived.", date(2022, 3, 1), ["Antony Blinken"]),
        ("When Blinken arrived, Russia left.", date(2022, 3, 1), ["Antony Blinken", "Russia"]),
        # a last word that only stands before another capitalised word is part of another name there
        ("Peru has designated Qiu Hong. Hong Kong authorities jailed editors.", date(2022, 3, 1),
         ["Peru", "Qiu Hong"]),
        ("Foreign Minister Erywan spoke. Blinken met Dato Erywan Yusof.", date(2022, 3, 1),
         ["Erywan", "Antony Blinken", "Erywan"]),
        # family name first where the state writes it so
        ("Foreign Minister Wang met Blinken.", date(2022, 3, 1), ["Wang Yi", "Antony Blinken"]),
        # "ethnic" makes a demonym a people living anywhere, not its state
        ("Ethnic Albanians rallied in Serbia.", date(2022, 3, 1), ["Serbia"]),
        ("Albanians rallied in Serbia.", date(2022, 3, 1), ["Albania", "Serbia"]),
    ],
)
def test_surnames(text: str, published: date, expected: list[str]) -> None:
    assert [m.actor for m in find_actors(text, published)] == expected


@pytest.mark.parametrize("text", ["", "  \n\n ", "He said. She said.", "The leader left."])
def test_no_actors_in_texts_without_names(text: str) -> None:
    assert find_actors(text, None) == []


def test_mentions_are_sorted_non_overlapping_and_offsets_match() -> None:
    text = SEED.read_text(encoding="utf-8").split("\n", 1)[1]
    mentions = find_actors(text, DAY)
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:]))
    assert all(text[m.start : m.end] == m.text for m in mentions)


def test_seed_article_actors() -> None:
    text = SEED.read_text(encoding="utf-8").split("\n", 1)[1]
    actors = {(m.actor, m.country) for m in find_actors(text, DAY)}
    expected = {
        ("United States", "United States"),
        ("Russia", "Russia"),
        ("Ukraine", "Ukraine"),
        ("Karen Donfried", "United States"),
        ("NATO", "NATO"),
        ("OSCE", "OSCE"),
        ("Vladimir Putin", "Russia"),
        ("Jens Stoltenberg", "NATO"),
        ("Volodymyr Zelensky", "Ukraine"),
        ("Emmanuel Macron", "France"),
        ("Olaf Scholz", "Germany"),
    }
    assert expected <= actors
    people = {a for a, _ in actors if a.split()[0] in {"He", "She", "The"}}
    assert not people


def test_seed_later_mentions_resolve() -> None:
    text = SEED.read_text(encoding="utf-8").split("\n", 1)[1]
    by_words = {}
    for m in find_actors(text, DAY):
        by_words.setdefault(m.text, set()).add(m.actor)
    assert by_words["the Russian leader"] == {"Vladimir Putin"}
    assert by_words["the U.S. official"] == {"Karen Donfried"}
    assert by_words["Donfried"] == {"Karen Donfried"}
    assert by_words["She"] == {"Karen Donfried"}
    assert by_words["He"] == {"Vladimir Putin"}
    assert by_words["Brussels"] == {"NATO"}


def _data(name: str) -> list[dict[str, str]]:
    with open(DATA / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_people_serve_known_actors_in_ordered_terms() -> None:
    actors = {row["name"] for name in ("states.csv", "organizations.csv", "groups.csv") for row in _data(name)}
    for row in _data("people.csv"):
        assert row["country"] in actors, row
        assert row["gender"] in {"m", "f", ""}, row
        assert not row["end"] or date.fromisoformat(row["start"]) < date.fromisoformat(row["end"]), row


ALIAS_COLUMNS = ("aliases", "demonyms", "capitals", "metonyms", "aliases_when_named")


def test_an_alias_names_one_actor_unless_listed_as_ambiguous_or_only_once_named() -> None:
    owners: dict[str, set[str]] = {}
    when_named: dict[str, set[str]] = {}  # shared ones stand for the owner named last ("the agency")
    for name in ("states.csv", "organizations.csv", "groups.csv", "people.csv"):
        for row in _data(name):
            cells = [row["name"]] + [row.get(column) or "" for column in ALIAS_COLUMNS]
            for alias in (a for cell in cells for a in cell.split("|") if a):
                owners.setdefault(alias, set()).add(row["name"])
            for alias in (a for a in (row.get("aliases_when_named") or "").split("|") if a):
                when_named.setdefault(alias, set()).add(row["name"])
    ambiguous = {row["alias"] for row in _data("ambiguous.csv")}
    shared = {a: o for a, o in owners.items() if len(o) > 1 and a not in ambiguous}
    assert {a: o for a, o in shared.items() if when_named.get(a) != o} == {}


@pytest.mark.parametrize(
    ("name", "published", "country"),
    [
        ("Jens Stoltenberg", date(2024, 12, 1), "NATO"),  # between terms: the latest ended
        ("Jens Stoltenberg", None, "Norway"),  # no date: the latest term
        ("Mark Rutte", date(2005, 1, 1), "Netherlands"),  # before any term: the first
        ("Mark Rutte", date(2025, 1, 1), "NATO"),
    ],
)
def test_term_choice(name: str, published: date | None, country: str) -> None:
    assert [m.country for m in find_actors(f"{name} spoke.", published)] == [country]


PIECES = [
    "Russian", "President", "Vladimir", "Putin", "He", "said", ".", "the", "Russian leader", "Secretary", "Karen",
    "Donfried", "of State", "for", "Affairs", "Antony J.\u202fBlinken", "Brussels", "NATO", "the alliance",
    "Voldomyr Zelenskiy", "’s", ",", "\n\n", "“", "”",
]


@given(st.lists(st.sampled_from(PIECES), max_size=40).map(" ".join))
def test_mentions_are_ordered_disjoint_and_exact(text: str) -> None:
    mentions = find_actors(text, DAY)
    assert all(text[m.start : m.end] == m.text and m.text for m in mentions)
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:]))
    assert all(m.actor_type in {"state", "person", "organization", "group"} for m in mentions)


def test_a_state_of_several_words_before_a_title_is_the_persons() -> None:
    found = find_actors("Republic of Korea Foreign Minister Ahn Min Jae spoke.", DAY)
    assert [(m.actor, m.country) for m in found] == [("Ahn Min Jae", "South Korea")]
