"""What a check needs: the plan, where each of its values stands, the file,
and how to cite a figure's source in a message."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import field
from typing import Any

from ..findings import Finding, ProblemCode
from ..i18n import Text, msg
from ..loader.registry import Registry, default_registry
from ..loader.yamlnodes import Path, YamlDocument, dotted
from ..model import Citation, Expected, Plan, Reported
from ..values import frozen


@frozen
class CheckContext:
    plan: Plan
    document: YamlDocument
    file: str
    registry: Registry = field(default_factory=default_registry)

    def finding(self, problem: ProblemCode, message: str | Text, path: Path, hint: str | Text | None = None) -> Finding:
        place = self.document.locate(path)
        return Finding.of(problem, message, file=self.file, at=place, path=dotted(path), hint=hint)

    def cite(self, citation: Citation) -> str | Text:
        """Where a figure comes from, as a reader can look it up: the outlet it came through, else the
        document, its section and line."""
        if citation.via:
            return citation.via
        source = self.plan.sources.get(citation.doc)
        where = f"{source.document if source else citation.doc} {citation.section or ''}".strip()
        return msg("{where}, line {line}", where=where, line=str(citation.line)) if citation.line else where

    def where(self, citation: Citation | None) -> str | Text:
        """ " (the citation)", or nothing."""
        return msg(" ({cite})", cite=self.cite(citation)) if citation is not None else ""

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
        for i, report in enumerate(plan.reported):
            yield ("reported", i, "source"), report.source
        for i, projection in enumerate(plan.expected):
            yield ("expected", i, "source"), projection.source
        for i, snapshot in enumerate(plan.snapshots):
            yield ("snapshots", i, "source"), snapshot.source
        for i, support in enumerate(plan.housing_support):
            yield ("housing_support", i, "source"), support.source
        for i, tally in enumerate(plan.tallies):
            yield ("tallies", i, "source"), tally.source

    def territories(self) -> Iterator[tuple[Path, str]]:
        """(path, territory) of every figure that names one, and of the plan."""
        plan = self.plan
        if plan.territory is not None:
            yield ("territory",), plan.territory
        sections: list[tuple[str, list[Any]]] = [
            ("targets", plan.targets),
            ("completed", plan.completed),
            ("reported", plan.reported),
            ("expected", plan.expected),
            ("stated_totals", plan.stated_totals),
            ("housing_support", plan.housing_support),
        ]
        for name, items in sections:
            for i, item in enumerate(items):
                if item.territory is not None:
                    yield (name, i, "territory"), item.territory
        for stage, pipeline in plan.pipeline.items():
            if pipeline.territory is not None:
                yield ("pipeline", stage.value, "territory"), pipeline.territory

    def results(self) -> Iterator[tuple[Path, Reported | Expected]]:
        """(path, figure) of every result (`reported`), then of every projection (`expected`)."""
        for i, report in enumerate(self.plan.reported):
            yield ("reported", i), report
        for i, projection in enumerate(self.plan.expected):
            yield ("expected", i), projection

    def period_references(self) -> Iterator[tuple[Path, str, bool]]:
        """(path, period id, whether `total` is allowed) for each figure."""
        plan = self.plan
        for i, target in enumerate(plan.targets):
            if target.period is not None:
                yield ("targets", i, "period"), target.period, True
        for i, completion in enumerate(plan.completed):
            yield ("completed", i, "period"), completion.period, False
        for stage, pipeline in plan.pipeline.items():
            for j, delivery in enumerate(pipeline.deliveries):
                yield ("pipeline", stage.value, "deliveries", j, "period"), delivery.period, False
        for i, total in enumerate(plan.stated_totals):
            yield ("stated_totals", i, "period"), total.period, True
