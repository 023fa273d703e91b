"""`report --format json`: the result as it is (`nhaoxh.report/2`, docs/json.md)."""

from ...results.report import REPORT_SCHEMA
from ..jsonout import json_renderer

render = json_renderer(REPORT_SCHEMA)
