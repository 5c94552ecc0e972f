"""Batches: every input format, order across worker counts, resume after a killed run,
Parquet tables, timeouts, and Dask against the local engine on a real local cluster."""
import gzip
import os
import datetime
import json
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from vnextract.batch import BatchOptions, run_batch
from vnextract.readers import iter_inputs

from .conftest import CORPUS, ROOT

EXAMPLES = ROOT / "examples"  # the README's example page doubles as the HTML fixture
VNEXTRACT = str(Path(sys.executable).with_name("vnextract"))


@pytest.fixture(scope="module")
def corpus_copy(tmp_path_factory) -> Path:
    """Twelve corpus articles with their metadata, in a directory of their own."""
    d = tmp_path_factory.mktemp("articles")
    for p in sorted(CORPUS.glob("*.txt"))[:12]:
        shutil.copy(p, d / p.name)
        meta = p.with_name(p.name[:-4] + ".meta.json")
        shutil.copy(meta, d / meta.name)
    return d


def _ids(path: Path) -> list[str]:
    return [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines()]


def test_html_page_gives_the_article_only() -> None:
    (rec,) = list(iter_inputs([str(EXAMPLES / "article.html")]))
    assert rec.text.splitlines()[0] == "Đoàn giám sát làm việc với tỉnh Hà Giang"
    for junk in ("Trang chủ", "Chia sẻ", "tracking", "Hotline", "Tin liên quan"):
        assert junk not in rec.text
    assert rec.meta["url"] == "https://example.gov.vn/tin-tuc/doan-giam-sat-lam-viec"
    from vnextract.batch import process

    doc = process(rec)
    assert doc.text == rec.text
    assert [p.name for p in doc.people] == ["Nguyễn Thị Kim Oanh", "Đỗ Thái Hòa"]
    assert sorted(n.value for n in doc.numbers) == [98.0, 19623.0]
    for n in doc.numbers:
        assert doc.text[n.start:n.end] == n.text


def test_html_without_article_is_an_error_record() -> None:
    from vnextract.batch import process

    (rec,) = list(iter_inputs([str(ROOT / "tests" / "robustness" / "fixtures" / "no-article.html")]))
    assert process(rec).error.type == "no_article"


def test_json_list_and_gzipped_jsonl(tmp_path: Path) -> None:
    records = [{"id": f"r{i}", "text": f"Tỷ lệ hộ nghèo giảm còn {i},5%.", "province": "Lai Châu"} for i in range(3)]
    (tmp_path / "a.json").write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    with gzip.open(tmp_path / "b.jsonl.gz", "wt", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps({**r, "id": "g" + r["id"]}, ensure_ascii=False) + "\n")
    out = tmp_path / "out.jsonl"
    summary = run_batch([str(tmp_path)], out)
    assert summary.failed == 0
    docs = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [d["id"] for d in docs] == ["r0", "r1", "r2", "gr0", "gr1", "gr2"]
    assert all(d["province"] == "Lai Châu" for d in docs)
    assert docs[4]["numbers"][0]["value"] == 1.5


def test_same_output_whatever_the_number_of_workers(corpus_copy: Path, tmp_path: Path) -> None:
    outputs = []
    for n in (1, 2, 3):
        out = tmp_path / f"w{n}.jsonl"
        run_batch([str(corpus_copy)], out, options=BatchOptions(workers=n))
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] == outputs[2]
    assert len(outputs[0].splitlines()) == 12


def test_resume_after_a_killed_run(corpus_copy: Path, tmp_path: Path) -> None:
    many = tmp_path / "many"  # long enough (~4 s of work) that the kill lands half-way
    many.mkdir()
    for k in range(20):
        for p in sorted(corpus_copy.glob("*.txt"))[:12]:
            shutil.copy(p, many / f"{k:02d}-{p.name}")
    clean = tmp_path / "clean.jsonl"
    run_batch([str(many)], clean)
    out = tmp_path / "killed.jsonl"
    proc = subprocess.Popen([VNEXTRACT, "extract", str(many), "-o", str(out), "--workers", "1", "-q"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    part = tmp_path / "killed.jsonl.part"  # where a run writes until it completes
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and (not part.exists() or part.read_bytes().count(b"\n") < 4):
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    written = part.read_bytes()
    assert 4 <= written.count(b"\n") < 240, "the run should be killed half-way"
    assert not out.exists()
    with part.open("ab") as fh:
        fh.write(b'{"id": "torn')  # as if killed in the middle of a line
    summary = run_batch([str(many)], out, options=BatchOptions(resume=True))
    assert summary.skipped == written.count(b"\n")
    assert out.read_bytes() == clean.read_bytes()


def test_parquet_tables(corpus_copy: Path, tmp_path: Path) -> None:
    import pandas as pd

    run_batch([str(corpus_copy)], tmp_path / "pq", options=BatchOptions(fmt="parquet"))
    documents = pd.read_parquet(tmp_path / "pq" / "documents.parquet")
    roles = pd.read_parquet(tmp_path / "pq" / "roles.parquet")
    assert len(documents) == 12 and documents["doc_id"].is_unique
    assert set(roles["doc_id"]) <= set(documents["doc_id"])
    for table in ("people", "numbers", "proposals", "dates", "legal_refs", "organizations", "locations"):
        assert (tmp_path / "pq" / f"{table}.parquet").exists()
    assert not list((tmp_path / "pq").glob("*.part"))
    # every entity of the JSON Lines output has its rows, dates are typed
    run_batch([str(corpus_copy)], tmp_path / "all.jsonl")
    lines = [json.loads(x) for x in (tmp_path / "all.jsonl").read_text(encoding="utf-8").splitlines()]
    for table in ("organizations", "locations", "legal_refs"):
        assert len(pd.read_parquet(tmp_path / "pq" / f"{table}.parquet")) == sum(len(x.get(table, [])) for x in lines) > 0
    dated = documents.dropna(subset=["date"])
    assert len(dated) == sum(isinstance(t, str) and len(t) >= 10 for t in documents["date_text"]) > 0
    assert all(isinstance(d, datetime.date) and d.isoformat() == t[:10] for d, t in zip(dated["date"], dated["date_text"]))


def test_doc_timeout_gives_an_error_record(tmp_path: Path) -> None:
    seed = (CORPUS / "hagiang-2023-11-15-giam-sat-chuyen-doi-so.txt").read_text(encoding="utf-8")
    (tmp_path / "long.txt").write_text("\n".join([seed] * 40), encoding="utf-8")
    (tmp_path / "short.txt").write_text("Tỷ lệ đạt 90%.", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    run_batch([str(tmp_path / "long.txt"), str(tmp_path / "short.txt")], out, options=BatchOptions(doc_timeout=0.2))
    long_rec, short_rec = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert long_rec["error"]["type"] == "timeout"
    assert short_rec["numbers"][0]["value"] == 90


def test_strict_exit_status(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    loose = subprocess.run([VNEXTRACT, "extract", str(tmp_path), "-o", str(tmp_path / "o.jsonl"), "-q"])
    strict = subprocess.run([VNEXTRACT, "extract", str(tmp_path), "-o", str(tmp_path / "o.jsonl"), "-q", "--strict"])
    assert (loose.returncode, strict.returncode) == (0, 1)


def test_dask_cluster_gives_the_same_output(corpus_copy: Path, tmp_path: Path) -> None:
    """A real cluster: a scheduler and two worker processes on loopback."""
    from distributed import LocalCluster

    local = tmp_path / "local.jsonl"
    run_batch([str(corpus_copy)], local)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster:
        out = tmp_path / "dask.jsonl"
        run_batch([str(corpus_copy)], out, options=BatchOptions(engine="dask", scheduler=cluster.scheduler_address))
    assert out.read_bytes() == local.read_bytes()


def test_broken_models_file_stops_the_batch_at_once(corpus_copy: Path, tmp_path: Path) -> None:
    models = tmp_path / "models"
    shutil.copytree(ROOT / "models", models)
    (models / "units.yaml").write_text("scales: [not, a, mapping]\n", encoding="utf-8")
    result = subprocess.run([VNEXTRACT, "extract", str(corpus_copy), "-o", str(tmp_path / "o.jsonl"), "--workers", "2"],
                            capture_output=True, text=True, timeout=120,
                            env={**os.environ, "VNEXTRACT_MODELS": str(models)})
    assert result.returncode == 2
    assert "units.yaml" in result.stderr and result.stderr.count("Traceback") == 0
