"""Content-Encoding decoding (gzip, deflate) that stops a decompression bomb early.

The fetcher keeps the body exactly as received (that is what it archives and hashes) and
decodes it here, never producing more than `max_bytes` of output and refusing bodies that
expand far beyond what ordinary text compresses to.
"""

from __future__ import annotations

import zlib

STEP = 256 * 1024  # decoded bytes produced per zlib call, so no call can balloon
RATIO_FLOOR = 1_000_000  # small bodies may compress extremely well (repetitive markup)
GZIP_MAGIC = b"\x1f\x8b"


class DecompressError(ValueError):
    pass


def content_codings(content_encoding: str | None) -> list[str]:
    """The codings applied, in the order they were applied, without `identity`."""
    codings = [c.strip().lower() for c in (content_encoding or "").split(",")]
    return [c for c in codings if c and c != "identity"]


def decode_content(body: bytes, content_encoding: str | None, max_bytes: int, max_ratio: float = 100) -> bytes:
    """`body` with its Content-Encoding undone; `DecompressError` when a coding is
    unsupported or corrupt, or when the result would exceed `max_bytes` or expand more
    than `max_ratio` times (beyond a first megabyte)."""
    for coding in reversed(content_codings(content_encoding)):
        body = _decode_one(body, coding, max_bytes, max_ratio)
    return body


def _wbits(coding: str, body: bytes) -> int:
    if coding in ("gzip", "x-gzip"):
        return 16 + zlib.MAX_WBITS
    if coding == "deflate":
        # "deflate" should be zlib-wrapped, but servers also send bare deflate streams
        wrapped = len(body) >= 2 and body[0] & 0x0F == 8 and ((body[0] << 8) | body[1]) % 31 == 0
        return zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS
    raise DecompressError(f"unsupported content encoding {coding!r} (only gzip and deflate are accepted)")


def _decode_one(body: bytes, coding: str, max_bytes: int, max_ratio: float) -> bytes:
    wbits = _wbits(coding, body)
    out = bytearray()
    pending = body
    try:
        while pending:  # one pass per gzip member; deflate has exactly one
            decompressor = zlib.decompressobj(wbits)
            while pending:
                out += decompressor.decompress(pending, STEP)
                _check(len(out), len(body), max_bytes, max_ratio)
                pending = decompressor.unconsumed_tail
            out += decompressor.flush()
            _check(len(out), len(body), max_bytes, max_ratio)
            # another gzip member may follow; anything else after a complete stream is ignored
            rest = decompressor.unused_data
            pending = rest if wbits > zlib.MAX_WBITS and rest.startswith(GZIP_MAGIC) else b""
    except zlib.error as err:
        raise DecompressError(f"corrupt {coding} content: {err}") from err
    return bytes(out)


def _check(decoded: int, encoded: int, max_bytes: int, max_ratio: float) -> None:
    if decoded > max_bytes:
        raise DecompressError(f"decompressed body larger than {max_bytes} bytes (possible decompression bomb)")
    if decoded > RATIO_FLOOR and decoded > max_ratio * encoded:
        raise DecompressError(
            f"body expands more than {max_ratio:g} times when decompressed (possible decompression bomb)"
        )
