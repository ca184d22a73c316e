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
