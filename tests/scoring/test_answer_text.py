"""One formatter for an answer as text: the share view, the review, the report and the
calibration all call ``engine.answer_text``; the score explanations use its brief form."""

from __future__ import annotations

from app.scoring.engine import answer_text
from app.scoring.pack import Item, Option, Pack, Text
from app.scoring.wording import GERMAN_UNITS, unit_name

STORIES = "achievements.success_stories"


def test_the_full_form_reads_like_a_person_wrote_it(default_pack: Pack) -> None:
    assert answer_text(default_pack.item("eligibility.english_website"), True) == "Yes"
    assert (
        answer_text(default_pack.item("eligibility.member_types"), ["companies", "research"])
        == "Companies; Research organisations"
    )
    assert answer_text(default_pack.item("eligibility.member_types"), []) == "None selected"
    assert answer_text(default_pack.item("structure.sme_share"), 64.0) == "64 %"
    assert answer_text(default_pack.item("management.staff_fte"), 2.5) == "2.5 FTE"
    assert answer_text(default_pack.item("management.year_founded"), 2011) == "2011"
    assert answer_text(default_pack.item(STORIES), [{"title": "Pilot"}]) == "1. Title: Pilot"
    assert answer_text(default_pack.item(STORIES), []) == "None given"
    assert answer_text(default_pack.item(STORIES), None) == ""


def test_numbers_and_words_follow_the_language(default_pack: Pack) -> None:
    currency = Item(id="t.budget", section_id="t", label=Text({"en": "Budget"}),
                    type="currency", unit="EUR")  # fmt: skip
    assert answer_text(currency, 250000.0, "en") == "250,000 EUR"
    assert answer_text(currency, 250000.0, "de") == "250.000 EUR"
    assert answer_text(currency, 1234.5, "de") == "1.234,50 EUR"
    assert answer_text(default_pack.item("management.staff_fte"), 2.5, "de") == "2,5 VZÄ"
    assert answer_text(default_pack.item("eligibility.english_website"), False, "de") == "Nein"


def test_group_rows_show_option_labels_and_formatted_figures() -> None:
    kinds = (Option("prize", Text({"en": "Prize", "de": "Preis"})),)
    item = Item(
        id="t.awards",
        section_id="t",
        label=Text({"en": "Awards"}),
        type="group",
        fields=(
            _field("kind", "Kind", "single_choice", kinds),
            _field("amount", "Amount", "decimal"),
            _field("note", "Note", "short_text"),
        ),
    )
    rows = [{"kind": "prize", "amount": 12500.5}, {"note": "Shared <b>lab</b>"}, {}]
    assert answer_text(item, rows) == (
        "1. Kind: Prize \u00b7 Amount: 12,500.5\n2. Note: Shared <b>lab</b>\n3. (empty)"
    )
    assert answer_text(item, rows, brief=True) == "3 entries"


def test_the_brief_form_is_the_score_explanations_phrase(default_pack: Pack) -> None:
    member_types = default_pack.item("eligibility.member_types")
    brief = answer_text(member_types, ["companies", "research"], brief=True)
    assert brief.startswith("2 of ")
    assert brief.endswith(": Companies, Research organisations")
    assert answer_text(member_types, None, brief=True) == "not answered"
    assert answer_text(default_pack.item("eligibility.english_website"), True, brief=True) == "yes"


def _field(field_id: str, label: str, kind: str, options: tuple[Option, ...] = ()):  # type: ignore[no-untyped-def]
    from app.scoring.pack import GroupField

    return GroupField(field_id, Text({"en": label}), kind, options=options)


def test_units_are_said_in_the_interface_language_singular_for_one(default_pack: Pack) -> None:
    participants = default_pack.item("structure.participants_total")
    assert answer_text(participants, 112.0) == "112 participants"
    assert answer_text(participants, 1.0) == "1 participant"
    assert answer_text(participants, 112.0, "de") == "112 Teilnehmer"
    assert answer_text(participants, 112.0, "de", brief=True) == "112 Teilnehmer"
    members = Item(id="t.members", section_id="t", label=Text({"en": "Members"}),
                   type="integer", unit="members")  # fmt: skip
    assert answer_text(members, 1, "de") == "1 Mitglied"
    assert answer_text(members, 2, "de") == "2 Mitglieder"
    assert answer_text(members, 1, "en", brief=True) == "1 member"
    assert unit_name("en", "activities", 1) == "activity"
    assert unit_name("en", "FTE", 1) == "FTE"
    assert unit_name("de", "lanes", 1) == "lanes"  # a unit of another pack: as written


def test_every_unit_of_the_shipped_pack_has_its_german_words(default_pack: Pack) -> None:
    units = {item.unit for item in default_pack.items if item.unit and item.unit != "%"}
    assert units, "the shipped pack should have units"
    assert sorted(units - set(GERMAN_UNITS)) == []
