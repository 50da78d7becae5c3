"""Staging: tables written batch by batch in a hidden folder of the output, then moved into place whole."""

from __future__ import annotations

import os
import shutil
from collections import Counter
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline import store

PREFIX = ".staging-"
TABLES = ("articles", "mentions", "errors")  # staged as they come; events and their actors go by month


class Staging:
    """Tables written batch by batch in a hidden folder of the output, moved into place at the end."""

    BATCH_ROWS = 20_000  # rows held per table before they go to disk: converting tiny batches is slow

    def __init__(self, out: Path) -> None:
        out.mkdir(parents=True, exist_ok=True)
        for stale in out.glob(f"{PREFIX}*"):  # left by a build that was killed
            shutil.rmtree(stale, ignore_errors=True)
        self.folder = out / f"{PREFIX}{os.getpid()}"
        self.folder.mkdir()
        self.buffers: dict[str, list[list[dict] | pa.Table]] = {}  # rows made in this process, tables from workers
        self.counts: Counter[str] = Counter()  # rows buffered, by table
        self.writers: dict[str, pq.ParquetWriter] = {}

    def append(self, table: str, rows: list[dict] | pa.Table) -> None:
        """Add rows to a staged table: dicts, or an Arrow table of its schema."""
        if not len(rows):
            return
        buffer = self.buffers.setdefault(table, [])
        if isinstance(rows, pa.Table):
            buffer.append(rows)
        elif buffer and isinstance(buffer[-1], list):
            buffer[-1].extend(rows)
        else:
            buffer.append(list(rows))
        self.counts[table] += len(rows)
        if self.counts[table] >= self.BATCH_ROWS:
            self._flush(table)

    def _flush(self, table: str) -> None:
        """Write a table's buffered rows to its staged file."""
        buffer = self.buffers.pop(table, [])
        if not self.counts.pop(table, 0):
            return
        schema = store.schema_of(table)
        if table not in self.writers:
            self.writers[table] = pq.ParquetWriter(self.folder / f"{table}.parquet", schema)
        parts = [part if isinstance(part, pa.Table) else pa.Table.from_pylist(part, schema=schema) for part in buffer]
        self.writers[table].write_table(pa.concat_tables(parts))

    def finish(self, table: str, target: Path) -> None:
        """Close a staged table's file and move it to `target`, or write it empty when nothing was staged."""
        self._flush(table)
        writer = self.writers.pop(table, None)
        if writer is None:
            pq.write_table(store.schema_of(table).empty_table(), target)
            return
        writer.close()
        os.replace(self.folder / f"{table}.parquet", target)

    def discard(self) -> None:
        """Remove everything staged."""
        for writer in self.writers.values():
            writer.close()
        self.writers.clear()
        shutil.rmtree(self.folder, ignore_errors=True)


def install(ready: Path, out: Path, names: list[str]) -> None:
    """Move finished files from `ready` into `out`, each by one rename, in the order given."""
    # A rename replaces a file whole: readers find the old table or the new one, never half of one.
    for name in names:
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        os.replace(ready / name, out / name)
        if (folder := out / name.removesuffix(".parquet")).is_dir():  # a partitioned copy of an older build
            shutil.rmtree(folder, ignore_errors=True)
