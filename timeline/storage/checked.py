"""Decoding a large stored body while its digest is worked out beside it.

A stored timeline and a saved state prove their integrity with a SHA-256 digest of the body
(two to three times faster than BLAKE2b where the processor has SHA instructions, as most
have). Hashing 100 MB or more still costs a noticeable share of reading them back, and
``hashlib`` releases the interpreter lock while it hashes, so the digest is computed in a
thread while the body is decoded: on two cores it costs next to nothing. Nothing decoded is returned, nor any decoding
error raised, before the digest has matched: a damaged body is refused as damaged, whatever
decoding it made of it (msgspec reads any bytes safely, raising on what it cannot read).
"""

from __future__ import annotations

import hashlib
import hmac
import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

DIGEST_HEX = 64


def digest(body: bytes | memoryview) -> bytes:
    """The SHA-256 digest of ``body``, in hexadecimal ASCII."""
    return hashlib.sha256(body).hexdigest().encode("ascii")


class Mismatch(Exception):
    """The body does not have the digest it was stored with."""


def decode_checked(body: memoryview, expected: bytes, decode: Callable[[memoryview], T]) -> T:
    """``decode(body)``, once the digest of ``body`` is found to be ``expected``; ``Mismatch``
    if it is not (then whatever ``decode`` returned or raised is dropped)."""
    found: list[bytes] = []
    worker = threading.Thread(target=lambda: found.append(digest(body)), name="digest", daemon=True)
    worker.start()
    try:
        result = decode(body)
    except Exception:
        worker.join()
        if not found or not hmac.compare_digest(found[0], expected):
            raise Mismatch from None
        raise
    worker.join()
    if not found or not hmac.compare_digest(found[0], expected):
        raise Mismatch
    return result
