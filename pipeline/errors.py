"""Documented exceptions of the library; only the CLI turns them into messages and exit codes."""
from __future__ import annotations


class VnextractError(Exception):
    """Base class: every error the library raises on purpose derives from it."""

    type: str = "error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InputError(VnextractError):
    """The input cannot be read or is not a text document (missing file, bad JSON record)."""

    type = "input_error"


class EmptyDocumentError(InputError):
    """The document has no text after normalization."""

    type = "empty_document"


class DecodeError(InputError):
    """The bytes are not valid UTF-8 text."""

    type = "decode_error"


class NoArticleError(InputError):
    """An HTML page with no article body (a menu, a listing, an error page)."""

    type = "no_article"


class DocumentTimeoutError(VnextractError):
    """A document took longer than the batch's --doc-timeout."""

    type = "timeout"


class TooLongError(InputError):
    """The document is longer than the configured `max_chars`."""

    type = "too_long"


class BinaryInputError(DecodeError):
    """The input is binary (NUL bytes, an image, a PDF, an archive), not text."""

    type = "binary_input"


class OutputError(VnextractError):
    """The output cannot be written (disk full, no permission, another run is writing it)."""

    type = "output_error"


class ResourceError(VnextractError):
    """A data file in models/ is missing or malformed."""

    type = "resource_error"


class GoldFormatError(VnextractError):
    """A gold annotation file does not follow corpus/ANNOTATION.md."""

    type = "gold_format_error"
