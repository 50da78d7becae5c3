"""An article's language: from its metadata, else detected, `en` for a text too short to tell."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.ingest import read_path
from pipeline.language import detect, language_of, normalise
from pipeline.model import Article

SENTENCES = {
    "en": "The foreign minister said on Tuesday that the talks with the delegation would resume next week.",
    "de": "Der Außenminister sagte am Dienstag, die Gespräche mit der Delegation würden nächste Woche fortgesetzt.",
    "fr": "Le ministre des Affaires étrangères a déclaré mardi que les négociations reprendraient la semaine prochaine.",
    "es": "El ministro de Asuntos Exteriores dijo el martes que las conversaciones se reanudarán la próxima semana.",
    "it": "Il ministro degli Esteri ha detto martedì che i colloqui con la delegazione riprenderanno la prossima settimana.",
    "ru": "Министр иностранных дел заявил во вторник, что переговоры с делегацией возобновятся на следующей неделе.",
    "uk": "Міністр закордонних справ заявив у вівторок, що переговори з делегацією відновляться наступного тижня.",
}


@pytest.mark.parametrize("language", sorted(SENTENCES))
def test_detects_each_supported_language_from_one_sentence(language: str) -> None:
    assert detect(SENTENCES[language]) == language


@pytest.mark.parametrize("text", ["", "OK", "12.03.2022", "Kyiv, 3 May", "   \n\t"])
def test_too_short_a_text_is_english(text: str) -> None:
    assert detect(text) == "en"


@pytest.mark.parametrize("text", ["وزير الخارجية قال يوم الثلاثاء إن المحادثات ستستأنف الأسبوع المقبل",
                                  "外交部长周二表示，与代表团的会谈将于下周恢复。外交部长周二表示会谈将恢复",
                                  "\u202eright-to-left override\u202c " * 5])
def test_scripts_without_resources_are_recorded_not_refused(text: str) -> None:
    code = detect(text)
    assert len(code) == 2 and code.isalpha() and code.islower()


@pytest.mark.parametrize(("metadata", "code"), [("de", "de"), ("DE", "de"), ("de-AT", "de"), ("pt_BR", "pt"),
                                                ("English", ""), ("", ""), ("12", "")])
def test_metadata_codes_are_normalised(metadata: str, code: str) -> None:
    assert normalise(metadata) == code


def test_metadata_wins_over_detection() -> None:
    assert language_of(SENTENCES["ru"], "uk") == "uk"
    assert language_of(SENTENCES["ru"], "Russian") == "ru"  # not a code: detected


def test_ingest_records_the_metadata_language_else_the_detected_one(tmp_path: Path) -> None:
    records = [{"id": "a", "text": SENTENCES["de"]}, {"id": "b", "text": SENTENCES["de"], "language": "fr"},
               {"id": "c", "text": "Brief."}]
    (tmp_path / "articles.json").write_text(json.dumps(records), encoding="utf-8")
    read = {a.article_id: a.language for a in read_path(tmp_path / "articles.json") if isinstance(a, Article)}
    assert read == {"a": "de", "b": "fr", "c": "en"}


def test_build_reads_each_article_s_dates_in_its_language(tmp_path: Path) -> None:
    from pipeline import store
    from pipeline.build import build

    records = [{"id": "de", "published": "2021-12-21", "text": "Der Vertrag wurde am 3. März 2021 in Berlin unterzeichnet."},
               {"id": "en", "published": "2021-12-21", "text": "The treaty was signed on March 3, 2021 in Berlin."}]
    (tmp_path / "in.json").write_text(json.dumps(records), encoding="utf-8")
    build([tmp_path / "in.json"], tmp_path / "out", workers=1)
    mentions = store.read_table(tmp_path / "out", "mentions")
    assert sorted(zip(mentions["article_id"], mentions["text"], mentions["value"])) == [
        ("de", "3. März 2021", "2021-03-03"), ("en", "March 3, 2021", "2021-03-03")]
    languages = store.read_table(tmp_path / "out", "articles").set_index("article_id")["language"].to_dict()
    assert languages == {"de": "de", "en": "en"}
