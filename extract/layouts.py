"""Layout stress: random tables that satisfy the identities, rendered the ways the wild renders them.

`random_tables` draws tables 1, 3 and 4 of one family; `render` prints them as one cell
per line, `|` rows with holes, markdown, HTML with row/col spans, tab-separated rows or
space-aligned columns (as `pdftotext -layout` gives), optionally in traditional
characters, with full-width digits, or without header rows. `score_layout` runs the
extractor on the rendering and counts cells right.
"""

from __future__ import annotations

import html
import random
import re
from dataclasses import dataclass, field
from functools import lru_cache

import opencc

from . import registry
from .pipeline import extract_text

LAYOUTS = ("cell-per-line", "bar-holes", "markdown", "html-spans", "tsv", "pdftotext-layout")
MODIFIERS = ("traditional", "full-width", "no-header", "spaced-labels")

_T3_PRINTED = {
    "new_received": "一、本年新收政府信息公开申请数量",
    "carried_over": "二、上年结转政府信息公开申请数量",
    "granted": "(一)予以公开",
    "partially_granted": "(二)部分公开(区分处理的,只计这一情形,不计其他情形)",
    "denied.state_secret": "1.属于国家秘密",
    "denied.prohibited_by_law": "2.其他法律行政法规禁止公开",
    "denied.security_stability": "3.危及“三安全一稳定”",
    "denied.third_party": "4.保护第三方合法权益",
    "denied.internal_affairs": "5.属于三类内部事务信息",
    "denied.process_info": "6.属于四类过程性信息",
    "denied.enforcement_files": "7.属于行政执法案卷",
    "denied.admin_query": "8.属于行政查询事项",
    "unable.not_held": "1.本机关不掌握相关政府信息",
    "unable.needs_creation": "2.没有现成信息需要另行制作",
    "unable.unclear": "3.补正后申请内容仍不明确",
    "not_processed.complaint": "1.信访举报投诉类申请",
    "not_processed.duplicate": "2.重复申请",
    "not_processed.publication": "3.要求提供公开出版物",
    "not_processed.excessive": "4.无正当理由大量反复申请",
    "not_processed.confirm_reissue": "5.要求行政机关确认或重新出具已获取信息",
    "other.no_correction": "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "other.unpaid_fee": "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    "other.other": "3.其他",
    "total_processed": "(七)总计",
    "carried_forward": "四、结转下年度继续办理",
}
_T3_GROUP_HEADS = {
    "granted": "三、本年度办理结果",
    "denied.state_secret": "(三)不予公开",
    "unable.not_held": "(四)无法提供",
    "not_processed.complaint": "(五)不予处理",
    "other.no_correction": "(六)其他处理",
}
_T1_HEADERS_2021 = {
    "regulations": ("第二十条第(一)项", "本年制发件数", "本年废止件数", "现行有效件数"),
    "licensing": ("第二十条第(五)项", "本年处理决定数量"),
    "punishment": ("第二十条第(六)项", "本年处理决定数量"),
    "fees": ("第二十条第(八)项", "本年收费金额(单位:万元)"),
}
_T1_HEADERS_2019 = {
    "regulations": ("第二十条第(一)项", "本年新制作数量", "本年新公开数量", "对外公开总数量"),
    "licensing": ("第二十条第(五)项", "上一年项目数量", "本年增/减", "处理决定数量"),
    "punishment": ("第二十条第(六)项", "上一年项目数量", "本年增/减", "处理决定数量"),
    "fees": ("第二十条第(八)项", "上一年项目数量", "本年增/减"),
    "procurement": ("第二十条第(九)项", "采购项目数量", "采购总金额"),
}
_T1_PRINTED = {
    "regulations": "规章",
    "normative_docs": "规范性文件",
    "licensing": "行政许可",
    "other_services": "其他对外管理服务事项",
    "punishment": "行政处罚",
    "coercion": "行政强制",
    "fees": "行政事业性收费",
    "procurement": "政府集中采购",
}


@dataclass
class Row:
    """One printed row: label, cells (None = printed blank), field ids, and a header before it."""

    label: str
    cells: list[str | None]
    ids: list[str]
    header: tuple[str, ...] = ()
    group_head: str = ""


@dataclass
class StressCase:
    family: str
    sections: list[tuple[str, list[Row]]]
    expected: dict[str, float] = field(default_factory=dict)


def _count(rng: random.Random) -> int:
    roll = rng.random()
    return 0 if roll < 0.55 else rng.randint(1, 9) if roll < 0.85 else rng.randint(10, 3000)


def random_tables(rng: random.Random, family: str, *, blank_rate: float = 0.0) -> StressCase:
    """Tables 1, 3 and 4 of a family with values that satisfy every identity."""
    case = StressCase(family, [])
    t1_rows: list[Row] = []
    t1_template = registry.T1_ROWS_2021 if family == "2021" else registry.T1_ROWS_2019
    headers = _T1_HEADERS_2021 if family == "2021" else _T1_HEADERS_2019
    for row, columns in t1_template:
        cells: list[str | None] = []
        for column in columns:
            if column == "change":
                value = rng.randint(-300, 300)
                text = f"+{value}" if value > 0 else str(value)
            elif column == "amount":
                text = f"{rng.randint(0, 99999)}.{rng.randint(0, 99):02d}" if rng.random() < 0.5 else str(_count(rng))
            else:
                text = str(_count(rng))
            cells.append(text)
        t1_rows.append(Row(_T1_PRINTED[row.id], cells, [f"t1.{row.id}.{c}" for c in columns], headers.get(row.id, ())))
    case.sections.append(("二、主动公开政府信息情况", t1_rows))

    rows = registry.T3_ROWS_2021 if family == "2021" else registry.T3_ROWS_2019
    result_ids = [
        r.id for r in rows if r.id not in ("new_received", "carried_over", "total_processed", "carried_forward")
    ]
    grid: dict[str, list[int]] = {r: [] for r in [r.id for r in rows]}
    for _ in range(6):
        for rid in result_ids:
            grid[rid].append(_count(rng))
        processed = sum(grid[rid][-1] for rid in result_ids)
        forward, carried = _count(rng), _count(rng)
        carried = min(carried, processed + forward)
        grid["total_processed"].append(processed)
        grid["carried_forward"].append(forward)
        grid["carried_over"].append(carried)
        grid["new_received"].append(processed + forward - carried)
    t3_rows = []
    for r in rows:
        values = grid[r.id] + [sum(grid[r.id])]
        label = "(六)其他处理" if family == "2019" and r.id == "other.other" else _T3_PRINTED[r.id]
        head = "" if family == "2019" and r.id == "other.other" else _T3_GROUP_HEADS.get(r.id, "")
        t3_rows.append(
            Row(label, [str(v) for v in values], [f"t3.{r.id}.{c.id}" for c in registry.T3_COLUMNS], group_head=head)
        )
    case.sections.append(("三、收到和处理政府信息公开申请情况", t3_rows))

    t4_cells: list[str | None] = []
    t4_ids: list[str] = []
    for group in registry.T4_GROUPS:
        parts = [_count(rng) for _ in range(4)]
        t4_cells += [str(v) for v in parts + [sum(parts)]]
        t4_ids += [f"t4.{group.id}.{r.id}" for r in registry.T4_RESULTS]
    case.sections.append(("四、政府信息公开行政复议、行政诉讼情况", [Row("", t4_cells, t4_ids)]))

    for _, section_rows in case.sections:
        for row in section_rows:
            for i, (text, fid) in enumerate(zip(row.cells, row.ids, strict=True)):
                if blank_rate and rng.random() < blank_rate:
                    row.cells[i] = None
                elif text is not None:
                    case.expected[fid] = float(text.replace("+", ""))
    return case


def _printed(value: float | None, column: str) -> str | None:
    if value is None:
        return None
    text = str(int(value)) if float(value).is_integer() else f"{value:.6f}".rstrip("0").rstrip(".")
    return f"+{text}" if column == "change" and value > 0 else text


def case_from_values(family: str, values: dict[str, float | None]) -> StressCase:
    """Tables 1, 3 and 4 of a family holding given values (e.g. a gold report's); absent cells blank.

    A table none of whose fields has a value is left out.
    """
    case = StressCase(family, [])
    t1_template = registry.T1_ROWS_2021 if family == "2021" else registry.T1_ROWS_2019
    headers = _T1_HEADERS_2021 if family == "2021" else _T1_HEADERS_2019
    t1_rows = [
        Row(
            _T1_PRINTED[row.id],
            [_printed(values.get(f"t1.{row.id}.{c}"), c) for c in columns],
            [f"t1.{row.id}.{c}" for c in columns],
            headers.get(row.id, ()),
        )
        for row, columns in t1_template
    ]
    t3_rows = []
    for r in registry.T3_ROWS_2021 if family == "2021" else registry.T3_ROWS_2019:
        ids = [f"t3.{r.id}.{c.id}" for c in registry.T3_COLUMNS]
        label = "(六)其他处理" if family == "2019" and r.id == "other.other" else _T3_PRINTED[r.id]
        head = "" if family == "2019" and r.id == "other.other" else _T3_GROUP_HEADS.get(r.id, "")
        t3_rows.append(Row(label, [_printed(values.get(i), "count") for i in ids], ids, group_head=head))
    t4_ids = [f"t4.{g.id}.{r.id}" for g in registry.T4_GROUPS for r in registry.T4_RESULTS]
    t4_rows = [Row("", [_printed(values.get(i), "count") for i in t4_ids], t4_ids)]
    for title, rows in (
        ("二、主动公开政府信息情况", t1_rows),
        ("三、收到和处理政府信息公开申请情况", t3_rows),
        ("四、政府信息公开行政复议、行政诉讼情况", t4_rows),
    ):
        if any(cell is not None for row in rows for cell in row.cells):
            case.sections.append((title, rows))
            for row in rows:
                for cell, fid in zip(row.cells, row.ids, strict=True):
                    if cell is not None:
                        case.expected[fid] = float(cell.replace("+", ""))
    return case


_T3_HEADER = ("申请人情况", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计")
_T4_HEADER = (
    "行政复议",
    "行政诉讼",
    "结果维持",
    "结果纠正",
    "其他结果",
    "尚未审结",
    "总计",
    "未经复议直接起诉",
    "复议后起诉",
)


def _header_cells(title: str, row: Row, index: int) -> tuple[str, ...]:
    if title.startswith("三") and index == 0:
        return _T3_HEADER
    if title.startswith("四"):
        return _T4_HEADER
    return ("信息内容", *row.header[1:]) if row.header else ()


def _rows_of(case: StressCase, no_header: bool) -> list[tuple[str, list[list[str | None]]]]:
    """Each section as printed rows (lists of cells; row[0] a label), headers included."""
    out = []
    for title, rows in case.sections:
        printed: list[list[str | None]] = []
        for i, row in enumerate(rows):
            if row.header:
                printed.append([row.header[0]])
            header = _header_cells(title, row, i)
            if header and not no_header:
                printed.append(list(header))
            if row.group_head:
                printed.append([row.group_head])
            printed.append(([row.label] if row.label else []) + list(row.cells))
        out.append((title, printed))
    return out


def _is_number(cell: str | None) -> bool:
    return cell is not None and any(ch.isdigit() for ch in cell) and not any("\u4e00" <= ch <= "\u9fff" for ch in cell)


def render(case: StressCase, layout: str, *, no_header: bool = False) -> tuple[str, bool]:
    """The case as text in one layout; returns (text, is_html)."""
    sections = _rows_of(case, no_header)
    parts: list[str] = []
    if layout == "html-spans":
        parts.append("<html><body><p>2023年某县人民政府政府信息公开工作年度报告</p>")
        for title, rows in sections:
            parts.append(f"<p>{html.escape(title)}</p><table border='1'>")
            for row in rows:
                span = " colspan='2'" if len(row) == 1 else ""
                tds = "".join(f"<td{span}>{html.escape(c or '')}</td>" for c in row)
                parts.append(f"<tr>{tds}</tr>")
            parts.append("</table>")
        parts.append("<p>五、存在的主要问题及改进情况</p></body></html>")
        return "".join(parts), True
    parts.append("2023年某县人民政府政府信息公开工作年度报告\n")
    for title, rows in sections:
        parts.append(title + "\n")
        for row in rows:
            parts.append(_render_row(row, layout))
    parts.append("五、存在的主要问题及改进情况\n")
    return "".join(parts), False


def _render_row(row: list[str | None], layout: str) -> str:
    cells = [c or "" for c in row]
    if layout == "cell-per-line":
        return "".join(f"{c}\n\n" for c in cells if c)
    if layout == "bar-holes":
        lines = [f"{c} |\n" for c in cells if c]
        return "".join(lines) + ("|||\n" if len(row) == 1 else "")
    if layout == "markdown":
        line = "| " + " | ".join(cells) + " |\n"
        return line + ("|---|\n" if not any(_is_number(c) for c in row) and len(row) > 1 else "")
    if layout == "tsv":
        return "\t".join(cells) + "\n"
    if layout == "pdftotext-layout":
        label, values = (cells[0], cells[1:]) if cells and not _is_number(row[0]) else ("", cells)
        wrapped = ""
        if len(label) > 18:  # long labels wrap onto the next line, as pdftotext prints them
            label, wrapped = label[:18], label[18:]
        line = f"{label:<24}" + "".join(f"{v:>10}" if v else " " * 10 for v in values)
        return line.rstrip() + "\n" + (f"{wrapped}\n" if wrapped else "")
    raise ValueError(f"[E107] unknown layout {layout!r}; choose one of: {', '.join(LAYOUTS)}")


@lru_cache(maxsize=1)
def _s2t() -> opencc.OpenCC:
    return opencc.OpenCC("s2t")


def _space_labels(text: str) -> str:
    """自然人 → 自 然 人: short runs of Chinese characters get spaces between them, as PDFs print them."""
    return re.sub(
        r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,5})(?![\u4e00-\u9fff])", lambda m: " ".join(m.group(1)), text
    )


def apply_modifiers(text: str, modifiers: tuple[str, ...]) -> str:
    if "spaced-labels" in modifiers:
        text = _space_labels(text)
    if "traditional" in modifiers:
        text = _s2t().convert(text)
    if "full-width" in modifiers:
        text = text.translate({ord(d): chr(ord(d) + 0xFEE0) for d in "0123456789"})
    return text


def score_layout(case: StressCase, layout: str, modifiers: tuple[str, ...] = ()) -> tuple[int, int, list[str]]:
    """(cells right, cells expected, misses) for one rendering; an extra cell counts as a miss."""
    text, is_html = render(case, layout, no_header="no-header" in modifiers)
    report = extract_text(apply_modifiers(text, modifiers), is_html=is_html)
    got = {k: v.value for k, v in report.fields.items() if k.startswith(("t1.", "t3.", "t4."))}
    right = sum(1 for k, v in case.expected.items() if k in got and abs(got[k] - v) < 1e-6)
    misses = [
        f"{k}: expected {case.expected.get(k)} got {got.get(k)}"
        for k in sorted(set(case.expected) | set(got))
        if k not in got or k not in case.expected or abs(got[k] - case.expected[k]) > 1e-6
    ]
    extra = sum(1 for k in got if k not in case.expected)
    return right, len(case.expected) + extra, misses


def stress_cases(n: int, seed: int = 0) -> list[tuple[StressCase, str, tuple[str, ...]]]:
    """n renderings cycling through layouts, with modifiers and printed blanks drawn at random."""
    rng = random.Random(seed)
    cases = []
    for i in range(n):
        layout = LAYOUTS[i % len(LAYOUTS)]
        family = rng.choice(("2021", "2019"))
        modifiers = tuple(m for m in MODIFIERS if rng.random() < 0.3)
        # A printed blank is only visible where the layout keeps empty cells.
        blanks = 0.05 if layout in ("markdown", "html-spans", "tsv") else 0.0
        cases.append((random_tables(rng, family, blank_rate=blanks), layout, modifiers))
    return cases
