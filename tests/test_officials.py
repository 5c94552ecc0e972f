"""Who's-who: canonical roles, linking people across articles, the `people` command and its files."""
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from vnextract.batch import BatchOptions, run_batch
from vnextract.cli import app
from vnextract.errors import InputError
from vnextract.officials import (CanonicalRole, Mention, canonicalize, link_mentions, registry_path, to_html,
                                 who_is_who, write_people)

FIXTURES = Path(__file__).parent / "fixtures" / "officials"


@pytest.mark.parametrize("text, title, organization, place, former, expected, specific", [
    ("Bí thư Thành uỷ TP.HCM", "Bí thư", "Thành uỷ TP.HCM", "Hồ Chí Minh", False,
     "Bí thư Thành ủy thành phố Hồ Chí Minh", True),
    ("phó chủ tịch UBND tỉnh Nghệ An", "phó chủ tịch", "UBND tỉnh Nghệ An", "Nghệ An", False,
     "Phó Chủ tịch Ủy ban nhân dân tỉnh Nghệ An", True),
    ("nguyên Giám đốc Sở Tài chính", "Giám đốc", "Sở Tài chính", None, True, "Giám đốc Sở Tài chính", True),
    ("Phó Bí thư Tỉnh ủy", "Phó Bí thư", "Tỉnh ủy", "Sóc Trăng", False, "Phó Bí thư Tỉnh ủy Sóc Trăng", True),
    ("Bộ trưởng", "Bộ trưởng", None, "Việt Nam", False, "Bộ trưởng", True),
    # many people hold these at once, or they name no organisation: no evidence of who is who
    ("Ủy viên Trung ương Đảng", "Ủy viên", "Trung ương Đảng", "Việt Nam", False, "Ủy viên Trung ương Đảng", False),
    ("Phó Giám đốc Ban quản lý", "Phó Giám đốc", "Ban quản lý", None, False, "Phó Giám đốc Ban quản lý", False),
    ("Chủ tịch", "Chủ tịch", None, None, False, "Chủ tịch", False),
])
def test_canonical_roles(text: str, title: str, organization: str | None, place: str | None, former: bool,
                         expected: str, specific: bool) -> None:
    role = canonicalize(text, title, organization, place, former)
    assert (role.text, role.specific, role.former) == (expected, specific, former)


def _mention(doc: str, name: str, *roles: tuple[str, str | None, str | None], province: str = "Hà Nội",
             co: tuple[str, ...] = ()) -> Mention:
    canon = [CanonicalRole(position=p, organization=o, place=pl) for p, o, pl in roles]
    return Mention(doc_id=doc, person_id="p1", name=name, key=name.lower(), date=None, province=province, url=None,
                   roles=canon, co=co)


def _groups(mentions: list[Mention]) -> list[list[str]]:
    link_mentions(mentions)
    by: dict[str, list[str]] = {}
    for m in mentions:
        by.setdefault(m.person_key, []).append(m.doc_id)
    return sorted(by.values())


SOC_TRANG = ("Bí thư", "Tỉnh ủy tỉnh Sóc Trăng", "Sóc Trăng")
MINISTER = ("Bộ trưởng", "Bộ Giao thông vận tải", "Việt Nam")


def test_a_career_is_linked_through_the_article_that_names_both_posts() -> None:
    ms = [_mention("a", "Nguyễn Văn Thể", SOC_TRANG), _mention("b", "Nguyễn Văn Thể", MINISTER, SOC_TRANG),
          _mention("c", "Nguyễn Văn Thể", MINISTER)]
    assert _groups(ms) == [["a", "b", "c"]]
    assert ms[2].reason == "cùng chức vụ: Bộ trưởng Bộ Giao thông vận tải"


def test_namesakes_whose_posts_are_in_different_provinces_stay_apart() -> None:
    ms = [_mention("a", "Trần Văn Hùng", ("Chủ tịch", "Ủy ban nhân dân huyện Mỹ Xuyên", "Sóc Trăng")),
          _mention("b", "Trần Văn Hùng", ("Chủ tịch", "Ủy ban nhân dân huyện Phù Mỹ", "Bình Định")),
          _mention("c", "Trần Văn Hùng", ("Chủ tịch", "Ủy ban nhân dân huyện Phù Mỹ", "Bình Định"))]
    assert _groups(ms) == [["a"], ["b", "c"]]


def test_a_shared_membership_is_no_evidence() -> None:
    member = ("Ủy viên", "Trung ương Đảng", "Việt Nam")
    ms = [_mention("a", "Nguyễn Văn Thành", member, ("Thứ trưởng", "Bộ Công an", "Việt Nam")),
          _mention("b", "Nguyễn Văn Thành", member, ("Bí thư", "Thành ủy thành phố Hải Phòng", "Hải Phòng"))]
    assert _groups(ms) == [["a"], ["b"]]


def test_a_mention_without_post_joins_the_main_bearer_of_the_name_only() -> None:
    main = [_mention(f"m{i}", "Trịnh Xuân Thanh", ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Hậu Giang", "Hậu Giang"))
            for i in range(3)]
    assert _groups([*main, _mention("x", "Trịnh Xuân Thanh")]) == [["m0", "m1", "m2", "x"]]
    # two officials of a name, mentioned as often: a bare mention elsewhere belongs to neither
    two = [_mention("a", "Nguyễn Mạnh Hùng", ("Bí thư", "Tỉnh ủy tỉnh Bình Thuận", "Bình Thuận")),
           _mention("b", "Nguyễn Mạnh Hùng", ("Phó Chủ tịch", "Ủy ban nhân dân xã Đam Bri", "Lâm Đồng"))]
    assert _groups([*two, _mention("x", "Nguyễn Mạnh Hùng", province="Hà Nội")]) == [["a"], ["b"], ["x"]]


def test_two_shared_co_mentions_link_mentions_without_posts() -> None:
    ms = [_mention("a", "Lê Văn Tám", co=("nguyễn văn an", "trần thị bình")),
          _mention("b", "Lê Văn Tám", co=("nguyễn văn an", "trần thị bình", "phạm văn cường")),
          _mention("c", "Lê Văn Tám", co=("nguyễn văn an",))]
    assert _groups(ms) == [["a", "b"], ["c"]]
    assert "Nguyễn Văn An" in ms[1].reason


@pytest.fixture(scope="module")
def extraction(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("officials") / "out.jsonl"
    run_batch([str(FIXTURES)], out)
    return out


def test_who_is_who_over_articles(extraction: Path) -> None:
    who = who_is_who(extraction)
    the = who.find("Nguyễn Văn Thể")
    assert len(the) == 1 and the.iloc[0]["articles"] == 4  # one person, also where no post is named
    career = who.career(the.iloc[0]["person_key"])
    assert list(career["post"][:2]) == ["Bí thư Tỉnh ủy tỉnh Sóc Trăng", "Bộ trưởng Bộ Giao thông vận tải"]
    assert (career.iloc[0]["first_seen"], career.iloc[1]["last_seen"]) == ("2016-03-01", "2017-09-05")
    assert len(who.find("Trần Văn Hùng")) == 2  # two district chairmen in two provinces
    assert set(who.mentions.columns) >= {"doc_id", "person_id", "name", "person_key", "roles", "reason"}


def test_parquet_output_of_the_batch_gives_the_same_people(extraction: Path, tmp_path: Path) -> None:
    run_batch([str(FIXTURES)], tmp_path / "tables", options=BatchOptions(fmt="parquet"))
    a, b = who_is_who(extraction).mentions, who_is_who(tmp_path / "tables").mentions
    key = ["doc_id", "person_id", "person_key"]
    assert a[key].sort_values(key).values.tolist() == b[key].sort_values(key).values.tolist()


def test_files_written(extraction: Path, tmp_path: Path) -> None:
    who = who_is_who(extraction)
    written = write_people(who, tmp_path / "people.csv")
    assert written == [tmp_path / "people.csv", registry_path(tmp_path / "people.csv")]
    assert len(pd.read_csv(written[0])) == len(who.mentions)
    assert pd.read_csv(written[1])["person_key"].tolist() == who.registry["person_key"].tolist()
    write_people(who, tmp_path / "people.parquet")
    assert len(pd.read_parquet(tmp_path / "people-registry.parquet")) == len(who.registry)
    page = to_html(who)
    assert "class='tl'" in page and "https://example.org/tiengiang-2017-09" in page
    with pytest.raises(InputError, match="unknown output format"):
        write_people(who, tmp_path / "people.txt")


def test_people_command(extraction: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    ok = runner.invoke(app, ["people", str(extraction), "-o", str(tmp_path / "who.html")])
    assert ok.exit_code == 0, ok.output
    assert (tmp_path / "who.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    bad = runner.invoke(app, ["people", str(extraction), "-o", str(tmp_path / "who.txt")])
    assert bad.exit_code != 0 and "unknown output format" in bad.output
    missing = runner.invoke(app, ["people", str(tmp_path / "none.jsonl"), "-o", str(tmp_path / "who.csv")])
    assert missing.exit_code != 0 and "no such file" in missing.output
