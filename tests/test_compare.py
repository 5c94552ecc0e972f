"""Province comparison: aligned indicators, tables, reports; the HTML report rendered in headless Chromium."""
import shutil
import subprocess
from pathlib import Path

import pytest

from vnextract.batch import run_batch
from vnextract.compare import compare, format_value, write_report
from vnextract.frames import load_frames

from .conftest import CORPUS

ARTICLES = ["hagiang-2023-11-15-giam-sat-chuyen-doi-so", "quochoi-2023-11-dienbien-giam-sat-cds",
            "dienbien-gov-2023-11-giam-sat-cds", "baobackan-2023-07-thu-tuong-lam-viec"]


@pytest.fixture(scope="module")
def extractions(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("cmp")
    for name in ARTICLES:
        for suffix in (".txt", ".meta.json"):
            shutil.copy(CORPUS / f"{name}{suffix}", d / f"{name}{suffix}")
    out = d / "out.jsonl"
    run_batch([str(d)], out)
    return out


def test_budget_and_online_services_align_across_provinces(extractions: Path) -> None:
    figures = compare(extractions).figures
    budget = figures[figures["indicator"] == "budget_digital_transformation"]
    got = sorted(zip(budget["province"], budget["value"], budget["period"]))
    assert got == [("Hà Giang", 290e9, "2021-2023"), ("Điện Biên", 433e9, "2020-2023")]
    online = figures[figures["indicator"] == "online_public_services_full"]
    assert list(zip(online["province"], online["value"])) == [("Điện Biên", 627.0)]
    assert all("433 tỷ đồng" in s for s in budget[budget["province"] == "Điện Biên"]["sentence"])


def test_provinces_after_the_2025_merger(extractions: Path) -> None:
    summary = compare(extractions, provinces="2025").summary
    assert set(summary["province"]) == {"Tuyên Quang", "Điện Biên", "Thái Nguyên"}  # Hà Giang, Bắc Kạn merged


def test_tidy_frames_carry_document_columns(extractions: Path) -> None:
    frames = load_frames(extractions)
    for table in ("people", "roles", "numbers", "proposals", "dates", "legal_refs"):
        assert {"doc_id", "province", "date", "url"} <= set(frames[table].columns)
    roles = frames["roles"]
    assert set(roles[roles["name"] == "Đỗ Thái Hòa"]["province"]) == {"Hà Giang"}


def test_proposals_grouped_by_addressee(extractions: Path) -> None:
    proposals = compare(extractions).proposals
    ha_giang = proposals[proposals["province"] == "Hà Giang"]
    assert {"Quốc hội", "Chính phủ", "Bộ Thông tin và Truyền thông"} <= set(ha_giang["addressee"])


@pytest.mark.parametrize("value, kind, unit, shown", [
    (290e9, "money", "VND", "290 tỷ đồng"), (98.5, "percent", "%", "98,5%"),
    (19623, "count", "tài khoản", "19.623 tài khoản"), (2.5e6, "money", "VND", "2,5 triệu đồng")])
def test_format_value(value: float, kind: str, unit: str, shown: str) -> None:
    assert format_value(value, kind, unit) == shown


@pytest.mark.parametrize("suffix", [".md", ".csv", ".xlsx"])
def test_other_report_formats(extractions: Path, tmp_path: Path, suffix: str) -> None:
    path = write_report(compare(extractions), tmp_path / f"report{suffix}")
    assert path.stat().st_size > 200


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)")
def test_html_report_renders_in_chromium(extractions: Path, tmp_path: Path) -> None:
    import numpy as np
    from PIL import Image

    report = write_report(compare(extractions), tmp_path / "report.html")
    profile = ["--user-data-dir=" + str(tmp_path / "profile")]
    dom = subprocess.run([CHROMIUM, *FLAGS, *profile, "--dump-dom", report.as_uri()],
                         capture_output=True, text=True, timeout=120).stdout
    for needle in ("<table", "Indicators by province", "Kinh phí chuyển đổi số", "433 tỷ đồng",
                   "data:image/png;base64,", "<mark>"):
        assert needle in dom, needle
    shot = tmp_path / "shot.png"
    subprocess.run([CHROMIUM, *FLAGS, *profile, f"--screenshot={shot}", "--window-size=1200,3000",
                    report.as_uri()], capture_output=True, timeout=120)
    pixels = np.asarray(Image.open(shot).convert("RGB")).reshape(-1, 3).astype(int)
    bars = int((np.abs(pixels - [0x2B, 0x6C, 0xB0]).max(axis=1) < 12).sum())
    assert bars > 500, "the bar charts are drawn"


@pytest.mark.parametrize("url, linked", [
    ("https://baohagiang.vn/a", True),
    ("HTTP://example.org/a", True),
    ("javascript:alert(1)", False),
    ("data:text/html,<script>", False),
    (None, False),
])
def test_only_http_urls_become_links(url, linked) -> None:
    from vnextract.compare import safe_url

    assert safe_url(url) is linked


def test_formula_like_cells_are_made_inert(tmp_path) -> None:
    import pandas as pd

    from vnextract.compare import inert

    frame = pd.DataFrame({"a": ["=HYPERLINK(\"x\")", "+1", "-2 tỷ", "@SUM(A1)", "Hà Giang"], "n": [1, 2, 3, 4, 5]})
    out = inert(frame)
    assert list(out["a"]) == ["'=HYPERLINK(\"x\")", "'+1", "'-2 tỷ", "'@SUM(A1)", "Hà Giang"]
    assert list(out["n"]) == [1, 2, 3, 4, 5]
