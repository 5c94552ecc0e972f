"""Every file in models/ loads, and every multi-syllable entry can actually match real text."""
from pathlib import Path

import pytest

from vnextract.errors import ResourceError
from vnextract.gazetteer import Gazetteer, syllabify
from vnextract.resources import FILES, MODELS_DIR, load_file
from vnextract.extractors.context import Context


def test_every_models_file_is_known_and_loads() -> None:
    on_disk = sorted(p.name for p in MODELS_DIR.glob("*.yaml"))
    assert on_disk == sorted(FILES)
    for name in FILES:
        load_file(name)


def test_every_models_file_has_a_header_comment() -> None:
    for name in FILES:
        first = (MODELS_DIR / name).read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# "), name


def test_bad_file_gives_resource_error(tmp_path: Path) -> None:
    (tmp_path / "titles.yaml").write_text("positions: [a]\n", encoding="utf-8")
    with pytest.raises(ResourceError):
        load_file("titles.yaml", tmp_path)
    with pytest.raises(ResourceError):
        load_file("units.yaml", tmp_path)


def _gazetteers(res) -> dict[str, Gazetteer]:
    return {k: v for k, v in vars(res).items() if isinstance(v, Gazetteer)}


def test_every_multi_syllable_entry_matches_in_text(res, make_ctx) -> None:
    """Each entry, written in a sentence, is found by the gazetteer at its place."""
    failures = []
    for gname, gaz in _gazetteers(res).items():
        for key, phrase in gaz.surface.items():
            if len(key) < 2:
                continue
            ctx: Context = make_ctx(f"Theo {phrase} thì")
            found = any(gaz.match_at(ctx.keys, i) and gaz.match_at(ctx.keys, i)[0] == len(key)
                        for i in range(len(ctx.keys)))
            if not found:
                failures.append(f"{gname}: {phrase!r} -> {ctx.keys}")
    assert not failures, failures


def test_keys_are_normalized_syllables() -> None:
    assert syllabify("Uỷ ban nhân dân") == ("ủy", "ban", "nhân", "dân")
    assert syllabify("Sở TT&TT") == ("sở", "tt&tt")


def test_provinces_match_underthesea_merger_mapping(res) -> None:
    """Our 63 -> 34 table agrees with underthesea's convert_address (Resolution 202/2025/QH15)."""
    from underthesea import convert_address

    assert len(res.provinces_63) == 63
    assert len(res.provinces_34) == 34
    for name, p in res.provinces_63.items():
        assert p.merged_into in res.provinces_34, name
        # Thừa Thiên Huế was already "thành phố Huế" when the merger came: try every spelling.
        tries = [f"{prefix} {n}" for n in [name, *p.aliases] for prefix in ("tỉnh", "thành phố")]
        converted = next((c for t in tries if (c := convert_address(t).converted)), "")
        assert converted.endswith(p.merged_into), (name, converted)


def test_every_indicator_phrase_gives_its_indicator(res, make_ctx) -> None:
    """Each phrase of models/indicators.yaml, as a figure's whole measure, names its own indicator
    (two indicators of one kind sharing a phrase would leave the second unreachable)."""
    from vnextract.extractors.indicators import indicator_for

    failures = []
    for ind in res.indicators.values():
        for phrase in ind.phrases:
            ctx: Context = make_ctx(f"Theo {phrase} thì")
            words = list(range(1, len(ctx.keys) - 1))
            found = indicator_for(ctx, words, ind.kind)
            if found is None or found.id != ind.id:
                failures.append(f"{ind.id}: {phrase!r} -> {found.id if found else None}")
    assert not failures, failures
