"""What a check needs: the plan, where each of its values stands, the file."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..findings import Finding
from ..loader.yamlnodes import Path, YamlDocument, dotted
from ..model import Citation, Plan


@dataclass(frozen=True)
class CheckContext:
    plan: Plan
    document: YamlDocument
    file: str

    def finding(self, code: str, message: str, path: Path, hint: str | None = None) -> Finding:
        place = self.document.locate(path)
        return Finding.of(
            code, message, file=self.file, line=place.line, column=place.column, path=dotted(path), hint=hint
        )

    def citations(self) -> Iterator[tuple[Path, Citation]]:
        """Every citation in the plan with its path."""
        plan = self.plan
        for i, target in enumerate(plan.targets):
            yield ("targets", i, "source"), target.source
        for i, completion in enumerate(plan.completed):
            yield ("completed", i, "source"), completion.source
        for stage, pipeline in plan.pipeline.items():
            if pipeline.source is not None:
                yield ("pipeline", stage.value, "source"), pipeline.source
            for j, delivery in enumerate(pipeline.deliveries):
                yield ("pipeline", stage.value, "deliveries", j, "source"), delivery.source
        for i, total in enumerate(plan.stated_totals):
            yield ("stated_totals", i, "source"), total.source

    def period_references(self) -> Iterator[tuple[Path, str, bool]]:
        """(path, period id, whether `total` is allowed) for each figure."""
        plan = self.plan
        for i, target in enumerate(plan.targets):
            yield ("targets", i, "period"), target.period, True
        for i, completion in enumerate(plan.completed):
            yield ("completed", i, "period"), completion.period, False
        for stage, pipeline in plan.pipeline.items():
            for j, delivery in enumerate(pipeline.deliveries):
                yield ("pipeline", stage.value, "deliveries", j, "period"), delivery.period, False
        for i, total in enumerate(plan.stated_totals):
            yield ("stated_totals", i, "period"), total.period, True
