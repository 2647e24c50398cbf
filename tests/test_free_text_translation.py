"""#14 free text in the consulate's language: Russian/Ukrainian free text the vocabulary does
not know is kept as the person wrote it, printed in the person's translation into the form's
language, or — without one — transliterated and listed on the applicant's sheet. Names, places
and addresses stay transliterated, as the passport spells them."""

from __future__ import annotations

import io
import json
from datetime import date

import pytest

from tests.vault_helpers.common import PASS, make_vault
from visadesk import casework
from visadesk.case.casefile import dump_case, load_case
from visadesk.case.model import Application, Translation
from visadesk.cli.main import main
from visadesk.errors import InvalidData
from visadesk.forms import wizard
from visadesk.forms.engine import fill_application
from visadesk.forms.registry import get_registry
from visadesk.forms.types import text_role
from visadesk.sample.family import BROTHER_ID, SON_ID
from visadesk.vault import Vault

TODAY = date(2026, 12, 3)
SCHOOL = "Школа № 0, Екатеринбург"
ECOLE = "École n° 0, Ekaterinbourg"


def _app(case, person_id: str, form_id: str) -> Application:
    return next(a for a in case.applications_for(person_id) if a.form_id == form_id)


def _fill(case, person_id: str = SON_ID, form_id: str = "fr-long-stay"):
    return fill_application(case, _app(case, person_id, form_id), today=TODAY)


def _translated(case, field_id: str, text: str, person_id: str = SON_ID, **kw):
    app = _app(case, person_id, kw.pop("form_id", "fr-long-stay"))
    return casework.translate_field(case, app.id, field_id, text, today=TODAY, **kw)


# --- the engine -------------------------------------------------------------------------------


def test_roles_follow_the_field_kind_not_the_definition():
    form = get_registry().get("fr-long-stay")
    role = {f.id: text_role(f) for f in form.fields()}
    assert role["employer"] == role["occupation"] == role["means_of_support"] == "translate"
    for transliterated in ("surname", "place_of_birth", "home_address", "document_issued_by"):
        assert role[transliterated] == "transliterate", transliterated
    assert role["date_of_birth"] is None and role["nationality"] is None


def test_the_original_is_kept_and_the_form_prints_its_transliteration_until_translated(
    example_case,
):
    filled = _fill(example_case)
    employer = filled.field("employer")
    assert employer.original == SCHOOL
    assert employer.rendering == "untranslated" and employer.needs_translation
    assert employer.translation_lang == "fr"  # the Cerfa's first language
    assert employer.text == "Shkola № 0, Ekaterinburg"
    assert [f.id for f in filled.untranslated] == ["employer"]
    assert filled.complete  # a missing translation never blocks the form


def test_vocabulary_transliteration_and_latin_values_ask_for_nothing(example_case):
    filled = _fill(example_case)
    occupation = filled.field("occupation")
    assert (occupation.original, occupation.text, occupation.rendering) == (
        "Школьник",
        "Élève",
        "vocabulary",
    )
    place = filled.field("place_of_birth")
    assert place.rendering == "transliterated" and place.translation_lang is None
    assert place.text == "Ekaterinburg" and not place.needs_translation
    email = filled.field("email")
    assert email.original is None and email.rendering == "as_written"


def test_the_translation_is_printed_and_kept_apart_from_the_original(example_case):
    case = _translated(example_case, "employer", ECOLE)
    app = _app(case, SON_ID, "fr-long-stay")
    assert app.translations["employer"]["fr"] == Translation(original=SCHOOL, text=ECOLE)
    assert case.person(SON_ID).employer == SCHOOL  # the profile is untouched
    employer = _fill(case).field("employer")
    assert (employer.text, employer.value, employer.rendering) == (ECOLE, ECOLE, "translated")
    assert employer.original == SCHOOL and not _fill(case).untranslated


def test_a_changed_original_asks_again_and_offers_the_earlier_translation(example_case):
    case = _translated(example_case, "employer", ECOLE)
    son = case.person(SON_ID).model_copy(update={"employer": "Гимназия № 2, Екатеринбург"})
    case = casework.edit_person(case, son)
    employer = _fill(case).field("employer")
    assert employer.rendering == "untranslated" and employer.earlier_translation == ECOLE
    assert employer.text == "Gimnaziia № 2, Ekaterinburg"


def test_the_persons_translation_wins_over_the_vocabulary(example_case):
    case = _translated(example_case, "occupation", "Collégien")
    occupation = _fill(case).field("occupation")
    assert (occupation.text, occupation.rendering) == ("Collégien", "translated")


def test_a_russian_answer_typed_in_the_wizard_is_translated_too(example_case):
    app = _app(example_case, SON_ID, "fr-long-stay")
    app = wizard.set_answer(app, "means_of_support", "Мама оплачивает всё")
    case = casework.set_answers(example_case, app)
    res = _fill(case).field("means_of_support")
    assert res.source == "answer" and res.original == "Мама оплачивает всё"
    assert res.needs_translation and not res.problems
    case = _translated(case, "means_of_support", "Ma mère paie tout")
    assert _fill(case).field("means_of_support").text == "Ma mère paie tout"


def test_a_translation_into_another_print_language_of_the_form_is_used(example_case):
    """The Schengen form to France prints English and French: the brother's employer translated
    into French (the second language) prints; the wizard asks in English, the first."""
    case = _translated(
        example_case, "employer", "Média indépendant « Vymysel » (fermé en 2024)",
        person_id=BROTHER_ID, form_id="schengen-c", lang="fr",
    )  # fmt: skip
    res = _fill(case, BROTHER_ID, "schengen-c").field("employer")
    assert res.rendering == "translated" and res.text.startswith("Média indépendant")
    assert res.translation_lang == "en"


# --- the casework operation -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field_id", "text", "key"),
    [
        ("surname", "Podieiachev", "not_translated"),  # a name: transliterated as in the passport
        ("home_address", "rue Malycheva", "not_translated"),
        ("no_such", "x", "no_such_field"),
        ("employer", "Школа", "translation_invalid"),  # still Cyrillic: not the form's letters
        ("email", "x", "not_translated"),  # not free text at all
    ],
)
def test_translate_field_refuses_with_the_field_named(example_case, field_id, text, key):
    with pytest.raises(casework.CaseworkError) as err:
        _translated(example_case, field_id, text)
    assert err.value.key == key and err.value.field == field_id


def test_translate_field_refuses_a_language_the_form_does_not_print(example_case):
    with pytest.raises(casework.CaseworkError) as err:
        _translated(example_case, "employer", "Schule Nr. 0", lang="de")
    assert err.value.key == "not_a_form_language" and "fr, en" in err.value.user_message()


def test_translate_field_refuses_when_there_is_nothing_to_translate(example_case):
    app = wizard.set_answer(_app(example_case, SON_ID, "fr-long-stay"), "accompanying", "Seul")
    case = casework.set_answers(example_case, app)
    with pytest.raises(casework.CaseworkError) as err:
        _translated(case, "accompanying", "Alone")
    assert err.value.key == "nothing_to_translate"


def test_translate_field_refuses_an_unknown_application(example_case):
    with pytest.raises(casework.CaseworkError) as err:
        casework.translate_field(example_case, "f" * 32, "employer", ECOLE)
    assert err.value.key == "no_such_application"


def test_an_empty_translation_removes_it(example_case):
    case = _translated(example_case, "employer", ECOLE)
    case = _translated(case, "employer", "  ")
    assert _app(case, SON_ID, "fr-long-stay").translations == {}
    assert _fill(case).field("employer").needs_translation


def test_the_case_model_refuses_broken_translations(example_case):
    data = example_case.model_dump(mode="json")
    good = {"original": SCHOOL, "text": ECOLE}
    for bad, where in (
        ({"employer": {"ru": good}}, "ru"),  # not a form language
        ({"employer": {"fr": {"original": SCHOOL, "text": "Школа"}}}, "Cyrillic"),
        ({"employer": {"fr": {"original": "", "text": ECOLE}}}, "translates"),
        ({"Employer!": {"fr": good}}, "Employer!"),
    ):
        data["applications"][0]["translations"] = bad
        with pytest.raises(InvalidData) as err:
            casework.validated(data)
        assert "translations" in str(err.value) and where in str(err.value), str(err.value)


def test_the_vault_keeps_translations_and_refuses_an_invalid_one(tmp_path, example_case):
    vault = make_vault(tmp_path / "v.sqlite3")
    case = casework.save(vault, _translated(example_case, "employer", ECOLE))
    assert _fill(vault.get_case(case.id)).field("employer").text == ECOLE
    app = _app(case, SON_ID, "fr-long-stay")
    broken = app.model_copy(  # model_copy skips validation: the vault must not
        update={"translations": {"employer": {"fr": Translation.model_construct(
            original=SCHOOL, text="Школа")}}}
    )  # fmt: skip
    bad = case.model_copy(
        update={"applications": [broken if a.id == app.id else a for a in case.applications]}
    )
    with pytest.raises(Exception, match="Cyrillic"):
        vault.put_case(bad)
    assert _fill(vault.get_case(case.id)).field("employer").text == ECOLE
    vault.close()


def test_a_case_file_without_translations_is_written_as_before(example_case):
    def keys(case) -> set[str]:
        return {k for a in json.loads(dump_case(case))["applications"] for k in a}

    assert "translations" not in keys(example_case)
    assert "translations" in keys(_translated(example_case, "employer", ECOLE))


# --- the command line -------------------------------------------------------------------------


def test_cli_lists_and_gives_translations_in_a_case_file(tmp_path, example_case, capsys):
    path = tmp_path / "case.json"
    path.write_text(dump_case(example_case), encoding="utf-8")
    f = str(path)
    assert main(["case", "translate", f, "3:fr-long-stay"]) == 0
    out = capsys.readouterr().out
    assert "employer" in out and SCHOOL in out and "translation missing" in out
    assert main(["case", "translate", f, "3:fr-long-stay", "employer", ECOLE]) == 0
    app = _app(load_case(path), SON_ID, "fr-long-stay")
    assert app.translations["employer"]["fr"].text == ECOLE
    capsys.readouterr()
    assert main(["case", "translate", f, app.id, "surname", "X"]) == 1
    assert "surname" in capsys.readouterr().err
    assert main(["case", "translate", f, "3:schengen-c", "employer", "x"]) == 1
    assert "no application" in capsys.readouterr().err


def test_cli_translates_a_case_in_the_vault(tmp_path, monkeypatch, example_case):
    vault = make_vault(tmp_path / "v.sqlite3")
    vault.put_case(example_case)
    vault.lock()
    vault.close()
    monkeypatch.setenv("VISADESK_PASSPHRASE", PASS)
    base = ["case", "--vault", str(tmp_path / "v.sqlite3"), "translate", example_case.id]
    assert main([*base, "3:fr-long-stay", "employer", ECOLE]) == 0
    v = Vault.open(tmp_path / "v.sqlite3")
    v.unlock(PASS)
    case = v.get_case(example_case.id)
    v.close()
    assert _fill(case).field("employer").text == ECOLE


# --- the PDF ----------------------------------------------------------------------------------


def _packet_text(case, lang: str = "en") -> str:
    from pypdf import PdfReader

    from visadesk.pdf.packet import build_packet

    out = io.BytesIO()
    build_packet(case, out, lang=lang, on_date=TODAY, person_ids=[SON_ID])
    return "\n".join(page.extract_text() for page in PdfReader(out).pages)


def test_the_form_prints_the_translation_and_the_sheet_lists_what_is_missing(example_case):
    before = _packet_text(example_case, "fr")
    assert "Traduction manquante pour le champ 22." in before
    assert "Shkola № 0, Ekaterinburg" in before
    after = _packet_text(_translated(example_case, "employer", ECOLE), "fr")
    assert ECOLE in after
    assert "Traduction manquante" not in after and "Shkola" not in after


def test_the_missing_translation_is_never_on_the_consulates_copy(example_case):
    from pypdf import PdfReader

    from visadesk.pdf.packet import render_form

    pdf = render_form(example_case, SON_ID, "fr-long-stay", on_date=TODAY, lang="ru")
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Shkola № 0, Ekaterinburg" in text  # the transliteration, for now
    assert "перевод" not in text.lower() and "translation" not in text.lower()


def test_a_translation_serves_the_persons_other_forms_for_the_same_words(example_case):
    """The son's school translated into French on the Cerfa prints on his Schengen form to
    France too (it prints English and French), without typing it twice."""
    case = _translated(example_case, "employer", ECOLE)
    case = casework.add_application(case, SON_ID, "schengen-c", "e" * 32)
    case = casework.answer_field(case, "e" * 32, "main_destination", "FRA")
    res = _fill(case, SON_ID, "schengen-c").field("employer")
    assert res.rendering == "translated" and res.text == ECOLE
    # to Germany (English and German) the French words do not print: asked in English
    case = casework.answer_field(case, "e" * 32, "main_destination", "DEU")
    res = _fill(case, SON_ID, "schengen-c").field("employer")
    assert res.needs_translation and res.translation_lang == "en"


def test_the_videx_preparation_sheet_marks_an_untranslated_answer(example_case):
    from pypdf import PdfReader

    from visadesk.pdf.packet import render_form
    from visadesk.sample.family import HUSBAND_ID

    app = _app(example_case, HUSBAND_ID, "de-videx-national")
    case = casework.answer_field(example_case, app.id, "earlier_stays", "Никогда не был")

    def text(case) -> str:
        pdf = render_form(case, HUSBAND_ID, "de-videx-national", on_date=TODAY, lang="en")
        return " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)

    before = " ".join(text(case).split())
    assert "Nikogda ne byl" in before
    assert "translation missing — give it in English in the wizard" in before
    case = casework.translate_field(case, app.id, "earlier_stays", "Never", today=TODAY)
    after = text(case)
    assert "translation missing" not in after and "Nikogda" not in after
