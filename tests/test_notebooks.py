"""Notebooks run top to bottom with the project's kernel and are committed without outputs."""
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from .conftest import CORPUS, ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def test_there_is_a_notebook() -> None:
    assert NOTEBOOKS


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs(path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    nb = nbformat.read(path, as_version=4)
    assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code"), "commit notebooks without outputs"
    # Started from an unrelated directory, the notebook finds the articles through $VNEXTRACT_CORPUS.
    monkeypatch.setenv("VNEXTRACT_CORPUS", str(CORPUS))
    NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}).execute()
    assert not list(tmp_path.iterdir())  # and writes nothing where it runs
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    html = "".join(str(o.get("data", {}).get("text/html", "")) for o in outputs)
    if path.name == "compare_provinces.ipynb":
        assert "displacy" in html or "entities" in html  # the highlighted article
        assert any("image/png" in o.get("data", {}) for o in outputs)  # the bar chart
    elif path.name == "whos_who.ipynb":
        assert "class='tl'" in html  # one official's posts as a timeline
        assert "Bí thư Thành ủy thành phố Hồ Chí Minh" in html  # a canonical post
    else:
        pytest.fail(f"say what {path.name} must show")
