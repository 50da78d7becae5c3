"""The MEANTIME and WikiWars readers, the corpus dispatch, and the gold corpora in ../shared when present."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pipeline.eval import meantime, wikiwars, xtn
from pipeline.eval.corpus import GoldDoc, read_corpus
from tests.shared import shared

# TimeML fixtures are kept as `.tml.in` so that they are never taken for the research-only corpora.
FIXTURE_SOURCE = Path(__file__).resolve().parent / "fixtures" / "eval"


@pytest.fixture(scope="module")
def fixtures(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The hand-written fixtures, with their TimeML files under their real extension."""
    root = tmp_path_factory.mktemp("eval")
    for source in FIXTURE_SOURCE.rglob("*"):
        if source.is_file():
            target = root / source.relative_to(FIXTURE_SOURCE).with_name(source.name.removesuffix(".in"))
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(source.read_bytes())
    return root


def _by_name(docs: list[GoldDoc]) -> dict[str, GoldDoc]:
    """Documents keyed by name."""
    return {doc.name: doc for doc in docs}


def _gold(doc: GoldDoc) -> list[tuple[str, str, str]]:
    """A document's gold expressions as (text, type, value)."""
    return [(t.text, t.type, t.value) for t in doc.timexes]


def test_meantime_rebuilds_title_and_annotated_sentences(fixtures: Path) -> None:
    doc = _by_name(meantime.read(fixtures / "meantime"))["1_Envoys_to_meet"]
    assert doc.text == (
        "Envoys to meet in Vienna next week\n\n"
        'Diplomats from both sides said on Tuesday that talks would resume in "early April". '
        "The previous round (held in 2019) lasted three days. Officials met again. They didn't name a date."
    )


def test_meantime_reads_gold_outside_dateline_and_later_sentences(fixtures: Path) -> None:
    doc = _by_name(meantime.read(fixtures / "meantime"))["1_Envoys_to_meet"]
    assert _gold(doc) == [
        ("next week", "DATE", "2022-W10"),
        ("Tuesday", "DATE", "2022-03-01"),
        ("early April", "DATE", "2022-04"),
        ("2019", "DATE", "2019"),
        ("three days", "DURATION", "P3D"),
    ]


@pytest.mark.parametrize(
    ("name", "dct"),
    [("1_Envoys_to_meet", date(2022, 3, 2)), ("2_Ceasefire_holds", date(2023, 6, 5))],
    ids=["creation-time value", "malformed value: read from the dateline words"],
)
def test_meantime_creation_time(name: str, dct: date, fixtures: Path) -> None:
    assert _by_name(meantime.read(fixtures / "meantime"))[name].dct == dct


def test_wikiwars_reads_the_conversion_once_without_creation_time(fixtures: Path) -> None:
    docs = wikiwars.read(fixtures / "wikiwars")
    assert [doc.name for doc in docs] == ["01_SiegeWar.tml"]
    assert docs[0].dct is None
    assert _gold(docs[0]) == [
        ("6 April 1453", "DATE", "1453-04-06"),
        ("The next day", "DATE", "1453-04-07"),
        ("seven weeks later", "DATE", "1453-05-25"),
    ]


@pytest.mark.parametrize(
    ("folder", "n_docs", "dct"),
    [
        ("timeml", 1, date(2023, 6, 5)),
        ("meantime", 2, date(2022, 3, 2)),
        ("wikiwars", 1, None),
        ("wikiwars/syntime-split/testset", 1, None),
        ("wikiwars/syntime-timeml/tml/01_SiegeWar.tml", 1, None),
    ],
)
def test_dispatch_picks_the_reader(folder: str, n_docs: int, dct: date | None, fixtures: Path) -> None:
    docs = read_corpus(fixtures / folder)
    assert len(docs) == n_docs
    assert docs[0].dct == dct


@pytest.mark.parametrize("reader", [meantime, wikiwars])
def test_readers_refuse_other_formats(reader: object, fixtures: Path) -> None:
    assert not reader.recognises(fixtures / "timeml")  # type: ignore[attr-defined]


def test_dispatch_refuses_a_folder_without_gold(tmp_path: Path) -> None:
    (tmp_path / "notes.xml").write_text("<notes/>", encoding="utf-8")
    with pytest.raises(ValueError, match="no TimeML"):
        read_corpus(tmp_path)


XTN = """*!-DCTVALUE="2005-10-04"-!*	O	-

Apple	O	-
anunció	O	-
hoy	B-DATE	2005-10-04
un	B-DURATION	P1M
mes	I-DURATION	P1M
.	O	-

El	B-DATE	2005-10-12
12	I-DATE	2005-10-12
*!-DCTVALUE="2001-02-01"-!*	O	-

Ahora	B-DATE	PRESENT_REF
"""


def test_xtn_reads_documents_tokens_and_bio_spans(tmp_path: Path) -> None:
    (tmp_path / "test.tsv").write_text(XTN, encoding="utf-8")
    docs = read_corpus(tmp_path)
    assert [(d.dct, d.text) for d in docs] == [(date(2005, 10, 4), "Apple anunció hoy un mes .\nEl 12"),
                                                 (date(2001, 2, 1), "Ahora")]
    assert [(t.text, t.type, t.value) for t in docs[0].timexes] == [
        ("hoy", "DATE", "2005-10-04"), ("un mes", "DURATION", "P1M"), ("El 12", "DATE", "2005-10-12")]
    assert all(d.text[t.start:t.end] == t.text for d in docs for t in d.timexes)
    assert not xtn.recognises(tmp_path / "absent")


def test_fixture_spans_match_their_text(fixtures: Path) -> None:
    for folder in ("meantime", "wikiwars", "timeml"):
        for doc in read_corpus(fixtures / folder):
            assert all(doc.text[t.start:t.end] == t.text for t in doc.timexes), doc.name


# The real corpora: sizes from their READMEs (gold counts exclude each document's creation time).
SHARED = [
    ("meantime_en", 120, 368),
    ("wikiwars", 22, 2636),
    ("wikiwars/syntime-split/testset", 6, 497),
    ("tempeval3/TBAQ-cleaned/TimeBank", 183, 1243),
    ("tempeval3/TBAQ-cleaned/AQUAINT", 73, 579),
    ("krauts_de/KRAUTS_DieZeit", 50, 503),  # empty (non-consuming) TIMEX3 left out
    ("krauts_de/KRAUTS_Dolomiten-100", 100, 401),
    ("xtn_es/timebank", 175, 1094),
    ("xtn_es/meantime", 120, 479),
    ("wikiwars_uk", 20, 2206),
]


@pytest.mark.parametrize(("folder", "n_docs", "n_gold"), SHARED, ids=[s[0] for s in SHARED])
def test_shared_corpus(folder: str, n_docs: int, n_gold: int) -> None:
    path = shared(f"eval/{folder}")
    docs = read_corpus(path)
    assert (len(docs), sum(len(doc.timexes) for doc in docs)) == (n_docs, n_gold)
    assert all(doc.text[t.start:t.end] == t.text for doc in docs for t in doc.timexes)
    assert all(t.text.strip() == t.text and t.text for doc in docs for t in doc.timexes)
    dated = not folder.startswith("wikiwars")  # WikiWars (and WikiWarsUA) are read without a creation time
    assert all((doc.dct is not None) == dated for doc in docs)
