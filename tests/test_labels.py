"""One label per post and language, from lexicons/common/positions.tsv, wherever a post is written."""
from __future__ import annotations

import json
from datetime import date

import pytest
from rdflib import Literal
from rdflib.namespace import ORG, RDFS

from diplograph.errors import DataError
from diplograph.export.jsonl import export_lines
from diplograph.graph.network import build_network
from diplograph.graph.rdf import IRIs, build_dataset
from diplograph.labels import CANONICAL, label_language, languages, position_label, post_label, post_labels, read_positions
from diplograph.lang.profile import supported_languages
from diplograph.types import POSITIONS, Actor, Document, Extraction, Mention, Role

# rdflib 7 warns about its own deprecated internals when it reads a Dataset.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib")

FRANCE = Actor("country/fra", "France", "Country", "Q142", {"en": "France", "ar": "فرنسا", "fr": "France", "ru": "Франция"})
PERSON = Actor("person/jean-dupont", "Jean Dupont", "Person")
TEXT = "Jean Dupont, a French official, spoke."


def test_languages_are_the_supported_ones_canonical_first():
    assert languages()[0] == CANONICAL
    assert sorted(languages()) == supported_languages()


@pytest.mark.parametrize("lang", languages())
def test_every_position_has_its_own_label_in_every_language(lang):
    labels = [position_label(position, lang) for position in POSITIONS]
    assert all(labels) and len(set(labels)) == len(labels)


@pytest.mark.parametrize(("position", "country", "lang", "expected"), [
    ("head_of_state", "France", "en", "Head of state of France"),
    ("other", "France", "en", "Official of France"),
    ("no_such_post", "France", "en", "Official of France"),
    ("foreign_minister", "فرنسا", "ar", "وزير الخارجية (فرنسا)"),
    ("defence_minister", "France", "fr", "Ministre de la Défense (France)"),
    ("ambassador", "Франция", "ru", "Посол (Франция)"),
    ("spokesperson", None, "en", "Spokesperson"),
])
def test_post_label(position, country, lang, expected):
    assert post_label(position, country, lang) == expected


def test_a_post_whose_country_lacks_a_name_in_a_language_takes_the_canonical_name():
    labels = post_labels("envoy", "Tuvalu", {"ar": "توفالو"})
    assert set(labels) == set(languages())
    assert labels["ar"] == "مبعوث (توفالو)" and labels["fr"] == "Envoyé (Tuvalu)"


def extraction(position: str) -> Extraction:
    role = Role(PERSON, position, FRANCE, "", "d1", TEXT, (0, len(TEXT)))
    mentions = [Mention(0, 11, "Jean Dupont", PERSON), Mention(15, 21, "French", FRANCE, "nationality")]
    return Extraction(Document("d1", TEXT, date(2025, 6, 2), "en"), mentions, [], [role])


@pytest.mark.parametrize("position", ["other", "envoy"])
def test_export_network_and_rdf_name_a_post_alike(position):
    x = extraction(position)
    expected = post_label(position, "France")
    exported = next(line for line in export_lines(x) if line.get("predicate") == "holdsPosition")
    assert exported["object"]["label"] == expected
    offices = json.loads(build_network([x]).nodes[PERSON.id]["offices"])
    assert offices == [f"{expected} (named 2025-06-02)"]
    dataset = build_dataset([x])
    post = IRIs.post(position, FRANCE.id)
    written = {(o.language, str(o)) for _, _, o, _ in dataset.quads((post, RDFS.label, None, None))}
    assert written == {(lang, post_label(position, FRANCE.labels[lang], lang)) for lang in languages()}
    assert list(dataset.quads((IRIs.actor(PERSON), ORG.holds, post, None)))


@pytest.mark.parametrize(("label", "mention", "doc_lang", "expected"), [
    ("deployment of Western forces", "أي انتشار لقوات غربية", "ar", "en"),  # a canonical name
    ("أي انتشار لقوات غربية", "أي انتشار لقوات غربية", "ar", "ar"),      # the document's own words
    ("ضمانات أمنية", "«ضمانات أمنية»", "ar", "ar"),                     # the document's script
    ("استقرار منطقه", "", "fa", "fa"),                                    # its language, not a guess from the script
    ("déploiement", "déploiement", "fr", "fr"),
    ("déploiement", "le déploiement", "fr", "en"),                       # Latin: canonical unless the mention itself
    ("развертывание", "", "en", "ru"),                                    # no mention: the one language of its script
    ("انتشار", "", None, "ar"),
    ("deployment", "deployment", "not a tag!", "en"),
])
def test_label_language(label, mention, doc_lang, expected):
    assert label_language(label, mention, doc_lang) == expected


def test_a_literal_of_a_persian_document_is_tagged_persian():
    minted = Actor("person/x", "علی رضایی", "Person")
    text = "علی رضایی گفت."
    x = Extraction(Document("fa1", text, date(2025, 6, 2), "fa"), [Mention(0, 9, "علی رضایی", minted)], [], [])
    labels = {o for _, _, o, _ in build_dataset([x]).quads((IRIs.actor(minted), RDFS.label, None, None))}
    assert labels == {Literal("علی رضایی", lang="fa")}


HEADER = "key\t" + "\t".join(languages()) + "\n"


def positions_file(tmp_path, rows: list[str]):
    path = tmp_path / "positions.tsv"
    path.write_text(HEADER + "".join(row + "\n" for row in rows), encoding="utf-8")
    return path


def good_rows() -> list[str]:
    rows = ["\t".join([p] + [f"{p} {lang}" for lang in languages()]) for p in POSITIONS]
    return rows + ["\t".join(["group"] + ["{group}, {country}"] * len(languages())),
                   "\t".join(["post"] + ["{position}, {country}"] * len(languages()))]


def test_the_shipped_file_reads(tmp_path):
    assert read_positions(positions_file(tmp_path, good_rows()))["minister"][CANONICAL] == "minister " + CANONICAL


@pytest.mark.parametrize(("change", "message"), [
    (lambda rows: rows + ["\t".join(["ministre"] + ["x"] * len(languages()))], "line 14: unknown key 'ministre'; did you mean 'minister'"),
    (lambda rows: rows[:1] + ["\t".join(["envoy"] + [""] * len(languages()))] + rows[2:], "no label in"),
    (lambda rows: rows[:-1] + ["\t".join(["post"] + ["{position}"] * len(languages()))], "names {position} and {country}"),
    (lambda rows: rows[:-2] + ["\t".join(["group"] + ["{country}"] * len(languages()))] + rows[-1:],
     "names {group} and {country}"),
    (lambda rows: rows[1:], "no row for head_of_state"),
])
def test_a_malformed_positions_file_names_the_file_line_and_fix(tmp_path, change, message):
    with pytest.raises(DataError, match=r"positions\.tsv.*" + message.replace("{", r"\{").replace("}", r"\}").replace("(", r"\(")):
        read_positions(positions_file(tmp_path, change(good_rows())))
