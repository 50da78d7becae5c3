"""Shares: a file read range by range gives the records, ids, lines and errors of the file read whole."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline import ingest, shares, store
from pipeline.build import build, read_articles
from pipeline.model import ReadError, Share

STORY = "Russian and US diplomats met in Geneva on January 21, 2022. More talks will follow next month."


def jsonl(lines: int) -> str:
    """JSON lines with blank, broken, non-object and duplicate-id lines among good records."""
    rows = [json.dumps({"text": f"{STORY} ({n})", "published": f"2022-01-{n % 28 + 1:02d}"}) for n in range(lines)]
    same = json.dumps({"id": "same", "text": STORY})
    for index, row in {5: "", 9: "{oops", 11: "[1]", 20: same, 21: same, 40: same}.items():
        rows[index:index + 1] = [row] if index < lines else []
    return "\n".join(rows)


def csv_text(rows: int) -> str:
    """A CSV with quoted newlines and quotes in its texts, a blank line, a row with an extra cell and one without text."""
    lines = ["Text,ID,Published"]
    lines += [f'"{STORY}\n\nSaid ""no"", twice. ({n})",c{n},2022-02-{n % 28 + 1:02d}' for n in range(rows)]
    lines[7], lines[12], lines[15] = "", f'"{STORY}",x,2022-01-01,extra', ",empty,2022-01-01"
    return "\n".join(lines)


def json_list(items: int) -> str:
    """A JSON list of articles with brackets, commas, quotes and accents inside its strings, and items not objects."""
    rows: list[object] = [{"text": f'{STORY} "[{n}], {{x}}" Genève', "published": f"2022-03-{n % 28 + 1:02d}"}
                          for n in range(items)]
    for index, item in {2: 1, 3: [2, "]"], 7: "text"}.items():
        rows[index:index + 1] = [item] if index < items else []
    return json.dumps(rows, ensure_ascii=False)


CUT = {  # files that are read in ranges: name -> bytes
    "plain.jsonl": jsonl(60).encode(),
    "bom-crlf.jsonl": ("\ufeff" + jsonl(60).replace("\n", "\r\n") + "\r\n").encode(),
    "cp1252-line.jsonl": jsonl(60).encode() + b'\n{"text": "caf\xe9 talks on January 3, 2022"}\n',
    "plain.csv": (csv_text(50) + "\n").encode(),
    "list.json": json_list(40).encode(),
    "bom-indented.json": ("\ufeff\n" + json.dumps(json.loads(json_list(40)), indent=2, ensure_ascii=False) + "\n").encode(),
    "bom-crlf.csv": ("\ufeff" + csv_text(50).replace("\n", "\r\n")).encode(),
    "unclosed-quote.csv": (csv_text(50) + '\n"never closed,1,2022-01-01\n' + csv_text(20)).encode(),
}
WHOLE = {  # files that only their format's reader reads, whole: name -> bytes
    "lone-cr.csv": (csv_text(50) + "\nfoo\rbar,1,2\n").encode(),
    "cp1252.csv": (csv_text(50) + '\n"caf').encode() + b'\xe9",1,2022-01-01\n',
    "no-text-column.csv": b"id,body\n" + b"1,hello\n" * 40,
    "utf16.jsonl": ("\ufeff" + jsonl(40)).encode("utf-16-le"),
    "short.jsonl": jsonl(4).encode(),  # no more lines than a share holds
    "object.json": json.dumps({"items": [{"text": STORY}] * 40}).encode(),
    "short-list.json": json_list(3).encode(),  # no more items than a share holds
    "trailing-comma.json": json_list(40)[:-1].encode() + b", ]",
    "text-after.json": json_list(40).encode() + b" []",
    "unclosed.json": json_list(40)[:-1].encode(),
    "cp1252-list.json": json_list(40)[:-1].encode() + b', {"text": "caf\xe9 talks on January 3, 2022"}]',
}


@pytest.mark.parametrize("name", sorted(CUT))
def test_a_file_read_range_by_range_gives_what_it_gives_read_whole(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(CUT[name])
    cut = shares.shares_of(path, size=4)
    assert len(cut) > 3 and not any(share.whole for share in cut) and [s.last for s in cut].count(True) == 1
    assert [record for share in cut for record in ingest.read_share(share)] == list(ingest.read_path(path))


@pytest.mark.parametrize("name", sorted(WHOLE))
def test_a_file_that_cannot_be_cut_is_one_share_read_by_its_reader(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(WHOLE[name])
    [share] = shares.shares_of(path, size=4)
    assert share == Share(str(path))
    assert list(ingest.read_share(share)) == list(ingest.read_path(path))


def test_a_task_is_one_range_or_several_small_files_in_input_order(tmp_path: Path) -> None:
    for name in ("a.txt", "b.json", "d.txt", "e.txt"):
        (tmp_path / name).write_text(f"Talks\n{STORY}\n")
    (tmp_path / "c.jsonl").write_text(jsonl(10))
    files = sorted(tmp_path.iterdir())
    tasks = list(shares.plan(files, size=4))
    assert [[Path(s.path).name for s in task] for task in tasks] == [["a.txt", "b.json"], ["c.jsonl"], ["c.jsonl"],
                                                                     ["c.jsonl"], ["d.txt", "e.txt"]]


@pytest.mark.parametrize("workers", [1, 2])
def test_a_build_of_files_cut_into_tasks_makes_ids_unique_in_input_order(tmp_path: Path, workers: int) -> None:
    source = tmp_path / "in"
    source.mkdir()
    for name, data in CUT.items():
        (source / name).write_bytes(data)
    (source / "same.json").write_text(json.dumps({"id": "same", "text": STORY}))
    files = sorted(source.iterdir())
    assert sum(len(task) == 1 and not task[0].whole for task in shares.plan(files)) >= 2 * len(CUT)
    errors: list[ReadError] = []
    expected = [article.article_id for article in read_articles(files, None, errors.append, lambda _: None)]
    summary = build([source], tmp_path / "out", workers=workers)
    assert store.read_table(tmp_path / "out", "articles")["article_id"].tolist() == expected
    assert "same~10" in expected and summary.articles == len(expected)
    written = store.read_table(tmp_path / "out", "errors")
    assert sorted(zip(written["path"], written["stage"], written["message"])) == sorted(
        (error.path, error.stage, error.message) for error in errors
    )
