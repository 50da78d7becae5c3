"""Ingest: every input format of the contract, encodings, and bad files."""

from __future__ import annotations

import json
import tracemalloc
from datetime import date
from pathlib import Path

import pytest

from pipeline.ingest import decode, discover, IngestError, parse_published, read_path
from pipeline.model import Article, ReadError

STORY = "Envoys met in Vienna on Tuesday to discuss the nuclear talks."


def read_all(path: Path, published: date | None = None) -> tuple[list[Article], list[ReadError]]:
    """Articles and errors of one file."""
    records = list(read_path(path, published))
    return [r for r in records if isinstance(r, Article)], [r for r in records if isinstance(r, ReadError)]


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    """Write a fixture file and return its path."""
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def test_txt_title_is_first_line_and_sidecar_gives_metadata(tmp_path: Path) -> None:
    path = write(tmp_path, "story.txt", f"\n\nTalks In Vienna\n\n{STORY}\n")
    meta = {"published": "2021-12-21", "source": "Wire", "url": "https://example.org/a", "title": "Vienna talks"}
    write(tmp_path, "story.meta.json", json.dumps(meta))
    [article], errors = read_all(path)
    assert errors == []
    assert article.title == "Vienna talks"
    assert article.text == STORY
    assert (article.published, article.published_from) == (date(2021, 12, 21), "metadata")
    assert (article.source, article.url, article.article_id) == ("Wire", "https://example.org/a", "story")


def test_txt_sidecar_named_after_the_whole_file_name(tmp_path: Path) -> None:
    path = write(tmp_path, "story.txt", f"Title\n{STORY}")
    write(tmp_path, "story.txt.meta.json", '{"published": "2020-02-03"}')
    [article], _ = read_all(path)
    assert article.published == date(2020, 2, 3)


def test_txt_without_metadata_takes_the_option_date(tmp_path: Path) -> None:
    [article], _ = read_all(write(tmp_path, "a.txt", f"Title\n{STORY}"), date(2022, 5, 1))
    assert (article.published, article.published_from) == (date(2022, 5, 1), "option")


def test_txt_without_any_date_is_kept_as_unknown(tmp_path: Path) -> None:
    [article], _ = read_all(write(tmp_path, "a.txt", f"Title\n{STORY}"))
    assert (article.published, article.published_from) == (None, "unknown")


def test_dateline_in_the_text_gives_the_publication_date(tmp_path: Path) -> None:
    text = f"Title\nVIENNA, March 4, 2022 (Wire) - {STORY}"
    [article], _ = read_all(write(tmp_path, "a.txt", text), date(2000, 1, 1))
    assert (article.published, article.published_from) == (date(2022, 3, 4), "text")


def test_json_object_and_list(tmp_path: Path) -> None:
    one = write(tmp_path, "one.json", json.dumps({"id": "x1", "text": STORY, "published": "2021-06-01T10:00:00Z"}))
    many = write(tmp_path, "many.json", json.dumps([{"text": STORY}, {"text": STORY, "title": "Second"}]))
    [article], _ = read_all(one)
    assert (article.article_id, article.published) == ("x1", date(2021, 6, 1))
    articles, errors = read_all(many)
    assert [a.article_id for a in articles] == ["many-1", "many-2"] and errors == []


def test_json_list_with_a_record_without_text(tmp_path: Path) -> None:
    path = write(tmp_path, "mixed.json", json.dumps([{"text": STORY}, {"title": "no text"}, 7]))
    articles, errors = read_all(path)
    assert len(articles) == 1
    assert [e.message for e in errors] == ["mixed-2: no text", "record 3: not a JSON object"]


def test_broken_json_names_line_and_column(tmp_path: Path) -> None:
    articles, [error] = read_all(write(tmp_path, "bad.json", '{"text": "a",\n  "title": }'))
    assert articles == []
    assert error.path.endswith("bad.json") and "line 2, column 12" in error.message


def test_jsonl_bad_line_among_good_ones(tmp_path: Path) -> None:
    lines = [json.dumps({"text": STORY, "id": "a"}), "{not json", "", json.dumps({"text": STORY, "id": "b"}), "[1]"]
    articles, errors = read_all(write(tmp_path, "feed.jsonl", "\n".join(lines)))
    assert [a.article_id for a in articles] == ["a", "b"]
    assert [e.path.rsplit(":", 1)[1] for e in errors] == ["2", "5"]


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        # JSON strings may hold U+2028 and U+2029 unescaped: they do not end a JSONL line
        ("separators", '\ufeff{"id": "a", "text": "Talks.\u2028Then a vote."}\r\n{"id": "b", "text": "Done."}\r\n',
         [("a", "Talks.\u2028Then a vote."), ("b", "Done.")]),
        # a file pieced together from sources in two encodings: each line is read in its own
        ("mixed", '{"id": "a", "text": "Caf\u00e9 talks."}\n'.encode() + '{"id": "b", "text": "Caf\u00e9 talks."}\n'.encode("cp1252"),
         [("a", "Caf\u00e9 talks."), ("b", "Caf\u00e9 talks.")]),
        ("utf-16", '{"id": "a", "text": "Caf\u00e9."}\n{"id": "b", "text": "Done."}'.encode("utf-16"),
         [("a", "Caf\u00e9."), ("b", "Done.")]),
    ],
)
def test_jsonl_lines_and_encodings(tmp_path: Path, name: str, content: str | bytes, expected: list[tuple[str, str]]) -> None:
    articles, errors = read_all(write(tmp_path, f"{name}.jsonl", content))
    assert errors == []
    assert [(a.article_id, a.text) for a in articles] == expected


def test_jsonl_is_read_a_line_at_a_time(tmp_path: Path) -> None:
    # A news archive's JSONL files run to hundreds of MB: reading one must not hold it whole.
    record = json.dumps({"text": STORY * 40}) + "\n"
    path = write(tmp_path, "archive.jsonl", record * 8_000)  # about 20 MB
    tracemalloc.start()
    try:
        count = sum(1 for _ in read_path(path))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 8_000
    assert peak < path.stat().st_size / 10


def test_binary_and_blank_jsonl_files_are_one_error_each(tmp_path: Path) -> None:
    for name, content in (("binary.jsonl", bytes(range(256)) * 100), ("blank.jsonl", b"\n \n\t\n")):
        articles, [error] = read_all(write(tmp_path, name, content))
        assert articles == [] and error.path.endswith(name)
        assert error.message in ("not a text file (binary content)", "empty file")


def test_csv_reads_rows_with_quoted_newlines_and_extra_cells(tmp_path: Path) -> None:
    content = 'id,Title,text,published\nr1,One,"First line\nsecond line",2021-12-21\nr2,Two,Plain,2021-12-22,extra\n'
    articles, errors = read_all(write(tmp_path, "rows.csv", content))
    assert errors == []
    assert [(a.article_id, a.title, a.text, a.published) for a in articles] == [
        ("r1", "One", "First line\nsecond line", date(2021, 12, 21)),
        ("r2", "Two", "Plain", date(2021, 12, 22)),
    ]


def test_csv_without_text_column_is_one_error(tmp_path: Path) -> None:
    articles, [error] = read_all(write(tmp_path, "rows.csv", "id,body\n1,hello\n"))
    assert articles == [] and "no 'text' column" in error.message


def test_csv_row_with_empty_text_is_an_error_with_its_line(tmp_path: Path) -> None:
    articles, [error] = read_all(write(tmp_path, "rows.csv", f"text\n{STORY}\n\"\"\n{STORY}\n"))
    assert len(articles) == 2 and error.path.endswith("rows.csv:3")


def test_html_page_main_text_title_and_date(tmp_path: Path) -> None:
    paragraphs = "".join(f"<p>{STORY} Paragraph {n} adds detail on the sanctions and the envoys.</p>" for n in range(6))
    page = (
        "<html><head><title>Vienna talks | Wire</title>"
        '<meta property="article:published_time" content="2022-03-04T08:00:00Z"></head>'
        f"<body><nav>Home | World</nav><article><h1>Vienna talks</h1>{paragraphs}</article>"
        "<footer>Copyright</footer></body></html>"
    )
    [article], _ = read_all(write(tmp_path, "page.html", page))
    assert "Paragraph 5 adds detail" in article.text and "Copyright" not in article.text
    assert article.title.startswith("Vienna talks")
    assert (article.published, article.published_from) == (date(2022, 3, 4), "html")


def test_html_without_an_article_is_an_error(tmp_path: Path) -> None:
    articles, [error] = read_all(write(tmp_path, "empty.html", "<html><body><nav>Home | World | Sports</nav><p>Cookie settings</p></body></html>"))
    assert articles == [] and error.message == "no article text found in the page"


RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>First</title><link>https://example.org/1</link><guid>g1</guid>
<pubDate>Tue, 21 Dec 2021 10:00:00 GMT</pubDate><description>&lt;p&gt;{story}&lt;/p&gt;</description></item>
<item><title>Empty</title><guid>g2</guid></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
<entry><title>One</title><id>urn:1</id><updated>2022-02-01T00:00:00Z</updated>
<content type="html">&lt;p&gt;{story}&lt;/p&gt;</content></entry></feed>"""


def test_rss_items_become_articles_and_an_empty_item_an_error(tmp_path: Path) -> None:
    articles, [error] = read_all(write(tmp_path, "wire.rss", RSS.format(story=STORY)))
    [article] = articles
    assert (article.article_id, article.title, article.text) == ("g1", "First", STORY)
    assert (article.published, article.url) == (date(2021, 12, 21), "https://example.org/1")
    assert error.path.endswith("#item2")


def test_atom_feed(tmp_path: Path) -> None:
    [article], _ = read_all(write(tmp_path, "wire.atom", ATOM.format(story=STORY)))
    assert (article.article_id, article.published) == ("urn:1", date(2022, 2, 1))


def test_xml_that_is_not_a_feed_is_an_error(tmp_path: Path) -> None:
    articles, [error] = read_all(write(tmp_path, "data.xml", "<?xml version='1.0'?><root><a>1</a></root>"))
    assert articles == [] and "feed" in error.message


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("Caf\u00e9 talks \u2014 \u201cnext month\u201d".encode("utf-8"), "Caf\u00e9 talks \u2014 \u201cnext month\u201d"),
        (b"\xef\xbb\xbfWith BOM", "With BOM"),
        ("Caf\u00e9 \u201ctalks\u201d \u2013 \u20ac5".encode("cp1252"), "Caf\u00e9 \u201ctalks\u201d \u2013 \u20ac5"),
        ("Latin-1 \u00e9t\u00e9".encode("latin-1"), "Latin-1 \u00e9t\u00e9"),
        ("UTF-16 \u00e9t\u00e9".encode("utf-16"), "UTF-16 \u00e9t\u00e9"),
        ("truncated caf\u00e9".encode("utf-8")[:-1], "truncated caf"),
        (b"undefined \x81 byte", "undefined \x81 byte"),
    ],
)
def test_decode_encodings(content: bytes, expected: str) -> None:
    assert decode(content) == expected


@pytest.mark.parametrize("content", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", bytes(range(32)) * 20])
def test_decode_refuses_binary(content: bytes) -> None:
    with pytest.raises(IngestError, match="not a text file"):
        decode(content)


@pytest.mark.parametrize("content", [b"", b"  \n\t\n"])
def test_empty_files_are_errors(tmp_path: Path, content: bytes) -> None:
    articles, [error] = read_all(write(tmp_path, "empty.txt", content))
    assert articles == [] and error.message == "empty file" and error.path.endswith("empty.txt")


def test_binary_file_with_text_extension_is_an_error(tmp_path: Path) -> None:
    articles, [error] = read_all(write(tmp_path, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00" * 50))
    assert articles == [] and "binary" in error.message


def test_windows_1252_text_file_is_read(tmp_path: Path) -> None:
    path = write(tmp_path, "old.txt", "Title\nThe minister\u2019s \u201cred line\u201d.".encode("cp1252"))
    [article], _ = read_all(path)
    assert article.text == "The minister\u2019s \u201cred line\u201d."


def test_discover_recurses_skips_sidecars_and_reports_missing(tmp_path: Path) -> None:
    write(tmp_path, "b.txt", "x")
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub", "a.jsonl", "{}")
    write(tmp_path, "b.meta.json", "{}")
    write(tmp_path, "notes.md", "x")
    found = list(discover([tmp_path, tmp_path / "missing.txt"]))
    assert [p.name for p in found if isinstance(p, Path)] == ["b.txt", "a.jsonl"]
    assert [e.message for e in found if isinstance(e, ReadError)] == ["no such file or folder"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-12-21", date(2021, 12, 21)),
        ("2021-07-28T19:33:34+00:00", date(2021, 7, 28)),
        ("December 21, 2021", date(2021, 12, 21)),
        ("21 Dec 2021", date(2021, 12, 21)),
        ("soon", None),
        ("", None),
    ],
)
def test_parse_published(value: str, expected: date | None) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize(("published", "title", "expected", "origin"), [
    # a briefing of June 2, 2:17 p.m. EDT, stamped in UTC on June 3: the title's day wins
    ("2022-06-03T00:54:00Z", "Department Press Briefing – June 2, 2022", date(2022, 6, 2), "text"),
    ("2022-06-02T18:00:00Z", "Department Press Briefing – June 2, 2022", date(2022, 6, 2), "metadata"),
    # a day given without a time of day, or a title a week away, is the metadata's
    ("2022-06-03", "Department Press Briefing – June 2, 2022", date(2022, 6, 3), "metadata"),
    ("2022-06-10T00:54:00Z", "Press Briefing – June 2, 2022", date(2022, 6, 10), "metadata"),
])
def test_the_title_states_the_day_a_utc_timestamp_misses(
    tmp_path: Path, published: str, title: str, expected: date, origin: str
) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"text": "MR PRICE: Good afternoon.", "title": title, "published": published}) + "\n")
    [article] = list(read_path(path))
    assert (article.published, article.published_from) == (expected, origin)


@pytest.mark.parametrize(("source", "url", "published", "expected"), [
    # a release of 9:10 p.m. in Washington, stamped in UTC on the next day: its "today" is Washington's day
    ("U.S. Department of State", "", "2021-05-21T01:10:41+00:00", date(2021, 5, 20)),
    ("", "https://www.state.gov/a-call/", "2021-05-21T01:10:41Z", date(2021, 5, 20)),
    ("", "https://www.state.gov/a-call/", "2021-05-21T14:00:00+00:00", date(2021, 5, 21)),
    # a Kremlin text of 00:30 in Moscow, stamped the evening before in UTC
    ("", "http://kremlin.ru/events/1", "2022-02-21T21:30:00+00:00", date(2022, 2, 22)),
    # an outlet of no known home, a bare day, or a time without offset: the stamp's own day
    ("Some Blog", "", "2021-05-21T01:10:41+00:00", date(2021, 5, 21)),
    ("U.S. Department of State", "", "2021-05-21", date(2021, 5, 21)),
    ("U.S. Department of State", "", "2021-05-21T01:10:41", date(2021, 5, 21)),
])
def test_an_outlet_s_timestamp_is_read_as_its_home_s_day(
    tmp_path: Path, source: str, url: str, published: str, expected: date
) -> None:
    path = tmp_path / "a.jsonl"
    record = {"text": "The Secretary spoke today with the Foreign Minister.", "title": "A Call", "source": source,
              "url": url, "published": published}
    path.write_text(json.dumps(record) + "\n")
    [article] = list(read_path(path))
    assert article.published == expected
