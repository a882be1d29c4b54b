"""The text of a plan file: plain text, Word (.docx) or the text layer of a PDF.

Word files are read with python-docx and PDFs with pypdf, both optional
(in a checkout: ``pip install ".[extract]"``); each paragraph, list item and table row
becomes one line. A scanned PDF has no text layer: that is an error, not an empty
draft.
"""

from __future__ import annotations

from pathlib import Path

from ..exceptions import CchcError

__all__ = ["DocumentError", "read_text"]


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
    except ImportError:
        raise _missing("docx", "python-docx", path) from None
    try:
        document = docx.Document(str(path))
    except Exception as exc:
        raise DocumentError(f"{path}: not a readable Word file ({exc}); expected a .docx") from exc
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            cells = [cell.text.strip() for cell in row.cells]
            lines.append(" | ".join(dict.fromkeys(c for c in cells if c)))
    return "\n".join(lines)


def _pdf(path: Path) -> str:
    try:
        import pypdf
    except ImportError:
        raise _missing("pdf", "pypdf", path) from None
    try:
        reader = pypdf.PdfReader(str(path))
        text = "\n".join(page.extract_text() or "" for page in reader.pages)
    except Exception as exc:
        raise DocumentError(f"{path}: not a readable PDF ({exc}); expected a PDF") from exc
    if not text.strip():
        raise DocumentError(
            f"{path}: the PDF has no text layer (a scan?); expected a PDF with text, "
            "or its text recognised (OCR) first"
        )
    return text


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
    raise DocumentError(f"{path}: a {suffix} file; expected .txt, .md, .docx or .pdf")
