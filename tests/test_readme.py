"""Every `sh` and `python` block of the README runs as written (from a scratch copy of the top folder)."""
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"^```(sh|python)\n(.*?)^```", README, flags=re.S | re.M)
BIN = Path(sys.executable).parent


def _commands(body: str) -> list[str]:
    """Shell lines without their trailing comments."""
    return [re.sub(r"\s+#.*$", "", line) for line in body.splitlines() if line.strip() and not line.startswith("#")]


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("readme")
    for name in ("corpus", "examples"):
        (d / name).symlink_to(ROOT / name)
    return d


def test_the_readme_has_runnable_blocks() -> None:
    kinds = [kind for kind, _ in BLOCKS]
    assert kinds.count("sh") >= 4 and kinds.count("python") >= 3


def test_blocks_run_in_order(workdir: Path) -> None:
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}"}
    for kind, body in BLOCKS:
        if kind == "sh":
            for command in _commands(body):
                if command.startswith("make ") or "benchmarks/" in command:
                    continue  # CI runs the Makefile itself; benchmarks are measurements, run by hand
                proc = subprocess.run(command, shell=True, cwd=workdir, env=env, capture_output=True, text=True,
                                      stdin=subprocess.DEVNULL)
                assert proc.returncode == 0, f"{command}\n{proc.stderr[-2000:]}"
        else:
            proc = subprocess.run([sys.executable, "-c", body], cwd=workdir, env=env, capture_output=True, text=True)
            assert proc.returncode == 0, f"{body}\n{proc.stderr[-2000:]}"
