"""Court metadata for documents of kind "court": which court decided what, in which case,
between whom and when.

A source's per-document hints (`hints["court"]`, from an API's fields) win; then what the
document itself says in its title and title block, the short lines a decision opens with ("INTERNATIONAL COURT OF JUSTICE", "16 November 2023", the case
title, "(CANADA AND THE NETHERLANDS v. SYRIAN ARAB REPUBLIC)", "ORDER"). Court names come
from a small gazetteer; dates and case numbers from tight patterns, so a date in the
body ("On 8 June 2023, Canada filed...") is not taken for the decision date. A source's
defaults for all its documents (`hints["court_defaults"]`, e.g. a court's press-release
listing) fill what is still unknown.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from etl.document import Court, Document

HEAD_CHARS = 3000
BLOCK_LINES = 25
BLOCK_LINE_CHARS = 200
SHORT_LINE_CHARS = 120
MAX_PARTY_WORDS = 6  # "The Prosecutor v. Ali Muhammad Ali Abd-Al-Rahman" still fits

COURTS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    # (name, names in any case, upper-case abbreviations)
    ("International Court of Justice", ("International Court of Justice", "Cour internationale de Justice"), ("ICJ", "CIJ")),
    ("International Criminal Court", ("International Criminal Court", "Cour pénale internationale"), ("ICC", "CPI")),
    ("European Court of Human Rights", ("European Court of Human Rights", "Cour européenne des droits de l'homme"), ("ECtHR", "ECHR", "CEDH")),
    ("Court of Justice of the European Union", ("Court of Justice of the European Union", "Cour de justice de l'Union européenne"), ("CJEU", "CJUE")),
    ("Inter-American Court of Human Rights", ("Inter-American Court of Human Rights", "Corte Interamericana de Derechos Humanos"), ()),
    ("African Court on Human and Peoples' Rights", ("African Court on Human and Peoples' Rights",), ("AfCHPR",)),
    ("International Residual Mechanism for Criminal Tribunals", ("International Residual Mechanism for Criminal Tribunals",), ("IRMCT",)),
    ("International Criminal Tribunal for the former Yugoslavia", ("International Criminal Tribunal for the former Yugoslavia",), ("ICTY",)),
    ("International Criminal Tribunal for Rwanda", ("International Criminal Tribunal for Rwanda",), ("ICTR",)),
    ("Special Tribunal for Lebanon", ("Special Tribunal for Lebanon",), ("STL",)),
    ("Kosovo Specialist Chambers", ("Kosovo Specialist Chambers",), ("KSC",)),
    ("Extraordinary Chambers in the Courts of Cambodia", ("Extraordinary Chambers in the Courts of Cambodia",), ("ECCC",)),
    ("Special Criminal Court (Central African Republic)", ("Special Criminal Court", "Cour pénale spéciale"), ()),
    ("Permanent Court of Arbitration", ("Permanent Court of Arbitration",), ("PCA",)),
    ("Higher Regional Court of Koblenz", ("Higher Regional Court of Koblenz", "Oberlandesgericht Koblenz", "OLG Koblenz"), ()),
    ("Federal Court of Justice of Germany", ("Federal Court of Justice", "Bundesgerichtshof"), ("BGH",)),
    ("Paris Court of Appeal", ("Paris Court of Appeal", "Cour d'appel de Paris"), ()),
    ("Cour d'assises de Paris", ("Cour d'assises de Paris", "Paris Assize Court"), ()),
    ("Tribunal judiciaire de Paris", ("Tribunal judiciaire de Paris", "Paris Judicial Court"), ()),
    ("French Court of Cassation", ("Cour de cassation", "Court of Cassation"), ()),
    ("Stockholm District Court", ("Stockholm District Court", "Stockholms tingsrätt"), ()),
    ("The Hague District Court", ("The Hague District Court", "District Court of The Hague", "Rechtbank Den Haag"), ()),
    ("Supreme Court of the United Kingdom", ("Supreme Court of the United Kingdom", "UK Supreme Court"), ("UKSC",)),
    ("Supreme Court of the United States", ("Supreme Court of the United States",), ()),
)
COURT_PATTERNS = [
    (name, re.compile(r"\b(?:(?i:" + "|".join(map(re.escape, names)) + ")" + "".join("|" + re.escape(a) for a in abbreviations) + r")\b"))
    for name, names, abbreviations in COURTS
]

DOCUMENT_TYPES = (  # most specific first; each matched at the start of a title or title-block line
    ("advisory opinion", r"advisory opinion|avis consultatif"),
    ("arrest warrant", r"warrant of arrest|arrest warrant|mandat d'arr[êe]t"),
    ("press release", r"press release|communiqu[ée] de presse"),
    ("opinion", r"(?:separate|dissenting|concurring|joint|partly dissenting)\s+opinion|opinion (?:individuelle|dissidente)|declaration of judge"),
    ("judgment", r"judge?ment|arr[êe]t\b|verdict"),
    ("order", r"order\b|ordonnance"),
    ("decision", r"d[ée]cision"),
    ("summary", r"summary|résumé"),
    ("indictment", r"indictment|acte d'accusation"),
)
DOCUMENT_TYPE_PATTERNS = [(name, re.compile(rf"^\W*(?:{pattern})", re.I)) for name, pattern in DOCUMENT_TYPES]

CASE_NUMBER_PATTERNS = [  # most specific first; the first that matches wins
    re.compile(r"\bGeneral List No\.\s*\d+", re.I),
    re.compile(r"\bICC-\d{2}/\d{2}(?:-\d{2}/\d{2})?"),
    re.compile(r"\b(?:IT|ICTR|MICT|STL|KSC-BC)-\d{2,4}-\d{1,3}(?:/\d{1,3})?(?:-[A-Z]{1,4})?\b"),
    re.compile(r"(?<=Application )no\.\s?\d{1,6}/\d{2}\b|(?<=Requête )no\s?\d{1,6}/\d{2}\b", re.I),
    re.compile(r"\bCase No\b\.?\s*(?=[\w./-]*\d)[A-Z0-9][\w./-]{0,30}[A-Z0-9]", re.I),
]

MONTHS = {
    **{m: i for i, m in enumerate(("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"), 1)},
    **{m: i for i, m in enumerate(("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"), 1)},
    **{m: i for i, m in enumerate(("januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"), 1)},
    "fevrier": 2, "aout": 8, "decembre": 12, "sept": 9,
}  # fmt: skip
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
DAY_MONTH_YEAR = rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th|er)?\.?\s+(?P<m>{_MONTH})\.?\s+(?P<y>\d{{4}})"
MONTH_DAY_YEAR = rf"(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}}),\s*(?P<y2>\d{{4}})"
ISO_DAY = r"(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2})"
DATE = rf"(?:{DAY_MONTH_YEAR}|{MONTH_DAY_YEAR}|{ISO_DAY})"
ANY_DATE = re.compile(rf"(?<![\w-]){DATE}(?!\d)", re.I)
DATE_LINE = re.compile(rf"^(?:date\s*:\s*|[A-Z][\w'’ .-]{{1,40}},\s*(?:le\s+)?)?{DATE}\W*$", re.I)  # "16 November 2023", "THE HAGUE, 16 November 2023.", "Date: 10 January 2024"
DECISION_OF_DATE = re.compile(rf"\b(?:order|judge?ment|decision|opinion|warrant|ruling|ordonnance|arrêt)\s+(?:of|du)\s+{DATE}", re.I)

PARTIES_IN_PARENS = re.compile(r"\(([^()]{2,300}?)\s+(?:v|c)\.\s+([^()]{2,300}?)\)")
PARTIES_ON_LINE = re.compile(r"^(?:case of |affaire |in the case of )?(.{2,150}?)\s+(?:v|c)\.\s+(.{2,150}?)\W*$", re.I)
PARTY_SEPARATOR = re.compile(r",\s*|\s+and\s+|\s+et\s+", re.I)
NAMES_WITH_AND = (
    "Bosnia and Herzegovina", "Trinidad and Tobago", "Antigua and Barbuda", "Saint Kitts and Nevis",
    "Saint Vincent and the Grenadines", "Sao Tome and Principe", "São Tomé and Príncipe", "Serbia and Montenegro",
    "United Kingdom of Great Britain and Northern Ireland", "Heard Island and McDonald Islands",
)  # fmt: skip
SMALL_WORDS = {"a", "an", "and", "against", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with", "v.", "c.", "et", "de", "du", "des", "la", "le", "les", "concerning", "between"}  # fmt: skip
YEAR_LINE = re.compile(r"^(?:year|année)\s+\d{4}$", re.I)


def court_metadata(document: Document, hints: dict[str, Any]) -> Court | None:
    """The `court` object of a court document: per-document hints first, then the
    document's own title and title block, then the source's defaults; None for other
    kinds or when nothing is known."""
    if document.kind != "court":
        return None
    hinted = hints.get("court") or {}
    defaults = hints.get("court_defaults") or {}
    titles = [t for t in (document.title, hints.get("title")) if t]
    block = title_block(document.text)
    head = "\n".join([*block, *titles, document.text[:HEAD_CHARS]])
    case_name, parties = _case(titles, block)
    fields = {
        "name": hinted.get("name") or _court_name(head) or defaults.get("name"),
        "case_name": hinted.get("case_name") or case_name,
        "case_number": hinted.get("case_number") or _case_number(head),
        "document_type": hinted.get("document_type") or _document_type(titles, block) or defaults.get("document_type"),
        "decision_date": _as_date(hinted.get("decision_date")) or _decision_date(titles, block),
        "parties": _hinted_parties(hinted.get("parties")) or parties,
    }
    return Court(**fields) if any(fields.values()) else None


def title_block(text: str) -> list[str]:
    """The short lines a document opens with, up to its first paragraph-length line."""
    lines = []
    for line in text.splitlines():
        line = " ".join(line.split())
        if not line:
            continue
        if len(line) > BLOCK_LINE_CHARS or len(lines) >= BLOCK_LINES:
            break
        lines.append(line)
    return lines


def _court_name(head: str) -> str | None:
    found = [(match.start(), name) for name, pattern in COURT_PATTERNS if (match := pattern.search(head))]
    return min(found)[1] if found else None


def _case_number(head: str) -> str | None:
    for pattern in CASE_NUMBER_PATTERNS:
        if match := pattern.search(head):
            number = " ".join(match.group(0).split())
            return number[:1].upper() + number[1:]  # "no. 41234/20" after "Application" → "No. 41234/20"
    return None


def _document_type(titles: list[str], block: list[str]) -> str | None:
    for line in [*titles, *(line for line in block if len(line) <= SHORT_LINE_CHARS)]:
        for name, pattern in DOCUMENT_TYPE_PATTERNS:
            if pattern.match(line):
                return name
    return None


def _date_of(match: re.Match) -> date | None:
    parts = match.groupdict()
    year, month, day = (parts["y"] or parts["y2"] or parts["y3"]), (parts["m"] or parts["m2"] or parts["m3"]), (parts["d"] or parts["d2"] or parts["d3"])
    try:
        return date(int(year), int(month) if month.isdigit() else MONTHS[month.lower()], int(day))
    except (ValueError, KeyError):
        return None


def _decision_date(titles: list[str], block: list[str]) -> date | None:
    """A date in the title, else a title-block line that is a date ("16 November 2023",
    "THE HAGUE, 16 November 2023") or names one ("Order of 16 November 2023")."""
    candidates = [ANY_DATE.search(title) for title in titles]
    for line in block:
        candidates += [DATE_LINE.match(line), DECISION_OF_DATE.search(line)]
    for match in filter(None, candidates):
        if found := _date_of(match):
            return found
    return None


def _as_date(value: Any) -> date | None:
    """A hinted date: a date, or text holding one ("2023-11-16", "2023-11-16T00:00:00Z",
    "16 November 2023")."""
    if isinstance(value, date):
        return value
    match = ANY_DATE.search(value) if isinstance(value, str) else None
    return _date_of(match) if match else None


def _case(titles: list[str], block: list[str]) -> tuple[str | None, list[str]]:
    """(case name, parties) from the document's own title block, else from a title."""
    for index, line in enumerate(block):
        if match := PARTIES_IN_PARENS.search(line):
            above = _case_title_above(block, index) if match.group(0) == line else []
            return _readable(" ".join([*above, line])), _parties(match.group(1), match.group(2))
        if match := _parties_line(line):
            return _readable(f"{match.group(1)} v. {match.group(2)}"), _parties(match.group(1), match.group(2))
    for title in titles:
        if match := PARTIES_IN_PARENS.search(title):
            segments = re.split(r"\s+[—–|-]\s+|:\s+", title)
            segment = next((s for s in segments if match.group(0) in s), match.group(0))
            return segment.strip(), _parties(match.group(1), match.group(2))
    return None, []


def _parties_line(line: str) -> re.Match | None:
    """A title-block line naming the parties ("CASE OF HADDAD v. RURITANIA"), not a
    headline that happens to contain " v. " ("The Court fixes time-limits in A v. B")."""
    match = PARTIES_ON_LINE.match(line) if len(line) <= SHORT_LINE_CHARS else None
    if match and (_all_caps(line) or max(len(side.split()) for side in match.groups()) <= MAX_PARTY_WORDS):
        return match
    return None


def _case_title_above(block: list[str], index: int) -> list[str]:
    """The upper-case case-title lines just above a parties line (a title may wrap)."""
    lines = []
    for line in reversed(block[max(0, index - 3) : index]):
        if not _all_caps(line) or _is_heading_noise(line):
            break
        lines.insert(0, line)
    return lines


def _is_heading_noise(line: str) -> bool:
    return bool(
        YEAR_LINE.match(line)
        or DATE_LINE.match(line)
        or _court_name(line)
        or _case_number(line)
        or any(pattern.match(line) for _, pattern in DOCUMENT_TYPE_PATTERNS)
    )


def _parties(applicants: str, respondents: str) -> list[str]:
    return _split_parties(applicants) + _split_parties(respondents)


def _split_parties(side: str) -> list[str]:
    protected = {f"\x00{i}\x00": name for i, name in enumerate(NAMES_WITH_AND)}
    for token, name in protected.items():
        side = re.sub(re.escape(name), token, side, flags=re.I)
    parties = []
    for part in PARTY_SEPARATOR.split(side):
        for token, name in protected.items():
            part = part.replace(token, name)
        part = re.sub(r"^(?:the|la|le|les)\s+", "", part.strip(), flags=re.I).strip(" .;")
        if part:
            parties.append(_readable(part))
    return parties


def _hinted_parties(value: Any) -> list[str]:
    if isinstance(value, list):
        return [str(party).strip() for party in value if str(party).strip()]
    if isinstance(value, str) and value.strip():
        if match := re.search(r"(.+?)\s+(?:v|c)\.\s+(.+)", value):
            return _parties(match.group(1), match.group(2))
        return [party.strip() for party in value.split(";") if party.strip()]
    return []


def _all_caps(text: str) -> bool:
    """Upper case throughout, but for the " v. " between the parties."""
    return re.sub(r"\s[vc]\.\s", " ", text).isupper()


def _capitalized(word: str) -> str:
    opening = len(word) - len(word.lstrip("(\"'“"))
    return word[:opening] + "-".join(part[:1].upper() + part[1:].lower() for part in word[opening:].split("-"))


def _readable(text: str) -> str:
    """Upper-case title-block text in title case ("SYRIAN ARAB REPUBLIC" → "Syrian Arab
    Republic", small words lower); text that already has lower case is left as it is."""
    text = " ".join(text.split())
    if not _all_caps(text):
        return text
    words = text.split(" ")
    return " ".join(
        word.lower() if position and word[:1] != "(" and word.lower().strip("),") in SMALL_WORDS else _capitalized(word)
        for position, word in enumerate(words)
    )
