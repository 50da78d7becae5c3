"""Who speaks: people the gazetteer does not know, named where a speaker stands, the pronouns and surnames that
refer back to them, quotations that go on from a line before, and an attribution's own subject."""

from __future__ import annotations

from datetime import date

from pipeline.actors import find_actors
from pipeline.records import text_events

PUBLISHED = date(2011, 5, 9)


def sources(text: str, trigger: str) -> list[str]:
    """The sources of the only event of a trigger in a text."""
    found = [e for e in text_events(text, PUBLISHED) if e["trigger"] == trigger]
    assert len(found) == 1, [(e["trigger"], e["sources"]) for e in text_events(text, PUBLISHED)]
    return found[0]["sources"]


def test_a_name_before_a_reporting_verb_or_its_apposition_is_a_speaker() -> None:
    assert sources("Talha Jwaili, a rebel fighter, told reporters that the rebels held the port.", "told") == [
        "Talha Jwaili"]
    assert sources("In earlier battles, Haji Usama says, the shelling lasted for days.", "says") == ["Haji Usama"]
    # an article makes it an organisation's name; a preposition's object does not speak
    text = "The Associated Press said the attack was over.\nThe grandmother of Elian Gonzalez said she would go."
    assert [m.actor for m in find_actors(text, PUBLISHED)] == []


def test_a_name_after_an_inverted_verb_or_according_to_is_a_speaker_and_its_surname_and_pronoun_refer_to_it() -> None:
    text = ('"It is just hell," said Marie Colvin, a correspondent.\n'
            "The shelling began on Sunday, Colvin said.\n"
            "Twenty rebels were killed in one day, she said.")
    found = [e["sources"] for e in text_events(text, PUBLISHED) if e["trigger"] == "said"]
    assert found == [["Marie Colvin"], ["Marie Colvin"], ["Marie Colvin"]]
    text = "But according to David King, of a pressure group, the research goes too far.\nDr King said it was wrong."
    assert sources(text, "said") == ["David King"]


def test_a_name_before_a_relative_pronoun_of_persons_is_a_person_whose_surname_speaks() -> None:
    text = ("Hanan Muhammad, who was evacuated on an aid ship, was wounded when a missile struck her home.\n"
            '"I was in my house praying when the first missile landed," said Muhammad.')
    assert sources(text, "said") == ["Hanan Muhammad"]


def test_a_surname_speaking_alone_makes_the_full_name_before_a_person() -> None:
    text = "Soldiers hovered over Lynsey Addario and three others.\nAddario told reporters that the abuse began early."
    assert sources(text, "told") == ["Lynsey Addario"]




def test_a_line_that_closes_a_quotation_opened_before_has_its_pronoun_resolved() -> None:
    text = 'Foreign Minister Sergey Lavrov spoke in Geneva.\n"We will not stop.\nThe talks will go on," he said.'
    assert sources(text, "said") == ["Sergey Lavrov"]


def test_a_surname_after_another_first_name_is_someone_else() -> None:
    text = "Saad Hariri says his party will not join.\nThe court looks into the killing of Rafik Hariri in 2005."
    assert [m.actor for m in find_actors(text, PUBLISHED) if m.text.endswith("Hariri")] == ["Saad Hariri"]


def test_an_attribution_after_a_comma_is_spoken_by_its_own_subject() -> None:
    assert sources("Lavrov will travel to Madrid, the Spanish foreign ministry said.", "said") == ["Spain"]
    # a list of the subject's is no attribution
    assert sources("The United States, France and Germany said they would act.", "said")[:1] == ["United States"]


def test_an_inverted_verb_after_a_quotation_a_line_before_opened_is_spoken_by_the_name_after_it() -> None:
    text = ('President Barack Obama met Rep. Mike Rogers on Friday.\n"I think that is a terrible idea.\n'
            'It would be a terrible option," said Rogers, who backs the plan.')
    assert sources(text, "said") == ["Mike Rogers"]


def test_a_senior_bureau_official_is_a_title_of_the_department() -> None:
    text = ("On June 29, Senior Bureau Official for East Asian and Pacific Affairs Kin Moy hosted the meeting.\n"
            "Senior Bureau Official Moy emphasized that the region is vital.")
    assert sources(text, "emphasized") == ["Kin Moy"]
    assert [(m.actor, m.country) for m in find_actors("SBO Kamian will discuss energy.", PUBLISHED)] == [
        ("Kamian", "United States")]


def test_a_person_after_an_inverted_verb_after_a_comma_speaks_what_the_sentence_reports() -> None:
    assert sources("Libya has good relations with Zimbabwe, says Jane Kinninmont, a research fellow.", "says") == [
        "Jane Kinninmont"]
    assert sources("The rebels took the refinery, said Hobab Jomaa.", "said") == ["Hobab Jomaa"]
    # the subject's apposition before its verb: what follows the verb is what is said, not who says it
    text = "Carl Levin, the chairman of the committee, said Britain, France and Arab nations would lead."
    assert sources(text, "said") == ["Carl Levin"]


def test_a_particle_a_hyphen_joins_to_a_name_is_part_of_it_and_its_surname_opens_a_sentence_capitalised() -> None:
    text = ('"The town is calm," said Hamid al-Warfalli, a rebel.\n'
            "Al-Warfalli said the road was open.\n"
            "The shelling stopped at dawn, al-Warfalli said.")
    found = [e["sources"] for e in text_events(text, PUBLISHED) if e["trigger"] == "said"]
    assert found == [["Hamid al-Warfalli"]] * 3
    # two people bear the surname, whatever its case: it alone names neither
    text = ("Hamid al-Warfalli, a rebel, said the road was open.\n"
            "His brother Omar Al-Warfalli, a doctor, said so too.\nAl-Warfalli said the town was calm.")
    assert [e["sources"] for e in text_events(text, PUBLISHED) if e["trigger"] == "said"][-1] == []
    # a name in apposition to a noun a preposition governs does not speak
    text = "Militants loyal to Iraq's Al-Qaeda frontman Abu Karim al-Tikriti said they attacked the convoy."
    assert "Abu Karim al-Tikriti" not in sources(text, "said")
