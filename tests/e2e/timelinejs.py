"""TimelineJS itself (Knight Lab's library, from npm) in the test browser, to load an exported timeline."""

from __future__ import annotations

import os
import shutil
import subprocess
import tarfile
from pathlib import Path

import pytest

PACKAGE = "@knight-lab/timelinejs@3.9.11"  # pinned: the version the export was checked against
PAGE = """<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="css/timeline.css">
<script src="js/timeline.js"></script></head><body><div id="timeline" style="width: 1200px; height: 650px"></div>
</body></html>"""


def unavailable(message: str) -> None:
    """No npm or no registry: a skip on a developer's machine, a failure in CI."""
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def timelinejs_page(cache: Path) -> Path:
    """A page that loads TimelineJS's built library, unpacked once from its npm package into `cache`."""
    page = cache / "package" / "dist" / "index.html"
    if page.exists():
        return page
    npm = shutil.which("npm")
    if not npm:
        unavailable("npm is absent: the TimelineJS test loads the library from its npm package")
    packed = subprocess.run([npm, "pack", PACKAGE, "--pack-destination", str(cache), "--silent"],
                            capture_output=True, text=True, timeout=300)
    if packed.returncode:
        unavailable(f"npm pack {PACKAGE} failed: {packed.stderr.strip()[-500:]}")
    archive = cache / packed.stdout.strip().splitlines()[-1]
    with tarfile.open(archive) as bundle:
        bundle.extractall(cache, members=[member for member in bundle.getmembers()
                                          if member.name.startswith("package/dist/")], filter="data")
    page.write_text(PAGE, encoding="utf-8")
    return page


LOAD = """async (data) => {
    const container = document.getElementById("timeline");
    container.innerHTML = "";
    const timeline = new TL.Timeline("timeline", data);
    const settled = () => timeline.ready || (timeline.config && !timeline.config.isValid());
    for (let waited = 0; !settled() && waited < 20000; waited += 50) {  // it reads its locale before its data
        await new Promise((done) => setTimeout(done, 50));
    }
    if (!timeline.config) return {ready: false, errors: ["no configuration"], events: [], slides: 0, markers: 0,
                                  message: container.innerText};
    return {ready: timeline.ready, errors: timeline.config.getErrors().map(String),
            events: timeline.config.events.map((slide) => ({
                id: slide.unique_id, group: slide.group || "", year: slide.start_date.data.year,
                month: slide.start_date.data.month, day: slide.start_date.data.day,
                end: slide.end_date ? slide.end_date.data.year + "-" + slide.end_date.data.month : null})),
            slides: container.querySelectorAll(".tl-slide").length,
            markers: container.querySelectorAll(".tl-timemarker").length,
            message: (container.querySelector(".tl-message-content") || {}).innerText || ""};
}"""
