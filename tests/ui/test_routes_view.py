"""The "Where can I go?" tab as a person uses it: the first step of a new case; the answer
shows warnings first with their sources; the interview is saved in the case (in the vault);
one button creates a route's applications with the purpose preselected."""

from __future__ import annotations

from visadesk.local.paths import vault_path
from visadesk.local.settings import Settings
from visadesk.sample.family import BROTHER_ID, CASE_ID, example_case
from visadesk.ui.main_window import MainWindow
from visadesk.vault import KdfParams, Vault

SECRET = "зелёный чайник летит над Лионом"


def _unlocked(qtbot, case=None) -> tuple[MainWindow, Vault]:
    vault = Vault.create(vault_path(), SECRET, kdf=KdfParams.for_tests())
    vault.put_case(case or example_case())
    window = MainWindow(vault_path(), Settings(), kdf=KdfParams.for_tests(), save_settings=False)
    qtbot.addWidget(window)
    window.show()
    window.vault_screen.vault.close()
    window.vault_screen.vault = vault
    window.open_vault(vault)
    return window, vault


def test_new_case_starts_with_where_can_i_go(qtbot, visadesk_home) -> None:
    window, _vault = _unlocked(qtbot)
    window.new_case()
    assert window.cases.tabs.currentWidget() is window.cases.routes


def test_interview_answer_and_route_applications(qtbot, visadesk_home) -> None:
    window, vault = _unlocked(qtbot)
    window.cases.select(CASE_ID)
    tab = window.cases.routes
    window.cases.tabs.setCurrentWidget(tab)
    tab.person.setCurrentIndex(tab.person.findData(BROTHER_ID))
    html = tab.view.toHtml()
    assert "Warnings" in html and "Sources: https://" in html
    assert html.index("Warnings") < html.index("Visa-free exits")
    # the brother tells the interview he is already in Georgia and a reservist
    tab.where.setCurrentIndex(tab.where.findData("GEO"))
    tab.military.setCurrentIndex(tab.military.findData("reservist"))
    tab.means["bus"].setChecked(True)
    tab.save.click()
    saved = vault.get_case(CASE_ID)
    assert saved.situation is not None
    mine = saved.situation.of(BROTHER_ID)
    assert mine is not None and mine.location == "GEO" and mine.military.status == "reservist"
    assert saved.situation.travel_means == ["bus"]
    text = tab.view.toPlainText()
    assert "Summonses and leaving Russia" not in text  # no summons: no exit-ban warning
    # one route → the application, purpose preselected
    tab.route.setCurrentIndex(tab.route.findData("route.de_22"))
    tab.create.click()
    apps = [
        a
        for a in vault.get_case(CASE_ID).applications_for(BROTHER_ID)
        if a.form_id == "de-videx-national"
    ]
    assert len(apps) == 1 and apps[0].answers["purpose"] == "humanitarian_22"
    assert apps[0].answers["military_service"] == "Reservist"  # the interview fills the form
    assert "Applications created: 1" in tab.status.text()
    tab.create.click()
    assert "Nothing new" in tab.status.text()


def test_summons_date_and_category_are_asked_and_nothing_unshown_is_lost(
    qtbot, visadesk_home, tmp_path
) -> None:
    from datetime import date

    from PySide6.QtCore import QDate

    from visadesk.case.situation import DocumentsHeld, PersonSituation, Situation, VisaHeld
    from visadesk.routes.ops import save_situation

    # a case file's interview with two visas (the tab shows only the first)
    visas = [
        VisaHeld(issuer="FIN", valid_until=date(2027, 5, 1)),
        VisaHeld(kind="national", issuer="DEU"),
    ]
    case = save_situation(
        example_case(),
        Situation(
            people=[PersonSituation(person_id=BROTHER_ID, documents=DocumentsHeld(visas=visas))]
        ),
    )
    window, vault = _unlocked(qtbot, case)
    window.cases.select(CASE_ID)
    tab = window.cases.routes
    tab.person.setCurrentIndex(tab.person.findData(BROTHER_ID))
    assert tab.visa_issuer.text() == "FIN"
    assert tab.category.accessibleName() == "Reservist category"
    assert tab.summons_date.accessibleName() == "Summons date"
    tab.military.setCurrentIndex(tab.military.findData("summons"))
    tab.category.setText("A")
    tab.summons.setCurrentIndex(tab.summons.findData("paper"))
    tab.summons_date.setDate(QDate(2026, 11, 20))
    tab.save.click()
    mine = vault.get_case(CASE_ID).situation.of(BROTHER_ID)
    assert mine.military.summons_date == date(2026, 11, 20)
    assert mine.military.reservist_category == "A"
    assert mine.documents.visas == visas  # the visa's end date and the second visa are kept
    assert "Summonses and leaving Russia" in tab.view.toPlainText()
    # the plan: written private to the user, remembered (encrypted) for the wipe dialog
    import os

    from visadesk.vault.exports import recent_exports

    out = tmp_path / "plan.pdf"
    tab.write_plan_to(out)
    assert out.read_bytes().startswith(b"%PDF") and os.stat(out).st_mode & 0o077 == 0
    assert str(out) in [str(p) for p in recent_exports(vault)]


def test_answer_follows_the_interface_language(qtbot, visadesk_home) -> None:
    window, _vault = _unlocked(qtbot)
    window.set_language("ru")
    try:
        window.cases.select(CASE_ID)
        tab = window.cases.routes
        assert "Предупреждения" in tab.view.toPlainText()
        assert tab.view.accessibleName() != "Where can I go? The answer"  # translated
    finally:
        window.set_language("en")
