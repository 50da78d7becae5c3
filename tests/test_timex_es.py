"""Spanish dates: the rules of pipeline/resources/es/timex, on the engine every language shares."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.timex import tag

PUBLISHED = date(2005, 10, 4)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "words", "type_", "value"),
    [
        ("El evento se celebrará el 12 de octubre.", "el 12 de octubre", "DATE", "2005-10-12"),
        ("El acuerdo se firmó el 28 de abril de 2003 en Madrid.", "el 28 de abril de 2003", "DATE", "2003-04-28"),
        ("Apple lo ha anunciado hoy.", "hoy", "DATE", "2005-10-04"),
        ("Lo dijo el día de ayer.", "el día de ayer", "DATE", "2005-10-03"),
        ("El año pasado cayeron las ventas.", "El año pasado", "DATE", "2004"),
        ("Llegará la semana próxima.", "la semana próxima", "DATE", "2005-W41"),  # inflected: próximo
        ("Sucedió hace tres años.", "hace tres años", "DATE", "2002"),
        ("Las obras duraron dos años.", "dos años", "DURATION", "P2Y"),
        ("En los últimos años creció.", "los últimos años", "DURATION", "PXY"),
        ("El pasado lunes dimitió.", "El pasado lunes", "DATE", "2005-10-03"),
        ("Las ventas del tercer trimestre de este año subieron.", "tercer trimestre de este año", "DATE", "2005-Q3"),
        ("Se reúnen cada semana.", "cada semana", "SET", "P1W"),
        ("La cuota anual sube.", "anual", "SET", "P1Y"),
        ("El temblor ocurrió a las 16:08 UTC.", "las 16:08 UTC", "TIME", "2005-10-04T16:08Z"),
        ("Actualmente hay paz.", "Actualmente", "DATE", "PRESENT_REF"),
    ],
)
def test_expression(text: str, words: str, type_: str, value: str) -> None:
    found = tag(text, PUBLISHED, "es")
    assert [(t.text, t.type, t.value) for t in found] == [(words, type_, value)]
    assert text[found[0].start:found[0].end] == words


@pytest.mark.parametrize("text", ["El diario publicó la noticia.", "Cuesta 15.00 euros.", "Tiene 20 años de edad."])
def test_look_alikes_are_no_dates(text: str) -> None:
    assert tag(text, PUBLISHED, "es") == []
