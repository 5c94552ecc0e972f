"""One generated input per fault class seen on real archives: each becomes one error record (or a
warning), the run goes on, nothing else is lost, and whole-run problems exit 2 before any output."""
import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from vnextract.batch import BatchOptions, run_batch
from vnextract.cli import app
from vnextract.readers import iter_inputs
from vnextract.schema import output_line_schema

GOOD = "Chủ tịch UBND tỉnh Nguyễn Văn An đề nghị Quốc hội bố trí 290 tỷ đồng."
VNEXTRACT = str(Path(sys.executable).parent / "vnextract")


def _line(rid: str, text: str = GOOD, **meta: str) -> bytes:
    return json.dumps({"id": rid, "text": text, **meta}, ensure_ascii=False).encode("utf-8") + b"\n"


def _run(tmp_path: Path, *inputs: Path, workers: int = 1) -> list[dict]:
    out = tmp_path / f"out-{workers}.jsonl"
    run_batch([str(p) for p in inputs], out, options=BatchOptions(workers=workers))
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    schema = output_line_schema()
    for rec in lines:
        jsonschema.validate(rec, schema)
    return lines


def test_line_separators_inside_strings_do_not_split_records(tmp_path: Path) -> None:
    f = tmp_path / "seps.jsonl"
    f.write_bytes(_line("a", GOOD + "\u2028" + GOOD) + _line("b", "x\u001cy " + GOOD) + _line("c", "\u0085" + GOOD))
    assert [r["id"] for r in _run(tmp_path, f)] == ["a", "b", "c"]


def test_deep_nesting_is_one_error_record(tmp_path: Path) -> None:
    f = tmp_path / "deep.jsonl"
    f.write_bytes(_line("a") + b"[" * 100_000 + b"]" * 100_000 + b"\n" + _line("c"))
    lines = _run(tmp_path, f)
    assert [r["id"] for r in lines] == ["a", "deep:2", "c"]
    assert "nested too deeply" in lines[1]["error"]["message"]


def test_lone_surrogates_are_replaced_with_a_warning(tmp_path: Path) -> None:
    f = tmp_path / "sur.jsonl"
    f.write_bytes(b'{"id": "s\\ud800", "title": "t\\udfff", "text": "' + GOOD.encode() + b' \\ud83d"}\n' + _line("b"))
    lines = _run(tmp_path, f)
    assert [r["id"] for r in lines] == ["s\ufffd", "b"]
    assert lines[0]["people"] and any(w.startswith("lone_surrogates") for w in lines[0]["warnings"])


def test_a_file_name_that_is_not_utf8(tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(GOOD, encoding="utf-8")
    with open(os.path.join(os.fsencode(d), b"b\xff.txt"), "wb") as fh:
        fh.write(GOOD.encode("utf-8"))
    lines = _run(tmp_path, d)
    assert [r["id"] for r in lines] == ["a", "b\ufffd"] and all(r["people"] for r in lines)


def test_corrupt_gzip_keeps_the_records_before_it(tmp_path: Path) -> None:
    body = b"".join(_line(f"r{k}") for k in range(50))
    packed = bytearray(gzip.compress(body))
    packed[len(packed) // 2] ^= 0xFF  # a flipped byte in the deflate stream
    bad = tmp_path / "a-bad.jsonl.gz"
    bad.write_bytes(bytes(packed))
    after = tmp_path / "b-after.jsonl"
    after.write_bytes(_line("after"))
    lines = _run(tmp_path, bad, after)
    errors = [r for r in lines if "error" in r]
    assert len(errors) == 1 and errors[0]["id"] == "a-bad"
    assert lines[-1]["id"] == "after" and "error" not in lines[-1]


def test_a_sidecar_of_the_wrong_shape_is_ignored_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text('["not", "an", "object"]', encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.meta.json").write_text('{"province": 5, "url": "https://example.org/b"}', encoding="utf-8")
    a, b = _run(tmp_path, tmp_path / "a.txt", tmp_path / "b.txt")
    assert a["people"] and any(w.startswith("sidecar_ignored") for w in a["warnings"])
    assert b["source"]["url"] == "https://example.org/b" and any("province" in w for w in b["warnings"])


def test_one_stray_byte_keeps_utf8(tmp_path: Path) -> None:
    text = (GOOD + " ") * 20
    raw = text.encode("utf-8")
    f = tmp_path / "stray.txt"
    f.write_bytes(raw[:100] + b"\xff" + raw[100:])
    g = tmp_path / "stray.jsonl"
    g.write_bytes(_line("x", text)[:60] + b"\xff" + _line("x", text)[60:])
    for doc in _run(tmp_path, f, g):
        assert doc["source"]["encoding"] == "utf-8" or doc["source"]["encoding"] is None
        assert doc["people"] and any(w.startswith("invalid_utf8") for w in doc["warnings"])


def test_special_files_are_not_read(tmp_path: Path) -> None:
    (rec,) = list(iter_inputs(["/dev/zero"]))
    assert rec.error is not None and "not a regular file" in rec.error.message


def test_an_over_long_line_is_skipped_in_bounded_memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import vnextract.readers as readers

    monkeypatch.setattr(readers, "MAX_DOCUMENT_BYTES", 1 << 16)
    f = tmp_path / "bomb.jsonl.gz"
    f.write_bytes(gzip.compress(_line("a") + b"\x00" * (1 << 22) + b"\n" + _line("c")))  # 4 MiB of NUL, 4 KiB packed
    recs = list(iter_inputs([str(f)]))
    assert [(r.id, r.error.type if r.error else None) for r in recs] == [("a", None), ("bomb:2", "too_long"),
                                                                         ("c", None)]


def test_a_huge_number_is_not_a_figure(tmp_path: Path) -> None:
    f = tmp_path / "n.jsonl"
    f.write_bytes(_line("n", "Tỉnh thu ngân sách đạt " + "9" * 400 + " tỷ đồng, đạt 90%."))
    (doc,) = _run(tmp_path, f)
    assert [n["value"] for n in doc["numbers"]] == [90.0]


def test_results_do_not_depend_on_workers(tmp_path: Path) -> None:
    f = tmp_path / "mix.jsonl"
    f.write_bytes(_line("a") + b"{broken\n" + b"[" * 50_000 + b"\n" + _line("d", "") + _line("e"))
    one, two = _run(tmp_path, f, workers=1), _run(tmp_path, f, workers=2)
    assert one == two and len(one) == 5


def test_undecodable_stdin_does_not_crash() -> None:
    proc = subprocess.run([VNEXTRACT, "extract", "-"], input=_line("a") + b'{"id": "b", "text": "\xff\xfe"}\n',
                          capture_output=True)
    assert proc.returncode == 0, proc.stderr
    assert [json.loads(x)["id"] for x in proc.stdout.splitlines()] == ["a", "b"]


def test_a_full_disk_is_a_clean_exit_2(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    proc = subprocess.run([VNEXTRACT, "extract", str(tmp_path / "a.txt"), "--workers", "1"],
                          stdout=open("/dev/full", "w"), stderr=subprocess.PIPE, text=True)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr and "cannot write" in proc.stderr


def test_a_second_writer_is_refused_and_the_first_output_survives(tmp_path: Path) -> None:
    from vnextract.writers import OutputLock

    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text("previous\n", encoding="utf-8")
    lock = OutputLock(out)
    try:
        result = CliRunner().invoke(app, ["extract", str(tmp_path / "a.txt"), "-o", str(out)])
        assert result.exit_code == 2 and "another run" in result.output
    finally:
        lock.release()
    assert out.read_text(encoding="utf-8") == "previous\n"


def test_an_interrupted_parquet_run_keeps_the_complete_tables(tmp_path: Path) -> None:
    import pandas as pd

    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD, encoding="utf-8")
    pq = tmp_path / "pq"
    run_batch([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], pq, options=BatchOptions(fmt="parquet"))

    def interrupt(line: str) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_batch([str(tmp_path / "a.txt")], pq, options=BatchOptions(fmt="parquet"), on_result=interrupt)
    assert len(pd.read_parquet(pq / "documents.parquet")) == 2
    assert not list(pq.glob("*.part"))


def test_resume_replaces_stale_lines_and_skips_undecodable_ones(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_bytes(b'{"schema_version": "2.0", "id": "a", "error": {"type": "timeout", "message": "slow"}}\n'
                    b"\xff\xfe not a line\n")
    summary = run_batch([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], out, options=BatchOptions(resume=True))
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["id"], "error" in r) for r in lines] == [("a", False), ("b", False)] and summary.skipped == 0


def _children(pid: int) -> list[int]:
    out = []
    for task in os.listdir(f"/proc/{pid}/task"):
        with open(f"/proc/{pid}/task/{task}/children", encoding="utf-8") as fh:
            out += [int(c) for c in fh.read().split()]
    return out


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/status", encoding="utf-8") as fh:
            return "\nState:\tZ" not in fh.read()
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
def test_pool_workers_exit_when_the_parent_is_killed(tmp_path: Path) -> None:
    import signal
    import time

    f = tmp_path / "many.jsonl"
    f.write_bytes(b"".join(_line(f"r{k}", GOOD * 40) for k in range(400)))
    proc = subprocess.Popen([VNEXTRACT, "extract", str(f), "-o", str(tmp_path / "o.jsonl"), "--workers", "2", "-q"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    workers: list[int] = []
    while time.monotonic() < deadline and len(workers) < 2:
        time.sleep(0.2)
        workers = [c for c in _children(proc.pid) if "spawn_main" in Path(f"/proc/{c}/cmdline").read_text(
            errors="replace")] if _alive(proc.pid) else []
    assert len(workers) == 2, "the pool should have started"
    time.sleep(1.0)  # past the workers' initializer
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and any(_alive(w) for w in workers):
        time.sleep(0.2)
    assert not any(_alive(w) for w in workers)


@pytest.mark.parametrize("content", [b"{broken\n", b"[1, 2]\n", b'{"no_id": 1}\n', b"\xff\xfe\n", b"[" * 100_000 + b"\n"],
                         ids=["bad-json", "not-an-object", "no-id", "undecodable", "deep"])
@pytest.mark.parametrize("command", ["evaluate", "compare"])
def test_malformed_extraction_lines_exit_2(tmp_path: Path, command: str, content: bytes) -> None:
    pred = tmp_path / "pred.jsonl"
    pred.write_bytes(b'{"schema_version": "2.0", "id": "a", "error": {"type": "x", "message": "y"}}\n' + content)
    args = ["evaluate", str(Path(__file__).resolve().parents[2] / "corpus"), "--pred", str(pred)] \
        if command == "evaluate" else ["compare", str(pred)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2, result.output
    assert "pred.jsonl:2" in result.output


def test_an_unreachable_scheduler_exits_2_and_keeps_the_output(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text("previous\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "a.txt"), "-o", str(out), "--engine", "dask",
                                      "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 2 and "cannot reach the Dask scheduler" in result.output
    assert out.read_text(encoding="utf-8") == "previous\n"


def test_the_local_dask_cluster_speaks_tls_only() -> None:
    from vnextract.batch import BatchOptions, connect

    client, cluster = connect(BatchOptions(engine="dask", workers=1))
    try:
        assert cluster.scheduler_address.startswith("tls://")
        assert client.scheduler_info()["address"].startswith("tls://")
    finally:
        client.close()
        cluster.close()
