"""Flat tables from output lines: every entity has rows, dates are typed."""
import datetime
import json

import pytest

from vnextract import extract
from vnextract.tables import COLUMNS, as_date, document_rows

SENTENCE = ("Ngày 15/11/2023, Chủ tịch UBND tỉnh Hà Giang Nguyễn Văn An đề nghị Bộ Tài chính "
            "bố trí 290 tỷ đồng theo Nghị quyết số 20/2023/QH15.")


def test_every_entity_has_its_table() -> None:
    rec = json.loads(extract(SENTENCE, id="d1", date="2023-11-20").model_dump_json())
    rows = document_rows(rec)
    assert set(rows) == set(COLUMNS)
    for table, items in (("people", "people"), ("numbers", "numbers"), ("proposals", "proposals"),
                         ("dates", "dates"), ("legal_refs", "legal_refs"), ("organizations", "organizations"),
                         ("locations", "locations")):
        assert len(rows[table]) == len(rec[items]) > 0, table
        assert all(set(r) == set(COLUMNS[table]) for r in rows[table])
    (proposal,) = rows["proposals"]
    assert proposal["proposer_people"] == ["p1"] and proposal["proposer_person"] == "p1"
    (doc,) = rows["documents"]
    assert doc["date"] == datetime.date(2023, 11, 20) and doc["event_date"] == datetime.date(2023, 11, 15)
    assert rows["dates"][0]["day"] == datetime.date(2023, 11, 15)


@pytest.mark.parametrize("text, day", [
    ("2023-11-15", datetime.date(2023, 11, 15)),
    ("2023-11-15T08:30:00+07:00", datetime.date(2023, 11, 15)),
    ("2023-11", None),
    ("--11-15", None),
    ("15/11/2023", None),
    (None, None),
])
def test_as_date(text: str | None, day: datetime.date | None) -> None:
    assert as_date(text) == day
