"""Bad inputs: each one is read, read with a warning, or an errors row, and never costs a good record."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
import regex

from pipeline import decoding, ingest, limits, store
from pipeline.analysis import analyse
from pipeline.build import build, read_articles
from pipeline.model import Article, ReadError

ROOT = Path(__file__).resolve().parents[1]
STORY = "Russian Foreign Minister Sergei Lavrov met Secretary of State Antony Blinken in Geneva on January 21, 2022."
UNDATED = "The envoys met in Geneva to discuss the security talks and agreed to meet again."
BIG_BYTES = 50 * 2**20


@dataclass(frozen=True)
class Bad:
    """A bad input file and what reading it must give."""

    name: str
    content: bytes | Callable[[], bytes]
    articles: int  # articles read from it
    errors: tuple[str, ...] = ()  # words of each errors row's message, in order
    text: str | None = None  # the first article's exact text, when decoding is what is tested

    def data(self) -> bytes:
        """The file's bytes (big ones made only when needed)."""
        return self.content() if callable(self.content) else self.content


def lines(*records: object) -> bytes:
    """JSON lines, strings kept as written."""
    return "\n".join(r if isinstance(r, str) else json.dumps(r) for r in records).encode()


def rss(*items: str) -> bytes:
    """An RSS feed of the given <item> bodies."""
    body = "".join(f"<item>{item}</item>" for item in items)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{body}</channel></rss>'.encode()


def huge_single_line() -> bytes:
    """A 50 MB text file without a line break."""
    return ("Talks " * (BIG_BYTES // 6)).encode()


def billion_laughs() -> bytes:
    """A feed whose entities would expand to gigabytes if a parser followed them."""
    entities = "".join(f'<!ENTITY l{n} "{f"&l{n - 1};" * 10}">' for n in range(1, 10))
    return (f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY l0 "lol">{entities}]>'
            f'<rss version="2.0"><channel><item><description>{STORY} &l9;</description></item></channel></rss>').encode()


CONTROLS = f"{UNDATED} The \u202eenvoy\u202c said \u200fno\u200e\x07 in \x1b[31mred\x1b[0m. {UNDATED}"
IMPOSSIBLE_DATES = ("February 30, 2021", "in the year 99999", "31/31/2021", "0000-00-00", "9999-12-31", "yesterday")
DATE_WARNING = "is not a date from 1800 to 2199; ignored, the article is kept"

BAD = [
    Bad("empty.txt", b"", 0, ("empty file",)),
    Bad("whitespace.txt", b" \n\t\r\n \x0c", 0, ("empty file",)),
    Bad("picture.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 40, 0, ("not a text file",)),
    Bad("random.json", random.Random(7).randbytes(4096), 0, ("not a text file",)),
    Bad("utf16-garbage.txt", b"\xff\xfe" + bytes(range(256)) * 4, 0, ("not a text file",)),
    Bad("truncated.txt", "Talks\nCaf\u00e9 talks in Gen\u00e8ve \u20ac".encode()[:-1], 1, text="Caf\u00e9 talks in Gen\u00e8ve "),
    Bad("cp1252.txt", "Talks\nThe minister\u2019s \u201cred line\u201d \u2013 \u20ac5bn".encode("cp1252"), 1,
        text="The minister\u2019s \u201cred line\u201d \u2013 \u20ac5bn"),
    Bad("latin1.txt", "Talks\nD\u00e9clar\u00e9 \u00e0 Gen\u00e8ve \u00bd".encode("latin-1"), 1,
        text="D\u00e9clar\u00e9 \u00e0 Gen\u00e8ve \u00bd"),
    Bad("utf16.txt", f"Talks\n{STORY} \u041c\u043e\u0441\u043a\u0432\u0430".encode("utf-16"), 1,
        text=f"{STORY} \u041c\u043e\u0441\u043a\u0432\u0430"),
    Bad("huge-line.txt", huge_single_line, 0, ("text longer than 2,000,000 characters",)),
    Bad("deep.json", b"[" * 100_000 + b"]" * 100_000, 0, ("nested too deeply",)),
    Bad("broken.json", b'{"text": "talks",\n "title": }', 0, ("broken JSON at line 2, column 11",)),
    Bad("long-number.json", b'{"text": "talks", "n": ' + b"9" * 5000 + b"}", 0, ("number too long",)),
    Bad("junk-list.json", json.dumps([{"text": STORY}, 7, {"title": "no text"}, {"text": ["a"]}]).encode(), 1,
        ("record 2: not a JSON object", "junk-list-3: no text", "junk-list-4: no text")),
    Bad("bad-lines.jsonl", lines({"text": STORY}, "{oops", "[1]", '{"a":' * 50_000, "", {"text": STORY}, {"id": 3}), 2,
        ("broken JSON at column 2", "not a JSON object", "nested too deeply", "no text")),
    Bad("ragged.csv", b'id,text,title\nr1\nr2,"talks",t\nr3,"extra cells",t,x,y\nr4,"quoted\nnewline",t\nr5,"unclosed\n', 4,
        ("ragged-1: no text",)),
    Bad("stray-nul.csv", b"text\nfirst story\nsecond\x00story\n", 2),
    Bad("no-text-column.csv", b"id,body\n1,talks\n", 0, ("no 'text' column",)),
    Bad("no-article.html", b"<html><body><nav>Home | World</nav><p>Cookie settings</p></body></html>", 0,
        ("no article text found",)),
    Bad("binary.html", b"\x00\x01\x02\x03" * 500, 0, ("not a text file",)),
    Bad("broken-items.rss", rss(f"<description>{STORY}</description>", "<title>empty</title>",
                                "<description>&lt;!-- only a comment --&gt;</description>",
                                f"<description>{STORY}</description><pubDate>0000-00-00</pubDate>",
                                f"<description>{STORY}</description><pubDate>Fri, 31 Dec 99999 10:00:00 GMT</pubDate>"),
        3, ("no text", "no text", DATE_WARNING, DATE_WARNING)),
    Bad("cut-off.atom", b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry><id>1</id>'
        b'<content>' + STORY.encode() + b"</content></entry><entry><id>2</id><content>half", 1, ("cut-off-2: no text",)),
    Bad("not-a-feed.xml", b"<?xml version='1.0'?><root><a>1</a></root>", 0, ("not an RSS/Atom feed",)),
    Bad("external-entity.rss", b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b'<rss version="2.0"><channel><item><description>Talks &x; end</description></item></channel></rss>', 1,
        text="Talks  end"),
    Bad("billion-laughs.rss", billion_laughs, 1),
    Bad("meta-dates.jsonl", lines(*({"text": UNDATED, "published": d} for d in IMPOSSIBLE_DATES)), 6,
        (DATE_WARNING,) * 6),
    Bad("text-dates.txt", b"Talks\nVIENNA, February 30, 2021 - Talks in the year 99999, on 31/31/2021 and 0000-00-00 "
        b"recalled the 1990s.", 1),
    Bad("long-sentence.txt", b"Talks\n" + b"and the envoys talked " * 80_000 + b"for days.", 1),
    Bad("too-long.jsonl", lines({"text": "x" * (ingest.MAX_ARTICLE_CHARS + 1)}, {"text": STORY}), 1,
        ("too-long-1: text longer than 2,000,000 characters",)),
    Bad("controls.txt", f"Talks\n{CONTROLS}".encode(), 1, text=CONTROLS),
]


def records(path: Path) -> tuple[list[Article], list[ReadError]]:
    """Articles and errors rows of one file."""
    found = list(ingest.read_path(path))
    return [r for r in found if isinstance(r, Article)], [r for r in found if isinstance(r, ReadError)]


@pytest.mark.parametrize("bad", BAD, ids=[bad.name for bad in BAD])
def test_bad_input_outcome(tmp_path: Path, bad: Bad) -> None:
    path = tmp_path / bad.name
    path.write_bytes(bad.data())
    articles, errors = records(path)
    assert len(articles) == bad.articles
    assert len(errors) == len(bad.errors), [e.message for e in errors]
    for error, words in zip(errors, bad.errors):
        assert words in error.message and error.path.startswith(str(path)) and error.stage == "ingest"
        assert not error.message.startswith(ingest.UNEXPECTED)
    if bad.text is not None:
        assert articles[0].text == bad.text


def test_impossible_dates_leave_the_publication_date_unknown(tmp_path: Path) -> None:
    for bad in (b for b in BAD if b.name in ("meta-dates.jsonl", "text-dates.txt")):
        (tmp_path / bad.name).write_bytes(bad.data())
        articles, _ = records(tmp_path / bad.name)
        assert {(a.published, a.published_from) for a in articles} == {(None, "unknown")}


def test_billion_laughs_is_not_expanded(tmp_path: Path) -> None:
    path = tmp_path / "laughs.rss"
    path.write_bytes(billion_laughs())
    [article], _ = records(path)
    assert len(article.text) < 1000 and "lollol" not in article.text


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("https://example.org/a?b=1", True),
        ("http://example.org", True),
        ("example.org/a", True),
        ("javascript:alert(document.cookie)", False),
        ("  JavaScript:alert(1)", False),
        ("data:text/html,<script>alert(1)</script>", False),
        ("file:///etc/passwd", False),
        ("http://[::1", False),
    ],
)
def test_only_web_links_are_kept_as_article_urls(tmp_path: Path, url: str, kept: bool) -> None:
    path = tmp_path / "links.jsonl"
    path.write_bytes(lines({"text": STORY, "url": url}))
    [article], _ = records(path)
    assert article.url == (url.strip() if kept else "")


def good_files(root: Path) -> set[str]:
    """Write good articles in every format; return their ids."""
    (root / "good.txt").write_text(f"Geneva talks\n{STORY}\n")
    (root / "good.txt.meta.json").write_text('{"published": "2022-01-21"}')
    (root / "good.jsonl").write_text(json.dumps({"id": "good-jsonl", "text": STORY}))
    (root / "good.csv").write_text(f'id,text\ngood-csv,"{STORY}"\n')
    (root / "good.rss").write_bytes(rss(f"<guid>good-rss</guid><description>{STORY}</description>"))
    return {"good", "good-jsonl", "good-csv", "good-rss"}


def corpus(root: Path) -> set[str]:
    """Every bad input and the good files in one folder; returns the good ids."""
    root.mkdir()
    for bad in BAD:
        (root / bad.name).write_bytes(bad.data())
    return good_files(root)


def test_reading_the_whole_corpus_keeps_every_good_record(tmp_path: Path) -> None:
    good = corpus(tmp_path / "in")
    errors: list[ReadError] = []
    files = [p for p in ingest.discover([tmp_path / "in"]) if isinstance(p, Path)]
    articles = list(read_articles(files, None, errors.append, lambda _: None))
    assert good <= {a.article_id for a in articles}
    assert len(articles) == sum(b.articles for b in BAD) + len(good)
    assert len(errors) == sum(len(b.errors) for b in BAD)


@pytest.mark.slow
def test_build_of_the_whole_corpus_keeps_every_good_record(tmp_path: Path) -> None:
    good = corpus(tmp_path / "in")
    summary = build([tmp_path / "in"], tmp_path / "out", published=date(2022, 1, 21))
    articles = store.read_table(tmp_path / "out", "articles")
    assert good <= set(articles["article_id"])
    assert summary.articles == len(articles) == sum(b.articles for b in BAD) + len(good)
    errors = store.read_table(tmp_path / "out", "errors")
    assert (errors["stage"] == "ingest").sum() == sum(len(b.errors) for b in BAD)
    events = store.read_table(tmp_path / "out", "events")
    assert good <= {source for sources in events["sources"] for source in sources}  # events merged across articles


# --- limits ------------------------------------------------------------------------------------------


def test_file_over_the_size_limit_is_refused_unread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(decoding, "MAX_FILE_BYTES", 2**20)
    path = tmp_path / "big.jsonl"
    path.write_bytes(lines({"text": STORY}) * (2**20 // len(STORY)))
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail(f"{self} was read"))
    articles, [error] = records(path)
    assert articles == [] and error.path == str(path) and error.message == "file is larger than the 1 MB limit"


def test_sidecar_over_the_size_limit_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(decoding, "MAX_FILE_BYTES", 1000)
    (tmp_path / "a.txt").write_text(f"Talks\n{STORY}")
    (tmp_path / "a.txt.meta.json").write_text(json.dumps({"title": "x" * 2000}))
    articles, [error] = records(tmp_path / "a.txt")
    assert articles == [] and error.path.endswith("a.txt") and "limit" in error.message


def test_article_at_the_length_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "edge.jsonl"
    path.write_bytes(lines({"text": "x" * ingest.MAX_ARTICLE_CHARS}))
    [article], errors = records(path)
    assert errors == [] and len(article.text) == ingest.MAX_ARTICLE_CHARS


# Runs of the tokens the stages' patterns look for: where backtracking or pairwise work would show.
ADVERSARIAL = ["2021 ", "1 ", "12-", "1990s ", "Monday, ", "January ", "U.S. ", "Putin ", "( ", '"', "A. "]


@pytest.mark.slow
@pytest.mark.parametrize("unit", ADVERSARIAL)
def test_stages_do_not_blow_up_on_long_adversarial_runs(unit: str) -> None:
    def seconds(length: int) -> float:
        article = Article("a", "a.txt", "", (unit * length)[:length], date(2021, 12, 21), "option")
        started = time.perf_counter()
        rows = analyse(article)
        assert "errors" not in rows, rows.get("errors")
        return time.perf_counter() - started

    seconds(100)  # loads the stages' resources
    small, large = seconds(2_000), seconds(16_000)
    assert large < 10 * 8 * max(small, 0.05)  # 8 times the text: a hang guard, not a speed test


CATASTROPHIC = regex.compile(r"(a|aa)+c")  # exponential backtracking on a run of a's without a c


def spin() -> None:
    """Loop for ever."""
    while True:
        pass


@pytest.mark.parametrize(
    "work", [lambda: CATASTROPHIC.search("a" * 60), spin], ids=["backtracking-regex", "endless-loop"]
)
def test_time_budget_stops_runaway_work(work: Callable[[], object]) -> None:
    started = time.monotonic()
    with pytest.raises(limits.BudgetExceeded, match="0.2 s"), limits.time_budget(0.2):
        work()
    assert time.monotonic() - started < 2.0  # 10x the budget: stopped, not run to the end


def test_time_budget_is_a_timeout_and_leaves_nothing_armed() -> None:
    handler = signal.getsignal(signal.SIGALRM)
    with limits.time_budget(0.5):
        total = sum(range(1000))
    assert total == 499500 and issubclass(limits.BudgetExceeded, TimeoutError)
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0) and signal.getsignal(signal.SIGALRM) is handler


def test_time_budget_off_the_main_thread_stops_runaway_work_too() -> None:
    # A Dask worker and the dashboard run the analysis off the main thread, where no signal arrives.
    outcome: list[str] = []

    def work() -> None:
        try:
            with limits.time_budget(0.2):
                spin()
        except limits.BudgetExceeded as error:
            outcome.append(str(error))

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(timeout=10)
    assert outcome == ["over the time budget of 0.2 s"]


def test_time_budget_off_the_main_thread_lets_work_within_it_finish() -> None:
    finished: list[bool] = []

    def work() -> None:
        with limits.time_budget(0.3):
            time.sleep(0.05)
        time.sleep(0.5)  # past the budget, outside the block
        finished.append(True)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(timeout=10)
    assert finished == [True]


# --- crash safety -------------------------------------------------------------------------------------

# Runs a build that kills itself with SIGKILL just before it replaces the output file named first on its command line.
KILLED_BUILD = """
import os, signal, sys
from pipeline.cli import main
replace, victim = os.replace, sys.argv[1]
def replace_or_die(source, target):
    if os.path.basename(target) == victim and os.path.basename(os.path.dirname(target)) == "out":
        os.kill(os.getpid(), signal.SIGKILL)
    replace(source, target)
os.replace = replace_or_die
main(sys.argv[2:])
"""
OUTPUTS = [f"{table}.parquet" for table in store.SCHEMAS] + ["events.csv"]


@pytest.mark.slow
@pytest.mark.parametrize("victim", OUTPUTS)
def test_kill_while_writing_leaves_each_table_old_or_new(tmp_path: Path, victim: str) -> None:
    old, new, out = tmp_path / "old.jsonl", tmp_path / "new.jsonl", tmp_path / "out"
    old.write_text(json.dumps({"id": "old", "text": STORY, "published": "2022-01-21"}))
    new.write_text("\n".join(json.dumps({"id": f"new{n}", "text": STORY, "published": "2022-02-01"}) for n in range(3)))
    build([new], tmp_path / "expected")
    build([old], out)
    before = {name: (out / name).read_bytes() for name in OUTPUTS}
    arguments = [victim, "build", str(new), "--out", str(out), "--workers", "1"]
    killed = subprocess.run([sys.executable, "-c", KILLED_BUILD, *arguments], cwd=ROOT, capture_output=True, timeout=300)
    assert killed.returncode == -signal.SIGKILL, killed.stderr.decode()
    assert (out / victim).read_bytes() == before[victim]
    for name in OUTPUTS:  # whole files only: each the previous build's or the new one's
        assert (out / name).read_bytes() in (before[name], (tmp_path / "expected" / name).read_bytes()), name
    build([new], out)
    assert not [p.name for p in out.rglob(".*")], "a killed build left files behind"
    for table in store.SCHEMAS:
        assert store.read_table(out, table).equals(store.read_table(tmp_path / "expected", table)), table
