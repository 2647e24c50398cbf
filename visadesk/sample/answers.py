"""Form answers of the example family: what the profile cannot know (purpose, dates, route).

Keys are field ids of each form definition; values as stored (dates as ISO strings).
"""

from __future__ import annotations

ANSWERS: dict[str, dict[str, str | bool | int | float | list[str] | None]] = {
    # The husband: admission from abroad on humanitarian grounds, Germany (§ 22 AufenthG).
    "de-videx-national": {
        "occupation": "Electrical engineer",
        "employer": "OOO Vymyshlennyi zavod, Ekaterinburg",
        "education": "Diploma of engineer (Ural technical university)",
        "parents": "Podieiachev Ilia, 1960-05-02, Podieiacheva Nina, 1962-08-19",
        "purpose": "humanitarian_22",
        "purpose_explanation": (
            "Mobilisation notice received on 2026-09-22 at my workplace and electronically. "
            "I refuse to take part in the war. My wife is a refugee in France, "
            "my sister-in-law lives in Germany. I ask for admission under Section 22 AufenthG."
        ),
        "entry_date": "2027-01-15",
        "length_of_stay": "more than 12 months",
        "financing": "formal_obligation",
        "sponsor_in_germany": "Shchukina Mariia, Beispielstrasse 5, 10115 Berlin",
        "spouse": "Podieiacheva Iuliia, 1990-04-17, RUS, lives in Lyon, France (refugee)",
        "children": "Podieiachev Artem, 2014-07-21, lives in Ekaterinburg",
        "earlier_stays": "none",
        "refusals": False,
        "expulsions": False,
        "convictions": False,
        "military_service": "Reservist, category A, mobilisation notice received 2026-09-22",
    },
    # The brother: humanitarian visa with limited territorial validity (Art. 25), France.
    "schengen-c": {
        "purpose": ["other"],
        "purpose_other": "Humanitarian reasons (Art. 25(1)(a) Visa Code)",
        "purpose_details": (
            "Independent journalist; my newspaper was closed in 2024 and colleagues were "
            "prosecuted. As a reservist I may be mobilised at any time. My sister, a recognised "
            "refugee in Lyon, will host me."
        ),
        "main_destination": "FRA",
        "first_entry": "FRA",
        "entries": "single",
        "arrival_date": "2027-01-20",
        "departure_date": "2027-04-19",
        "cost_covered_by": "sponsor",
        "means_of_support": ["accommodation_provided", "all_expenses"],
        "place_of_signature": "Erevan",
    },
    # The son: long stay in France with his mother (the sponsor).
    "fr-long-stay": {
        "purpose": "family",
        "email": "yulia.podieiacheva@example.org",
        "phone": "+33 6 12 34 56 78",
        "length_of_stay": "over_year",
        "arrival_date": "2027-01-15",
        "means_of_support": "Pris en charge par sa mère, réfugiée statutaire à Lyon (revenus d'interprète).",
        "place_of_signature": "Erevan",
    },
}
