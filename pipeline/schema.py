"""The output schema: pydantic models are the single source of truth; the JSON Schema is generated."""
from __future__ import annotations

import json
from typing import Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

SCHEMA_VERSION = "2.2"
SCHEMA_ID = f"urn:vnextract:output-line:{SCHEMA_VERSION}"

NumberKind = Literal["count", "money", "percent", "measure"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    """A piece of the original text: `text == original[start:end]`."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Source(_Model):
    path: str | None = None
    url: str | None = None
    sha256: str = Field(description="SHA-256 of the raw input bytes (UTF-8 text for in-memory input)")
    encoding: str | None = Field(None, description='How the bytes were read: "utf-8", "utf-16", "cp1258", "tcvn3", "vni" …')


class Role(Span):
    title: str = Field(description='The position, e.g. "Phó Chủ tịch Thường trực"')
    organization: str | None = Field(None, description="The organisation, abbreviations expanded")
    province: str | None = Field(None, description='The province the role belongs to when its organisation names one '
                                 '(or is the article\'s "UBND tỉnh"), "Việt Nam" for a national office, else null')
    former: bool = Field(False, description='The text says the post is a former one ("nguyên", "cựu", "từng giữ chức")')


class Person(_Model):
    id: str = Field(description='Stable within the document: "p1", "p2", …')
    name: str = Field(description="Fullest form of the name in the article, normalized")
    honorific: str | None = Field(None, description='"đồng chí", "ông", "bà" … when the article uses one')
    roles: list[Role] = []
    mentions: list[Span] = []


class Number(Span):
    value: int | float = Field(description="Fully scaled, read exactly from Vietnamese notation; whole values are integers")
    unit: str | None = Field(None, description='"%", "VND", "USD", a physical unit, or the counted noun')
    kind: NumberKind
    approximate: bool = False
    qualifier: str | None = Field(None, description='"khoảng", "gần", "hơn", "trên" …')
    measure: str | None = Field(None, description='What the figure quantifies, in the sentence\'s own words: '
                                '"tỷ lệ hộ nghèo", "dự án chậm tiến độ"')
    period: str | None = Field(None, description='The year or span of years the figure covers when stated: "2023", "2021-2023"')
    place: str | None = Field(None, description='The province the figure is about, "Việt Nam" for a national figure, '
                              'else the document\'s province')
    indicator: str | None = Field(None, description="Id of the indicator its measure names (models/indicators.yaml), or null")
    indicator_label: str | None = Field(None, description="The indicator's Vietnamese label")
    sentence: str = Field("", description="The sentence holding the figure")


class DateRef(Span):
    value: str = Field(description='ISO 8601, as precise as the text: "2023-11-15", "2023-11", "2023", "--11-15"')


class LegalRef(Span):
    type: str = Field(description='"Luật", "Nghị quyết", "Quyết định" …')
    number: str | None = Field(None, description='"20/2023/QH15"')
    name: str | None = None


class Proposer(_Model):
    text: str
    person: str | None = Field(None, description="id of the person in people[] when the proposer is one")
    people: list[str] = Field(default_factory=list, description="ids of every person named as proposer")
    inferred: bool = Field(False, description="The proposal's sentence names no proposer: this is the nearest "
                                              "other proposal's in the article (a headline's is the body's)")


class Proposal(Span):
    trigger: str
    proposer: Proposer | None = None
    addressee: str | None = None
    content: str


class Entity(Span):
    canonical: str
    label: str | None = None


class Document(_Model):
    """One article's extraction."""

    schema_version: Literal[SCHEMA_VERSION] = SCHEMA_VERSION
    id: str
    source: Source
    title: str | None = None
    province: str | None = Field(None, description="One of Viet Nam's provinces (from the metadata, else the most "
                                 "mentioned one), or null")
    date: str | None = Field(None, description="Publication date from the metadata, as given")
    event_date: str | None = None
    warnings: list[str] = []
    text: str | None = Field(None, description="The analysed text, given when it is not the input file itself "
                             "(an HTML page's extracted article): offsets point into it")
    people: list[Person] = []
    numbers: list[Number] = []
    dates: list[DateRef] = []
    legal_refs: list[LegalRef] = []
    proposals: list[Proposal] = []
    organizations: list[Entity] = []
    locations: list[Entity] = []


class ErrorInfo(_Model):
    type: str
    message: str


class ErrorRecord(_Model):
    """Written instead of a Document when one input fails; the batch goes on."""

    schema_version: Literal[SCHEMA_VERSION] = SCHEMA_VERSION
    id: str
    source: Source | None = None
    error: ErrorInfo


def output_line_schema() -> dict[str, Any]:
    """The JSON Schema of one output line: exactly one of Document or ErrorRecord."""
    schema = TypeAdapter(Union[Document, ErrorRecord]).json_schema()
    schema["oneOf"] = schema.pop("anyOf")  # the two never both match: each forbids the other's fields
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID,
            "title": f"vnextract output line, schema version {SCHEMA_VERSION}", **schema}


def json_schema() -> str:
    """The JSON Schema of one output line, as pretty JSON."""
    return json.dumps(output_line_schema(), ensure_ascii=False, indent=2)
