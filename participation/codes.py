"""Tracking codes of tip-offs: random, unguessable, shown once; only their SHA-256 is stored.

Sixteen characters from a 31-letter alphabet without look-alikes (no 0/O, 1/I/L) carry about 79 bits: far
beyond guessing, so the code needs no salt and its hash no secret key (a key would tie every code to one
``SECRET_KEY`` and lose them all when it is rotated).
"""

from __future__ import annotations

import hashlib
import secrets

ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
LENGTH = 16
GROUP = 4


def new_code() -> str:
    """A fresh code, grouped for reading aloud: ``K7QM-3WXA-PH9T-RC2E``."""
    raw = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
    return "-".join(raw[i : i + GROUP] for i in range(0, LENGTH, GROUP))


def normalise(code: str) -> str:
    """What the reporter typed, without spaces or dashes, in capitals (Thai keyboards type lowercase)."""
    return "".join(ch for ch in code.upper() if ch.isalnum())


def hash_code(code: str) -> str:
    return hashlib.sha256(normalise(code).encode()).hexdigest()


def looks_like_code(code: str) -> bool:
    text = normalise(code)
    return len(text) == LENGTH and all(ch in ALPHABET for ch in text)
