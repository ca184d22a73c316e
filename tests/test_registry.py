"""A large speaker registry: bounded candidate sets for Chinese forms, the same links as a scan."""
import itertools

import pytest

import claimx.speakers as speakers
from claimx.names import zh_latin_score
from claimx.speakers import TRANSLIT_MIN, Entry, Registry

# invented surnames of three syllables, all beginning with letters 卡 (ka) may be written with
_SYL = ["ko", "ro", "ma", "ni", "lu", "ta", "de", "bi", "mi", "go", "ru", "ve", "po", "zu"]


def _decoys(n):
    heads = ["Ko", "Ke", "Ki", "Cu", "Co", "Ku", "Ca", "Cy"]
    names = ("".join(p) for p in itertools.product(heads, _SYL, _SYL, ["v", "n", "sh"]))
    return [Entry(f"x{i}", f"Anna {name}") for i, name in zip(range(n), names)]


@pytest.fixture(scope="module")
def big():
    return Registry(_decoys(3000) + [Entry("nargis-kassenova", "Nargis Kassenova")])


def test_a_chinese_form_meets_a_bounded_set_of_surnames_in_a_large_registry(big):
    keys = big._translit_keys("卡塞诺娃")
    assert len(big._by_norm) > speakers.TRANSLIT_CANDIDATES       # more than the cap can begin with k/c
    assert len(keys) == speakers.TRANSLIT_CANDIDATES
    assert "kassenova" in keys
    e, tier = big.match(["卡塞诺娃"])
    assert e is not None and e.id == "nargis-kassenova" and tier == "transliteration"


def test_the_likeliest_readings_come_first(monkeypatch):
    monkeypatch.setattr(speakers, "TRANSLIT_CANDIDATES", 5)
    reg = Registry(_decoys(60) + [Entry("nargis-kassenova", "Nargis Kassenova")])
    assert "kassenova" in reg._translit_keys("卡塞诺娃")
    assert reg.match(["卡塞诺娃"])[0].id == "nargis-kassenova"


def test_under_the_cap_every_surname_a_form_can_begin_with_is_scored():
    reg = Registry(_decoys(200) + [Entry("nargis-kassenova", "Nargis Kassenova"),
                                   Entry("temur-umarov", "Temur Umarov")])
    keys = reg._translit_keys("卡塞诺娃")
    assert len(keys) == 201 and "umarov" not in keys                 # u: not a reading of 卡
    # the same link as scoring every surname of the registry
    scored = {e.id: zh_latin_score("卡塞诺娃", e.name.split()[-1]) for e in reg.entries.values()}
    best = max(scored, key=scored.get)
    assert scored[best] >= TRANSLIT_MIN and reg.match(["卡塞诺娃"])[0].id == best


# the cache of parsed and indexed registries ----------------------------------------------------
def _toml(path, people):
    path.write_text("".join(f'[[speaker]]\nid = "{i}"\nname = "{n}"\naliases = ["{a}"]\n\n' for i, n, a in people),
                    encoding="utf-8")


PEOPLE = [("nargis-kassenova", "Nargis Kassenova", "卡塞诺娃"), ("zhanar-bekova", "Zhanar Bekova", "Z. Bekova")] + \
    [(f"p{i}", f"Anna Tok{i}tarova", f"Tok{i}tarova") for i in range(50)]


@pytest.fixture
def cached(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMX_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(speakers, "CACHE_MIN_BYTES", 1)
    return tmp_path


def test_a_large_registry_is_read_back_from_the_cache(cached, monkeypatch):
    _toml(cached / "reg.toml", PEOPLE)
    fresh = Registry.load([cached / "reg.toml"])
    assert len(list((cached / "cache").glob("claimx-registry-*.marshal"))) == 1

    def no_parse(*a, **k):
        raise AssertionError("parsed again")
    monkeypatch.setattr(speakers, "parse_registry", no_parse)
    again = Registry.load([cached / "reg.toml"])
    assert again._state() == fresh._state() and list(again.entries) == list(fresh.entries)
    assert again.entries["nargis-kassenova"] == fresh.entries["nargis-kassenova"]
    for forms in (["卡塞诺娃"], ["Zhanar Bekova"], ["N. Kassenova"], ["Anna Tok7tarova"], ["Z. Bekowa"]):
        assert again.match_scored(forms) == fresh.match_scored(forms)
    assert again.match(["卡塞诺娃"])[0].id == "nargis-kassenova"


def test_the_cache_follows_the_file(cached):
    reg = cached / "reg.toml"
    _toml(reg, PEOPLE)
    assert Registry.load([reg]).match(["Zhanar Bekova"])[0].id == "zhanar-bekova"
    _toml(reg, [("zhanar-bekov2", "Zhanar Bekova", "Z. Bekova")] + PEOPLE[2:])   # as many bytes
    fresh = Registry.load([reg])
    assert fresh.match(["Zhanar Bekova"])[0].id == "zhanar-bekov2" and "zhanar-bekova" not in fresh.entries
    assert len(list((cached / "cache").glob("claimx-registry-*.marshal"))) == 2


def test_a_damaged_cache_is_rebuilt_and_a_bad_file_still_fails(cached):
    reg = cached / "reg.toml"
    _toml(reg, PEOPLE)
    fresh = Registry.load([reg])
    for f in (cached / "cache").glob("claimx-registry-*.marshal"):
        f.write_bytes(f.read_bytes()[:100])
    assert Registry.load([reg])._state() == fresh._state()
    reg.write_text('[[speaker]]\nid = "a"\nname = = 3\n', encoding="utf-8")
    with pytest.raises(speakers.RegistryError, match="line 3"):
        Registry.load([reg])


def test_small_registries_are_not_cached(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMX_CACHE", str(tmp_path / "cache"))
    _toml(tmp_path / "reg.toml", PEOPLE)
    assert Registry.load([tmp_path / "reg.toml"]).match(["Zhanar Bekova"])[0].id == "zhanar-bekova"
    assert not (tmp_path / "cache").exists()


def test_a_cache_that_cannot_be_written_is_no_error(tmp_path, monkeypatch):
    (tmp_path / "file").write_text("x")
    monkeypatch.setenv("CLAIMX_CACHE", str(tmp_path / "file" / "cache"))
    monkeypatch.setattr(speakers, "CACHE_MIN_BYTES", 1)
    _toml(tmp_path / "reg.toml", PEOPLE)
    assert Registry.load([tmp_path / "reg.toml"]).match(["卡塞诺娃"])[0].id == "nargis-kassenova"


def test_latin_surnames_are_searched_by_length_as_a_scan_would_find_them():
    from hypothesis import given, settings, strategies as st
    from rapidfuzz.fuzz import ratio

    from claimx.names import phonetic

    people = [Entry(f"p{i}", f"Anna {s}") for i, s in enumerate(
        ["Kassenova", "Kasenova", "Kazenov", "Kassenovaeva", "Sadykova", "Sadykov", "Umarov", "Umar",
         "Omarova", "Suleimenov", "Suleymanov", "Tokayev", "Tokaev", "Tokarev", "Ko", "Kassymova"])]
    reg = Registry(people)

    names = [e.name.split()[-1].lower() for e in people]
    edited = st.builds(lambda w, i, c, cut: (w[:i] + c + w[i + cut:]), st.sampled_from(names),
                       st.integers(0, 12), st.sampled_from(["", "a", "e", "y", "ss", "z", "ov"]), st.integers(0, 2))
    found = []

    @settings(max_examples=400, deadline=None, derandomize=True)
    @given(st.one_of(edited, st.text(alphabet="aeiouksdmnrtvylbz", min_size=3, max_size=14)))
    def check(sur):
        sound = phonetic(sur)
        scan = sorted({n for k, rows in reg._by_sound.items() if ratio(sound, k) >= 86 for n in rows}
                      | set(reg._by_norm.get(sur, ())))
        assert reg._rows_like(sound, sur, 86) == scan
        found.append(len(scan))

    check()
    assert sum(1 for n in found if n > 1) > 20          # the queries met several sound-alike surnames


def test_a_cache_folder_that_is_read_only_is_still_read(cached, monkeypatch):
    import os

    _toml(cached / "reg.toml", PEOPLE)
    fresh = Registry.load([cached / "reg.toml"])

    def refuse(*a, **k):
        raise PermissionError("read-only")
    monkeypatch.setattr(os, "utime", refuse)
    monkeypatch.setattr(speakers, "parse_registry", lambda *a, **k: pytest.fail("parsed again"))
    assert Registry.load([cached / "reg.toml"])._state() == fresh._state()
