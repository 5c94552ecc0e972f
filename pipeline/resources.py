"""Load the knowledge files in models/ once, validate their shape, and index them.

Every rule resource (titles, abbreviations, triggers, units, provinces, names)
is data in models/*.yaml; this is the one place that reads them.
"""
from __future__ import annotations

import os
from importlib import resources
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

from .errors import ResourceError
from .gazetteer import Gazetteer, phrase_set
from .textnorm import fold, normalize_word



def _models_dir() -> Path:
    """Where the knowledge files are: $VNEXTRACT_MODELS, else the copy shipped in the package.

    An installed wheel carries them as `vnextract/models/`; an editable install maps that
    package to `models/` at the top of the checkout.
    """
    if os.environ.get("VNEXTRACT_MODELS"):
        return Path(os.environ["VNEXTRACT_MODELS"])
    shipped = resources.files(__package__) / "models"
    if shipped.is_dir():
        return Path(str(shipped))
    return Path(__file__).resolve().parent.parent / "models"  # a checkout: models/ beside pipeline/


MODELS_DIR = _models_dir()


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class AbbreviationsFile(_Strict):
    abbreviations: dict[str, str]
    dotted: list[str]


class TitlesFile(_Strict):
    positions: list[str]
    occupations: list[str]
    unit_stops: list[str]
    posted_titles: list[str]
    modifiers: list[str]
    ranks: list[str]
    rank_forces: list[str]
    degrees: list[str]
    honorifics: list[str]
    tense_markers: list[str]
    personal_details: list[str]
    former_markers: list[str]
    role_verbs: list[str]
    personal_posts: list[str]
    term_words: list[str]
    holding_verbs: list[str]
    tenure_openers: list[str]
    capacity_openers: list[str]
    post_words: list[str]
    post_linkers: list[str]
    apposition_openers: list[str]
    post_time_words: list[str]
    list_openers: list[str]
    national_titles: list[str]
    member_titles: list[str]


class OrganizationsFile(_Strict):
    heads: list[str]
    named_heads: list[str]
    sub_units: list[str]
    comma_pairs: list[str]
    name_stops: list[str]
    inner: list[str]


class TriggersFile(_Strict):
    triggers: list[str]
    mention_before: list[str]
    mention_after: list[str]
    addressee_openers: list[str]
    addressee_qualifiers: list[str]
    group_proposers: list[str]
    group_quantifiers: list[str]
    content_trailing: list[str]
    subject_enders: list[str]
    subject_trailing: list[str]
    pronoun_subjects: list[str]
    speech_verbs: list[str]
    not_subjects: list[str]
    subject_openers: list[str]
    clause_breaks: list[str]
    sending_verbs: list[str]
    voice_markers: list[str]
    first_person: list[str]
    topic_markers: list[str]
    petition_nouns: list[str]
    complaint_nouns: list[str]
    object_markers: list[str]
    clause_links: list[str]


class UnitsFile(_Strict):
    scales: dict[str, float]
    currencies: dict[str, str]
    percent: list[str]
    measures: dict[str, str]
    number_words: dict[str, float]
    numeral_words: dict[str, float]
    numeral_not_after: list[str]
    duration_number_words: dict[str, float]
    qualifiers: dict[str, str]
    label_before: list[str]
    time_before: list[str]
    time_after: list[str]
    label_after: list[str]
    clock_marks: list[str]
    day_month_before: list[str]
    durations: dict[str, str]
    duration_place_before: list[str]
    duration_place_after: list[str]
    duration_keep_before: list[str]
    bare_amount_currency: str
    not_counted: list[str]
    times_nouns: list[str]
    count_before: list[str]
    not_quantities: list[str]
    paired_nouns: list[str]
    subject_links: list[str]
    page_counters: list[str]
    measure_stops: list[str]
    measure_trailing: list[str]
    money_nouns: list[str]
    not_currency: list[str]
    period_lead: list[str]
    period_not_after: list[str]
    measure_existential: list[str]
    ages: list[str]


class Province63(_Strict):
    kind: str
    merged_into: str
    aliases: list[str] = []


class ProvincesFile(_Strict):
    provinces_63: dict[str, Province63]
    provinces_34: dict[str, str]
    country: str
    national: list[str]


class NamesFile(_Strict):
    surnames: list[str]
    common_surnames: list[str]
    place_before: list[str]
    named_after_people: list[str]
    not_name_start: list[str]
    never_in_name: list[str]
    not_names: list[str]
    foreign_org_words: list[str]
    place_kinds: dict[str, str]
    credit_words: list[str]
    kin_words: list[str]
    plural_markers: list[str]

    @model_validator(mode="after")
    def _common_are_surnames(self) -> "NamesFile":
        missing = sorted(set(self.common_surnames) - set(self.surnames))
        if missing:
            raise ValueError(f"common_surnames not in surnames: {missing}")
        return self


class LegalFile(_Strict):
    types: list[str]


class Indicator(_Strict):
    id: str
    label: str
    kind: Literal["count", "money", "percent", "measure"]
    unit: str
    theme: str
    phrases: list[str]


class IndicatorsFile(_Strict):
    indicators: list[Indicator]


class VniRules(_Strict):
    tones: dict[str, str]
    circumflex: dict[str, str]
    breve: dict[str, str]
    letters: dict[str, str]


class MeasureModelFile(_Strict):
    model: str          # the CRF file beside this manifest
    sha256: str         # of that file: a mismatch means the two were not written together
    trained_on: str
    examples: int
    l2: float
    iterations: int
    window: int


class LegacyEncodingsFile(_Strict):
    tcvn3: dict[int, str]
    vni: VniRules


FILES: dict[str, type[_Strict]] = {
    "abbreviations.yaml": AbbreviationsFile,
    "titles.yaml": TitlesFile,
    "organizations.yaml": OrganizationsFile,
    "triggers.yaml": TriggersFile,
    "units.yaml": UnitsFile,
    "provinces.yaml": ProvincesFile,
    "names.yaml": NamesFile,
    "legal.yaml": LegalFile,
    "legacy_encodings.yaml": LegacyEncodingsFile,
    "indicators.yaml": IndicatorsFile,
    "measures.yaml": MeasureModelFile,
}
# Read by their own loaders, not by load_resources: the legacy-encoding tables by decoding,
# the measure model's manifest by measure_tagger.
_OWN_LOADERS = ("legacy_encodings.yaml", "measures.yaml")


def _nfc(value: Any) -> Any:
    """Normalize every string (keys and values) in a loaded YAML tree."""
    if isinstance(value, str):
        return normalize_word(value)
    if isinstance(value, list):
        return [_nfc(v) for v in value]
    if isinstance(value, dict):
        return {_nfc(k): _nfc(v) for k, v in value.items()}
    return value


def load_file(name: str, models_dir: Path | None = None) -> _Strict:
    """Read and validate one data file of models/ (raises ResourceError)."""
    path = (models_dir or MODELS_DIR) / name
    try:
        with path.open(encoding="utf-8") as fh:
            raw = yaml.safe_load(fh)
    except OSError as exc:
        raise ResourceError(f"cannot read {path}: {exc}") from exc
    except yaml.YAMLError as exc:
        raise ResourceError(f"{path} is not valid YAML: {exc}") from exc
    try:
        return FILES[name].model_validate(_nfc(raw))
    except ValidationError as exc:
        raise ResourceError(f"{path} has the wrong shape: {exc}") from exc


@dataclass(frozen=True)
class Resources:
    """All rule knowledge, indexed by folded syllables."""

    abbreviations: dict[str, str]
    abbreviation_index: Gazetteer[str]
    dotted_abbreviations: frozenset[str]
    positions: Gazetteer[bool]
    occupations: Gazetteer[bool]
    unit_stops: Gazetteer[bool]
    posted_titles: Gazetteer[bool]
    modifiers: Gazetteer[bool]
    tense_markers: Gazetteer[bool]
    personal_details: Gazetteer[bool]
    former_markers: Gazetteer[bool]
    role_verbs: Gazetteer[bool]
    personal_posts: Gazetteer[bool]
    term_words: Gazetteer[bool]
    holding_verbs: Gazetteer[bool]
    tenure_openers: Gazetteer[bool]
    capacity_openers: Gazetteer[bool]
    post_words: Gazetteer[bool]
    post_linkers: Gazetteer[bool]
    apposition_openers: Gazetteer[bool]
    post_time_words: Gazetteer[bool]
    list_openers: Gazetteer[bool]
    national_titles: Gazetteer[bool]
    member_titles: Gazetteer[bool]
    ranks: Gazetteer[bool]
    rank_forces: Gazetteer[bool]
    degrees: frozenset[str]              # folded degree words: ranks that are no role
    honorifics: Gazetteer[bool]
    org_heads: Gazetteer[bool]
    named_heads: Gazetteer[bool]
    sub_units: Gazetteer[bool]
    comma_pairs: Gazetteer[bool]
    name_stops: Gazetteer[bool]
    org_inner: Gazetteer[bool]
    triggers: Gazetteer[bool]
    mention_before: Gazetteer[bool]
    mention_after: Gazetteer[bool]
    addressee_openers: Gazetteer[bool]
    addressee_qualifiers: Gazetteer[bool]
    group_proposers: Gazetteer[bool]
    group_quantifiers: Gazetteer[bool]
    content_trailing: Gazetteer[bool]
    subject_enders: Gazetteer[bool]
    subject_trailing: Gazetteer[bool]
    pronoun_subjects: Gazetteer[bool]
    speech_verbs: Gazetteer[bool]
    not_subjects: Gazetteer[bool]
    subject_openers: Gazetteer[bool]
    clause_breaks: Gazetteer[bool]
    sending_verbs: Gazetteer[bool]
    voice_markers: Gazetteer[bool]
    first_person: Gazetteer[bool]
    topic_markers: Gazetteer[bool]
    object_markers: Gazetteer[bool]
    clause_links: Gazetteer[bool]
    petition_nouns: Gazetteer[bool]
    complaint_nouns: Gazetteer[bool]
    scales: Gazetteer[float]
    currencies: Gazetteer[str]
    percent: Gazetteer[bool]
    measures: Gazetteer[str]
    number_words: Gazetteer[float]
    numeral_words: Gazetteer[float]
    numeral_not_after: Gazetteer[bool]
    duration_number_words: Gazetteer[float]
    qualifiers: Gazetteer[str]
    label_before: Gazetteer[bool]
    time_before: Gazetteer[bool]
    time_after: Gazetteer[bool]
    label_after: Gazetteer[bool]
    clock_marks: frozenset[str]
    day_month_before: Gazetteer[bool]
    durations: Gazetteer[str]
    duration_place_before: Gazetteer[bool]
    duration_place_after: Gazetteer[bool]
    duration_keep_before: Gazetteer[bool]
    bare_amount_currency: str
    not_counted: Gazetteer[bool]
    times_nouns: Gazetteer[bool]
    count_before: Gazetteer[bool]
    not_quantities: Gazetteer[bool]
    paired_nouns: Gazetteer[bool]
    subject_links: Gazetteer[bool]
    page_counters: Gazetteer[bool]
    measure_stops: Gazetteer[bool]
    measure_trailing: Gazetteer[bool]
    money_nouns: Gazetteer[bool]
    not_currency: Gazetteer[bool]
    period_lead: Gazetteer[bool]
    period_not_after: Gazetteer[bool]
    measure_existential: Gazetteer[bool]
    ages: frozenset[str]
    provinces: Gazetteer[str]          # any spelling -> canonical 63-name (or 34-name)
    provinces_63: dict[str, Province63]
    provinces_34: dict[str, str]
    province_names: frozenset[str]      # the canonical names: 63 old units and 34 new ones
    country: str                        # the name a national figure's place takes
    national_places: Gazetteer[bool]    # words that make a figure national ("cả nước")
    surnames: frozenset[str]
    common_surnames: frozenset[str]
    place_before: Gazetteer[bool]
    named_after_people: Gazetteer[bool]
    not_name_start: frozenset[str]
    never_in_name: frozenset[str]
    not_names: Gazetteer[bool]
    foreign_org_words: frozenset[str]    # folded
    place_kinds: dict[str, str]          # folded place word -> kind (province, district …)
    credit_words: frozenset[str]
    kin_words: Gazetteer[bool]
    plural_markers: frozenset[str]
    legal_types: Gazetteer[str]
    indicators: dict[str, Indicator]
    indicator_phrases: Gazetteer[tuple[str, ...]]   # phrase -> ids of the indicators it names


@lru_cache(maxsize=4)
def load_resources(models_dir: Path | None = None) -> Resources:
    """Load every models/ file once per process (cached)."""
    f = {name: load_file(name, models_dir) for name in FILES if name not in _OWN_LOADERS}
    ab: AbbreviationsFile = f["abbreviations.yaml"]  # type: ignore[assignment]
    ti: TitlesFile = f["titles.yaml"]  # type: ignore[assignment]
    org: OrganizationsFile = f["organizations.yaml"]  # type: ignore[assignment]
    tr: TriggersFile = f["triggers.yaml"]  # type: ignore[assignment]
    un: UnitsFile = f["units.yaml"]  # type: ignore[assignment]
    pr: ProvincesFile = f["provinces.yaml"]  # type: ignore[assignment]
    nm: NamesFile = f["names.yaml"]  # type: ignore[assignment]
    lg: LegalFile = f["legal.yaml"]  # type: ignore[assignment]
    ind: IndicatorsFile = f["indicators.yaml"]  # type: ignore[assignment]
    by_phrase: dict[str, list[str]] = {}
    for indicator in ind.indicators:
        for phrase in indicator.phrases:
            by_phrase.setdefault(phrase, []).append(indicator.id)
    province_names: list[tuple[str, str]] = []
    for name, p in pr.provinces_63.items():
        province_names.append((name, name))
        province_names.extend((alias, name) for alias in p.aliases)
    province_names.extend((name, name) for name in pr.provinces_34)
    return Resources(
        abbreviations=ab.abbreviations,
        abbreviation_index=Gazetteer(ab.abbreviations.items()),
        dotted_abbreviations=frozenset(ab.dotted),
        positions=phrase_set(ti.positions + ti.occupations),
        occupations=phrase_set(ti.occupations),
        unit_stops=phrase_set(ti.unit_stops),
        posted_titles=phrase_set(ti.posted_titles),
        modifiers=phrase_set(ti.modifiers),
        tense_markers=phrase_set(ti.tense_markers),
        personal_details=phrase_set(ti.personal_details),
        former_markers=phrase_set(ti.former_markers),
        role_verbs=phrase_set(ti.role_verbs),
        personal_posts=phrase_set(ti.personal_posts),
        term_words=phrase_set(ti.term_words),
        holding_verbs=phrase_set(ti.holding_verbs),
        tenure_openers=phrase_set(ti.tenure_openers),
        capacity_openers=phrase_set(ti.capacity_openers),
        post_words=phrase_set(ti.post_words),
        post_linkers=phrase_set(ti.post_linkers),
        apposition_openers=phrase_set(ti.apposition_openers),
        post_time_words=phrase_set(ti.post_time_words),
        list_openers=phrase_set(ti.list_openers),
        national_titles=phrase_set(ti.national_titles),
        member_titles=phrase_set(ti.member_titles),
        ranks=phrase_set(ti.ranks),
        rank_forces=phrase_set(ti.rank_forces),
        degrees=frozenset(fold(d) for d in ti.degrees),
        honorifics=phrase_set(ti.honorifics),
        org_heads=phrase_set(org.heads),
        named_heads=phrase_set(org.named_heads),
        sub_units=phrase_set(org.sub_units),
        comma_pairs=phrase_set(org.comma_pairs),
        name_stops=phrase_set(org.name_stops),
        org_inner=phrase_set(org.inner),
        triggers=phrase_set(tr.triggers),
        mention_before=phrase_set(tr.mention_before),
        mention_after=phrase_set(tr.mention_after),
        addressee_openers=phrase_set(tr.addressee_openers),
        addressee_qualifiers=phrase_set(tr.addressee_qualifiers),
        group_proposers=phrase_set(tr.group_proposers),
        group_quantifiers=phrase_set(tr.group_quantifiers),
        content_trailing=phrase_set(tr.content_trailing),
        subject_enders=phrase_set(tr.subject_enders),
        subject_trailing=phrase_set(tr.subject_trailing),
        pronoun_subjects=phrase_set(tr.pronoun_subjects),
        speech_verbs=phrase_set(tr.speech_verbs),
        not_subjects=phrase_set(tr.not_subjects),
        subject_openers=phrase_set(tr.subject_openers),
        clause_breaks=phrase_set(tr.clause_breaks),
        sending_verbs=phrase_set(tr.sending_verbs),
        voice_markers=phrase_set(tr.voice_markers),
        first_person=phrase_set(tr.first_person),
        topic_markers=phrase_set(tr.topic_markers),
        object_markers=phrase_set(tr.object_markers),
        clause_links=phrase_set(tr.clause_links),
        petition_nouns=phrase_set(tr.petition_nouns),
        complaint_nouns=phrase_set(tr.complaint_nouns),
        scales=Gazetteer(un.scales.items()),
        currencies=Gazetteer(un.currencies.items()),
        percent=phrase_set(un.percent),
        measures=Gazetteer(un.measures.items()),
        number_words=Gazetteer(un.number_words.items()),
        numeral_words=Gazetteer(un.numeral_words.items()),
        numeral_not_after=phrase_set(un.numeral_not_after),
        duration_number_words=Gazetteer(un.duration_number_words.items()),
        qualifiers=Gazetteer(un.qualifiers.items()),
        label_before=phrase_set(un.label_before),
        time_before=phrase_set(un.time_before),
        time_after=phrase_set(un.time_after),
        label_after=phrase_set(un.label_after),
        clock_marks=frozenset(fold(m) for m in un.clock_marks),
        day_month_before=phrase_set(un.day_month_before),
        durations=Gazetteer(un.durations.items()),
        duration_place_before=phrase_set(un.duration_place_before),
        duration_place_after=phrase_set(un.duration_place_after),
        duration_keep_before=phrase_set(un.duration_keep_before),
        bare_amount_currency=un.bare_amount_currency,
        not_counted=phrase_set(un.not_counted),
        times_nouns=phrase_set(un.times_nouns),
        count_before=phrase_set(un.count_before),
        not_quantities=phrase_set(un.not_quantities),
        paired_nouns=phrase_set(un.paired_nouns),
        subject_links=phrase_set(un.subject_links),
        page_counters=phrase_set(un.page_counters),
        measure_stops=phrase_set(un.measure_stops),
        measure_trailing=phrase_set(un.measure_trailing),
        money_nouns=phrase_set(un.money_nouns),
        not_currency=phrase_set(un.not_currency),
        period_lead=phrase_set(un.period_lead),
        period_not_after=phrase_set(un.period_not_after),
        measure_existential=phrase_set(un.measure_existential),
        ages=frozenset(un.ages),
        provinces=Gazetteer(province_names),
        provinces_63=pr.provinces_63,
        provinces_34=pr.provinces_34,
        province_names=frozenset(pr.provinces_63) | frozenset(pr.provinces_34),
        country=pr.country,
        national_places=phrase_set(pr.national),
        surnames=frozenset(nm.surnames),
        common_surnames=frozenset(nm.common_surnames),
        place_before=phrase_set(nm.place_before),
        named_after_people=phrase_set(nm.named_after_people),
        not_name_start=frozenset(nm.not_name_start),
        never_in_name=frozenset(nm.never_in_name),
        not_names=phrase_set(nm.not_names),
        foreign_org_words=frozenset(fold(w) for w in nm.foreign_org_words),
        place_kinds={fold(k): v for k, v in nm.place_kinds.items()},
        credit_words=frozenset(fold(w) for w in nm.credit_words),
        kin_words=phrase_set(nm.kin_words),
        plural_markers=frozenset(fold(w) for w in nm.plural_markers),
        legal_types=Gazetteer((t, t) for t in lg.types),
        indicators={i.id: i for i in ind.indicators},
        indicator_phrases=Gazetteer((p, tuple(ids)) for p, ids in by_phrase.items()),
    )


@lru_cache(maxsize=4)
def measure_tagger(models_dir: Path | None = None) -> Any:
    """The measure CRF of models/measures.yaml (an underthesea_core CRFTagger), loaded once per process;
    raises ResourceError when the model file is missing or is not the one the manifest names."""
    import hashlib

    from underthesea_core import CRFTagger

    folder = models_dir or MODELS_DIR
    manifest: MeasureModelFile = load_file("measures.yaml", folder)  # type: ignore[assignment]
    path = folder / manifest.model
    try:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as exc:
        raise ResourceError(f"cannot read the measure model {path}: {exc}") from exc
    if digest != manifest.sha256:
        raise ResourceError(f"{path} is not the model measures.yaml describes (sha256 {digest[:12]}…)")
    tagger = CRFTagger()
    tagger.load(str(path))
    return tagger
