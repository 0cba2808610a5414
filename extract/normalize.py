"""Normalization that never loses the way back: every output character knows its input offset.

`MappedText` is a string plus, for each character, the index of the character of the
original input it came from. HTML becomes a text view (table rows as `|`-separated
lines); traditional characters become simplified (OpenCC); full-width forms become
half-width; site chrome and template junk are dropped. Spans found downstream are
mapped back with `MappedText.span`.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from html.parser import HTMLParser

import opencc


@dataclass
class MappedText:
    """Text whose character i came from `offsets[i]` of the original input."""

    text: str
    offsets: list[int]
    source: str  # the original input, which every span indexes
    _inverse: dict[int, int] | None = field(default=None, init=False, repr=False, compare=False)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a `[start, end)` span of this text to the original input."""
        if end <= start:
            pos = self.offsets[start] if start < len(self.offsets) else len(self.source)
            return (pos, pos)
        return (self.offsets[start], self.offsets[end - 1] + 1)

    def view_span(self, start: int, end: int) -> tuple[int, int] | None:
        """The reverse of `span`: a `[start, end)` span of the original input in this text, from the
        first to the last of its characters that this text kept; None when it kept none."""
        if self._inverse is None:
            self._inverse = {}
            for i, original in enumerate(self.offsets):
                self._inverse.setdefault(original, i)
        inverse = self._inverse
        first = next((inverse[o] for o in range(start, end) if o in inverse), None)
        last = next((inverse[o] for o in range(end - 1, start - 1, -1) if o in inverse), None)
        return (first, last + 1) if first is not None and last is not None and last >= first else None


@dataclass
class TextBuilder:
    """Collects characters with their original offsets."""

    parts: list[str] = field(default_factory=list)
    offsets: list[int] = field(default_factory=list)

    def add(self, chars: str, origin: int) -> None:
        """Characters copied from the input starting at `origin`."""
        self.parts.append(chars)
        self.offsets.extend(range(origin, origin + len(chars)))

    def add_marker(self, chars: str, origin: int) -> None:
        """Synthetic characters (line breaks, cell bars) standing for markup at `origin`."""
        self.parts.append(chars)
        self.offsets.extend([origin] * len(chars))

    def last_char(self) -> str:
        return self.parts[-1][-1] if self.parts and self.parts[-1] else "\n"

    def build(self, source: str) -> MappedText:
        return MappedText("".join(self.parts), self.offsets, source)


def identity_text(source: str) -> MappedText:
    """The input as it is, each character mapped to itself."""
    return MappedText(source, list(range(len(source))), source)


# --- HTML to a text view ---------------------------------------------------------

_BLOCK_TAGS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 table tbody thead tfoot section article header footer "
    "blockquote pre hr dd dt dl form center".split()
)
_SKIP_TAGS = frozenset("script style noscript template head title select option iframe svg".split())


class _HtmlTextView(HTMLParser):
    """Walks HTML source, writing visible text with offsets; table rows become `|` lines."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.out = TextBuilder()
        self.skip_depth = 0
        self.cell_depth = 0
        self.cells_in_row = 0
        self.tables: list[list[list[_HtmlCell]]] = []

    def _pos(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def _newline(self, at: int) -> None:
        if self.out.last_char() != "\n":
            self.out.add_marker("\n", at)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        at = self._pos()
        if tag in _SKIP_TAGS:
            self.skip_depth += 1
            return
        if tag == "table":
            self.tables.append([])
        if tag == "tr":
            self._newline(at)
            self.cells_in_row = 0
            if self.tables:
                self.tables[-1].append([])
        elif tag in ("td", "th"):
            self.out.add_marker(" | " if self.cells_in_row else "| ", at)
            self.cells_in_row += 1
            self.cell_depth += 1
            if self.tables and self.tables[-1]:
                spans = {k: v for k, v in attrs}
                self.tables[-1][-1].append(
                    _HtmlCell(
                        len("".join(self.out.parts)), _int_attr(spans.get("rowspan")), _int_attr(spans.get("colspan"))
                    )
                )
        elif tag in _BLOCK_TAGS:
            if self.cell_depth:
                if tag == "br" or tag == "p":
                    return
            self._newline(at)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br" and not self.cell_depth:
            self._newline(self._pos())

    def handle_endtag(self, tag: str) -> None:
        at = self._pos()
        if tag in _SKIP_TAGS:
            self.skip_depth = max(0, self.skip_depth - 1)
            return
        if tag in ("td", "th"):
            self.cell_depth = max(0, self.cell_depth - 1)
        elif tag == "tr":
            if self.cells_in_row:
                self.out.add_marker(" |", at)
            self._newline(at)
        elif tag in _BLOCK_TAGS and not self.cell_depth:
            self._newline(at)

    def handle_data(self, data: str) -> None:
        if self.skip_depth:
            return
        at = self._pos()
        if self.cell_depth:
            # Line breaks inside a cell are layout, not structure: keep the row on one line.
            data = data.replace("\r", " ").replace("\n", " ")
        self.out.add(data, at)

    def _ref(self, text: str, raw_length: int) -> None:
        if not self.skip_depth:
            self.out.add_marker(text, self._pos())

    def handle_entityref(self, name: str) -> None:
        self._ref(html.unescape(f"&{name};"), len(name) + 2)

    def handle_charref(self, name: str) -> None:
        self._ref(html.unescape(f"&#{name};"), len(name) + 3)


@dataclass(frozen=True)
class _HtmlCell:
    view_start: int
    rowspan: int
    colspan: int


def _int_attr(value: str | None) -> int:
    try:
        return max(1, min(100, int(value or 1)))
    except ValueError:
        return 1


def html_to_view(source: str) -> tuple[MappedText, list[list[list[tuple[int, int]]]]]:
    """The visible text of an HTML page and, per `<table>`, its rowspan/colspan-expanded grid.

    Each grid cell is `(row, col)` of the cell that covers it, so a spanned cell is
    recognisable as a copy of its origin and its value is counted once.
    """
    parser = _HtmlTextView(source)
    parser.feed(source)
    parser.close()
    grids = [expand_spans([[(c.rowspan, c.colspan) for c in row] for row in table]) for table in parser.tables]
    return parser.out.build(source), grids


def expand_spans(rows: list[list[tuple[int, int]]]) -> list[list[tuple[int, int]]]:
    """Expand rowspan/colspan: grid[r][c] = (row, index in that row) of the origin cell."""
    grid: dict[tuple[int, int], tuple[int, int]] = {}
    for r, row in enumerate(rows):
        col = 0
        for i, (rowspan, colspan) in enumerate(row):
            while (r, col) in grid:
                col += 1
            for dr in range(rowspan):
                for dc in range(colspan):
                    grid.setdefault((r + dr, col + dc), (r, i))
            col += colspan
    height = max((r for r, _ in grid), default=-1) + 1
    width = max((c for _, c in grid), default=-1) + 1
    return [[grid.get((r, c), (-1, -1)) for c in range(width)] for r in range(height)]


# --- character-level normalization ------------------------------------------------


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def _to_simplified(text: str) -> str:
    converted = _t2s().convert(text)
    if len(converted) == len(text):
        return converted
    # A phrase rule changed the length: convert character by character to keep offsets.
    return "".join(c2 if len(c2 := _t2s().convert(ch)) == 1 else ch for ch in text)


_HALF_WIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_HALF_WIDTH.update(
    {
        0x3000: 0x20,
        0x00A0: 0x20,
        0x2002: 0x20,
        0x2003: 0x20,
        0x2009: 0x20,
        0x200B: 0x20,
        0xFEFF: 0x20,
        0x3007: ord("〇"),
        0x2014: ord("—"),
        0x2212: ord("-"),
        0x0D: 0x20,
    }
)
# Kangxi radicals and CJK radical supplements that PDF converters print for ordinary characters
# (⼯作 for 工作, 进⼀步 for 进一步): each becomes the character NFKC gives it, one for one.
_HALF_WIDTH.update(
    {
        cp: ord(folded)
        for cp in (*range(0x2E80, 0x2EF4), *range(0x2F00, 0x2FD6))
        if len(folded := unicodedata.normalize("NFKC", chr(cp))) == 1 and folded != chr(cp)
    }
)


def normalize_chars(mapped: MappedText) -> MappedText:
    """Traditional → simplified and full-width → half-width; one character in, one out."""
    text = _to_simplified(mapped.text).translate(_HALF_WIDTH)
    return MappedText(text, mapped.offsets, mapped.source)


# --- chrome and template junk ---------------------------------------------------------

_JUNK_LINE = re.compile(
    r"^\s*(\{\{.*?\}\}\s*)+$"
    r"|^\s*(打印|打印本页|关闭|关闭窗口|【?打印】?|【?关闭】?|扫描(右侧)?二维码.*|在手机打开此页|返回顶部|收藏|"
    r"微信扫一扫.*|手机扫一扫.*|用手机扫描.*|上一篇.*|下一篇.*|相关(文章|链接|附件)|视力保护色.*)\s*$"
    # a page field (字体, 分享到, 责任编辑, 浏览次数, 来源:本网) goes; one that carries the page's date
    # (来源: 时间:2022-01-26, 【字体:大 中 小】 发布时间:2023-01-20) stays
    r"|^(?!.*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月])\s*(分享到[::]?.*|字体[::]?\s*[【\[]?\s*大\s*中\s*小.*|"
    r"【\s*字体.*|责任编辑.*|浏览次数.*|来源[::].{0,20}|访问量.*|点击数.*)\s*$"
)


def drop_junk_lines(mapped: MappedText) -> MappedText:
    """Remove site chrome lines (`{{ title }}`, 打印, 扫描二维码, 分享到 ...), keeping offsets."""
    keep_text: list[str] = []
    keep_offsets: list[int] = []
    pos = 0
    text = mapped.text
    for line in text.splitlines(keepends=True):
        end = pos + len(line)
        if not _JUNK_LINE.match(line.rstrip("\n")):
            keep_text.append(line)
            keep_offsets.extend(mapped.offsets[pos:end])
        pos = end
    return MappedText("".join(keep_text), keep_offsets, mapped.source)


_INLINE_HEADING = re.compile(r"[ \t](?=(?:[一二三四五六七八九十]{1,3}、|[(][一二三四五六七八九十]{1,3}[)])\S)")
_HEADING_START = re.compile(r"(?:#+ )?(?:[一二三四五六七八九十]{1,3}、|[(][一二三四五六七八九十]{1,3}[)])")
_GAP = re.compile(r"(?<=[^|\s])[ \t](?=[ \t]+[^|\s])")  # not the blank cells of a `|` row


def _break_line(line: str) -> str:
    line = _GAP.sub("\n", line)  # two blanks in a row: a line break that was lost
    line = _INLINE_HEADING.sub("\n", line)
    out = []
    for piece in line.split("\n"):
        # a heading followed, after one blank, by its paragraph: 六、存在的主要问题 我市……
        cut = piece.find(" ", 4)
        if (
            _HEADING_START.match(piece)
            and len(piece) > 40
            and 4 <= cut <= 40
            and "\u4e00" <= piece[cut + 1] <= "\u9fff"
        ):
            piece = piece[:cut] + "\n" + piece[cut + 1 :]  # not a table row's label and its numbers
        out.append(piece)
    return "\n".join(out)


def break_run_on_lines(mapped: MappedText, *, longer_than: int = 400) -> MappedText:
    """A page flattened to one long line: blanks standing for lost line breaks (two in a row,
    the one before an inline heading such as 六、 or (一), the one after a heading) become line
    breaks, so sections and enumerations are found. One character for one: offsets unchanged."""
    if all(len(line) <= longer_than for line in mapped.text.split("\n")):
        return mapped
    parts = [_break_line(line) if len(line) > longer_than else line for line in mapped.text.split("\n")]
    return MappedText("\n".join(parts), mapped.offsets, mapped.source)


# Pinyin glosses some mirror sites print after characters: 根據(jù) / 鎮(zhèn). The tone marks tell
# them from ordinary bracketed words; a gloss without one (鎮(zhen)) goes only near a toned one.
PINYIN_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)")
_TONE = re.compile(r"[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]")


def drop_pinyin_glosses(mapped: MappedText) -> MappedText:
    """Remove pinyin glosses after characters (關(guān) → 關), keeping every other offset."""
    glosses = list(PINYIN_GLOSS.finditer(mapped.text))
    toned = [m.start() for m in glosses if _TONE.search(m.group())]
    if len(toned) < 2:
        return mapped
    keep = [True] * len(mapped.text)
    for m in glosses:
        if not _TONE.search(m.group()) and min(abs(m.start() - t) for t in toned) > 50:
            continue  # (pdf) far from any gloss is a word, not a gloss
        keep[m.start() : m.end()] = [False] * (m.end() - m.start())
    text = "".join(ch for ch, k in zip(mapped.text, keep, strict=True) if k)
    offsets = [o for o, k in zip(mapped.offsets, keep, strict=True) if k]
    return MappedText(text, offsets, mapped.source)


def normalize(source: str, *, is_html: bool) -> tuple[MappedText, list[list[list[tuple[int, int]]]]]:
    """The normalized text of an input (and the expanded grids of its HTML tables)."""
    if is_html:
        view, grids = html_to_view(source)
    else:
        view, grids = identity_text(source), []
    return drop_junk_lines(break_run_on_lines(drop_pinyin_glosses(normalize_chars(view)))), grids
