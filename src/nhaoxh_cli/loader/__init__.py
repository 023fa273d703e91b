"""Reading plan files: YAML with positions, pydantic models, plan discovery."""

from .plans import LoadResult, load_plan_file, load_plan_text

__all__ = ["LoadResult", "load_plan_file", "load_plan_text"]
