"""Numbers as Chinese reports print them: 4301, 4,301, 10.2万, 三件, 两起, 二十五, 230余."""

from __future__ import annotations

import re

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}

# A number in prose: Arabic (with thousands commas, decimals, 万) or Chinese numerals.
# (20余万 / 3多万: an approximate count of ten-thousands, read as its base, 200000)
NUMBER_PATTERN = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s*万|[余多]万)?|[零〇一二两三四五六七八九十百千]+万?"


def chinese_to_int(text: str) -> int | None:
    """三 → 3, 十二 → 12, 二十五 → 25, 一百零三 → 103, 两 → 2; None when it is not a numeral."""
    if not text or any(ch not in _DIGITS and ch not in _UNITS for ch in text):
        return None
    total, current = 0, 0
    for ch in text:
        if ch in _DIGITS:
            current = _DIGITS[ch]
        else:
            total += (current or 1) * _UNITS[ch]
            current = 0
    return total + current


def parse_amount(text: str) -> int | float | None:
    """The value of a prose number; 万 multiplies by 10,000. None when unparsable."""
    raw = re.sub(r"\s+", "", text)
    scale = 1
    if raw.endswith("万"):
        raw, scale = re.sub(r"[余多]$", "", raw[:-1]), 10_000
    if re.fullmatch(r"[\d,]+(\.\d+)?", raw):
        value = float(raw.replace(",", "")) * scale
    else:
        chinese = chinese_to_int(raw)
        if chinese is None:
            return None
        value = float(chinese * scale)
    return int(value) if value.is_integer() else round(value, 4)
