"""Uploads: only article formats, within limits, written under generated names inside the given folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from dashboard import upload


def test_files_get_generated_names_inside_the_folder(tmp_path: Path) -> None:
    paths = upload.save([("../../etc/passwd.txt", b"Title\nText"), ("Feed.RSS", b"<rss/>")], tmp_path)
    assert [p.name for p in paths] == ["upload-000.txt", "upload-001.rss"]
    assert all(p.parent == tmp_path for p in paths)
    assert paths[0].read_bytes() == b"Title\nText"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["upload-000.txt", "upload-001.rss"]


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ([("run.sh", b"x")], "not an article file"),
        ([("notes", b"x")], "not an article file"),
        ([("big.txt", b"x" * (upload.MAX_FILE_MB * 1024 * 1024 + 1))], "larger than"),
        ([(f"{i}.txt", b"x") for i in range(upload.MAX_FILES + 1)], "at most"),
    ],
)
def test_refuses_what_it_cannot_build(tmp_path: Path, files: list[tuple[str, bytes]], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        upload.save(files, tmp_path)


def test_every_contract_format_is_accepted() -> None:
    assert set(upload.UPLOAD_TYPES) == {"txt", "json", "jsonl", "csv", "html", "htm", "xml", "rss", "atom"}


ARTICLE = (
    b'{"id": "up-1", "title": "Talks in Geneva", "published": "2022-01-05", "source": "Example Wire", '
    b'"text": "The United States and Russia will hold talks in Geneva next week. '
    b'NATO met Ukraine on January 4, 2022."}\n'
)


@pytest.mark.slow
def test_uploads_are_built_into_a_new_build_folder() -> None:
    seen: list[tuple[int, int]] = []
    out, summary = upload.build_uploads(
        [("mine.jsonl", ARTICLE)], progress=lambda done, total: seen.append((done, total))
    )
    try:
        assert summary.articles == 1 and summary.events >= 1
        assert (out / "events.parquet").exists()
        assert seen and seen[-1][0] == seen[-1][1]
        assert not any(path.name == "mine.jsonl" for path in out.rglob("*"))
    finally:
        shutil.rmtree(out)
