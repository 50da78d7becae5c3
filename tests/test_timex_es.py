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
        # a unit and a half with no count before it
        ("La sesión duró hora y media.", "hora y media", "DURATION", "PT1.5H"),
        ("Vivió allí casi año y medio.", "casi año y medio", "DURATION", "P1.5Y"),
        ("Tardaron mes y medio en responder.", "mes y medio", "DURATION", "P1.5M"),
        ("Esperó un año y medio.", "un año y medio", "DURATION", "P1.5Y"),
        ("En los últimos años creció.", "los últimos años", "DURATION", "PXY"),
        ("El pasado lunes dimitió.", "El pasado lunes", "DATE", "2005-10-03"),
        # "del" and "al" belong to the extent as the article does (Spanish TimeBank: "del 11 de septiembre")
        ("Las ventas del tercer trimestre de este año subieron.", "del tercer trimestre de este año", "DATE",
         "2005-Q3"),
        ("Se reúnen cada semana.", "cada semana", "SET", "P1W"),
        ("La cuota anual sube.", "anual", "SET", "P1Y"),
        ("Produce 300 barriles diarios.", "diarios", "SET", "P1D"),  # daily, not the newspaper
        ("La media diaria subió.", "diaria", "SET", "P1D"),
        ("Publica informes trimestrales.", "trimestrales", "SET", "P3M"),
        ("El temblor ocurrió a las 16:08 UTC.", "las 16:08 UTC", "TIME", "2005-10-04T16:08Z"),
        ("Actualmente hay paz.", "Actualmente", "DATE", "PRESENT_REF"),
        # the tense of a verb's ending chooses the week of a weekday: future "presentará", preterite "presentó"
        ("La ministra presentará el viernes su plan.", "el viernes", "DATE", "2005-10-07"),
        ("La ministra presentó el viernes su plan.", "el viernes", "DATE", "2005-09-30"),
        ("Los controles rigen a partir del viernes.", "del viernes", "DATE", "2005-10-07"),  # a start to come
        # a month without a year: the perfect's auxiliary or an irregular preterite says it is past, a plan to come
        ("Las empresas habían pactado en enero una alianza.", "enero", "DATE", "2005-01"),
        ("Hubo elecciones en enero.", "enero", "DATE", "2005-01"),
        ("El rey dio en enero su discurso.", "enero", "DATE", "2005-01"),
        ("El estreno está previsto para agosto.", "agosto", "DATE", "2006-08"),
        ("La empresa planea abrir la fábrica en agosto.", "agosto", "DATE", "2006-08"),
        ("La empresa espera cerrar la venta en agosto.", "agosto", "DATE", "2006-08"),
        ("Los hinchas esperan el derbi del sábado.", "del sábado", "DATE", "2005-10-08"),
        ("Hubo una larga espera en agosto.", "agosto", "DATE", "2005-08"),  # the noun is no cue
        # a participle of what is reported as done is past, unless a form of "ser" makes it a passive to come
        ("Los planes anunciados en enero siguen en pie.", "enero", "DATE", "2005-01"),
        ("La ley será aprobada en agosto.", "agosto", "DATE", "2006-08"),
        # "este domingo" is the week's Sunday, unless the tense says it is the one just past or the one to come
        ("Este domingo se reúnen.", "Este domingo", "DATE", "2005-10-09"),
        ("La televisión permitió este domingo un debate.", "este domingo", "DATE", "2005-10-02"),
        ("La ministra presentará este lunes su plan.", "este lunes", "DATE", "2005-10-10"),
        # a street, a bridge or a movement named after a day: the date joined to the name by "del" too
        ("Protestaron el 6 de octubre junto al puente.", "el 6 de octubre", "DATE", "2005-10-06"),
        ("Cruzaron el puente el 6 de octubre.", "el 6 de octubre", "DATE", "2005-10-06"),
    ],
)
def test_expression(text: str, words: str, type_: str, value: str) -> None:
    found = tag(text, PUBLISHED, "es")
    assert [(t.text, t.type, t.value) for t in found] == [(words, type_, value)]
    assert text[found[0].start:found[0].end] == words


@pytest.mark.parametrize(
    ("text", "words", "type_", "value"),
    [
        # clock times: a dotted hour with "hora local" or a time zone, an hour named with its part of the day
        ("Llegó a las 08.00 hora local.", "las 08.00 hora local", "TIME", "2005-10-04T08:00"),
        ("El temblor fue a las 13.00 GMT.", "las 13.00 GMT", "TIME", "2005-10-04T13:00Z"),
        ("Ocurrió a las seis de la mañana de ayer.", "las seis de la mañana de ayer", "TIME", "2005-10-03T06:00"),
        ("Lo anunció hoy a las 12:00 UTC.", "hoy a las 12:00 UTC", "TIME", "2005-10-04T12:00Z"),  # its day said first
        ("Cerraron pasada la una de la tarde.", "la una de la tarde", "TIME", "2005-10-04T13:00"),
        # parts of a day
        ("El ataque fue anoche.", "anoche", "TIME", "2005-10-03TNI"),
        ("Llegó la mañana del miércoles.", "la mañana del miércoles", "TIME", "2005-09-28TMO"),
        # a day of a month the text does not name, and days with the word that says which one
        ("La reunión fue el día 3.", "el día 3", "DATE", "2005-10-03"),
        ("Se votará el 12.", "el 12", "DATE", "2005-10-12"),
        ("El pasado 29 de septiembre dimitió.", "El pasado 29 de septiembre", "DATE", "2005-09-29"),
        ("El primero de mayo hubo marchas.", "El primero de mayo", "DATE", "2005-05-01"),
        ("Volvió en junio pasado.", "junio pasado", "DATE", "2005-06"),
        ("Vendrá el próximo mes de marzo.", "el próximo mes de marzo", "DATE", "2006-03"),
        # centuries in Roman numerals, decades in words
        ("Nació en el siglo XIX.", "el siglo XIX", "DATE", "18"),
        ("En la década de los noventa creció.", "la década de los noventa", "DATE", "199"),
        ("En los 80, cantaba tangos.", "los 80", "DATE", "198"),  # a decade without "años"
        # a fraction after the unit, the current year's end, "entonces" after a preposition
        ("Duró dos semanas y media.", "dos semanas y media", "DURATION", "P2.5W"),
        ("Se aprobará a finales de año.", "finales de año", "DATE", "2005"),
        ("Desde los primeros días de agosto acampan allí.", "los primeros días de agosto", "DATE", "2005-08"),
        ("Las ventas subieron la última semana de marzo.", "la última semana de marzo", "DATE", "2005-W12"),
        ("Desde entonces no ha vuelto.", "entonces", "DATE", "PAST_REF"),
        ("Abre todos los fines de semana.", "todos los fines de semana", "SET", "XXXX-WXX-WE"),
        # counts written in words past fifteen, "un par de", and two units joined by "y"
        ("Estuvo diecisiete meses fuera.", "diecisiete meses", "DURATION", "P17M"),
        ("Esperó veintidós días.", "veintidós días", "DURATION", "P22D"),
        ("Cayó dos trimestres seguidos.", "dos trimestres", "DURATION", "P6M"),  # quarters in months
        ("Habló durante un par de horas.", "un par de horas", "DURATION", "PT2H"),
        ("La sesión duró tres horas y 15 minutos.", "tres horas y 15 minutos", "DURATION", "PT3H15M"),
        ("Gobernó cuatro años y seis meses.", "cuatro años y seis meses", "DURATION", "P4Y6M"),
        # "hace" with a vague count of days or more is a span, not a date; a few hours ago is still the same day
        ("Lo anunció hace unos días.", "hace unos días", "DURATION", "PXD"),
        ("Hacía muchos años que no volvía.", "Hacía muchos años", "DURATION", "PXY"),
        ("Era favorito hace sólo unas semanas.", "hace sólo unas semanas", "DURATION", "PXW"),
        ("Subió hace unas horas.", "hace unas horas", "DATE", "2005-10-04"),
        ("Lo dijo hace apenas unos minutos.", "hace apenas unos minutos", "DATE", "2005-10-04"),
        ("Llegó hace unos cuatro meses.", "hace unos cuatro meses", "DATE", "2005-06"),
        ("Lo sabían desde hace tiempo.", "hace tiempo", "DURATION", "PXM"),  # a while: a span, no date
        # a season without its article after "en" or "de"
        ("Las obras terminarán en otoño.", "otoño", "DATE", "2005-FA"),
        ("Celebrarán sus reuniones de invierno.", "invierno", "DATE", "2005-WI"),
        # the word that says which ones after the count; a bare plural with "después" or "antes"
        ("Ganó los tres últimos años.", "los tres últimos años", "DURATION", "P3Y"),
        ("Años después volvió a Lima.", "Años después", "DURATION", "PXY"),
        ("Semanas antes lo había anunciado.", "Semanas antes", "DURATION", "PXW"),
        ("Los rehenes llevaban días sin comer.", "días", "DURATION", "PXD"),
        ("Firmaron tras meses de negociación.", "meses", "DURATION", "PXM"),
        ("El índice tocó su nivel más alto en años.", "años", "DURATION", "PXY"),
        # the past and the future as adverbs
        ("Últimamente llueve poco.", "Últimamente", "DATE", "PAST_REF"),
        ("Algún día volverá.", "Algún día", "DATE", "FUTURE_REF"),
        ("Lo anunciará muy pronto.", "muy pronto", "DATE", "FUTURE_REF"),
        # the day a market closes is the day told of
        ("La bolsa de Madrid cerró la jornada con pérdidas.", "la jornada", "DATE", "2005-10-04"),
        ("El índice ha acabado el día con 31 puntos menos.", "el día", "DATE", "2005-10-04"),
        ("La bolsa sube por tercer día consecutivo.", "tercer día consecutivo", "DATE", "2005-10-04"),  # the last of a run
        # the last year or decade up to now is a span; the whole year told of is that year
        ("Las ventas tocaron su nivel más alto del último año.", "del último año", "DURATION", "P1Y"),
        ("Es el mayor descenso de la última década.", "la última década", "DURATION", "P10Y"),
        ("Gracias a todos a lo largo de los años.", "los años", "DURATION", "PXY"),
        ("Las acciones subieron a un máximo quinquenal.", "quinquenal", "SET", "P5Y"),
        ("Cayó un 14 % en las últimas cinco jornadas bursátiles.", "las últimas cinco jornadas bursátiles", "DURATION",
         "P5D"),
    ],
)
def test_rule_categories(text: str, words: str, type_: str, value: str) -> None:
    found = tag(text, PUBLISHED, "es")
    assert [(t.text, t.type, t.value) for t in found] == [(words, type_, value)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the first day of a range takes the month written after the last
        ("Se celebrará del 6 al 9 de noviembre.", [("del 6", "2005-11-06"), ("al 9 de noviembre", "2005-11-09")]),
        ("Son coches de los 60 y 70.", [("los 60", "196"), ("70", "197")]),
        # the first count of a range takes the unit written after the last
        ("Se quedan tres o cuatro semanas.", [("tres", "P3W"), ("cuatro semanas", "P4W")]),
        ("Para niños de uno a dos años.", [("uno", "P1Y"), ("dos años", "P2Y")]),
        # the first month of a range takes the year written after the last
        ("Entre mayo y junio de 2003 llovió.", [("mayo", "2003-05"), ("junio de 2003", "2003-06")]),
        # the period figures are reported for, in the year before or in a year written
        ("Las ventas de agosto cayeron frente al mismo mes del año anterior.",
         [("agosto", "2005-08"), ("al mismo mes del año anterior", "2004-08")]),
        ("En el segundo trimestre ganó más que en el mismo periodo de 2003.",
         [("el segundo trimestre", "2005-Q2"), ("el mismo periodo de 2003", "2003-Q2")]),
        # "mañana" after "la" is the morning, and no day of the clock time after it
        ("Llegó por la mañana a las 8:30 horas.", [("la mañana", "2005-10-04TMO"), ("las 8:30 horas", "2005-10-04T08:30")]),
        # "ese mismo día" and "el día siguiente" count from the last date told of, not from publication
        ("El 2 de marzo de 2003 llegó a Lima y ese mismo día habló; el día siguiente se fue.",
         [("El 2 de marzo de 2003", "2003-03-02"), ("ese mismo día", "2003-03-02"),
          ("el día siguiente", "2003-03-03")]),
        ("Perdió 4 millones en el cuarto trimestre de 2003 y 9 en todo el año.",
         [("el cuarto trimestre de 2003", "2003-Q4"), ("todo el año", "2003")]),
        # a month takes the year named after it ("del año que viene" stands on its own)
        ("Cerrará a partir de marzo del año que viene.", [("marzo", "2006-03"), ("del año que viene", "2006")]),
        # every day of a list takes the month written after the last
        ("Votaron los días 3, 4 y 5 de marzo.", [("los días 3", "2005-03-03"), ("4", "2005-03-04"),
                                                ("5 de marzo", "2005-03-05")]),
        ("Votaron el 3, el 4 y el 5 de marzo.", [("el 3", "2005-03-03"), ("el 4", "2005-03-04"),
                                                ("el 5 de marzo", "2005-03-05")]),
        # a weekday with a part of the day, then its date: that part of the dated day
        ("Salió el domingo por la tarde 2 de octubre.", [("el domingo por la tarde 2 de octubre", "2005-10-02TAF")]),
        ("Salió el domingo por la noche, 2 de octubre.", [("el domingo por la noche, 2 de octubre", "2005-10-02TNI")]),
        # "el pasado día 8" is the last 8th before publication, whatever month the text told of before it
        ("El 3 de agosto hubo protestas y el pasado día 2 el ejército disparó.",
         [("El 3 de agosto", "2005-08-03"), ("el pasado día 2", "2005-10-02")]),
        ("Del 3 de agosto se habla poco; del próximo día 9 se sabrá más.",
         [("Del 3 de agosto", "2005-08-03"), ("del próximo día 9", "2005-10-09")]),
        # a title ending in a weekday and the dateline below it are two expressions
        ("Las bolsas cerrarán hasta el viernes\n18 de septiembre de 2008",
         [("el viernes", "2005-10-07"), ("18 de septiembre de 2008", "2008-09-18")]),
    ],
)
def test_dates_told_together(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag(text, PUBLISHED, "es")] == expected


@pytest.mark.parametrize("text", ["El diario publicó la noticia.", "Cuesta 15.00 euros.", "Tiene 20 años de edad.",
                                  "Y entonces escribí eso.", "Hablaron del futuro de las pensiones.",
                                  "Lo dijo a este diario.", "Subió entre el 2 y el 3 por ciento.",
                                  "Fue un segundo gol.", "Son noticias de última hora.",
                                  "La jornada electoral fue tranquila.",
                                  "Votaron los 80 diputados.", "Es demasiado pronto para saberlo.", "De los 80, 30 votaron.",
                                  "Llegaron los 50 y 60 invitados.",
                                  "Ha sido un día maravilloso.", "Fue un año difícil."])
def test_look_alikes_are_no_dates(text: str) -> None:
    assert tag(text, PUBLISHED, "es") == []


@pytest.mark.parametrize(("language", "text"), [
    ("es", "Miles llenaron la Plaza 2 de Mayo."),
    ("es", "Cruzan el Puente del 6 de Octubre hacia Tahrir."),
    ("es", "Para el Movimiento 6 de abril la era terminó."),
    ("fr", "La mosquée de la rue du 19 mars est fermée."),
    ("fr", "Les jeunes du Mouvement du 6 avril manifestent."),
    ("it", "I ladri sono entrati in via 25 aprile."),
    ("it", "Il corteo è arrivato in piazza 25 aprile."),
])
def test_a_date_in_a_name_is_no_date(language: str, text: str) -> None:
    assert [t.text for t in tag(text, PUBLISHED, language)] == []


@pytest.mark.parametrize(("language", "text", "words"), [
    ("fr", "La mise en place du 1er janvier 2006 a échoué.", "1er janvier 2006"),  # "place" names no square here
    ("it", "Nel corso del 5 maggio 2005 si è votato.", "5 maggio 2005"),  # nor "corso" a street
])
def test_a_head_word_in_another_sense_leaves_the_date(language: str, text: str, words: str) -> None:
    assert words in [t.text for t in tag(text, PUBLISHED, language)]


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("El Viernes Santo de 2005 hubo una procesión.", "El Viernes Santo de 2005", "2005-03-25"),
        ("El Domingo de Ramos los fieles llenaron la plaza.", "El Domingo de Ramos", "2005-03-20"),
        ("El Jueves Santo de 2004 cerraron los comercios.", "El Jueves Santo de 2004", "2004-04-08"),
    ],
)
def test_the_feasts_that_move_with_easter(text: str, words: str, value: str) -> None:
    assert [(t.text, t.value) for t in tag(text, PUBLISHED, "es")] == [(words, value)]


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        # a source's date written without "de", as citations and datelines do
        ("(Associated Press, 27 febrero 2011). Las fuerzas avanzan.", "27 febrero 2011", "2011-02-27"),
        ("Publicado el 19 Mayo 2011 por la redacción.", "el 19 Mayo 2011", "2011-05-19"),
    ],
)
def test_a_day_month_and_year_without_de(text: str, words: str, value: str) -> None:
    assert [(t.text, t.value) for t in tag(text, PUBLISHED, "es")] == [(words, value)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a well-known day named by its date is that day of its year, whatever the publication's
        ("es", "Desde los ataques del 11-S, el miedo creció.", [("del 11-S", "2001-09-11")]),
        ("es", "El 11-M cambió el país.", [("El 11-M", "2004-03-11")]),
        ("fr", "Depuis le 11-Septembre, tout a changé.", [("le 11-Septembre", "2001-09-11")]),
        # the date written as any other is a day near publication, and a year written after the name is its own
        ("fr", "Le 11 septembre, il a parlé.", [("Le 11 septembre", "2005-09-11")]),
        ("it", "L'11 settembre il parlamento ha votato.", [("11 settembre", "2005-09-11")]),
        ("fr", "Le 11-Septembre 2003, il pleuvait.", [("Le 11-Septembre 2003", "2003-09-11")]),
        ("es", "El 11 de septiembre de 2003 llovió.", [("El 11 de septiembre de 2003", "2003-09-11")]),
    ],
)
def test_a_well_known_day_named_by_its_date(language: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag(text, PUBLISHED, language)] == expected
