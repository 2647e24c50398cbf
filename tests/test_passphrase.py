from visadesk.vault.passphrase import estimate


def test_common_and_short_passphrases_are_called_weak():
    assert estimate("").score == 0
    assert estimate("qwerty").score == 0
    assert estimate("aaaaaaaa").score == 0
    assert estimate("Lyon2023").score <= 1


def test_several_unrelated_words_are_strong():
    assert estimate("correct horse battery staple").score >= 3
    assert estimate("зелёный чайник летит над Лионом вечером").score == 4
    assert estimate("correct horse battery staple").bits > estimate("correct horse").bits
