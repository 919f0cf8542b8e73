"""The extract stage: raw bytes become a `Document` with clean main text and metadata.

HTML goes through trafilatura (main text without navigation, comments, banners or
related links), PDF through pypdf (text kept page by page), plain text as it is.
"""

from __future__ import annotations

import io
import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from typing import Any
from urllib.parse import urljoin

import requests
import trafilatura
from pypdf import PdfReader
from pypdf.errors import PyPdfError

from etl.court import court_metadata
from etl.document import Court, Document, Page, content_sha256, document_id
from etl.fetch import Lead, Raw, media_type
from etl.published import decided_at, published_at
from etl.urls import canonicalize

HTML_TYPES = {"text/html", "application/xhtml+xml"}
PDF_TYPES = {"application/pdf"}
TEXT_TYPES = {"text/plain"}


class ExtractError(RuntimeError):
    pass


def _parse_datetime(value: Any) -> datetime | None:
    if not value:
        return None
    if isinstance(value, datetime):
        parsed = value
    else:
        try:
            parsed = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        except ValueError:
            return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def _decode(raw: Raw) -> str:
    charset = "utf-8"
    for part in raw.content_type.split(";")[1:]:
        name, _, value = part.strip().partition("=")
        if name.lower() == "charset" and value:
            charset = value.strip('"')
    return raw.body.decode(charset, errors="replace")


def _html_fields(raw: Raw, hints: dict[str, Any]) -> dict[str, Any]:
    html = _decode(raw)
    extracted = trafilatura.bare_extraction(
        html,
        url=raw.final_url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_precision=True,
    )
    if extracted is None or not (extracted.text or "").strip():
        raise ExtractError("no main text found in the HTML page")
    return {
        "title": extracted.title,
        "author": extracted.author,
        "description": extracted.description,
        "text": extracted.text.strip(),
        "canonical_url": extracted.url,
        "published_at": published_at(html, raw.final_url, hints),
        "language": extracted.language,
    }


class _StreamDamage(logging.Handler):
    """pypdf recovers from a damaged content stream by logging a warning and returning what
    it could decode; collecting those warnings keeps a partly unreadable page from being
    indexed as if it were whole."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.thread = threading.get_ident()
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread == self.thread and "decompressing" in record.getMessage():
            self.messages.append(record.getMessage())


@contextmanager
def _stream_damage() -> Iterator[list[str]]:
    handler, logger = _StreamDamage(), logging.getLogger("pypdf")
    logger.addHandler(handler)
    try:
        yield handler.messages
    finally:
        logger.removeHandler(handler)


def _pdf_fields(raw: Raw) -> dict[str, Any]:
    page_texts = []
    try:
        with _stream_damage() as damage:
            reader = PdfReader(io.BytesIO(raw.body))
            for number, page in enumerate(reader.pages, start=1):
                page_texts.append((page.extract_text() or "").strip())
                if damage:
                    raise ExtractError(f"corrupt PDF: page {number} cannot be fully decoded ({damage[0]})")
            metadata = reader.metadata
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError) as err:
        raise ExtractError(f"corrupt or unreadable PDF: {err}") from err
    if not any(page_texts):
        raise ExtractError(f"PDF has no text layer ({len(page_texts)} pages, probably scanned); OCR is not available")
    text, pages = "", []
    for number, page_text in enumerate(page_texts, start=1):
        if text:
            text += "\n\n"
        pages.append(Page(number=number, start=len(text), end=len(text) + len(page_text)))
        text += page_text
    return {
        "title": (metadata.title or None) if metadata else None,
        "author": (metadata.author or None) if metadata else None,
        "text": text,
        "pages": pages,
        "published_at": _parse_datetime(metadata.creation_date) if metadata else None,
    }


def _text_fields(raw: Raw) -> dict[str, Any]:
    text = _decode(raw).strip()
    if not text:
        raise ExtractError("empty text file")
    first_line = text.splitlines()[0].strip()
    return {"title": first_line[:300], "text": text}


def _link_canonical(raw: Raw) -> str | None:
    """The address a server declares in `Link: <URL>; rel="canonical"` (RFC 6596), as it
    does for PDFs and other files that cannot say it in their own markup."""
    value = next((v for k, v in raw.headers.items() if k.lower() == "link"), None)
    for link in requests.utils.parse_header_links(value) if value else []:
        if "canonical" in link.get("rel", "").split() and link.get("url", "").startswith(("http://", "https://")):
            return urljoin(raw.final_url, link["url"])
    return None


def _court_record(document: Document, hints: dict) -> Court | None:
    """The court metadata of a document that reads as a court record: a court named in its
    title block and a document type (order, judgment, …); None for anything else."""
    court = court_metadata(document.model_copy(update={"kind": "court"}), hints)
    return court if court and court.name and court.document_type else None


def extract(raw: Raw, lead: Lead, kind: str = "news") -> Document:
    """Turn a fetched resource into a Document; `ExtractError` says why when it cannot.

    `kind` is "news", "court", or "auto" (ad-hoc inputs: a court record by its title block)."""
    content = media_type(raw.content_type)
    if content in HTML_TYPES:
        fields = _html_fields(raw, lead.hints)
    elif content in PDF_TYPES or raw.body.startswith(b"%PDF-"):
        fields = _pdf_fields(raw)
    elif content in TEXT_TYPES:
        fields = _text_fields(raw)
    else:
        raise ExtractError(f"unsupported content type {content!r}")
    hints = lead.hints
    canonical = canonicalize(fields.pop("canonical_url", None) or hints.get("canonical_url") or _link_canonical(raw) or raw.final_url)
    fields.pop("language", None)  # the language stage decides, from the text
    text = fields.pop("text")
    document = Document(
        id=document_id(canonical),
        url=raw.final_url,
        canonical_url=canonical,
        source=lead.source,
        kind="news" if kind == "auto" else kind,
        text=text,
        content_sha256=content_sha256(text),
        title=fields.pop("title", None) or hints.get("title"),
        author=fields.pop("author", None) or hints.get("author"),
        published_at=fields.pop("published_at", None) or _parse_datetime(hints.get("published_at")),
        capture=raw.capture,
        **fields,
    )
    if kind == "auto" and (court := _court_record(document, hints)):
        document.kind, document.court = "court", court
    elif kind == "court":
        document.court = court_metadata(document, hints)
    if document.court and document.court.decision_date:
        document.published_at = decided_at(document.published_at, document.court.decision_date)
    return document
