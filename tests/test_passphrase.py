"""The passphrase estimator (zxcvbn plus Russian/Ukrainian words, keyboard layouts and names from
the case) and the word lists' claims."""

from __future__ import annotations

import math
import re

import pytest

from visadesk.vault.passphrase import estimate, message, to_cyrillic_layout, to_latin_layout
from visadesk.vault.wordlist import (
    TARGET_BITS,
    bits_per_word,
    entropy_bits,
    generate_passphrase,
    words_for,
    words_needed,
)


@pytest.mark.parametrize(
    "weak",
    [
        "password123",
        "P@ssw0rd2024",
        "the the the the the",
        "4821",
        "1234",
        "qwerty",
        "aaaaaaaa",
        "йцукен",  # qwerty typed on a Russian layout
        "gfhjkm2024",  # "пароль" typed on a Latin layout
        "пароль123",
        "parol123",  # transliterated
        "привет",
        "зайка зайка зайка",
        "кохання2023",
        "Lyon2023",
    ],
)
def test_weak_passphrases_are_refused_with_a_reason(weak):
    s = estimate(weak)
    assert not s.acceptable and s.score <= 2
    assert s.reason != "ok" and s.message
    assert "generated" in message(s).lower()


def test_reasons_say_why():
    assert estimate("the the the the the").reason == "repeat"
    assert estimate("4821").reason == "short"
    assert estimate("password123").reason == "common"
    assert estimate("").reason == "empty"


def test_names_from_the_case_are_refused():
    strong_elsewhere = "Pavlenko Oksana Marseille"
    assert estimate(strong_elsewhere).acceptable
    s = estimate("pavlenko1985", personal=["Павленко Оксана"])
    assert s.reason == "personal" and not s.acceptable
    assert not estimate(strong_elsewhere, personal=["Павленко Оксана", "Marseille"]).acceptable


def test_layouts():
    assert to_latin_layout("йцукен") == "qwerty"
    assert to_cyrillic_layout("gfhjkm") == "пароль"


@pytest.mark.parametrize(
    "good",
    [
        "correct horse battery staple",
        "зелёный чайник летит над Лионом вечером",
        "otter lantern maple quiet river stone",
    ],
)
def test_several_unrelated_words_are_accepted(good):
    assert estimate(good).acceptable and estimate(good).score >= 3


def test_more_words_more_bits():
    assert estimate("correct horse battery staple").bits > estimate("correct horse").bits


@pytest.mark.parametrize("language", ["en", "ru", "uk"])
def test_generated_passphrases_are_accepted(language):
    for _ in range(5):
        assert estimate(generate_passphrase(language=language)).acceptable


@pytest.mark.parametrize(
    ("language", "size", "letters"),
    [("en", 2628, "[a-z]+"), ("ru", 1024, "[а-я]+"), ("uk", 1024, "[а-щьюяіїєґ]+")],
)
def test_word_lists_hold_their_claims(language, size, letters):
    words = words_for(language)
    assert len(words) == size  # the size the docstring claims
    assert len(set(words)) == size  # no duplicates: each word is log2(size) bits
    assert all(re.fullmatch(letters, w) and 3 <= len(w) <= 10 for w in words)
    assert bits_per_word(language) == pytest.approx(math.log2(size))
    assert entropy_bits(language=language) >= TARGET_BITS
    phrase = generate_passphrase(language=language).split()
    assert len(phrase) == words_needed(language) and all(w in words for w in phrase)


def test_word_lists_hold_no_frightening_words():
    banned = {"war", "gun", "bomb", "война", "оружие", "ружье", "бомба", "куля", "зброя"}
    for language in ("en", "ru", "uk"):
        assert not banned & set(words_for(language))


def test_draws_look_uniform():
    # 7 words × 300 draws from 1024: every draw is in the list and repeats stay rare
    draws = [w for _ in range(300) for w in generate_passphrase(language="ru").split()]
    assert len(set(draws)) > 700


@pytest.mark.parametrize("weak", ["password123", "4821", "the the the the the"])
def test_cli_init_refuses_a_weak_passphrase(visadesk_home, weak):
    from tests.test_vault_cli import run

    r = run("init", passphrase=weak, VISADESK_KDF_MEMORY_KIB="8192")
    assert r.returncode == 1
    assert "too easy to guess" in r.stderr and "generated word list" in r.stderr
    assert not (visadesk_home / "vault.sqlite3").exists()


def test_cli_passwd_refuses_a_weak_passphrase(visadesk_home):
    from tests.test_vault_cli import run
    from tests.vault_helpers.common import PASS, make_vault

    make_vault(visadesk_home / "vault.sqlite3").close()
    r = run("passwd", VISADESK_NEW_PASSPHRASE="P@ssw0rd2024", VISADESK_KDF_MEMORY_KIB="8192")
    assert r.returncode == 1 and "too easy to guess" in r.stderr
    assert run("list", passphrase=PASS).returncode == 0  # the old passphrase still opens it


def test_cli_messages_in_russian(visadesk_home):
    from tests.test_vault_cli import run

    r = run("init", passphrase="йцукен", VISADESK_LANG="ru", VISADESK_KDF_MEMORY_KIB="8192")
    assert r.returncode == 1 and "слишком легко угадать" in r.stderr
