"""Generate ``states.tsv`` from CLDR names (via babel) and the hand-curated ``states_curated.yaml``.

Not imported by the package; run it from the repository root after editing
the curated file, then review the diff::

    python tools/make_states.py [--fresh]

Each cell comes from, in order of precedence: ``states_curated.yaml``; the
current ``states.tsv`` (so hand edits made directly in the TSV survive); CLDR.
A CLDR label replaced by a curated one is kept as an alias when it is a usable
name (not "Congo - Brazzaville", "Myanmar (Burma)" and the like).
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "src" / "diplograph" / "lexicons" / "common" / "states.tsv"
CURATED = HERE / "states_curated.yaml"
LANGS = ("en", "ar", "fr", "ru")
COLUMNS = (
    ["id", "iso2", "iso3", "qid"] + [f"name_{x}" for x in LANGS] + [f"aliases_{x}" for x in LANGS]
    + [f"capital_{x}" for x in LANGS] + [f"adj_{x}" for x in LANGS]
)

#: The 193 UN member states (ISO 3166-1 alpha-2).
UN_MEMBERS = """
AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH CM CA CF
TD CL CN CO KM CG CD CR CI HR CU CY CZ DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA GM GE DE GH
GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KP KR KW KG LA LV LB LS LR LY
LI LT LU MG MW MY MV ML MT MH MR MU MX FM MD MC MN ME MA MZ MM NA NR NP NL NZ NI NE NG MK NO OM PK
PW PA PG PY PE PH PL PT QA RO RU RW KN LC VC WS SM ST SA SN RS SC SL SG SK SI SB SO ZA SS ES LK SD
SR SE CH SY TJ TZ TH TL TG TO TT TN TR TM TV UG UA AE GB US UY UZ VU VE VN YE ZM ZW
""".split()
#: UN General Assembly observer states, then states of limited recognition.
OBSERVERS = ["VA", "PS"]
OTHERS = ["XK", "TW", "EH"]

#: Alpha-3 codes where CLDR's alias table would give a retired or private code.
ALPHA3 = {
    "FR": "FRA", "CD": "COD", "TL": "TLS", "DE": "DEU", "MM": "MMR", "YE": "YEM", "XK": "XKX",
}
#: CLDR labels never kept as aliases (they name a territory, not the state).
DROP_CLDR = {"PS", "EH"}
#: Names and adjective endings the tool changes in CLDR's (cldr_names.yaml).
FIXES = yaml.safe_load((HERE / "cldr_names.yaml").read_text(encoding="utf-8"))
EN_NAMES: dict[str, str] = FIXES["en_names"]
RU_NAMES: dict[str, str] = FIXES["ru_names"]
_RU_ENDINGS: tuple[str, ...] = tuple(FIXES["ru_adjective_endings"])


def _spell_out(name: str, pairs: list[list[str]]) -> str:
    for written, full in pairs:
        name = name.replace(written, full)
    return name


def expand_fr(cell: str) -> str:
    """Expand one French adjective to its four forms; a '|' list is kept as written.

    >>> expand_fr("français")
    'français|française|françaises'
    >>> expand_fr("italien")
    'italien|italienne|italiens|italiennes'
    >>> expand_fr("russe")
    'russe|russes'
    """
    if not cell or "|" in cell:
        return cell
    word = cell
    if word.endswith("e"):
        forms = [word, word + "s"]
    elif word.endswith(("s", "x")):
        forms = [word, word + "e", word + "es"]
    elif word.endswith("en"):
        forms = [word, word + "ne", word + "s", word + "nes"]
    else:
        forms = [word, word + "e", word + "s", word + "es"]
    return "|".join(dict.fromkeys(forms))


def expand_ru(cell: str) -> str:
    """Expand each Russian ``-кий`` adjective of a cell to its case forms.

    >>> expand_ru("французский").split("|")[:6]
    ['французский', 'французская', 'французское', 'французские', 'французского', 'французской']
    """
    out: list[str] = []
    for word in filter(None, cell.split("|")):
        if word.endswith(FIXES["ru_adjective_ending"]) and " " not in word:
            out.extend(word[:-2] + ending for ending in _RU_ENDINGS)
        else:
            out.append(word)
    return "|".join(dict.fromkeys(out))


def _alpha3(code: str, aliases: dict[str, list[str]]) -> str:
    if code in ALPHA3:
        return ALPHA3[code]
    found = [k for k, v in aliases.items() if len(k) == 3 and k.isalpha() and v == [code]]
    if len(found) != 1:
        sys.exit(f"no single alpha-3 code for {code}: {found}; add it to ALPHA3")
    return found[0]


def _merge(*cells: str) -> str:
    parts: list[str] = []
    for cell in cells:
        parts.extend(p.strip() for p in cell.split("|") if p.strip())
    return "|".join(dict.fromkeys(parts))


def build(*, fresh: bool = False) -> list[dict[str, str]]:
    """Build every row of ``states.tsv``.

    Args:
        fresh: ignore the current ``states.tsv`` (drop hand edits made there).

    Returns:
        The rows, as mappings column -> cell.
    """
    import babel  # only the generator needs babel, not the package
    from babel.core import get_global

    curated = yaml.safe_load(CURATED.read_text(encoding="utf-8"))
    existing: dict[str, dict[str, str]] = {}
    if OUT.exists() and not fresh:
        with OUT.open(encoding="utf-8", newline="") as f:
            existing = {r["iso2"]: r for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)}
    aliases = get_global("territory_aliases")
    names = {lang: babel.Locale(lang).territories for lang in LANGS}
    unknown = set(curated) - set(UN_MEMBERS + OBSERVERS + OTHERS)
    if unknown:
        sys.exit(f"states_curated.yaml has codes outside the list: {sorted(unknown)}")
    rows = []
    for code in UN_MEMBERS + OBSERVERS + OTHERS:
        cur = curated.get(code) or {}
        old = existing.get(code, {})
        iso3 = _alpha3(code, aliases)
        row = {"id": f"country/{iso3.lower()}", "iso2": code, "iso3": iso3}
        row["qid"] = str(cur.get("qid") or old.get("qid") or "")
        for lang in LANGS:
            cldr = names[lang][code].replace("’", "'")
            if lang == "en":
                cldr = EN_NAMES.get(code, cldr.replace(" & ", " and "))
            if lang == "ru":
                cldr = RU_NAMES.get(code, _spell_out(cldr, FIXES["ru_spell_out"]))
            label = (cur.get("name") or {}).get(lang) or old.get(f"name_{lang}") or cldr
            keep_cldr = code not in DROP_CLDR and " - " not in cldr and "(" not in cldr
            # Keep the CLDR name beside a replaced label; RU_NAMES keep theirs too.
            extra = [names[lang][code]] if lang == "ru" and code in RU_NAMES else []
            row[f"name_{lang}"] = label
            alias = _merge(
                cldr if keep_cldr and cldr != label else "", *extra,
                old.get(f"aliases_{lang}", ""), (cur.get("aliases") or {}).get(lang, ""),
            )
            row[f"aliases_{lang}"] = "|".join(a for a in alias.split("|") if a and a != label)
            row[f"capital_{lang}"] = (cur.get("capital") or {}).get(lang) or old.get(f"capital_{lang}", "")
            adj = (cur.get("adj") or {}).get(lang) or old.get(f"adj_{lang}", "")
            if lang == "fr":
                adj = expand_fr(adj)
            elif lang == "ru":
                adj = expand_ru(adj)
            row[f"adj_{lang}"] = adj
        rows.append(row)
    return rows


def main() -> None:
    """Write ``states.tsv`` next to this folder."""
    rows = build(fresh="--fresh" in sys.argv[1:])
    with OUT.open("w", encoding="utf-8", newline="") as f:
        f.write("\t".join(COLUMNS) + "\n")
        for row in rows:
            cells = [row[c] for c in COLUMNS]
            if any("\t" in c or "\n" in c for c in cells):
                sys.exit(f"tab or newline in a cell of {row['id']}")
            f.write("\t".join(cells) + "\n")
    print(f"wrote {len(rows)} states to {OUT}")


if __name__ == "__main__":
    main()
