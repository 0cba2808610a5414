"""Layout-aware reconstruction of the statistical tables.

The chain reads like pdfplumber's table finder, one small step each:

    text_to_lines   normalized text → lines of typed cells (label / value / blank / unit)
    lines_to_runs   cells → runs of values, each with the labels that precede or share its row
    runs_to_slots   runs aligned to a template's rows by labels *and* order (dynamic programming)
    slots_to_fields aligned runs → canonical fields with spans into the original input

The alignment is what makes any layout work: one cell per line, `|` rows with holes,
markdown, HTML rows, tab- or space-separated columns, labels torn away from their
numbers. A row's label, when it sits in the same row as the numbers, fixes the row;
otherwise the template's printed order does, with nearby label text as a hint.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from . import registry
from .normalize import MappedText

CellKind = Literal["label", "value", "blank", "unit"]

_NUMBER = re.compile(
    r"^(?P<num>[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?P<unit>万元|元|件|条|个|次|人次|人|篇|项|%)?$"
)
_BLANK_TOKENS = frozenset(["-", "—", "——", "/", "\\", "无", "--", "－", "–", "...", "…"])
_UNIT_TOKENS = frozenset(["条", "件", "次", "篇", "个", "人", "人次", "万元", "元", "项", "——", "单位"])
_MARKDOWN_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_SENTENCE_PUNCT = re.compile(r"[,。;,;:]")
_LABEL_NOISE = re.compile(r"[\s\"“”'‘’《》()\[\]【】（）、.,:;·|#*_-]+")


@dataclass(frozen=True)
class Cell:
    """One table cell: its kind, text, number, and span in the normalized text."""

    kind: CellKind
    text: str
    start: int
    end: int
    line: int
    value: int | float | None = None
    unit: str | None = None


@dataclass(frozen=True)
class Line:
    index: int
    start: int
    cells: tuple[Cell, ...]
    delimited: bool  # markdown / tab rows: an interior blank cell is a printed blank

    @property
    def values(self) -> list[Cell]:
        return [c for c in self.cells if c.kind == "value"]

    @property
    def labels(self) -> list[Cell]:
        return [c for c in self.cells if c.kind == "label"]


@dataclass
class Run:
    """Consecutive value cells that belong to one or more table rows."""

    cells: list[Cell]
    strong_label: str  # label in the same row, or the label right before the numbers
    weak_label: str  # all label text since the previous run

    @property
    def values(self) -> list[Cell]:
        return [c for c in self.cells if c.kind == "value"]


@dataclass(frozen=True)
class Slot:
    """One template row: the id prefix, the labels, and the columns in printed order."""

    id: str
    labels: tuple[str, ...]
    columns: tuple[str, ...]

    @property
    def width(self) -> int:
        return len(self.columns)


@dataclass(frozen=True)
class TableCell:
    """A reconstructed cell: field id, value, unit, normalized span, confidence, note."""

    field_id: str
    value: int | float
    unit: str | None
    start: int
    end: int
    confidence: float


@dataclass
class TableResult:
    """What one table's reconstruction found, with intermediates kept for debugging."""

    name: str
    template: str
    cells: list[TableCell] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    runs: list[Run] = field(default_factory=list)
    score: float = 0.0
    span: tuple[int, int] = (0, 0)  # the table's region in the normalized text


# --- text_to_lines ----------------------------------------------------------------


def parse_number(token: str) -> tuple[int | float, str | None] | None:
    """`'+213'` → (213, None); `'251000元'` → (251000, '元'); `'1,234.5'` → (1234.5, None)."""
    match = _NUMBER.match(token)
    if not match:
        return None
    raw = match.group("num").replace(",", "")
    number: int | float = float(raw) if "." in raw else int(raw)
    return number, match.group("unit")


def _piece_cells(text: str, offset: int, line: int, *, keep_blank: bool) -> list[Cell]:
    stripped = text.strip()
    if not stripped:
        return [Cell("blank", "", offset, offset, line)] if keep_blank else []
    if stripped in _BLANK_TOKENS:
        start = offset + text.index(stripped)
        return [Cell("blank", stripped, start, start + len(stripped), line)]
    if stripped in _UNIT_TOKENS:
        start = offset + text.index(stripped)
        return [Cell("unit", stripped, start, start + len(stripped), line)]
    tokens = [(m.group(), offset + m.start()) for m in re.finditer(r"\S+", text)]
    cells: list[Cell] = []
    label_start = label_end = -1
    for i, (token, start) in enumerate(tokens):
        number = parse_number(token)
        if number is not None and i + 1 < len(tokens) and tokens[i + 1][0].startswith(("年", "月")):
            number = None  # ( 2018 年度) over the table: a date, not a cell
        if number is None:
            if label_start < 0:
                label_start = start
            label_end = start + len(token)
            continue
        if label_start >= 0:
            cells.append(Cell("label", text[label_start - offset : label_end - offset], label_start, label_end, line))
            label_start = -1
        digits = len(token) - len(number[1] or "")
        cells.append(Cell("value", token, start, start + digits, line, number[0], number[1]))
    if label_start >= 0:
        cells.append(Cell("label", text[label_start - offset : label_end - offset], label_start, label_end, line))
    return cells


def _split_at(text: str, separator: str, start: int = 0) -> list[tuple[str, int]]:
    """`text` split at `separator`, each piece with its offset (from `start`), empty pieces kept."""
    pieces, pos = [], start
    for part in text.split(separator):
        pieces.append((part, pos))
        pos += len(part) + len(separator)
    return pieces


def _split_line(text: str) -> tuple[list[tuple[str, int]], bool]:
    """Pieces of a line with their offsets, and whether interior blanks are printed blanks."""
    if "|" in text:
        pieces = _split_at(text, "|")
        markdown = text.strip().startswith("|")
        if markdown:
            if pieces and not pieces[0][0].strip():
                pieces = pieces[1:]
            if pieces and not pieces[-1][0].strip():
                pieces = pieces[:-1]
            return pieces, True
        return [p for p in pieces if p[0].strip()], False
    if "\t" in text:
        return _split_at(text, "\t"), True
    return [(m.group(), m.start()) for m in re.finditer(r"\S+(?: \S+)*", text)], False


def _is_prose(text: str) -> bool:
    bare = text.strip()
    if "|" in bare or "\t" in bare or len(bare) <= 40 or re.search(r"\S {2,}[+-]?\d", bare):
        return False
    return bool(_SENTENCE_PUNCT.search(bare))


# A line that only goes on with the row above it: a bare "|" (an empty cell) or "| 25 |" (numbers only)
# (or, a cell a line: `一、本年新收… |`, `|` for each empty cell, `0 |`)
# (`||` closes the row)
_ROW_GOES_ON = re.compile(
    r"\s*\|(?:[^|\u4e00-\u9fff]*[^|\s\u4e00-\u9fff][^|\u4e00-\u9fff]*\|?)?\s*|\s*[^|\s\u4e00-\u9fff][^|\u4e00-\u9fff]*\|\s*"
)


def _row_continuations(raws: list[str]) -> dict[int, list[int]]:
    """Rows a copy broke after each cell: `一、本年新收… | 25 |`, then `|` alone for each empty cell, then
    `| 25 |`. Maps the row's first line to the lines that go on with it (only where a bare `|` shows it
    and a number follows)."""
    groups: dict[int, list[int]] = {}
    index = 0
    while index < len(raws):
        raw = raws[index]
        if "|" in raw and not raw.strip().startswith("|") and raw.rstrip().endswith("|"):
            follow = index + 1
            # (a cell's line is short: a long line is no continuation, and is not matched at all)
            while follow < len(raws) and len(raws[follow]) <= 40 and _ROW_GOES_ON.fullmatch(raws[follow]):
                follow += 1
            rest = list(range(index + 1, follow))
            while rest and raws[rest[-1]].strip() == "|":
                rest.pop()  # a bar after the row's last number closes it (规章 |, 0 |, 0 |, 0 |, |)
            if any(raws[k].strip() == "|" for k in rest) and any(raws[k].strip() != "|" for k in rest):
                groups[index] = rest
                index = rest[-1] + 1
                continue
        index += 1
    return groups


def _joined_pieces(raws: list[str], offsets: list[int], first: int, rest: list[int]) -> list[tuple[str, int]]:
    """The pieces of a broken row, as if its lines were one: absolute offsets, empty cells kept."""
    pieces = _split_at(raws[first], "|", offsets[first])
    for k in rest:
        more = _split_at(raws[k], "|", offsets[k])
        # the gap after one line's last "|" and before the next line's first is one cell boundary
        last, head = pieces[-1], more[0]
        pieces = pieces[:-1] + [last if last[0].strip() else head] + more[1:]
    if pieces and not pieces[-1][0].strip():
        pieces = pieces[:-1]
    return pieces


def text_to_lines(text: str, start_line: int = 0, end_line: int | None = None) -> list[Line]:
    """Lines `[start_line, end_line)` of a normalized text, each split into typed cells."""
    lines: list[Line] = []
    raws = text.split("\n")
    offsets, offset = [], 0
    for raw in raws:
        offsets.append(offset)
        offset += len(raw) + 1
    groups = _row_continuations(raws[start_line:end_line])
    groups = {first + start_line: [k + start_line for k in rest] for first, rest in groups.items()}
    joined = {k for rest in groups.values() for k in rest}
    for index, raw in enumerate(raws[start_line:end_line], start_line):
        offset = offsets[index]
        if index in joined:
            lines.append(Line(index, offset, (), False))
        elif index in groups:
            cells: list[Cell] = []
            for piece, pos in _joined_pieces(raws, offsets, index, groups[index]):
                cells.extend(_piece_cells(piece, pos, index, keep_blank=True))
            lines.append(Line(index, offset, tuple(cells), True))
        elif _MARKDOWN_RULE.match(raw) or not raw.strip():
            lines.append(Line(index, offset, (), False))
        elif _is_prose(raw):
            lines.append(Line(index, offset, (Cell("label", raw.strip(), offset, offset + len(raw), index),), False))
        else:
            pieces, delimited = _split_line(raw)
            cells = []
            for piece, pos in pieces:
                cells.extend(_piece_cells(piece, offset + pos, index, keep_blank=delimited))
            lines.append(Line(index, offset, tuple(cells), delimited))
    return lines


# --- lines_to_runs ------------------------------------------------------------------


def lines_to_runs(lines: list[Line]) -> list[Run]:
    """Group value cells into runs; a row with two or more numbers is a run of its own."""
    runs: list[Run] = []
    pending: list[str] = []  # label text since the previous run
    accumulating: list[Cell] = []
    acc_strong = ""

    def close() -> None:
        nonlocal accumulating
        if accumulating:
            runs.append(Run(accumulating, acc_strong, "".join(pending)))
            pending.clear()
            accumulating = []

    for line in lines:
        values, labels = line.values, line.labels
        if not values:
            if labels:
                close()
                pending.extend(c.text for c in labels)
            continue
        if len(values) >= 2 or labels:
            close()
            row_cells = [c for c in line.cells if c.kind in ("value", "blank")] if line.delimited else values
            same_row = "".join(c.text for c in labels)
            strong = same_row or (pending[-1] if pending else "")
            runs.append(Run(row_cells, strong, "".join(pending) + same_row))
            pending.clear()
            continue
        if not accumulating:
            acc_strong = pending[-1] if pending else ""
        accumulating.append(values[0])
    close()
    return runs


# --- runs_to_slots --------------------------------------------------------------------


def squash_label(text: str) -> str:
    """Label text without spaces, punctuation and enumeration marks, for matching."""
    return _LABEL_NOISE.sub("", text)


def _match_length(text: str, slot: Slot) -> int:
    return max((len(v) for v in slot.labels if squash_label(v) in text), default=0)


@dataclass(frozen=True)
class _Scorer:
    slots: tuple[Slot, ...]

    def label_score(self, run: Run, slot_index: int) -> tuple[float, float]:
        """(score, confidence) of putting `run` at the slot."""
        strong = squash_label(run.strong_label)
        if strong:
            lengths = [_match_length(strong, s) for s in self.slots]
            best = max(lengths)
            if best > 0:
                if lengths[slot_index] == best:
                    return 10.0, 0.99
                return -4.0, 0.5
        weak = squash_label(run.weak_label)
        if weak and _match_length(weak, self.slots[slot_index]) > 0:
            return 2.0, 0.95
        return 0.0, 0.9


def _width_score(run: Run, width: int) -> float:
    cells, values = len(run.cells), len(run.values)
    if cells == width or values == width:
        return 0.0
    return -3.0 if values < width else -4.0 - 2.0 * (values - width)


def runs_to_slots(runs: list[Run], slots: tuple[Slot, ...]) -> tuple[float, list[tuple[int, list[int], float]]]:
    """Monotone alignment of runs to slots. Returns (score, [(run, [slot...], confidence)])."""
    scorer = _Scorer(slots)
    n, m = len(runs), len(slots)
    neg = float("-inf")
    best = [[neg] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int, int, float] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            here = best[i][j]
            if here == neg:
                continue
            if j < m and here - 0.5 > best[i][j + 1]:  # the table does not print this row
                best[i][j + 1], back[i][j + 1] = here - 0.5, (i, j, 0, 0.0)
            if i < n:
                drop = here - (5.0 if len(runs[i].values) > 1 else 2.0)  # a stray number
                if drop > best[i + 1][j]:
                    best[i + 1][j], back[i + 1][j] = drop, (i, j, 0, 0.0)
            if i < n and j < m:
                run = runs[i]
                label, confidence = scorer.label_score(run, j)
                total_width = 0
                for k in range(1, m - j + 1):
                    total_width += slots[j + k - 1].width
                    if k == 1:
                        score = label + _width_score(run, total_width)
                    elif len(run.cells) == total_width:
                        # One run over several rows (numbers without row labels): its label is a header.
                        score = max(label, 0.0) + 1.0
                    else:
                        if total_width > len(run.cells):
                            break
                        continue
                    if here + score > best[i + 1][j + k]:
                        best[i + 1][j + k], back[i + 1][j + k] = here + score, (i, j, k, confidence)
    # Trailing rows the table does not print cost the same for every alignment.
    j_end = max(range(m + 1), key=lambda j: best[n][j] - 0.5 * (m - j))
    score = best[n][j_end] - 0.5 * (m - j_end)
    assignment: list[tuple[int, list[int], float]] = []
    i, j = n, j_end
    while (i, j) != (0, 0):
        step = back[i][j]
        assert step is not None
        pi, pj, k, confidence = step
        if k:
            assignment.append((pi, list(range(pj, pj + k)), confidence))
        i, j = pi, pj
    assignment.reverse()
    return score, assignment


# --- slots_to_fields --------------------------------------------------------------------


def _cells_for_width(run: Run, width: int) -> tuple[list[Cell | None], str | None]:
    """The run's cells laid out on `width` columns, and a warning when the fit is a guess."""
    cells, values = run.cells, run.values
    # Blank cells beyond the row's width are empty label cells, not printed blanks.
    while len(cells) > width and cells[0].kind == "blank":
        cells = cells[1:]
    while len(cells) > width and cells[-1].kind == "blank":
        cells = cells[:-1]
    if len(cells) == width:
        return [c if c.kind == "value" else None for c in cells], None
    if len(values) == width:
        return list(values), None
    if len(values) > width:
        dropped = " ".join(c.text for c in values[: len(values) - width])
        return list(values[-width:]), f"dropped stray value(s) {dropped} before a row of {width}"
    padded: list[Cell | None] = list(values) + [None] * (width - len(values))
    return padded, f"row has {len(values)} numbers, expected {width}; assigned left to right"


def slots_to_fields(
    name: str, prefix: str, runs: list[Run], slots: tuple[Slot, ...], assignment: list[tuple[int, list[int], float]]
) -> tuple[list[TableCell], list[str]]:
    """Turn an alignment into cells with canonical ids."""
    cells: list[TableCell] = []
    warnings: list[str] = []
    for run_index, slot_indexes, confidence in assignment:
        run = runs[run_index]
        group = [slots[s] for s in slot_indexes]
        width = sum(s.width for s in group)
        laid, warning = _cells_for_width(run, width)
        if warning:
            warnings.append(f"{name} row {group[0].id}: {warning}")
            confidence = min(confidence, 0.6)
        columns = [(s, c) for s in group for c in s.columns]
        for (slot, column), cell in zip(columns, laid, strict=False):
            if cell is None or cell.value is None:
                continue
            field_id = f"{prefix}.{slot.id}.{column}" if column else f"{prefix}.{slot.id}"
            cells.append(TableCell(field_id, cell.value, cell.unit, cell.start, cell.end, confidence))
    used = {r for r, _, _ in assignment}
    for index, run in enumerate(runs):
        if index not in used:
            text = " ".join(c.text for c in run.values)
            warnings.append(f"{name}: numbers not placed in any row: {text}")
    return cells, warnings


# --- templates ----------------------------------------------------------------------------


def _t3_slots(rows: tuple[registry.RowSpec, ...]) -> tuple[Slot, ...]:
    columns = tuple(c.id for c in registry.T3_COLUMNS)
    return tuple(Slot(r.id, r.labels, columns) for r in rows)


TEMPLATES: dict[str, tuple[str, tuple[Slot, ...]]] = {
    "t1/2021": ("t1", tuple(Slot(r.id, r.labels, cols) for r, cols in registry.T1_ROWS_2021)),
    "t1/2019": ("t1", tuple(Slot(r.id, r.labels, cols) for r, cols in registry.T1_ROWS_2019)),
    "t3/2021": ("t3", _t3_slots(registry.T3_ROWS_2021)),
    "t3/2019": ("t3", _t3_slots(registry.T3_ROWS_2019)),
    "t4": ("t4", tuple(Slot(g.id, g.labels, tuple(r.id for r in registry.T4_RESULTS)) for g in registry.T4_GROUPS)),
    "legacy": ("legacy", tuple(Slot(path, labels, ("",)) for path, labels, _ in registry.LEGACY_ROWS)),
}


def label_assignment(runs: list[Run], slots: tuple[Slot, ...]) -> tuple[float, list[tuple[int, list[int], float]]]:
    """Each run to the one slot its own row label names, in any order (sub-tables moved around)."""
    scorer = _Scorer(slots)
    used: set[int] = set()
    assignment: list[tuple[int, list[int], float]] = []
    score = 0.0
    for index, run in enumerate(runs):
        candidates = [j for j in range(len(slots)) if j not in used and scorer.label_score(run, j)[0] == 10.0]
        if len(candidates) != 1:
            score -= 5.0
            continue
        used.add(candidates[0])
        score += 10.0 + _width_score(run, slots[candidates[0]].width)
        assignment.append((index, candidates, 0.97))
    assignment.sort(key=lambda a: a[1][0])
    return score - 0.5 * (len(slots) - len(used)), assignment


def reconstruct(name: str, template_keys: tuple[str, ...], lines: list[Line], prior: dict[str, float]) -> TableResult:
    """Reconstruct one table from its lines, trying each candidate template."""
    runs = lines_to_runs(lines)
    best: TableResult | None = None
    for key in template_keys:
        prefix, slots = TEMPLATES[key]
        score, assignment = max(runs_to_slots(runs, slots), label_assignment(runs, slots), key=lambda a: a[0])
        score += prior.get(key, 0.0)
        if best is None or score > best.score:
            cells, warnings = slots_to_fields(name, prefix, runs, slots, assignment)
            best = TableResult(name, key, cells, warnings, runs, score)
    assert best is not None
    return best


# --- where the tables are ----------------------------------------------------------------

_T1_START = re.compile(r"第二十条|主动公开政府信息情况")
_T3_START = re.compile(r"本年新收|新收政府信息公开申请")
_T3_END = re.compile(r"结转下年度")
_T4_START = re.compile(r"行政复议")
_SECTION_FIVE = re.compile(r"存在的主要问题|存在的问题|主要问题|问题及改进|改进情况|其他需要报告")
_LEGACY_START = re.compile(r"政府信息公开情况统计表|统计指标")


@dataclass(frozen=True)
class TableRegions:
    """Line ranges `[start, end)` of each table found; None where absent."""

    t1: tuple[int, int] | None
    t3: tuple[int, int] | None
    t4: tuple[int, int] | None
    legacy: tuple[int, int] | None


def _short(line: str) -> bool:
    """A heading or a table row, not a sentence of prose (全年新收政府信息公开申请数量0件,上年结转…0件。)."""
    if "|" in line or "\t" in line:
        return True
    if line.strip().endswith("。") and re.search(r"[,,;]", line):
        return False
    return len(line.strip()) <= 60 or bool(re.search(r"\S {2,}\S", line))


def find_regions(text: str) -> TableRegions:
    """Locate the tables by their anchor labels, in the order the templates print them."""
    lines = text.split("\n")
    squashed = [re.sub(r"\s+", "", line) for line in lines]  # 自 然 人 → 自然人
    n = len(lines)

    def first(pattern: re.Pattern[str], start: int, stop: int = n) -> int | None:
        for i in range(start, min(stop, n)):
            if pattern.search(squashed[i]) and _short(lines[i]):
                return i
        return None

    t3_start = first(_T3_START, 0)
    t3 = t4 = t1 = None
    if t3_start is not None:
        t3_last = first(_T3_END, t3_start) or t3_start
        t4_start = first(_T4_START, t3_last + 1)
        t3_end = t4_start if t4_start is not None else (first(_SECTION_FIVE, t3_last + 1) or n)
        t3 = (t3_start, t3_end)
        if t4_start is not None:
            t4_end = first(_SECTION_FIVE, t4_start + 1) or min(n, t4_start + 80)
            t4 = (t4_start, t4_end)
    elif (t4_start := first(re.compile(r"行政复议.*行政诉讼|^\s*\|?\s*行政复议"), 0)) is not None and any(
        "结果维持" in squashed[i] or "尚未审结" in squashed[i] for i in range(t4_start, min(n, t4_start + 40))
    ):
        t4 = (t4_start, first(_SECTION_FIVE, t4_start + 1) or min(n, t4_start + 80))
    t1_limit = t3[0] if t3 else (t4[0] if t4 else n)
    t1_start = first(re.compile(r"第二十条"), 0, t1_limit)
    if t1_start is None:
        heading = first(_T1_START, 0, t1_limit)
        if heading is not None and any("信息内容" in squashed[i] for i in range(heading, min(t1_limit, heading + 8))):
            t1_start = heading
    if t1_start is not None:
        t1_end = (
            t1_limit if (t3 or t4) else (first(re.compile(r"收到和处理|依申请"), t1_start + 1) or min(n, t1_start + 80))
        )
        t1 = (t1_start, t1_end)
    legacy_start = first(_LEGACY_START, 0)
    legacy = (legacy_start, n) if legacy_start is not None and t3 is None else None
    return TableRegions(t1, t3, t4, legacy)


def _char_span(text: str, lines: tuple[int, int]) -> tuple[int, int]:
    starts = [0]
    for m in re.finditer("\n", text):
        starts.append(m.end())
    starts.append(len(text) + 1)
    return starts[min(lines[0], len(starts) - 1)], starts[min(lines[1], len(starts) - 1)] - 1


def extract_tables(mapped: MappedText, family_hint: str | None) -> list[TableResult]:
    """Find and reconstruct every statistical table of a normalized report."""
    regions = find_regions(mapped.text)
    text = mapped.text
    results = _reconstruct_regions(text, regions, family_hint)
    for result, region in zip(
        results, [r for r in (regions.t1, regions.t3, regions.t4, regions.legacy) if r], strict=True
    ):
        result.span = _char_span(text, region)
    return results


def _reconstruct_regions(text: str, regions: TableRegions, family_hint: str | None) -> list[TableResult]:
    results: list[TableResult] = []
    prior: dict[str, float] = {}
    if regions.t1:
        lines = text_to_lines(text, *regions.t1)
        region = squash_label("".join(c.text for line in lines for c in line.labels))
        if "本年制发" in region or "现行有效" in region or "本年收费金额" in region:
            prior["t1/2021"] = 5.0
        # (对外公开总数量 under headers cut to 本年新 / 本年新: the 2019 columns all the same)
        if "本年新制作" in region or "上一年项目数量" in region or "采购" in region or "对外公开总数" in region:
            prior["t1/2019"] = 5.0
        results.append(reconstruct("table 1", ("t1/2021", "t1/2019"), lines, prior))
    if regions.t3:
        t1_family = results[0].template.split("/")[1] if results else family_hint
        t3_prior = {f"t3/{t1_family}": 1.0} if t1_family in ("2019", "2021") else {}
        results.append(reconstruct("table 3", ("t3/2021", "t3/2019"), text_to_lines(text, *regions.t3), t3_prior))
    if regions.t4:
        results.append(reconstruct("table 4", ("t4",), text_to_lines(text, *regions.t4), {}))
    if regions.legacy:
        results.append(reconstruct("statistics table", ("legacy",), text_to_lines(text, *regions.legacy), {}))
    return results
