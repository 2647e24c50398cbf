"""App settings load forgivingly and are written owner-only."""

from __future__ import annotations

import json
import stat

from visadesk.local import settings as S


def test_defaults_round_trip_and_mode(visadesk_home):
    s = S.load()
    assert (s.language, s.auto_lock_minutes, s.use_keychain) == ("en", 10, True)
    s.language, s.auto_lock_minutes = "uk", 3
    S.save(s)
    path = visadesk_home / "settings.json"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    again = S.load()
    assert (again.language, again.auto_lock_minutes) == ("uk", 3)


def test_a_bad_value_is_reset_alone(visadesk_home):
    (visadesk_home / "settings.json").write_text(
        json.dumps({"language": "klingon", "text_size": 14})
    )
    s = S.load()
    assert s.language == "en" and s.text_size == 14
    assert any("language" in n for n in s.notices)


def test_a_broken_file_is_kept_aside_and_never_stops_the_app(visadesk_home):
    path = visadesk_home / "settings.json"
    path.write_bytes(b"\xff{{{ not json")
    s = S.load()
    assert s == S.Settings()
    assert (visadesk_home / "settings.json.bak").read_bytes() == b"\xff{{{ not json"
    assert s.notices
