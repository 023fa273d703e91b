"""`nhaoxh extract`: a draft plan from a decision's plain text.

`text` cleans what a PDF or web copy adds; `recognise` holds the phrasings;
`draft` places figures into the plan format; `writer` writes the YAML with
a comment per figure.
"""

from .draft import Draft, extract
from .writer import to_yaml

__all__ = ["Draft", "extract", "to_yaml"]
