"""Benchmark: evaluate every form for a 6-person household (target < 20 ms).

Floor: a plain dict walk that reads one attribute per field for the same number of fields.
Run: .venv/bin/python benchmarks/bench_forms.py
"""

from __future__ import annotations

import statistics
import time
from datetime import date

from visadesk.case.model import Person
from visadesk.forms.engine import fill
from visadesk.forms.registry import get_registry
from visadesk.sample.family import example_case


def household():
    case = example_case()
    extra = [
        Person(
            surname="Щукина", given_names="Мария", date_of_birth=date(1993, 3, 3), nationality="RUS"
        ),
        Person(
            surname="Щукин", given_names="Андрей", date_of_birth=date(1961, 6, 6), nationality="RUS"
        ),
        Person(
            surname="Подъячева",
            given_names="Нина",
            date_of_birth=date(1962, 8, 19),
            nationality="RUS",
        ),
    ]
    return case.model_copy(update={"applicants": [*case.applicants, *extra]})


def main() -> None:
    case = household()
    forms = get_registry().all()
    people = case.applicants
    n_fields = sum(len(f.fields()) for f in forms) * len(people)

    def run() -> None:
        for person in people:
            for form in forms:
                fill(case, person.id, form)

    def floor() -> None:
        total = 0
        for person in people:
            for form in forms:
                for f in form.fields():
                    total += len(str(getattr(person, "surname", ""))) + len(f.id)

    run()  # warm caches (country names, transliteration)
    times, floors = [], []
    for _ in range(15):
        t = time.perf_counter()
        run()
        times.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        floor()
        floors.append((time.perf_counter() - t) * 1000)
    med, flo = statistics.median(times), statistics.median(floors)
    print(f"forms: {len(forms)}, people: {len(people)}, field evaluations: {n_fields}")
    print(
        f"evaluate every form for a 6-person household: {med:.1f} ms (median of 15)  target < 20 ms"
    )
    print(f"floor (plain attribute walk, same fields):      {flo:.2f} ms")


if __name__ == "__main__":
    main()
