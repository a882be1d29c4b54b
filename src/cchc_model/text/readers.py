"""The text of a plan file: plain text, Word (.docx) or the text layer of a PDF.

Word files are read with python-docx and PDFs with pypdf, both optional
(in a checkout: ``pip install ".[extract]"``); each paragraph, list item and table row
becomes one line, a paragraph in a Word list style a "- " item, and a table, in its place
among the paragraphs, the Markdown rows a converted plan would have, read as
:mod:`cchc_model.text.tables` reads those (a table of targets as a list of its figures).
A PDF's lines are joined where a sentence was wrapped (:func:`unwrap_lines`; the
reader joins them in any text too, :func:`~cchc_model.text.segment.joined_lines`). A scanned PDF
has no text layer: that is an error, not an empty draft.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..exceptions import CchcError
from . import lexicon as lx
from .segment import goes_on
from .tables import table_lines

__all__ = ["DocumentError", "read_text", "unwrap_lines"]


class DocumentError(CchcError, ValueError):
    """A document whose text cannot be read (format, missing extra, no text layer)."""


def _missing(extra: str, package: str, path: Path) -> DocumentError:
    return DocumentError(
        f"{path}: reading this file needs {package}; expected it installed: "
        f'in a checkout of cchc_model: pip install ".[{extra}]"'
    )


def _docx(path: Path) -> str:
    try:
        import docx
        from docx.text.paragraph import Paragraph
    except ImportError:
        raise _missing("docx", "python-docx", path) from None
    try:
        document = docx.Document(str(path))
    except Exception as exc:
        raise DocumentError(f"{path}: not a readable Word file ({exc}); expected a .docx") from exc
    lines: list[str] = []
    for block in document.iter_inner_content():  # paragraphs and tables in their order
        if isinstance(block, Paragraph):
            lines.append(_list_item(block.text, block.style.name if block.style else ""))
        else:
            rows = [[" ".join(cell.text.split()) for cell in row.cells] for row in block.rows]
            lines.extend([*table_lines(rows), ""])  # a blank line ends a table
    return "\n".join(lines)


def _list_item(text: str, style: str) -> str:
    """A paragraph of a Word list style ("List Bullet", "List Number" …) is a list item:
    its number or bullet is drawn by Word, not written in the text, so it gets a "- "."""
    if style.lower().startswith("list") and text.strip() and not lx.LIST_MARKER.match(text):
        return f"- {text.lstrip()}"
    return text


def unwrap_lines(text: str) -> str:
    """``text`` with the lines wrapped inside a sentence joined by a space, as a PDF's text
    layer or a copied web page breaks them; headings, list items and sentences that end
    with a stop, a colon or a semicolon keep their own lines.

    Example:
        >>> unwrap_lines("Hoàn thành số hóa hồ sơ trước ngày\\n15/9/2026.\\n- 100% hồ sơ;")
        'Hoàn thành số hóa hồ sơ trước ngày 15/9/2026.\\n- 100% hồ sơ;'
    """
    lines: list[str] = []
    for line in text.split("\n"):
        if lines and goes_on(lines[-1].rstrip(), line.lstrip()):
            lines[-1] = f"{lines[-1].rstrip()} {line.lstrip()}"
        else:
            lines.append(line)
    return "\n".join(lines)


def _without_page_number(page: str, number: int) -> str:
    """A PDF page's text without the line that only numbers the page ("2", "- 2 -", "Trang
    2", "2/15"), at its top or its foot: it would otherwise be read into the sentence the
    page break cuts ("… trước ngày" / "2" / "15/9/2026")."""
    numbered = re.compile(
        rf"\s*(?:[-–]\s*)?(?:trang\s+)?{number}(?:\s*/\s*\d+)?(?:\s*[-–])?\s*", re.I
    )
    lines = page.split("\n")
    for end in (0, -1):
        filled = [i for i, line in enumerate(lines) if line.strip()]
        if filled and numbered.fullmatch(lines[filled[end]]):
            del lines[filled[end]]
    return "\n".join(lines)


def _pdf(path: Path) -> str:
    try:
        import pypdf
    except ImportError:
        raise _missing("pdf", "pypdf", path) from None
    try:
        reader = pypdf.PdfReader(str(path))
        text = "\n".join(
            _without_page_number(page.extract_text() or "", number)
            for number, page in enumerate(reader.pages, start=1)
        )
    except Exception as exc:
        raise DocumentError(f"{path}: not a readable PDF ({exc}); expected a PDF") from exc
    if not text.strip():
        raise DocumentError(
            f"{path}: the PDF has no text layer (a scan?); expected a PDF with text, "
            "or its text recognised (OCR) first"
        )
    return unwrap_lines(text)


def read_text(path: str | Path) -> str:
    """The text of a .txt, .md, .docx or .pdf file.

    Raises:
        DocumentError: an unknown kind of file, a missing extra, a file that cannot be
            read, or a PDF without a text layer.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".docx":
        return _docx(path)
    if suffix == ".pdf":
        return _pdf(path)
    if suffix in (".txt", ".md", ".text", ""):
        try:
            return path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError as exc:
            raise DocumentError(f"{path}: not UTF-8 text ({exc}); expected UTF-8") from exc
    if suffix in (".doc", ".rtf", ".odt"):
        raise DocumentError(
            f"{path}: a {suffix} file; expected .txt, .md, .docx or .pdf (save it as .docx "
            f"first, e.g. soffice --headless --convert-to docx {path.name})"
        )
    raise DocumentError(f"{path}: a {suffix} file; expected .txt, .md, .docx or .pdf")
