"""Upload: article files dropped into the dashboard, saved under generated names and built by the pipeline."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path, PurePath

from pipeline.build import Summary, build
from pipeline.ingest import ARTICLE_SUFFIXES

MAX_FILE_MB = 20
MAX_FILES = 50
UPLOAD_TYPES = sorted(suffix.lstrip(".") for suffix in ARTICLE_SUFFIXES)


def checked_suffix(name: str) -> str:
    """The file's lower-cased suffix if it is an article format; ValueError otherwise."""
    suffix = PurePath(name).suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        raise ValueError(f"{name!r} is not an article file ({', '.join(UPLOAD_TYPES)})")
    return suffix


def save(files: list[tuple[str, bytes]], folder: Path) -> list[Path]:
    """Write each (name, bytes) into `folder` as upload-NNN.<suffix>: the user's name never becomes a path."""
    if len(files) > MAX_FILES:
        raise ValueError(f"at most {MAX_FILES} files at a time")
    paths = []
    for number, (name, content) in enumerate(files):
        suffix = checked_suffix(name)
        if len(content) > MAX_FILE_MB * 1024 * 1024:
            raise ValueError(f"{name!r} is larger than {MAX_FILE_MB} MB")
        path = folder / f"upload-{number:03d}{suffix}"
        path.write_bytes(content)
        paths.append(path)
    return paths


def build_uploads(
    files: list[tuple[str, bytes]], progress: Callable[[int, int], None] | None = None
) -> tuple[Path, Summary]:
    """Build the uploaded files into a new temporary build folder; the saved inputs are removed afterwards."""
    out = Path(tempfile.mkdtemp(prefix="timeline-upload-"))
    with tempfile.TemporaryDirectory(prefix="timeline-inputs-") as inputs:
        summary = build(save(files, Path(inputs)), out, progress=progress)
    return out, summary
