"""What a page holds beside its article names no event: readers' comments, the site's notices, interview questions."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.furniture import comments_start, is_notice
from pipeline.records import text_events

PUBLISHED = date(2011, 3, 21)


def triggers(text: str) -> list[str]:
    """The triggers of a text's events, in order."""
    return [e["trigger"] for e in text_events(text, PUBLISHED)]


def test_readers_comments_after_the_article_name_no_event() -> None:
    text = (
        "NATO warplanes attacked air defences near Tripoli on Monday.\n"
        "March 21, 2011 at 2:27 pm | Reply Obama never asked Congress for anything.\n"
        "March 21, 2011 at 3:10 pm | Report abuse | They should withdraw now.\n"
    )
    assert triggers(text) == ["attacked"]


def test_a_comment_stamped_with_its_date_and_time_ends_the_article() -> None:
    text = (
        "NATO warplanes attacked air defences near Tripoli on Monday.\n"
        "Ron Smith, Ohio March 21, 2011 at 1:32 pm | The allies should provide ground support.\n"
        "March 21, 2011 at 1:36 am | Congress must impose limits.\n"
    )
    assert comments_start(text, "en") == text.index(", 2011 at 1:32")
    assert triggers(text) == ["attacked"]


@pytest.mark.parametrize("text, first", [
    ("NATO jets struck Tripoli on Monday.\nMarch 21st , 2011 2:27 pm ET The rebels attacked the UN for nothing.\n",
     ", 2011 2:27"),
    ("The envoys met in Geneva.\nThis post was last changed at 06:36 PM , April 2 2005 .\nBlair attacked Iraq.\n",
     "This post"),
])
def test_a_blog_stamp_or_closing_line_opens_the_comments(text: str, first: str) -> None:
    assert comments_start(text, "en") == text.index(first)
    assert len(triggers(text)) == 1


def test_the_line_that_invites_readers_answers_opens_the_comments() -> None:
    text = (
        "Egypt's army deployed tanks in Cairo on Friday.\n"
        "Here's my question to you: What's next for the Middle East?\n"
        "Interested to know which ones made it on air?\n"
        "It is hypocritical to call for elections and then refuse to deal with the winners.\n"
    )
    assert triggers(text) == ["deployed"]
    assert triggers("NATO jets struck Tripoli.\nWe want to hear from you.\nObama attacked Libya for its oil.\n") == ["struck"]


def test_a_time_of_day_in_the_article_opens_no_comments() -> None:
    text = "The envoys met at 5:30 pm on Monday.\nThe talks ended at 7 pm | Reuters.\nThey resume at 9:30 am ET.\n"
    assert comments_start(text, "en") == len(text)


def test_a_page_without_comment_marks_keeps_every_sentence() -> None:
    text = "Rebels attacked Brega.\nThe council condemned the raid.\n"
    assert comments_start(text, "en") == len(text)
    assert triggers(text) == ["attacked", "condemned", "raid"]


def test_the_comments_begin_at_the_first_mark() -> None:
    text = "Troops withdrew.\nWell said | Reply I agree.\nSecond | Report abuse | Yes."
    assert comments_start(text, "en") == text.index("| Reply")


@pytest.mark.parametrize("sentence", [
    "You agree that anything you post may be used in accordance with our Privacy Policy and the license you have granted.",
    "CNN welcomes a lively and courteous discussion as long as you follow the Rules of Conduct.",
    "Most stock quote data provided by BATS.",
    "8:41 pm ET February 11, 2013 RETWEET A hero speaks out: the man who killed the commander.",
    "The opinions expressed in this commentary are solely those of the author.",
    "updated: Tue Apr 12 2011 10:15:00 A minister tells reporters the talks will resume in Geneva.",
    # a release's pointer to where more can be read
    "For the latest updates on U.S. assistance to Chad, visit: https://example.org/chad",
    "For more information about the visit and our support for Moldova, please visit the embassy's website.",
    "To learn more about the sanctions imposed today, see the Treasury press release.",
    "More information on our efforts to support Moldova is available online.",
    "Groups interested in supporting the relief effort can visit https://example.org to learn more.",
    "Visit our Partners for Peace website for more information about our support for Moldova.",
])
def test_the_sites_notices_name_no_event(sentence: str) -> None:
    assert is_notice(sentence, 0, len(sentence), "en")
    assert triggers(sentence) == []


@pytest.mark.parametrize(("sentence", "found"), [
    ("Egypt granted asylum to the envoy under its rules of procedure.", ["granted"]),
    # a related story's teaser after its title is no video caption: only a caption opens with the stamp
    ("Rebels seize port updated: Tue Apr 12 2011 10:15:00 Rebels attacked the port on Monday.", ["seize", "attacked"]),
    # only a sentence that opens with the pointer is one; a visit to a place stays an event
    ("The minister asked for more information on the attack.", ["asked", "attack"]),
    ("Blinken will visit Chad on Monday.", ["visit"]),
])
def test_an_article_sentence_is_no_notice(sentence: str, found: list[str]) -> None:
    assert not is_notice(sentence, 0, len(sentence), "en")
    assert triggers(sentence) == found


@pytest.mark.parametrize("text", [
    "Asked about the no-fly zone, the minister said nothing had been decided.",
    "When asked whether he would resign, the governor smiled.",
    "The envoy was asked why the embassy had closed.",
    "I asked him whether the talks had failed.",
    "Americans ask the question: is the war worth it?",
    "Let me ask you a question about the sanctions.",
    "The committee never asked me a single question.",
    "Here is your chance to ask the minister your questions.",
])
def test_an_interviewers_question_is_no_request(text: str) -> None:
    assert "REQUEST" not in [e["event_type"] for e in text_events(text, PUBLISHED)]


def test_a_question_someone_named_puts_and_a_request_stay_events() -> None:
    assert "REQUEST" in [e["event_type"] for e in text_events("Egypt asked Qatar for help on Monday.", PUBLISHED)]
    found = text_events("Iran asked Iraq to question the suspects on Monday.", PUBLISHED)
    assert "REQUEST" in [e["event_type"] for e in found]
    found = text_events("Senators asked whether the United States would arm the rebels.", PUBLISHED)
    assert "REQUEST" in [e["event_type"] for e in found]


def test_a_phrase_opening_with_a_caret_matches_only_at_the_start_of_the_span() -> None:
    from pipeline.lexicon import Lexicon

    lexicon = Lexicon([("^ asked about", "-"), ("asked", "REQUEST")])
    text = "Asked about it, Kerry declined. Reporters asked about it."
    assert [hit.label for hit in lexicon.find(text, 0, 31)] == ["-"]
    assert [hit.label for hit in lexicon.find(text, 32, len(text))] == ["REQUEST"]


@pytest.mark.parametrize("text", [
    "Protesters carried signs that read Leave now.",
    "The first convoy was a sign of progress, the minister said.",
    "A young man held up a sign supporting the strike.",
])
def test_placards_and_tokens_are_no_signature(text: str) -> None:
    assert "AGREE" not in [e["event_type"] for e in text_events(text, PUBLISHED)]


def test_a_signature_stays_an_agreement() -> None:
    assert "AGREE" in [e["event_type"] for e in text_events("Libya signs a ceasefire with the rebels.", PUBLISHED)]


@pytest.mark.parametrize("text, found", [
    # a news page's weather and sports items between its political stories name no event
    ("A blizzard is hammering the Midwest.\nThe rescued drivers were taken to shelters, a police sergeant said.", []),
    ("The NFL title game is on Sunday.\nThe fans will travel to the game in their thousands, the coach said.", []),
    # storms and their damage, a sports cup, a crime case, a film, a therapy trial: no political side
    ("The hurricane flooded the city.\nOne breach will be fixed today, the engineer said.", []),
    ("The team reached the semifinals of the Asian Cup.\nOrganizers announced a donation to the victims.", []),
    ("Detectives on the serial killer case say they are investigating two more deaths.", []),
    ("The movie opens on Friday.\nThe director said he was happy with it.", []),
    ("Patients with post-traumatic stress disorder took part in the trial.\nThe doctor said it looked promising.",
     []),
    # a storm named beside a political topic is no story of its own
    ("Global warming makes hurricanes more severe.\nThe scientists warned the administration.", ["warned"]),
    # an actor of a state acts in any story
    ("A blizzard is hammering the Midwest.\nCanada said it would send ploughs to Ohio.", ["said"]),
    # a political topic near makes the story political
    ("The Super Bowl is on Sunday.\nRebels attacked the port, the police said.", ["attacked", "said"]),
    # a political story two sentences after the item is its own
    ("A blizzard is hammering the Midwest.\nSchools are closed.\nSnow fell all day.\n"
     "The rebels met the envoy on Monday.", ["met"]),
])
def test_a_story_off_politics_names_no_event(text: str, found: list[str]) -> None:
    assert triggers(text) == found


HEADLINE_RUN = ("The security of the town is huge news, one said, and every death is mourned: security, a huge "
                "task, is one more death away. "
                "Town captive `says army sparked plot' Security chiefs fear new wave of raids Huge hunt for the "
                "bomb maker Death squads were linked, say police One of the men accused has claimed the plot "
                "was inspired by the war.")


def test_a_run_of_headlines_opening_a_sentence_names_no_event() -> None:
    found = triggers(HEADLINE_RUN)
    assert "accused" in found  # the sentence's own words after the run
    assert "says" not in found and "say" not in found  # the headlines' reports


@pytest.mark.parametrize("text", [
    "Officials said the plan was announced by the Prime Minister and the Foreign Minister today.",  # names
    "They say Egypt has helped keep peace between Israel and the Arab world, he said.",  # no common capitals
    'He warned reporters "The talks are over" and said the army would attack Town.',  # an opening quote
])
def test_capitals_in_a_sentence_make_no_headline_run(text: str) -> None:
    assert triggers(text) == triggers(text)  # stable
    assert any(word in triggers(text) for word in ("said", "say", "warned"))


@pytest.mark.parametrize("language, text, first", [
    ("fr", "L'armée a fermé la place.\nPaul | 2 août 2013 13h12 | Le 3 juillet fut un coup.\n", "| 2 août"),
    ("fr", "L'armée a fermé la place.\nAnne en réponse au commentaire de Paul\nNon.\n", "en réponse"),
    ("fr", "L'armée a fermé la place.\nC'est faux. | Répondre\n", "| Répondre"),
    ("it", "L'esercito ha chiuso la piazza.\nScritto lunedì, 7 marzo 2011 alle 18:13\nBravo.\n", "2011 alle"),
    ("it", "L'esercito ha chiuso la piazza.\nluca scrive: 15 marzo 2011 alle 12:31 Non è vero.\n", "scrive:"),
    ("it", "L'esercito ha chiuso la piazza.\nNon è vero. | Rispondi\n", "| Rispondi"),
    ("es", "El ejército cerró la plaza.\nNo es cierto. | Responder | Denunciar abuso\n", "| Responder"),
])
def test_each_language_has_its_own_comment_marks(language: str, text: str, first: str) -> None:
    assert comments_start(text, language) == text.index(first)


@pytest.mark.parametrize("language, text", [
    ("fr", "Le 2 août 2013, à 13h12, l'armée a fermé la place et a voulu répondre aux manifestants.\n"),
    ("it", "Il 28 dicembre 2011, alle 07:08, l'esercito ha chiuso la piazza; nessuno scrive più.\n"),
    ("es", "El ejército quiso responder a los manifestantes y denunciar el abuso.\n"),
])
def test_an_article_s_own_date_and_time_opens_no_comments(language: str, text: str) -> None:
    assert comments_start(text, language) == len(text)
