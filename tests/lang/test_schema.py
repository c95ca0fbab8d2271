"""Language data is checked when loaded: language.yaml keys and trigger rows (a typo fails, naming file and row)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import diplograph
import diplograph.events.frames  # noqa: F401  (the events layer adds the checks of a trigger's predicate and frame)
from diplograph.errors import DataError
from diplograph.lang import profile
from diplograph.lang.schema import KEYS, check_settings

LEXICONS = Path(diplograph.__file__).parent / "lexicons"


@pytest.fixture
def lexicon(tmp_path, monkeypatch):
    """A copy of the English folder as language 'xx', loaded uncached from a root of its own."""
    shutil.copytree(LEXICONS / "en", tmp_path / "xx")
    monkeypatch.setattr(profile, "_ROOT", tmp_path)
    return tmp_path / "xx"


def load(folder: Path):
    return profile.load_language.__wrapped__(folder.name)


def test_the_packaged_languages_load():
    for code in profile.supported_languages():
        assert profile.load_language(code).get("subject_order")


def test_unknown_key_names_file_and_nearest_key(lexicon):
    path = lexicon / "language.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("subject_order:", "subject_ordr:"), encoding="utf-8")
    with pytest.raises(DataError, match=r"lexicons/xx/language.yaml: unknown key 'subject_ordr'; did you mean 'subject_order'"):
        load(lexicon)


def test_wrong_type_fails(lexicon):
    path = lexicon / "language.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("name_words_max: 3", "name_words_max: three"),
                    encoding="utf-8")
    with pytest.raises(DataError, match="name_words_max must be an integer"):
        load(lexicon)


def test_unknown_forms_key(lexicon):
    path = lexicon / "language.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("  junctions: []", "  junction: []"), encoding="utf-8")
    with pytest.raises(DataError, match="did you mean 'forms.junctions'"):
        load(lexicon)


@pytest.mark.parametrize("column,bad,hint", [
    ("predicate", "rejectz", "did you mean 'rejects'"),
    ("frame", "defualt", "did you mean 'default'"),
    ("pos", "vreb", "did you mean 'verb'"),
])
def test_bad_trigger_row_names_file_line_and_nearest_value(lexicon, column, bad, hint):
    path = lexicon / "triggers.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("predicate\t"))
    columns = lines[header].split("\t")
    row = ["rejects", "verb", "refuses", "default", "", "", ""][:len(columns)]
    row[columns.index(column)] = bad
    lines.insert(header + 1, "\t".join(row))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(DataError, match=rf"lexicons/xx/triggers.tsv line {header + 2}: {column} '{bad}' is not valid; {hint}"):
        load(lexicon)


def test_booleans_are_read_as_booleans():
    assert profile.load_language("en").get("appositive_titles") is True
    assert check_settings({"appositive_titles": "false"}, where="x")["appositive_titles"] is False


def test_every_key_has_a_type_and_a_meaning():
    for key in KEYS.values():
        assert key.meaning and key.type
        assert key.default is not None


def test_defaults_answer_for_keys_a_language_leaves_out():
    assert profile.load_language("en").get("purpose_clitics") == ""
    with pytest.raises(KeyError, match="did you mean 'with_words'"):
        profile.load_language("en").get("with_word")
