"""Sub-commands for identity (filled in by the identity work)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    return None
