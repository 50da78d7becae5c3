"""Actor names in another language from the data packages ship: CLDR territory and city names (babel), and the
inflected forms of a language's aliases from the lemmatiser's dictionary (simplemma)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from itertools import islice, product

from pipeline.timex.inflect import lemma, lemma_forms

_MAX_FORMS = 400  # forms of one multi-word alias: enough for case and number, few enough for the automaton
_INFLECTED_WORDS = 2  # in a multi-word alias only the first words inflect ("Министерство иностранных дел")


def territory_names(language: str, codes: dict[str, str]) -> dict[str, list[str]]:
    """CLDR's names, in the language, of each state whose ISO 3166 alpha-3 code is given (canonical name -> code)."""
    from babel import Locale, UnknownLocaleError

    try:
        names = Locale.parse(language).territories
    except (UnknownLocaleError, ValueError):
        return {}
    found: dict[str, list[str]] = defaultdict(list)
    for state, code in codes.items():
        alpha2 = _alpha2(code)
        if alpha2 and alpha2 in names:
            found[state].append(names[alpha2])
    return found


def capital_names(language: str, capitals: dict[str, list[str]]) -> dict[str, list[str]]:
    """CLDR's names, in the language, of the states' capitals that name a time zone (canonical name -> English)."""
    from babel import Locale, UnknownLocaleError
    from babel.core import get_global

    try:
        local, english = Locale.parse(language).time_zones, Locale("en").time_zones
    except (UnknownLocaleError, ValueError):
        return {}
    owner = {city: state for state, cities in capitals.items() for city in cities}
    found: dict[str, list[str]] = defaultdict(list)
    for zone in get_global("zone_territories"):
        city = _city(english, zone)
        if city in owner:
            # a time zone's city name may carry its country in brackets ("Tripoli (Libye)"): the bare name is used
            found[owner[city]].append(_city(local, zone).split(" (")[0])
    return found


def _city(names: object, zone: str) -> str:
    """The city of a time zone in a locale's names; CLDR leaves out those spelt as in the zone's identifier."""
    city = dict(names.get(zone, {})).get("city") if hasattr(names, "get") else None
    return city or zone.rsplit("/", 1)[-1].replace("_", " ")


@cache
def _alpha2_codes() -> dict[str, str]:
    """ISO 3166 alpha-2 codes by alpha-3 code (pycountry's table, with Kosovo's user-assigned codes)."""
    import pycountry

    codes = {country.alpha_3: country.alpha_2 for country in pycountry.countries}
    return codes | {"XKX": "XK"}


def _alpha2(code: str) -> str:
    """The alpha-2 code of an alpha-3 code, or ''."""
    return _alpha2_codes().get(code, "")


def inflections(language: str, aliases: Iterable[str]) -> dict[str, set[str]]:
    """Every inflected form of each alias whose words the lemmatiser's dictionary knows, cased as the alias."""
    aliases = [a for a in aliases if not a.isupper()]  # acronyms (НАТО, США) do not inflect
    words = {w for a in aliases for w in a.split()[:_INFLECTED_WORDS] if w.isalpha() and len(w) > 2}
    lemmas = {w: lemma(language, w) for w in words}
    forms = lemma_forms(language, frozenset(lemmas.values()))
    found: dict[str, set[str]] = {}
    for alias in aliases:
        parts = alias.split()
        options = [
            _word_forms(word, forms.get(lemmas.get(word, ""), ())) if k < _INFLECTED_WORDS else [word]
            for k, word in enumerate(parts)
        ]
        found[alias] = {" ".join(combo) for combo in islice(product(*options), _MAX_FORMS)} - {alias}
    return found


def _word_forms(word: str, forms: Iterable[str]) -> list[str]:
    """The word and those forms of its lemma that keep its stem, in the word's case."""
    stem = word[: max(2, len(word) - 3)].lower()  # "vergangene" is no form of "vergehen"'s stem
    kept = {word}
    for form in forms:
        if form.lower().startswith(stem) and form.isalpha():
            kept.add(form[:1].upper() + form[1:].lower() if word[:1].isupper() else form.lower())
    return sorted(kept, key=lambda form: (form != word, form))
