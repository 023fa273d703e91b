"""`nhaoxh extract`: a draft plan from a document — decision, plan or news article.

    from nhaoxh_cli.extract import extract_file
    extraction = extract_file(Path("qd117.pdf"), province="haiphong")
    extraction.placed        # figures placed, each with kind, years, qualifier, line, quote
    extraction.unplaced      # figures seen but not placed, each with a reason code
    extraction.plan_yaml     # the draft plan (always loadable YAML)

What the CLI prints beside the draft is rendered by nhaoxh_cli.render.extract.text.

Reads .txt, .md, .html, .docx (extra `docx`) and .pdf with a text layer
(extra `pdf`); `ExtractError` says what a person can fix. docs/extract.md
describes the rules and their measured precision and recall.
"""

from .inputs import ExtractError, Limits
from .messages import say
from .reader import extract_file, extract_text
from .result import Decision, Extraction, Figure, Kind, Note, Qualifier, Unplaced, When

__all__ = [
    "Decision",
    "ExtractError",
    "Extraction",
    "Figure",
    "Kind",
    "Limits",
    "Note",
    "Qualifier",
    "Unplaced",
    "When",
    "extract_file",
    "extract_text",
    "say",
]
