"""The Report: the one contract between the library, CLI, server, evaluation and training."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

# where a value came from; "reader": the learned reader's choice among the prose's numbers
# (extract/reader.py); "annotation": a person's annotation, read as output to measure agreement
Source = Literal["table", "model", "rules", "reader", "annotation"]


class FieldValue(BaseModel):
    """One extracted number with its evidence."""

    value: int | float
    unit: str | None = None
    source: Source
    span: tuple[int, int]
    confidence: float = Field(ge=0.0, le=1.0)
    page: int | None = None  # PDF input: the page the value is printed on (1-based)
    bbox: tuple[float, float, float, float] | None = None  # PDF points on that page: x0, top, x1, bottom


class Statement(BaseModel):
    """A problem or improvement statement, a slice of the original input."""

    text: str
    span: tuple[int, int]
    source: Source
    confidence: float = Field(ge=0.0, le=1.0)
    page: int | None = None  # PDF input: the page the statement starts on
    bbox: tuple[float, float, float, float] | None = None  # its part on that page


class IdentityCheck(BaseModel):
    """One accounting identity: holds is None when a value it needs is missing."""

    id: str
    holds: bool | None
    detail: str


class Section(BaseModel):
    """A top-level section of the report, by its role."""

    id: str
    title: str
    span: tuple[int, int]


class ReportMeta(BaseModel):
    year: int | None = None
    body: str | None = None
    family: Literal["2021", "2019", "legacy"] | None = None
    title: str | None = None
    published: str | None = None


class Report(BaseModel):
    """What the extractor says about one input."""

    file: str | None = None
    report: ReportMeta = Field(default_factory=ReportMeta)
    fields: dict[str, FieldValue] = Field(default_factory=dict)
    problems: list[Statement] = Field(default_factory=list)
    improvements: list[Statement] = Field(default_factory=list)
    checks: list[IdentityCheck] = Field(default_factory=list)
    sections: list[Section] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
