"""The CLI's refusal of weak passphrases: the estimator's reason as a translated sentence."""

from __future__ import annotations

from collections.abc import Iterable

from visadesk.cli.i18n import _, language
from visadesk.errors import VisaDeskError
from visadesk.vault.passphrase import Strength, estimate
from visadesk.vault.wordlist import generate_passphrase


def reason_text(strength: Strength) -> str:
    """Why a passphrase is refused, in the user's language."""
    texts = {
        "empty": _("the passphrase is empty"),
        "common": _("it is built on a common password or word"),
        "personal": _("it contains a name or detail from the case"),
        "repeat": _("it repeats the same characters or words"),
        "sequence": _("it is a sequence such as 1234 or abcd"),
        "keyboard": _("it is a pattern of neighbouring keys"),
        "date": _("dates and years are among the first guesses"),
        "short": _("it is too short"),
    }
    return texts.get(strength.reason, texts["short"])


def require_strong(secret: str, personal: Iterable[str] = (), *, field: str = "passphrase") -> None:
    """Raise a VisaDeskError saying why, when ``secret`` is too easy to guess."""
    strength = estimate(secret, personal)
    if strength.acceptable:
        return
    raise VisaDeskError(
        _(
            "this passphrase is too easy to guess: {reason}. Use five or more unrelated "
            "words, or a generated word list such as: {example}"
        ).format(reason=reason_text(strength), example=generate_passphrase(language=language())),
        field=field,
    )
