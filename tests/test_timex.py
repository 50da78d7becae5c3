"""The temporal tagger: what it finds, the extent it marks and the TIMEX3 value it gives."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.model import Timex
from pipeline.timex import live_page, tag, value_span

PUBLISHED = date(2021, 12, 21)  # a Tuesday


def only(text: str, published: date | None = PUBLISHED) -> Timex:
    """The single expression the tagger finds in the text."""
    found = tag(text, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "words", "type_", "value"),
    [
        # explicit dates in the common formats
        ("The accord was signed on December 21, 2021.", "December 21, 2021", "DATE", "2021-12-21"),
        ("It was signed on 21 Dec. 2021 in Geneva.", "21 Dec. 2021", "DATE", "2021-12-21"),
        ("The file is dated 12/21/2021.", "12/21/2021", "DATE", "2021-12-21"),
        ("Logged at 2021-12-21T15:00 by the mission.", "2021-12-21T15:00", "TIME", "2021-12-21T15:00"),
        ("The treaty of 1998 still holds.", "1998", "DATE", "1998"),
        ("Prices fell in July 1997 across Asia.", "July 1997", "DATE", "1997-07"),
        ("The division embarked on 12-14 July 1950.", "14 July 1950", "DATE", "1950-07-14"),  # a range's end
        ("It happened in 493 BC according to Herodotus.", "493 BC", "DATE", "BC0493"),
        # dates resolved against the publication date
        ("NATO met on December 21 to discuss it.", "December 21", "DATE", "2021-12-21"),
        ("The talks will take place in January.", "January", "DATE", "2022-01"),
        ("Troops massed on the border in January.", "January", "DATE", "2021-01"),
        ("The summit is to be held in March.", "March", "DATE", "2022-03"),  # passive "held" is no past tense
        ("Talks will resume in January, she said.", "January", "DATE", "2022-01"),  # the nearest cue decides
        ("Talks could start as early as next month.", "next month", "DATE", "2022-01"),
        ("Russia published its demands last week.", "last week", "DATE", "2021-W50"),
        ("The United States this year allocated aid.", "this year", "DATE", "2021"),
        ("He hopes next year to attain a timeline.", "next year", "DATE", "2022"),
        ("The alliance has grown since the 1990s.", "the 1990s", "DATE", "199"),
        ("Ukraine sought help two years ago.", "two years ago", "DATE", "2019"),
        # hours and minutes move the day only by whole days: the time of day is unknown
        ("An hour ago the talks broke down.", "An hour ago", "DATE", "2021-12-21"),
        ("Three minutes later the shelling began.", "Three minutes later", "DATE", "2021-12-21"),
        ("The rebels returned 48 hours later.", "48 hours later", "DATE", "2021-12-23"),
        ("The minister arrived yesterday.", "yesterday", "DATE", "2021-12-20"),
        ("They will meet tomorrow morning.", "tomorrow morning", "TIME", "2021-12-22TMO"),
        ("The vote was held last Friday.", "last Friday", "DATE", "2021-12-17"),
        ("He spoke to reporters on Monday.", "Monday", "DATE", "2021-12-20"),
        ("They will vote on Thursday.", "Thursday", "DATE", "2021-12-23"),
        ("Biden and Putin meet Thursday in Geneva.", "Thursday", "DATE", "2021-12-23"),  # a meeting told in the present
        ("The leaders did not meet on Monday.", "Monday", "DATE", "2021-12-20"),  # a meeting that did not take place
        ("The talks are supposed to end by March, they said.", "March", "DATE", "2022-03"),  # "supposed to" looks ahead
        ("The envoy could arrive as soon as Monday.", "Monday", "DATE", "2021-12-27"),  # a three-word cue
        # the day that owns an act past by its nature is past whatever the tense around it
        ("Whoever is behind Monday's suicide bombing will be punished.", "Monday", "DATE", "2021-12-20"),
        ("Police will look into Friday's deadly attacks.", "Friday", "DATE", "2021-12-17"),
        ("The ministers will sign Thursday's agreement.", "Thursday", "DATE", "2021-12-23"),  # no act past by nature
        ("The vote was planned for August.", "August", "DATE", "2022-08"),  # "planned for" looks ahead
        ("Profits rose in the fourth quarter.", "the fourth quarter", "DATE", "2021-Q4"),
        ("Fighting flared last summer.", "last summer", "DATE", "2021-SU"),
        ("Elections are planned for early 2022.", "early 2022", "DATE", "2022"),
        ("Growth slowed in the second half of 2021.", "the second half of 2021", "DATE", "2021-H2"),
        ("Sales for the last half of 1989 fell.", "the last half of 1989", "DATE", "1989-H2"),
        ("Prices fell in June last year.", "June last year", "DATE", "2020-06"),
        ("Profit fell in the first quarter of last year.", "the first quarter of last year", "DATE", "2020-Q1"),
        ("The plant will open in October of next year.", "October of next year", "DATE", "2022-10"),
        ("The envoy was detained on 3 September last year.", "3 September last year", "DATE", "2020-09-03"),
        ("Talks resume on the 9th of March next year.", "the 9th of March next year", "DATE", "2022-03-09"),
        ("The two leaders met on 14 May this year.", "14 May this year", "DATE", "2021-05-14"),
        ("Profit fell in the 2020 second quarter.", "the 2020 second quarter", "DATE", "2020-Q2"),
        ("It expects gains in next year's first quarter.", "next year's first quarter", "DATE", "2022-Q1"),
        ("The talks ended at 5:30 pm on the day.", "5:30 pm", "TIME", "2021-12-21T17:30"),
        ("Negotiations broke off at noon Monday.", "noon Monday", "TIME", "2021-12-20T12:00"),
        ("Bids are due by 5 p.m. EST Dec. 23.", "5 p.m. EST Dec. 23", "TIME", "2021-12-23T17:00"),
        ("The rocket lifted off at 18:00 UTC today.", "18:00 UTC today", "TIME", "2021-12-21T18:00Z"),
        ("Talks broke off at 4 a.m. EDT Monday.", "4 a.m. EDT Monday", "TIME", "2021-12-20T04:00"),
        ("Ministers met over the weekend.", "the weekend", "DATE", "2021-W50-WE"),
        ("Ministers will meet over the weekend.", "the weekend", "DATE", "2021-W51-WE"),
        ("The 21st century brought new threats.", "The 21st century", "DATE", "20"),
        ("Leaders will meet on Memorial Day.", "Memorial Day", "DATE", "2022-05-30"),  # last Monday of May
        ("The summit is set for Thanksgiving 2022.", "Thanksgiving 2022", "DATE", "2022-11-24"),  # fourth Thursday
        ("Troops were home by Christmas 2014.", "Christmas 2014", "DATE", "2014-12-25"),
        ("Prices peaked in nineteen ninety-six, the anchor said.", "nineteen ninety-six", "DATE", "1996"),
        # durations, sets and references
        ("Ukraine is at least a decade away from joining.", "at least a decade", "DURATION", "P10Y"),
        ("They spoke of the nearly eight-year war.", "nearly eight-year", "DURATION", "P8Y"),
        ("The ceasefire lasted for two weeks.", "two weeks", "DURATION", "P2W"),
        ("The meeting ran three hours.", "three hours", "DURATION", "PT3H"),
        ("Troops crossed in the early hours of Monday.", "Monday", "DATE", "2021-12-20"),  # "hours" is no duration
        ("Prices will rise in the coming years.", "the coming years", "DURATION", "PXY"),
        ("Monitors report daily to Vienna.", "daily", "SET", "P1D"),
        ("The summit is held every year in Brussels.", "every year", "SET", "P1Y"),
        ("The envoys meet each Thursday.", "each Thursday", "SET", "XXXX-WXX-4"),
        ("The talks are now stalled.", "now", "DATE", "PRESENT_REF"),
        ("Ukraine would someday become a member.", "someday", "DATE", "FUTURE_REF"),
        ("Tensions have risen recently.", "recently", "DATE", "PAST_REF"),
        ("Measures not considered in the past were discussed.", "the past", "DATE", "PAST_REF"),
        # bare seasons, market days, counted days and dates before the Common Era
        ("Talks will resume in spring.", "spring", "DATE", "2022-SP"),
        ("Prices fall in winter.", "winter", "DATE", "2021-WI"),
        ("Shares ended the day at 4,000.", "the day", "DATE", "2021-12-21"),
        ("For the day, the index lost 2%.", "the day", "DATE", "2021-12-21"),
        ("Prices fell over the past five trading days.", "the past five trading days", "DURATION", "P5D"),
        ("The fleet sailed in April 480 BC.", "April 480 BC", "DATE", "BC0480-04"),
        ("The allies met in the autumn of 481 BC.", "the autumn of 481 BC", "DATE", "BC0481-FA"),
        ("The city was founded in the 9th century BC.", "the 9th century BC", "DATE", "BC08"),
        ("Athens prospered in the 470s BC.", "the 470s BC", "DATE", "BC047"),
        ("Profit rose in the final quarter of 2009.", "the final quarter of 2009", "DATE", "2009-Q4"),
        ("The convoys moved only at night.", "night", "TIME", "XXXX-XX-XXTNI"),  # a part of any day
        ("Rebels crossed the river on Christmas night.", "Christmas night", "TIME", "2021-12-25TNI"),
        ("The hearing is set for the week of March 6.", "the week of March 6", "DATE", "2022-W09"),
        ("Sales rebounded in the last week of March.", "the last week of March", "DATE", "2021-W12"),
        ("Troops landed in the first week of June 1944.", "the first week of June 1944", "DATE", "1944-W23"),
        ("The siege lasted two and half years.", "two and half years", "DURATION", "P2.5Y"),
        # halves of one unit, before or after it
        ("The talks lasted half an hour.", "half an hour", "DURATION", "PT30M"),
        ("The talks lasted an hour and a half.", "an hour and a half", "DURATION", "PT1H30M"),
        ("The ice sheet grew for 32.2 centuries.", "32.2 centuries", "DURATION", "P3220Y"),
        ("The fund grew for 3.25 years.", "3.25 years", "DURATION", "P3.25Y"),
        ("It was a months-long siege.", "months", "DURATION", "PXM"),  # "a" counts no months
        ("Sales will pick up by the end of the month.", "the end of the month", "DATE", "2021-12"),
        # reported periods, "soon" after a modal, and clock times keeping their full stop
        ("Sales in the latest period rose.", "the latest period", "DATE", "2021-Q3"),  # the last quarter past
        ("Sales fell from the 2020 quarter.", "the 2020 quarter", "DATE", "2020-Q3"),
        ("Profit beat the year-ago third quarter.", "the year-ago third quarter", "DATE", "2020-Q3"),
        ("Net for the year-earlier nine months fell.", "nine months", "DURATION", "P9M"),  # the span, not a date
        ("The court may soon rule on it.", "soon", "DATE", "FUTURE_REF"),
        ("The shop soon will open.", "soon", "DATE", "FUTURE_REF"),
        ("Shelling began at 10:35 a.m. on the day.", "10:35 a.m.", "TIME", "2021-12-21T10:35"),
        ("Prices may climb over the next couple of years.", "the next couple of years", "DURATION", "P2Y"),
        ("Bids rose to the then current price.", "then current", "DATE", "PAST_REF"),  # current at a past time
        # counts and ordinals read through their own word classes
        ("Borders drawn in the last century still hold.", "the last century", "DATE", "19"),
        ("Ministers meet every other week.", "every other week", "SET", "P2W"),
        ("The talks ran two-and-a-half years.", "two-and-a-half years", "DURATION", "P2.5Y"),
    ],
)
def test_expression(text: str, words: str, type_: str, value: str) -> None:
    found = only(text)
    assert (found.text, found.type, found.value) == (words, type_, value)
    assert text[found.start:found.end] == words


@pytest.mark.parametrize(
    "text",
    [
        "We will decide on a date together with Russia.",  # "We" is no Wednesday
        "Russia may march its troops to the border.",  # the modal and the verb are no months
        "Theresa May said Britain stood with Ukraine.",  # May as a name
        "Czech Foreign Minister Jan Kavan signed it.",  # Jan as a name
        "The aid package is worth $1998 million.",  # an amount
        "Support fell to 12 percent and then 48%.",  # percentages
        "The match ended 21-12 after extra time.",  # a score
        "Call the embassy on 555-2021 for details.",  # a phone number
        "Prices fall when supply grows.",  # fall the verb
        "A 6-year-old boy was rescued.",  # an age is no duration
        "A second attack followed.",  # an ordinal
        "After the fall of Kabul the talks stopped.",  # a fall that is no autumn
        "Mr. Lee, 52 years old, will retire.",  # an age is no span of years
        "She was in her 30s when she moved.",  # nor are the decades of a life
        "He was in his early twenties.",
        "Thousands joined the March for Life.",  # a march named after its cause
        "Iraq imports about three-quarters of its food.",  # fractions, not quarters of a year
        "It holds more than a quarter of the market.",
        "He left as soon as he could.",  # "soon" of manner or of a narrative is no reference
        "Soon after the vote, he left.",
        "He was soon released.",
        "Now, he says, the plan has failed.",  # "Now," opening a sentence turns the argument
    ],
)
def test_false_friends_are_not_dates(text: str) -> None:
    assert tag(text, PUBLISHED) == []


def test_leading_prepositions_stay_outside_the_extent() -> None:
    assert [t.text for t in tag("Talks began on December 21 and resume in January.", PUBLISHED)] == [
        "December 21", "January"]


def test_several_expressions_come_in_order_without_overlap() -> None:
    text = "On December 21 NATO met; next month talks begin, and by 2022 the 1990s will seem distant."
    found = tag(text, PUBLISHED)
    assert [(t.text, t.value) for t in found] == [
        ("December 21", "2021-12-21"), ("next month", "2022-01"), ("2022", "2022"), ("the 1990s", "199")]
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


@pytest.mark.parametrize(
    ("text", "basis"),
    [
        ("The accord was signed on December 21, 2021.", "explicit"),
        ("The treaty of 1998 still holds.", "explicit"),
        ("NATO met on December 21 to discuss it.", "relative"),
        ("Talks could start next month.", "relative"),
        ("Earlier in the day, Putin spoke.", "relative"),
    ],
)
def test_basis_says_whether_the_words_alone_fix_the_value(text: str, basis: str) -> None:
    assert only(text).basis == basis


def test_narrative_dates_follow_the_last_date_mentioned() -> None:
    text = ("The siege began on 6 April 1453. The next day the walls were shelled. Twelve days later the fleet "
            "moved, and that spring the city fell. The following year the sultan rebuilt it.")
    assert [(t.text, t.value) for t in tag(text, None)] == [
        ("6 April 1453", "1453-04-06"), ("The next day", "1453-04-07"), ("Twelve days later", "1453-04-19"),
        ("that spring", "1453-SP"), ("The following year", "1454")]


def test_same_day_follows_the_last_day_not_the_last_month() -> None:
    text = "Talks will resume in January, she said on December 20. Earlier in the day, Putin spoke."
    assert [t.value for t in tag(text, PUBLISHED)] == ["2022-01", "2021-12-20", "2021-12-20"]


@pytest.mark.parametrize(
    ("language", "published", "text", "value"),
    [
        # a quarter without its year: the latest begun, unless the clause looks ahead to one not yet begun
        ("en", date(2006, 8, 19), "The plant closed in the fourth quarter.", "2005-Q4"),
        ("en", date(2006, 8, 19), "The plant will close in the fourth quarter.", "2006-Q4"),
        ("es", date(2006, 8, 19), "La planta cerró en el cuarto trimestre.", "2005-Q4"),
        ("es", date(2006, 8, 19), "La planta cerrará en el cuarto trimestre.", "2006-Q4"),
        # the quarter just over is still the one whose figures are to come, not next year's
        ("en", date(1989, 10, 26), "Profit will rise in the third quarter, it said.", "1989-Q3"),
    ],
)
def test_a_quarter_without_its_year_follows_the_tense(language: str, published: date, text: str, value: str) -> None:
    assert [t.value for t in tag(text, published, language)] == [value]


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        # English writes a fraction of a day or clock unit in the next smaller unit, as TimeBank does
        ("en", "It lasted 1.5 hours.", "PT1H30M"),
        ("en", "It lasted half a day.", "PT12H"),
        ("en", "It took two and a half years.", "P2.5Y"),  # a longer unit keeps its decimal
        # German and Spanish corpora keep the decimal; two units told as one stay one well-formed value
        ("de", "Er wartete eine halbe Stunde.", "PT0.5H"),
        ("es", "Esperó media hora.", "PT0.5H"),
        ("es", "Tardó media hora y medio día en llegar.", "PT12.5H"),
    ],
)
def test_a_fraction_of_a_unit(language: str, text: str, value: str) -> None:
    assert [t.value for t in tag(text, PUBLISHED, language)] == [value]


def test_a_year_ago_after_a_quarter_compares_quarters() -> None:
    found = tag("Profit in the third quarter rose from a year ago.", date(1989, 10, 26))
    assert [t.value for t in found] == ["1989-Q3", "1988-Q3"]


@pytest.mark.parametrize(
    ("text", "words", "type_", "value"),
    [
        ("Profit for the year ended March 31 doubled.", "the year", "DURATION", "P1Y"),
        ("Sales in the fiscal year ending June 30 fell.", "the fiscal year", "DURATION", "P1Y"),
        ("Fighting raged in August and September 1914.", "August", "DATE", "1914-08"),  # the year after the list
        ("The decrees (February-March 1794) passed.", "February", "DATE", "1794-02"),
        ("Both sides rearmed in the spring and early summer of 1943.", "the spring", "DATE", "1943-SP"),
        ("Last year's quarter was weak.", "Last year's quarter", "DATE", "2020-Q3"),  # the last quarter past
        ("The revolt (499-493 BC) failed.", "499", "DATE", "BC0499"),  # both ends are before the era
    ],
)
def test_first_of_several_expressions(text: str, words: str, type_: str, value: str) -> None:
    """The first expression of a sentence that names more than one."""
    first = tag(text, PUBLISHED)[0]
    assert (first.text, first.type, first.value) == (words, type_, value)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # "ago" counts from the time of writing even after a date of the past
        ("Sales fell last year. The year-ago results included a gain.", ["2020", "2020"]),
        ("Sales fell last year; a year earlier they had risen.", ["2020", "2019"]),
        # a comparison inside the quarter last named is with that quarter a year before
        ("Profit for the quarter ended Sept. 30 beat the year-ago quarter.", ["2021-Q3", "2021-09-30", "2020-Q3"]),
        ("Profit in the third quarter beat the 2020 quarter.", ["2021-Q3", "2020-Q3"]),  # a year, not P2020Q
        # the period under report: the last quarter or month named, or the one the text is written in
        ("Profit rose in the third quarter. Sales in the latest period rose.", ["2021-Q3", "2021-Q3"]),
        ("Profit fell in the fourth quarter; a year earlier it rose.", ["2021-Q4", "2020-Q4"]),
        ("Sales rose in November compared with the same period last year.", ["2021-11", "2020-11"]),
        ("Sales rose in November, up from the same month a year earlier.", ["2021-11", "2020-11"]),
        ("Profit in the third quarter beat the corresponding quarter a year ago.", ["2021-Q3", "2020-Q3"]),
        ("Profit in the third quarter beat the quarter a year earlier.", ["2021-Q3", "2020-Q3"]),
        ("The plan runs to 2025. Sales for the full year will rise.", ["2025", "2021"]),
        # a clock time without its day is on the last day told of
        ("Troops crossed on Monday. At 10:35 a.m. the shelling began.", ["2021-12-20", "2021-12-20T10:35"]),
        # a weekday without a tense cue is one of the days ahead right after a day told ahead, else one just past
        ("Talks resume tomorrow. On Friday the ministers sign the accord.", ["2021-12-22", "2021-12-24"]),
        ("The accord is due December 24. On Friday the ministers sign it.", ["2021-12-24", "2021-12-17"]),
        ("The revolt (499-493 BC) failed.", ["BC0499", "BC0493"]),  # both ends of a range before the era
    ],
)
def test_values_against_the_publication_date(text: str, values: list[str]) -> None:
    """Every value of a short text published on PUBLISHED."""
    assert [t.value for t in tag(text, PUBLISHED)] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a bare month soon after the year's last named day moves into the next year
        ("Japan attacked on December 7, 1941. In January, the Allies signed a pact.", ["1941-12-07", "1942-01"]),
        ("The siege began in March 1904. In June, the fleet sailed.", ["1904-03", "1904-06"]),
        ("The war began in 1940. In August of that year, Italy attacked.", ["1940", "1940-08"]),
        ("Elections came in 1968. In the spring of the following year, troops left.", ["1968", "1969-SP"]),
        # a year around the last date keeps the narrative at that date
        ("On December 8, 1941, Japan attacked. In 1941 the war spread; in January it grew.",
         ["1941-12-08", "1941", "1942-01"]),
        # a date counted back from the story ("the previous year") leaves it where it was; "the next morning" moves it
        ("Germany gained ground in 1941. In May 1942 the drive stalled, short of the gains of the previous year. "
         "In June, the fleet sailed.", ["1941", "1942-05", "1941", "1942-06"]),
        ("The war began in 1939. Two years earlier, the army had mutinied. In May, troops attacked.",
         ["1939", "1937", "1939-05"]),
        ("The siege began on 6 April 1453. The next day the walls were shelled.", ["1453-04-06", "1453-04-07"]),
        ("The siege began on 6 April 1453. Early the next morning the walls were shelled; that night they fell.",
         ["1453-04-06", "1453-04-07TMO", "1453-04-07TNI"]),
    ],
)
def test_narrative_dates_without_a_publication_date(text: str, values: list[str]) -> None:
    """A narrative's dates count from the dates before them, and move forward, not back."""
    assert [t.value for t in tag(text, None)] == values


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Talks could start next month.", "XXXX-XX"),
        ("He spoke on Friday.", "XXXX-WXX-5"),
        ("NATO met on December 21.", "XXXX-12-21"),
        ("They arrived yesterday.", "XXXX-XX-XX"),
    ],
)
def test_unknown_parts_stay_x_without_an_anchor(text: str, value: str) -> None:
    assert only(text, None).value == value


@pytest.mark.parametrize(
    ("value", "span"),
    [
        ("2021-12-21", (date(2021, 12, 21), date(2021, 12, 21), "day")),
        ("2021-12-21T15:00", (date(2021, 12, 21), date(2021, 12, 21), "day")),
        ("2021-W50", (date(2021, 12, 13), date(2021, 12, 19), "week")),
        ("2022-01", (date(2022, 1, 1), date(2022, 1, 31), "month")),
        ("2021-Q4", (date(2021, 10, 1), date(2021, 12, 31), "quarter")),
        ("2021-WI", (date(2021, 12, 1), date(2022, 2, 28), "season")),
        ("2021-H2", (date(2021, 7, 1), date(2021, 12, 31), "half")),
        ("2022", (date(2022, 1, 1), date(2022, 12, 31), "year")),
        ("199", (date(1990, 1, 1), date(1999, 12, 31), "decade")),
        ("20", (date(2000, 1, 1), date(2099, 12, 31), "century")),
        ("P8Y", (None, None, None)),
        ("PRESENT_REF", (None, None, None)),
        ("XXXX-12", (None, None, None)),
        ("2021-02-30", (None, None, None)),
    ],
)
def test_value_span(value: str, span: tuple[date | None, date | None, str | None]) -> None:
    assert value_span(value) == span


@pytest.mark.parametrize(("text", "value"), [
    ("She will travel to Nebraska from July 17-19.", "2022-07-17"),  # a range of days opens on its first
    ("The ministers meet July 17–19 in Paris.", "2022-07-17"),
])
def test_a_range_of_days_is_dated_by_its_first_day(text: str, value: str) -> None:
    assert [t.value for t in tag(text, date(2022, 7, 15))][:1] == [value]


@pytest.mark.parametrize(("text", "expressions"), [
    # every day of a list is a date of the month written before the first or after the last
    ("Crowds marched on December 3, 7 and 16.",
     [("December 3", "2021-12-03"), ("7", "2021-12-07"), ("16", "2021-12-16")]),
    ("Crowds marched on March 3, 7, and 26, 2019.",
     [("March 3", "2019-03-03"), ("7", "2019-03-07"), ("26, 2019", "2019-03-26")]),
    ("The envoy visits Rome on January 15 and 16, then Paris.", [("January 15", "2022-01-15"), ("16", "2022-01-16")]),
    ("Crowds marched on 3 and 26 July.", [("3", "2021-07-03"), ("26 July", "2021-07-26")]),
    ("They held the line on the 28 and 29 August 1918.", [("the 28", "1918-08-28"), ("29 August 1918", "1918-08-29")]),
    ("Polls opened on 3, 7 or 26 July.", [("3", "2021-07-03"), ("7", "2021-07-07"), ("26 July", "2021-07-26")]),
    # a number after a date that counts something is no day of it
    ("On March 3 and 4 soldiers were hurt.", [("March 3", "2022-03-03")]),
    ("On March 3, 12 protesters were hurt.", [("March 3", "2022-03-03")]),
    ("Prices rose on March 3 and 4 percent fell.", [("March 3", "2022-03-03")]),
    # a weekday with a part of the day right before its date is that part of the dated day
    ("He left on Sunday afternoon, December 12.", [("Sunday afternoon, December 12", "2021-12-12TAF")]),
    ("He left Sunday night December 12, 2021.", [("Sunday night December 12, 2021", "2021-12-12TNI")]),
])
def test_every_day_of_a_list_is_a_date_of_its_month(text: str, expressions: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag(text, PUBLISHED)] == expressions


def test_a_range_of_days_moves_no_later_time_of_day_off_the_publication_day() -> None:
    text = "Blinken is on travel from June 22-29, 2021. 9:15 a.m. Blinken meets Macron."
    assert [t.value for t in tag(text, date(2021, 6, 25)) if t.type == "TIME"] == ["2021-06-25T09:15"]


@pytest.mark.parametrize(("text", "language", "live"), [
    ("(Update 8 p.m. ET) Protesters gathered.", "en", True),
    ("-LRB- Update 3:45 p.m. Cairo, 8:45 a.m. ET -RRB- Protesters gathered.", "en", True),
    ("An update on the talks: protesters gathered.", "en", False),
    ("(Update 8 p.m. ET) Protesters gathered.", "de", False),  # a language without the stamp's pattern
])
def test_a_live_page_is_known_by_its_update_stamp(text: str, language: str, live: bool) -> None:
    assert live_page(text, language) is live


@pytest.mark.parametrize(("text", "language", "value"), [
    ("Protests have gone on since January 28.", "en", "2011-01-28"),
    ("Protests will resume on January 28.", "en", "2012-01-28"),  # no "since": the nearest January 28
    ("Die Proteste dauern seit dem 28. Januar an.", "de", "2011-01-28"),
    ("Les manifestations continuent depuis le 28 janvier.", "fr", "2011-01-28"),
    ("Le proteste continuano fin dal 28 gennaio.", "it", "2011-01-28"),
    ("Las protestas continúan desde el 28 de enero.", "es", "2011-01-28"),
])
def test_a_day_since_which_something_lasts_is_past_however_far_back(text: str, language: str, value: str) -> None:
    assert [t.value for t in tag(text, date(2011, 11, 10), language)] == [value]


@pytest.mark.parametrize(("text", "language", "value"), [
    ("El 3 de febrero del año pasado, la policía detuvo a 20 personas.", "es", "2011-02-03"),
    ("El 5 de mayo del próximo año habrá elecciones.", "es", "2013-05-05"),
    ("Le 3 février de l'année dernière, la police a arrêté 20 personnes.", "fr", "2011-02-03"),
    ("Il 3 febbraio dell'anno scorso la polizia ha arrestato 20 persone.", "it", "2011-02-03"),
    ("Il 3 febbraio dello scorso anno la polizia ha arrestato 20 persone.", "it", "2011-02-03"),
    ("On February 3 last year, police arrested 20 people.", "en", "2011-02-03"),
])
def test_a_day_of_a_named_year_is_one_expression_in_that_year(text: str, language: str, value: str) -> None:
    assert [t.value for t in tag(text, date(2012, 12, 13), language)] == [value]
