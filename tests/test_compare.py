"""Province comparison: aligned indicators, tables, reports; the HTML report rendered in headless Chromium."""
import shutil
import subprocess
from pathlib import Path

import pytest

from vnextract.batch import run_batch
from vnextract.compare import compare, format_value, write_report
from vnextract.errors import InputError
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


FIXTURES = Path(__file__).parent / "fixtures" / "compare"


@pytest.fixture(scope="module")
def same_year(tmp_path_factory) -> Path:
    """Three provinces reporting the same indicators for 2023 (tests/fixtures/compare)."""
    out = tmp_path_factory.mktemp("same") / "out.jsonl"
    run_batch([str(FIXTURES)], out)
    return out


def test_budget_and_online_services_align_across_provinces(extractions: Path) -> None:
    figures = compare(extractions).figures
    budget = figures[figures["indicator"] == "budget_digital_transformation"]
    got = sorted(zip(budget["place"], budget["value"], budget["period"]))
    assert ("Hà Giang", 290_000_000_000, "2021-2023") in got and ("Điện Biên", 433_000_000_000, "2020-2023") in got
    online = figures[figures["indicator"] == "online_public_services_full"]
    assert ("Điện Biên", 627) in list(zip(online["place"], online["value"]))
    assert all("433 tỷ đồng" in s for s in budget[budget["value"] == 433_000_000_000]["sentence"])


def test_matrix_places_in_vietnamese_order_with_periods_and_units(same_year: Path) -> None:
    comp = compare(same_year)
    assert comp.places == ["Điện Biên", "Hà Giang", "Lai Châu"]  # Đ after D, before H
    row = comp.indicators.set_index("indicator").loc["budget_revenue"]
    assert (row["unit"], row["places"]) == ("VND", 3)
    assert [row[p] for p in comp.places] == ["1.850,5 tỷ đồng (2023)", "3.120 tỷ đồng (2023)", "2.500 tỷ đồng (2023)"]
    assert comp.indicators.set_index("indicator").loc["poor_household_rate", "Lai Châu"] == "21,95% (2023)"
    assert comp.header["documents"] == 3 and comp.header["date_from"] == "2024-01-10"
    assert comp.header["indicators_shared_by_3"] == 2


def test_charts_only_where_places_share_a_period(extractions: Path, same_year: Path) -> None:
    from vnextract.compare import chartable

    # Hà Giang's budget covers 2021-2023, Điện Biên's 2020-2023: never drawn side by side.
    assert "budget_digital_transformation" not in set(chartable(compare(extractions).figures)["indicator"])
    charts = chartable(compare(same_year).figures)
    assert {("budget_revenue", "2023", 3), ("poor_household_rate", "2023", 3)} <= \
        set(zip(charts["indicator"], charts["as_of"], charts["places"]))


def test_addressees_folded_and_officials_listed_once(same_year: Path) -> None:
    comp = compare(same_year)
    assert set(comp.proposals["addressee"]) == {"Trung ương"}  # "Trung ương", "Trung Ương", "TW"
    assert list(comp.proposals["place"]) == ["Điện Biên", "Hà Giang", "Lai Châu"]
    son = comp.officials[comp.officials["name"] == "Nguyễn Văn Sơn"].iloc[0]
    assert son["roles"] == "Bí thư Tỉnh ủy tỉnh Hà Giang"  # "Tỉnh ủy Hà Giang" and "Tỉnh uỷ tỉnh Hà Giang"
    assert (son["where"], son["articles"], son["first_seen"], son["last_seen"]) == \
        ("Hà Giang", 2, "2024-01-10", "2024-01-15")


def test_provinces_after_the_2025_merger(extractions: Path) -> None:
    summary = compare(extractions, provinces="2025").summary
    assert set(summary["place"]) == {"Tuyên Quang", "Điện Biên", "Thái Nguyên"}  # Hà Giang, Bắc Kạn merged


def test_tidy_frames_carry_document_columns(extractions: Path) -> None:
    frames = load_frames(extractions)
    for table in ("people", "roles", "numbers", "proposals", "dates", "legal_refs"):
        assert {"doc_id", "province", "date", "url"} <= set(frames[table].columns)
    roles = frames["roles"]
    assert set(roles[roles["name"] == "Đỗ Thái Hòa"]["province"]) == {"Hà Giang"}


def test_frames_by_table_and_row_filter(extractions: Path) -> None:
    every = load_frames(extractions)
    some = load_frames(extractions, tables=["numbers"], where={"numbers": lambda r: r["indicator"] is not None})
    assert set(some) == {"documents", "numbers"}
    assert len(some["numbers"]) == every["numbers"]["indicator"].notna().sum() < len(every["numbers"])
    with pytest.raises(InputError, match="unknown table"):
        load_frames(extractions, tables=["nope"])


def test_proposals_grouped_by_addressee(extractions: Path) -> None:
    proposals = compare(extractions).proposals
    ha_giang = proposals[proposals["place"] == "Hà Giang"]
    assert {"Quốc hội", "Chính phủ", "Bộ Thông tin và Truyền thông"} <= set(ha_giang["addressee"])


@pytest.mark.parametrize("value, kind, unit, shown", [
    (290_000_000_000, "money", "VND", "290 tỷ đồng"), (98.5, "percent", "%", "98,5%"),
    (31.17, "percent", "%", "31,17%"), (19623, "count", "tài khoản", "19.623 tài khoản"),
    (2_500_000, "money", "VND", "2,5 triệu đồng"), (4_100_000_000, "money", "VND", "4,1 tỷ đồng"),
    (1_471_498_000_000, "money", "VND", "1.471,498 tỷ đồng"), (5000, "money", "USD", "5.000 USD")])
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
def test_html_report_renders_in_chromium(same_year: Path, tmp_path: Path) -> None:
    import numpy as np
    from PIL import Image

    report = write_report(compare(same_year), tmp_path / "report.html")
    profile = ["--user-data-dir=" + str(tmp_path / "profile")]
    dom = subprocess.run([CHROMIUM, *FLAGS, *profile, "--dump-dom", report.as_uri()],
                         capture_output=True, text=True, timeout=120).stdout
    for needle in ("<table", "Chỉ tiêu theo địa phương", "Số bài: 3", "Thu ngân sách nhà nước",
                   "3.120 tỷ đồng (2023)", "27,6% (2023)", "data:image/png;base64,", "<mark>", "Trung ương"):
        assert needle in dom, needle
    shot = tmp_path / "shot.png"
    subprocess.run([CHROMIUM, *FLAGS, *profile, f"--screenshot={shot}", "--window-size=1300,2200",
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


def test_chart_axis_units_and_an_outlier_off_the_scale() -> None:
    import matplotlib

    matplotlib.use("Agg")
    import pandas as pd

    from vnextract.compare import plot_indicator

    figures = pd.DataFrame({
        "indicator": ["tourist_arrivals"] * 3, "label": ["Lượt khách du lịch"] * 3, "as_of": ["2018"] * 3,
        "place": ["Hà Nội", "Lào Cai", "Quảng Nam"], "unit": ["lượt khách"] * 3, "kind": ["count"] * 3,
        "value": [112_000_000_000, 2_500_000, 6_500_000], "date": [None] * 3,
        "shown": ["112.000.000.000 lượt khách", "2.500.000 lượt khách", "6.500.000 lượt khách"]})
    ax = plot_indicator(figures, "tourist_arrivals")
    assert ax.get_xlabel() == "triệu lượt khách (▸: vượt thang đo)"
    assert ax.get_xlim()[1] < 112_000  # millions: the outlier does not set the scale
    assert ax.get_title() == "Lượt khách du lịch — 2018"
