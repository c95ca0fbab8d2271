"""The actor knowledge base: its data files load, hang together and date offices right."""
from __future__ import annotations

import re
from collections import defaultdict
from datetime import date
from importlib import resources
from itertools import combinations
from pathlib import Path

import pytest

from diplograph.actors.kb import ALIAS_KINDS, LANGS, Alias, KnowledgeBase, load_kb, read_kb
from diplograph.errors import DataError
from diplograph.lang.normalise import fold
from diplograph.types import ACTOR_TYPES, POSITIONS, Office
from tests.support.tables import table

#: The name tables: a name, adjective or capital in a language and the actor it stands for.
TABLES = Path(__file__).with_name("kb")

DATA = resources.files("diplograph.lexicons").joinpath("common")
FILES = ["states.tsv", "seats.tsv", "organisations.tsv", "places.tsv", "people.yaml"]
PREFIX_TYPES = {
    "country": {"Country"}, "body": {"GovernmentBody"}, "org": {"Organization", "Coalition"},
    "place": {"Place"}, "person": {"Person"},
}


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


# ------------------------------------------------------------------ loading


@pytest.mark.parametrize("name", FILES)
def test_every_file_is_there_and_utf8(name: str) -> None:
    text = DATA.joinpath(name).read_text(encoding="utf-8")
    assert text.strip(), f"{name} is empty"
    assert "\r" not in text, f"{name} has carriage returns"


def test_load_is_cached() -> None:
    assert load_kb() is load_kb()


@pytest.mark.parametrize("prefix,minimum", [
    ("country", 198), ("body", 30), ("org", 60), ("place", 60), ("person", 250),
])
def test_counts(kb: KnowledgeBase, prefix: str, minimum: int) -> None:
    assert sum(1 for a in kb.actors if a.startswith(prefix + "/")) >= minimum


def test_ids_match_types(kb: KnowledgeBase) -> None:
    for actor_id, actor in kb.actors.items():
        assert actor.id == actor_id
        assert actor.type in PREFIX_TYPES[actor_id.split("/")[0]], actor_id
        assert actor.type in ACTOR_TYPES + ("Place",)
        assert actor.labels.get("en") == actor.label


def test_every_un_member_and_observer() -> None:
    states = [a for a in load_kb().actors.values() if a.type == "Country"]
    for iso3 in ("fra", "usa", "vat", "pse", "xkx", "twn", "esh", "ssd", "cod", "tls"):
        assert any(a.id == f"country/{iso3}" for a in states), iso3


# ------------------------------------------------------------------ aliases


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", ALIAS_KINDS)
def test_every_alias_folds_to_something(kb: KnowledgeBase, lang: str, kind: str) -> None:
    for alias in kb.aliases(lang, (kind,)):
        assert fold(alias.text).strip(), alias
        assert alias.text == alias.text.strip(), alias
        assert alias.kind == kind and alias.lang == lang


@pytest.mark.parametrize("lang", LANGS)
def test_every_actor_has_a_name_in_each_language(kb: KnowledgeBase, lang: str) -> None:
    named = {a.actor_id for a in kb.aliases(lang)}
    missing = [a for a in kb.actors if a not in named and not a.startswith("person/")]
    assert not missing, f"no {lang} name for {missing[:10]}"


SCRIPT_NOT = {"ar": r"[A-Za-z\u0400-\u04ff]", "ru": r"[a-z\u0600-\u06ff]",
              "en": r"[\u0600-\u06ff\u0400-\u04ff]", "fr": r"[\u0600-\u06ff\u0400-\u04ff]"}


@pytest.mark.parametrize("lang", LANGS)
def test_aliases_are_in_their_script(kb: KnowledgeBase, lang: str) -> None:
    """Arabic aliases have no Latin letter, Russian no Latin lower case, and so on."""
    wrong = [a for a in kb.aliases(lang, ALIAS_KINDS) if re.search(SCRIPT_NOT[lang], a.text)]
    assert wrong == []


def test_labels_are_aliases(kb: KnowledgeBase) -> None:
    for lang in LANGS:
        texts = {(a.actor_id, a.text) for a in kb.aliases(lang)}
        for actor in kb.actors.values():
            if lang in actor.labels:
                assert (actor.id, actor.labels[lang]) in texts, (actor.id, lang)


def _overlap(kb: KnowledgeBase, a: str, b: str) -> bool:
    """True when two actors may be current at the same time."""
    oa, ob = kb.offices(a), kb.offices(b)
    if not oa or not ob:
        return True
    return any(
        (x.start or date.min) <= (y.end or date.max) and (y.start or date.min) <= (x.end or date.max)
        for x in oa for y in ob
    )


def ambiguous_aliases(kb: KnowledgeBase, lang: str) -> list[tuple[str, str, str]]:
    """Folded aliases naming two actors of one type whose offices overlap in time."""
    owners: dict[str, set[str]] = defaultdict(set)
    for alias in kb.aliases(lang, ("name", "acronym", "seat")):
        owners[fold(alias.text)].add(alias.actor_id)
    clashes = []
    for text, ids in owners.items():
        for a, b in combinations(sorted(ids), 2):
            if kb.actors[a].type == kb.actors[b].type and _overlap(kb, a, b):
                clashes.append((text, a, b))
    return clashes


@pytest.mark.parametrize("lang", LANGS)
def test_no_alias_names_two_actors(kb: KnowledgeBase, lang: str) -> None:
    assert ambiguous_aliases(kb, lang) == []


def test_ambiguity_check_finds_a_clash() -> None:
    actors = {
        "person/a": load_kb().actors["person/joe-biden"],
        "person/b": load_kb().actors["person/donald-trump"],
    }
    actors = {k: type(v)(k, v.label, v.type) for k, v in actors.items()}
    same = [Alias("President", "person/a", "en", "name"), Alias("president", "person/b", "en", "name")]
    overlapping = {
        "person/a": [Office("person/a", "other", "country/usa", date(2020, 1, 1), date(2022, 1, 1))],
        "person/b": [Office("person/b", "other", "country/usa", date(2021, 1, 1), None)],
    }
    assert ambiguous_aliases(KnowledgeBase(actors, same, overlapping), "en") == [
        ("president", "person/a", "person/b")]
    apart = {
        "person/a": [Office("person/a", "other", "country/usa", date(2010, 1, 1), date(2012, 1, 1))],
        "person/b": [Office("person/b", "other", "country/usa", date(2021, 1, 1), None)],
    }
    assert ambiguous_aliases(KnowledgeBase(actors, same, apart), "en") == []


@pytest.mark.parametrize("row", table(TABLES / "names.tsv", ["lang", "name", "actor"]))
def test_find(kb: KnowledgeBase, row: dict[str, str]) -> None:
    assert [a.id for a in kb.find(row["name"], row["lang"])] == [row["actor"]]


@pytest.mark.parametrize("row", table(TABLES / "adjectives.tsv", ["lang", "adjective", "actor"]))
def test_adjectives(kb: KnowledgeBase, row: dict[str, str]) -> None:
    assert (row["adjective"], row["actor"]) in {(a.text, a.actor_id) for a in kb.adjectives(row["lang"])}


@pytest.mark.parametrize("row", table(TABLES / "capitals.tsv", ["lang", "capital", "actor"]))
def test_capitals(kb: KnowledgeBase, row: dict[str, str]) -> None:
    assert (row["capital"], row["actor"]) in {(a.text, a.actor_id) for a in kb.capitals(row["lang"])}


def test_arabic_adjectives_are_bare(kb: KnowledgeBase) -> None:
    for alias in kb.adjectives("ar"):
        assert not alias.text.startswith("ال"), alias
        assert not alias.text.endswith("ة"), alias


def test_capitals_are_not_places(kb: KnowledgeBase) -> None:
    capitals = {fold(a.text) for lang in LANGS for a in kb.capitals(lang)}
    for actor in kb.actors.values():
        if actor.type == "Place":
            assert fold(actor.labels["en"]) not in capitals, actor.id


# ------------------------------------------------------------------ offices and references


def test_offices_are_well_formed(kb: KnowledgeBase) -> None:
    count = 0
    for actor_id in kb.actors:
        for office in kb.offices(actor_id):
            count += 1
            assert office.person == actor_id
            assert office.position in POSITIONS
            assert office.start is None or office.end is None or office.start <= office.end, office
            assert office.country in kb.actors, office
            assert kb.actors[office.country].type in ("Country", "Organization", "Coalition", "GovernmentBody")
    assert count > 400


def test_references_resolve(kb: KnowledgeBase) -> None:
    for actor in kb.actors.values():
        if actor.represents is not None:
            assert kb.actors[actor.represents].type == "Country", actor.id
        if actor.type == "GovernmentBody":
            assert actor.represents, actor.id


def test_people_have_current_or_past_offices(kb: KnowledgeBase) -> None:
    for actor_id, actor in kb.actors.items():
        if actor.type == "Person":
            assert kb.offices(actor_id), f"{actor_id} holds no office"


UNIQUE_POSTS = ("head_of_state", "head_of_government", "foreign_minister", "defence_minister")


def test_unique_posts_do_not_overlap(kb: KnowledgeBase) -> None:
    """Two people never hold one state's top post on the same day, but for a handover day."""
    posts: dict[tuple[str, str | None], list[Office]] = defaultdict(list)
    for actor_id in kb.actors:
        for office in kb.offices(actor_id):
            if office.position in UNIQUE_POSTS:
                posts[(office.position, office.country)].append(office)
    clashes = []
    for offices in posts.values():
        for a, b in combinations(offices, 2):
            if a.person != b.person:
                start = max(a.start or date.min, b.start or date.min)
                end = min(a.end or date.max, b.end or date.max)
                if start < end:
                    clashes.append((a, b))
    assert clashes == []


HOLDERS = [
    ("head_of_state", "country/usa", date(2016, 6, 1), "person/barack-obama"),
    ("head_of_state", "country/usa", date(2018, 6, 1), "person/donald-trump"),
    ("head_of_state", "country/usa", date(2022, 6, 1), "person/joe-biden"),
    ("head_of_state", "country/usa", date(2025, 6, 1), "person/donald-trump"),
    ("head_of_government", "country/usa", date(2022, 6, 1), "person/joe-biden"),
    ("head_of_government", "country/gbr", date(2015, 6, 1), "person/david-cameron"),
    ("head_of_government", "country/gbr", date(2017, 6, 1), "person/theresa-may"),
    ("head_of_government", "country/gbr", date(2020, 6, 1), "person/boris-johnson"),
    ("head_of_government", "country/gbr", date(2022, 10, 1), "person/liz-truss"),
    ("head_of_government", "country/gbr", date(2023, 6, 1), "person/rishi-sunak"),
    ("head_of_government", "country/gbr", date(2025, 6, 1), "person/keir-starmer"),
    ("head_of_state", "country/gbr", date(2021, 6, 1), "person/elizabeth-ii"),
    ("head_of_state", "country/gbr", date(2023, 6, 1), "person/charles-iii"),
    ("head_of_government", "country/deu", date(2020, 6, 1), "person/angela-merkel"),
    ("head_of_government", "country/deu", date(2023, 6, 1), "person/olaf-scholz"),
    ("head_of_government", "country/deu", date(2025, 8, 1), "person/friedrich-merz"),
    ("head_of_state", "country/fra", date(2016, 6, 1), "person/francois-hollande"),
    ("head_of_state", "country/fra", date(2018, 6, 1), "person/emmanuel-macron"),
    ("head_of_government", "country/fra", date(2024, 2, 1), "person/gabriel-attal"),
    ("head_of_government", "country/fra", date(2024, 10, 1), "person/michel-barnier"),
    ("head_of_government", "country/fra", date(2025, 3, 1), "person/francois-bayrou"),
    ("head_of_government", "country/fra", date(2025, 11, 1), "person/sebastien-lecornu"),
    ("head_of_state", "country/ukr", date(2018, 6, 1), "person/petro-poroshenko"),
    ("head_of_state", "country/ukr", date(2020, 6, 1), "person/volodymyr-zelensky"),
    ("head_of_government", "country/ita", date(2015, 6, 1), "person/matteo-renzi"),
    ("head_of_government", "country/ita", date(2017, 6, 1), "person/paolo-gentiloni"),
    ("head_of_government", "country/ita", date(2020, 6, 1), "person/giuseppe-conte"),
    ("head_of_government", "country/ita", date(2022, 1, 1), "person/mario-draghi"),
    ("head_of_government", "country/ita", date(2023, 6, 1), "person/giorgia-meloni"),
    ("foreign_minister", "country/usa", date(2015, 6, 1), "person/john-kerry"),
    ("foreign_minister", "country/usa", date(2017, 6, 1), "person/rex-tillerson"),
    ("foreign_minister", "country/usa", date(2019, 6, 1), "person/mike-pompeo"),
    ("foreign_minister", "country/usa", date(2022, 6, 1), "person/antony-blinken"),
    ("foreign_minister", "country/usa", date(2025, 6, 1), "person/marco-rubio"),
    ("foreign_minister", "country/rus", date(2015, 6, 1), "person/sergey-lavrov"),
    ("foreign_minister", "country/rus", date(2025, 6, 1), "person/sergey-lavrov"),
    ("head_of_state", "country/syr", date(2020, 6, 1), "person/bashar-al-assad"),
    ("head_of_state", "country/syr", date(2025, 6, 1), "person/ahmed-al-sharaa"),
    ("head_of_government", "country/isr", date(2022, 1, 1), "person/naftali-bennett"),
    ("head_of_government", "country/isr", date(2024, 1, 1), "person/benjamin-netanyahu"),
    ("head_of_government", "country/irn", date(2022, 1, 1), "person/ebrahim-raisi"),
    ("head_of_government", "country/irn", date(2025, 1, 1), "person/masoud-pezeshkian"),
    ("other", "org/un", date(2015, 6, 1), "person/ban-ki-moon"),
    ("other", "org/un", date(2020, 6, 1), "person/antonio-guterres"),
    ("other", "org/nato", date(2020, 6, 1), "person/jens-stoltenberg"),
    ("other", "org/nato", date(2025, 6, 1), "person/mark-rutte"),
]


@pytest.mark.parametrize("position,country,day,person", HOLDERS)
def test_holder_by_date(kb: KnowledgeBase, position: str, country: str, day: date, person: str) -> None:
    holder = kb.holder(position, country, day)
    assert holder is not None and holder.id == person


def test_holder_unknown_post(kb: KnowledgeBase) -> None:
    assert kb.holder("head_of_state", "country/usa", date(1900, 1, 1)) is None
    assert kb.holder("head_of_state", "country/zzz", date(2020, 1, 1)) is None


def test_former_holder_has_no_current_role(kb: KnowledgeBase) -> None:
    positions = [o.position for o in kb.offices_on("person/joe-biden", date(2025, 6, 1))]
    assert "head_of_state" not in positions
    assert positions == []
    assert [o.position for o in kb.offices_on("person/barack-obama", date(2018, 1, 1))] == []


def test_org_post_titles(kb: KnowledgeBase) -> None:
    office = kb.offices_on("person/antonio-guterres", date(2020, 1, 1))[0]
    assert office.country == "org/un"
    assert kb.title(office) == "Secretary-General"


# ------------------------------------------------------------------ validation


def _copy(tmp_path: Path) -> Path:
    for name in FILES:
        (tmp_path / name).write_text(DATA.joinpath(name).read_text(encoding="utf-8"), encoding="utf-8")
    return tmp_path


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_copy_reads(tmp_path: Path) -> None:
    assert len(read_kb(_copy(tmp_path)).actors) == len(load_kb().actors)


@pytest.mark.parametrize("name,old,new,message", [
    ("seats.tsv", "country/rus\tKremlin", "country/xyz\tKremlin", "reference 'country/xyz' is unknown"),
    ("seats.tsv", "body/kremlin\t", "body/Kremlin!\t", "malformed"),
    ("seats.tsv", "body/kremlin\t", "body/pentagon\t", "already used"),
    ("organisations.tsv", "org/nato\tQ7184\tOrganization", "org/nato\tQ7184\tAlliance", "Organization or Coalition"),
    ("organisations.tsv", "org/nato\tQ7184", "org/nato\t7184", "not a Wikidata id"),
    # a coalition's id has the prefix of its node type (types.NODE_TYPES), as minted ids do
    ("organisations.tsv", "org/e3\t\tCoalition", "coalition/e3\t\tCoalition", "malformed; write org/"),
    ("seats.tsv", "body/kremlin\t", "org/kremlin\t", "malformed; write body/"),
    ("states.tsv", "country/fra\tFR\tFRA", "country/fra\tFR\tFRX", "disagrees with the id"),
    ("people.yaml", "position: head_of_state, country: country/usa, start: 2009-01-20",
     "position: president, country: country/usa, start: 2009-01-20", "is not one of"),
    ("people.yaml", "start: 2009-01-20, end: 2017-01-20", "start: 2017-01-21, end: 2017-01-20", "is after end"),
    ("people.yaml", "start: 2009-01-20, end: 2017-01-20", "start: 2009-13-40, end: 2017-01-20", "is not an ISO date"),
])
def test_bad_data_raises(tmp_path: Path, name: str, old: str, new: str, message: str) -> None:
    root = _copy(tmp_path)
    _edit(root / name, old, new)
    with pytest.raises(DataError, match=message) as info:
        read_kb(root)
    assert name in str(info.value)


def test_missing_column_raises(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    _edit(root / "places.tsv", "id\tqid\tcountry", "id\tqid\tland")
    with pytest.raises(DataError, match="places.tsv: header lacks column"):
        read_kb(root)


def test_missing_file_raises(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    (root / "seats.tsv").unlink()
    with pytest.raises(DataError, match="seats.tsv"):
        read_kb(root)


def test_short_row_raises(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    with (root / "places.tsv").open("a", encoding="utf-8") as f:
        f.write("place/nowhere\t\t\tNowhere\n")
    with pytest.raises(DataError, match="fewer cells"):
        read_kb(root)


def test_states_tsv_matches_its_generator() -> None:
    """states.tsv is what tools/make_states.py makes of CLDR and the curated file."""
    pytest.importorskip("babel")
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "tools" / "make_states.py"
    spec = importlib.util.spec_from_file_location("make_states", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rows = module.build()
    lines = DATA.joinpath("states.tsv").read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == module.COLUMNS
    assert ["\t".join(r[c] for c in module.COLUMNS) for r in rows] == lines[1:]
