"""The evaluation corpora and State Department releases beside the checkout, in ../shared."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def shared(relative: str) -> Path:
    """The path of a file or folder under ../shared: a skip on a developer's machine without it, a failure in CI."""
    path = SHARED / relative
    if not path.exists():
        message = f"{path} is absent: the evaluation corpora and corpora live in ../shared, outside the repository"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path
