"""Inflected forms of words, read from the dictionary a lemmatiser ships (simplemma): for date words and actor names."""

from __future__ import annotations

from functools import cache


def inflected(language: str, words: dict[str, dict[str, object]], classes: list[str]) -> dict[str, dict[str, object]]:
    """The word classes with the forms of each one-word entry's lemma added (those keeping its stem), valued as the entry."""
    if not classes:
        return words
    entries = {name: [w for w in words[name] if " " not in w] for name in classes}
    lemmas = {lemma(language, w) for name in classes for w in entries[name]}
    forms = lemma_forms(language, frozenset(lemmas))
    expanded = dict(words)
    for name in classes:
        table = dict(words[name])
        for word in entries[name]:
            stem = word[:max(1, len(word) - 3)].lower()
            for form in forms.get(lemma(language, word), ()):
                # only the forms that keep the entry's stem: "vergangene" is a participle of "vergehen",
                # and "vergingen" is no form of it
                if form.lower().startswith(stem):
                    table.setdefault(form if word[:1].isupper() else form.lower(), words[name][word])
        expanded[name] = table
    return expanded


def lemma(language: str, word: str) -> str:
    """The lower-cased lemma of a word."""
    import simplemma

    return simplemma.lemmatize(word, lang=language).lower()


@cache
def lemma_forms(language: str, lemmas: frozenset[str]) -> dict[str, set[str]]:
    """Every form of the dictionary whose lemma is one of these (lower-cased lemmas), by lemma."""
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    found: dict[str, set[str]] = {lemma: {lemma} for lemma in lemmas}
    for form, lemma in DefaultDictionaryFactory().get_dictionary(language).items():
        if (key := lemma.lower()) in lemmas:
            found[key].add(form)
    return found
