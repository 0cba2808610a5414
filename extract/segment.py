"""Sections and report metadata from the normalized text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .normalize import PINYIN_GLOSS, MappedText
from .numbers import chinese_to_int

# Section roles, in template order; a heading's role is the first whose pattern matches.
SECTION_ROLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("problems", re.compile(r"问题|不足|改进|困难|下一?步|工作打算|努力方向|工作计划|工作安排|今后")),
    ("other", re.compile(r"其他需要报告|其他事项|需要说明")),
    ("review_suit", re.compile(r"行政复议|行政诉讼|复议|诉讼")),
    ("fees", re.compile(r"收费|减免|相关费用")),
    ("applications", re.compile(r"依申请|收到和处理|申请情况")),
    ("proactive", re.compile(r"主动公开")),
    ("overview", re.compile(r"总体情况|概述|基本情况|工作情况|总体")),
)

# Model input: the role of the section each character sits in (token type ids of the tagger).
SECTION_TYPES: tuple[str, ...] = ("none", *(role for role, _ in SECTION_ROLES))


def section_types(text: str) -> list[int]:
    """Per character of `text`, the index in SECTION_TYPES of the section it belongs to."""
    types = [0] * len(text)
    for section in find_sections(text):
        types[section.start : section.end] = [SECTION_TYPES.index(section.role)] * (section.end - section.start)
    return types


_TOP_HEADING = re.compile(r"^\s*(?:#+\s*)?([一二三四五六七八九十]{1,3})\s*[、.,]\s*(.{1,40})$")
_SUB_PROBLEM_HEADING = re.compile(
    r"^\s*(?:#+\s*)?(?:[(]?[一二三1-3][)、.]?|(?P<late>[(][四五六七八九][)]))\s*"
    r"(存在的?(?:主要)?问题|主要问题|存在问题|问题和不足)"
    # 2021年我局政府信息公开工作存在的问题:一是…: a line that opens on the problems, without a heading
    # (not 针对上年度报告中存在的问题:…, a remedy)
    r"|(?P<inline>^\s*(?!针对|对于|对|整改|上年)[^。;\n]{0,24}?存在的?(?:主要)?(?:问题|不足)(?:和不足)?[::])"
)
_TITLE = re.compile(
    r"(政府|政务)?信息公开.{0,12}(年度报告|年报|工作报告|工作总结|年度工作报告)|政务公开工作总结报告"
    r"|(?:19|20)\d{2}\s*年度?(?:政府|政务)信息公开报告"  # 兴华乡2010年政府信息公开报告
)
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_BODY_SUFFIX = re.compile(
    r"(人民政府办公厅|人民政府办公室|人民政府|政府办公室|政府办|办公厅|办公室|研究室|参事室|委员会|管理局|局|委|厅|办|中心|街道办事处|办事处|街道|"
    r"镇|乡|苏木|分局|院|署|所|站|公司|管委会|农场|林场|垦殖场|供销联社|供销社|联合社|合作社|联社)$"
)
# The next field's label after an empty one (来源: 发布时间: …) is no value
_NOT_A_LABEL = r"(?!文号|发布时间|发布日期|公开日期|成文日期|索引号|来源|访问|字号|分享|点击)"
_BODY_ISSUER = re.compile(
    # (发布机构:⏎文号: 公开日期…: an empty field, the next field's label is no name)
    r"(发布机构|发布单位|发文机关|信息来源)[::]?\s*\|?\s*" + _NOT_A_LABEL + r"([^|\s>::]{2,30})(?![::])"
    r"|(来源)[::]\s*" + _NOT_A_LABEL + r"([^|\s>::]{2,30})(?![::])"
)
# A title-shaped phrase anywhere near the top: Page 8 - 威海市某局2022年政府信息公开工作年度报告
_TITLE_PHRASE = re.compile(
    # (通江县某局 2018年政府信息公开…: a space between the name and the year)
    r"(?:^|\n|[-–—>]\s*)([\u4e00-\u9fff]{2,30}?)[ \t]?(?:19|20)\d{2}\s*年度?(?:政府|政务)?信息公开"
    r"(?=(?:工作)?(?:年度)?报告|\s*工作)"
)
_BODY_IN_PROSE = (
    re.compile(
        r"(?:现公布|特向社会公布|现将|现把|向社会公布|向社会公开|现予公布|现予以公开|现予公开|现公开|公布|现发布|特发布|按时上传)[《]?"
        r"(?:(?:19|20)\d{2}年度?)?([^,。;《》\s]{2,30}?)(?:(?:19|20)\d{2}年度?)?(?:(?:政府|政务)?信息公开|(?:政府|政务)信息工作(?:年度)?报告)"
    ),
    # 由义亭镇编制的 / 由六盘水市公安局办公室负责编制 / 宣恩县教育局编制了 / 由某局根据《条例》……编制
    re.compile(r"由([^,。;《》\s]{2,25}?)(?:办公室)?(?:负责|组织)?编制"),
    re.compile(r"由([^,。;《》\s]{2,25}?)(?:根据|依据|按照|结合)"),  # 由宜城市供销联社结合工作实际编制
    re.compile(r"(?:^|[,。;)\n])([^,。;《》\s由]{2,25}?)编制(?:了|完成|本年度报告|本报告)"),
    re.compile(
        r"(?:请|可|可以)(?:直接)?与([^,。;《》\s]{2,30}?)(?:办公室|政务公开办公室|联系|(?=[((](?:地址|联系|电话|邮编)))"
    ),
    # 结合省财政厅2024年政府信息公开工作实际 / 三门沿海工业城管委会特向社会公布2016年度…
    # (全面总结某街道办事处2025年政府信息公开工作情况: the body whose year it sums up)
    re.compile(r"(?:结合|总结)([^,。;《》\s]{2,25}?)(?:19|20)\d{2}年度?(?:政府|政务)?信息公开"),
    re.compile(r"(?:^|[,。;)\n])([^,。;《》\s]{2,25}?)特向社会公布"),
    # 特结合我镇实际,编制海安县雅周镇2014年政府信息公开工作年度报告
    # (编制完成《苍溪县乡村振兴局2023年政府信息公开工作年度报告》: the report's title in quotes)
    re.compile(r"编[制写](?:了|完成)?《?([^,。;《》\s]{2,30}?)(?:(?:19|20)\d{2}年度?)(?:政府|政务)?信息公开"),
    # 如对本报告有任何疑问,请联系矶滩乡人民政府 / 我苏木成立哈日诺尔苏木政府信息公开领导小组
    re.compile(r"请联系[::]?([^,。;《》\s(]{2,30}?)(?<!服务中心)(?=[,,。;((]|联系电话|电话)"),
    # 特编制2017年理合务镇信息公开工作年度报告 / 编制2021年度沙塘镇人民政府信息公开年度报告
    re.compile(r"编制(?:了|完成)?(?:19|20)\d{2}年度?([^,。;《》\s]{2,30}?)(?:政府|政务)?信息公开"),
    re.compile(r"成立(?:了)?([^,。;《》\s]{2,25}?)(?:政府|政务)?信息公开(?:工作)?领导小组"),
    # …要求,黄龙县市场监督管理局结合单位实际,编制本单位…报告: the body that compiles it
    re.compile(r"(?:^|[,。;\n])([^,。;《》\s由]{2,25}?)结合(?:本?单位|本部门|本机关|工作)?实际[,,]?\s*编制"),
    # 上饶市人民政府根据全市2022年度政府信息公开工作开展情况,编制本报告: the subject that compiles it
    re.compile(r"(?:^|[,。;\n])([^,。;《》\s由]{2,25}?)(?:根据|依据|按照)[^。;]{0,60}?编制(?:了)?本(?:年度)?报告"),
    # 2018 年度政府信息公开 年度报告 成都市住房和城乡建设局 2019.03.06: the issuer after a title
    re.compile(r"年度报告\s+([\u4e00-\u9fff]{4,30})\s+(?:19|20)\d{2}"),
    # 根据精河工业园区管理委员会的政府信息公开年度工作情况进行编制: the body whose work the report tells
    re.compile(
        r"根据(?!各|上级|全|有关|相关|所属|本|我)([^,。;《》\s]{3,30}?)的?(?:政府|政务)信息公开(?:年度)?工作(?:年度)?(?:情况|开展情况)"
    ),
    # 北京市东城区人民政府外事办公室政府信息公开工作领导小组由我办主要领导担任组长: the body whose group it is
    # (not 进一步调整充实了局政府信息公开领导小组,组长由局长担任: a clause, no name)
    re.compile(r"(?:^|[。;\n])\s*([^,。;《》\s了]{4,30}?)(?:政府|政务)信息公开(?:工作)?领导小组由"),
)
# A signature: a line that is only a body's name, at the end, before or after the date.
_SIGNATURE = re.compile(
    r"(?:^|\n)\s*([\u4e00-\u9fff()()]{3,30})\s*\n\s*(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月|(?:19|20)\d{2}[-/.]\d)"
    r"|(?:^|\n)\s*([\u4e00-\u9fff()()]{3,30})\s*$"
)
# A body that is the subject of a sentence: 2019年,揭东分局在区委…领导下 / 市教育局高度重视…
_BODY_SUBJECT = re.compile(
    r"(?:^|[。;\n]|[,,](?=\s*(?:19|20)\d{2}\s*年)|\s(?=(?:19|20)\d{2}\s*年))\s*(?P<year>(?:(?:19|20)\d{2}\s*年度?|截[至止][^,,。;\n]{2,14}(?:日|年底|年末)"
    # 今年以来,市大数据局深入贯彻…: the year's account opened without its number
    r"|(?:今年|本年度?|(?:19|20)\d{2}\s*年)以来)\s*[,,]?\s*)?"
    # 根据上级要求,海青镇扎实做好… / 自2008年2月…开展以来,外海街道严格按照…: a lead clause before the subject
    r"(?:(?:根据|按照|依据|自)[^。;\n]{0,40}?(?:要求|部署|规定|以来)\s*[,,]\s*)?"
    r"(?:在[^。;\n]{2,30}?下\s*[,,]\s*)?"
    r"(?P<name>[\u4e00-\u9fff]{1,24}?(?:分局|局|委员会|管委会|委|办公室|办|中心|街道办事处|街道|人民政府|政府|镇|乡|苏木|县|区|市|院|厅|署|合作社|联社|(?<=[\u4e00-\u9fff]{2})街(?!道)))"
    # 中山市供销合作联社(以下简称“市供销社”)坚持…: the short form it introduces before the verb
    r"(?:[((](?:以下简称|以下称|下称|简称)[^))]{1,14}[))])?"
    r"(?:的?(?:政府|政务)?信息公开工作|的?政务公开工作)?(?:在|认真|高度|严格|坚持|按照|紧紧|深入|全面|始终|围绕|积极|进一步|切实|持续|不断|继续|扎实|着力|聚焦|立足|根据|依据|贯彻|以|"
    r"(?:共|全年)?(?:主动公开|收到|受理)|本年度?新收|共(?:主动|公开|发布|完成|编制|制发|印发|更新)|通过|依托|统领|统筹|准确|精准|加强|大力|全力|强化|注重|依法|狠抓|坚决|未收到|没有收到|"
    r"未发生|没有发生|对(?=[^,。;\n]{2,20}高度重视))"
)
# A body named before the report year, opening a sentence or clause: 青羊镇2023年及时更新… / ,审计局2023年没有…
_BODY_BEFORE_YEAR = re.compile(
    r"(?:^|[。;,,\n)])\s*(?P<name>[\u4e00-\u9fff]{1,24}?(?:分局|局|委员会|委|办公室|中心|街道办事处|街道|人民政府|镇|乡|苏木))"
    r"(?:19|20)\d{2}\s*年度?(?!政府|政务|信息|工作)"
)
# How a report names itself without its name (本局, 本单位…); 本溪县 is a place
_SELF_NAME = re.compile(
    r"本(?:分局|局|委|办|厅|院|署|所|站|处|馆|公司|单位|机关|部门|年|级|县|市|区|镇|乡|街道|中心|系统|行业|报告)"
)
# A development zone is run by its 管委会, not by a 人民政府: 亳州高新区 is no 亳州高新区人民政府
_ZONE = re.compile(r"(高新区|开发区|经开区|园区|工业区|试验区|经济区|新区|示范区|高科园|科技园|工业园|产业园)$")
# What a report calls itself (我局, 我镇…) → the name endings that fit it.
_SELF_REFERENCE = {
    "局": ("局",),
    "委": ("委员会", "委", "管委会"),
    "办": ("办公室", "办"),
    "镇": ("镇",),
    "乡": ("乡",),
    "县": ("县",),
    "区": ("区",),
    "市": ("市",),
    "院": ("院",),
    "厅": ("厅",),
    "街": ("街道", "街道办事处", "街"),  # (白云街: a street called by its short name)
    "中心": ("中心",),
    "社": ("合作社", "联社", "供销社"),  # 我社: a supply and marketing co-operative (not 社会, 社区)
}
# The self-references that name a place (我县, 我镇), not a unit (我局)
_PLACE_SELVES = ("县", "区", "市", "镇", "乡")


def _self_references(text: str) -> list[str]:
    """How `text` calls its issuer (我局 → "局"), as keys of _SELF_REFERENCE."""
    # (我社区 / 我社会: no co-operative)
    return [k for k in _SELF_REFERENCE if re.search(f"我{k}(?!区|会)" if k == "社" else f"我{k}", text)]


@dataclass(frozen=True)
class SectionSpan:
    role: str
    title: str
    start: int  # normalized-text offsets
    end: int


def _lines_with_offsets(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def _role(title: str) -> str | None:
    for role, pattern in SECTION_ROLES:
        if pattern.search(title):
            return role
    return None


def _heading_closes(bare: str, match: re.Match[str], seen_numbers: set[str]) -> bool:
    """Whether a numbered line may end a section as a heading. One closed by 。 (五、存在的主要问题及改进情况。)
    still may when nothing else is punctuated, its number is new and it ends like a heading, or names
    the 其他 / problems part (六、其他需要报告的事项 我局暂无其他事项需要报告。: a heading run into its one
    sentence); 一、依申请公开答复文书不够规范。 is an item."""
    if not bare.endswith("。"):
        return True
    return (
        not re.search(r"[。;,,:]", bare[:-1])
        and match.group(1) not in seen_numbers
        and bool(
            re.search(r"(情况|问题|事项|措施|计划|打算|不足|方向)。$", bare)
            or _role(match.group(2)) in ("other", "problems")
        )
    )


def find_sections(text: str) -> list[SectionSpan]:
    """Top-level sections (一、… 六、) by role; each runs to the next top-level heading."""
    heads: list[tuple[int, str, str]] = []
    seen_numbers: set[str] = set()
    inline: list[tuple[int, str, str]] = []
    late: list[tuple[int, str, str]] = []
    for pos, line in _lines_with_offsets(text):
        match = _TOP_HEADING.match(line)
        bare = line.strip()
        if match and "|" not in line and not bare.endswith(";") and _heading_closes(bare, match, seen_numbers):
            role = _role(match.group(2))
            # The statistics table's own rows (一、本年新收…) are not section headings.
            if role and not re.search(r"本年新收|上年结转|本年度办理结果|结转下年度|主动公开情况$", line):
                heads.append((pos, role, bare))
                seen_numbers.add(match.group(1))
                continue
        sub = _SUB_PROBLEM_HEADING.match(line)
        if sub and sub.group("late"):
            # (五)存在的主要问题及改进措施 inside 一、…概况: taken only when no heading names the problems,
            # and not (四)存在问题整改情况, an account of last year's remedies
            if not re.search(r"整改|针对|上年", bare):
                late.append((pos, "problems", bare))
        elif sub and not any(r == "problems" for _, r, _ in heads):
            (inline if sub.group("inline") else heads).append((pos, "problems", bare))
    if late and not any(r == "problems" for _, r, _ in heads):
        heads = sorted([*heads, late[0]])
    if inline and not any(r == "problems" for _, r, _ in heads):
        # 2021年我局…工作存在的问题:一是…: a line that opens on the problems, when no heading names them
        heads = sorted([*heads, inline[0]])
    sections: list[SectionSpan] = []
    for i, (pos, role, title) in enumerate(heads):
        end = heads[i + 1][0] if i + 1 < len(heads) else len(text)
        if role == "problems" and _LATE_HEADING.match(title):
            # (五)存在的主要问题及改进措施 inside 一、…概况: the problems end at the next (六) that is not
            # their own part ((一)存在问题 / (二)改进措施), not at 二、
            for following in _PAREN_HEADING.finditer(text, pos + len(title), end):
                line_end = text.find("\n", following.start())
                line = text[following.start() : line_end if line_end >= 0 else end]
                if not _PROBLEMS_PART.search(line):
                    end = following.start()
                    break
        sections.append(SectionSpan(role, title, pos, end))
    return sections


_PAREN_HEADING = re.compile(r"(?m)^[ \t]*[(][一二三四五六七八九十]{1,2}[)]")
_LATE_HEADING = re.compile(r"\s*[(][四五六七八九][)]")
_PROBLEMS_PART = re.compile(
    r"问题|不足|困难|改进|整改|对策|措施|举措|打算|计划|安排|下一?步|要点|重点|方向|今后|思路|建议"
)


@dataclass(frozen=True)
class Metadata:
    year: int | None
    body: str | None
    title: str | None
    title_span: tuple[int, int] | None
    published: str | None


# (组配分类: 政府信息公开年报: a page's classification field, no title)
_BREADCRUMB = re.compile(
    r">|位置|首页|当前|索引号|栏目|来源|发布机构|主题分类|组配分类|体裁分类|信息分类|公开类别|所属分类"
)


# A line of site chrome (a search box, a column name), never the first line of a title
_CHROME_LINE = re.compile(r"检索|搜索|导航|收藏|登录|注册|字体|打印|分享|无障碍|^(?:政府|政务)?信息公开$|^政务公开$")
# Links to other pages that print their titles (上一篇: / 下一篇: / 相关文章): not this report's title.
_NEIGHBOUR = re.compile(r"上一篇|下一篇|上一条|下一条|相关|推荐|附件|链接")


def _find_title(text: str) -> tuple[str, int] | None:
    """The report's title line; one that names a year beats a yearless one above it (a column name
    in the page chrome: 乡镇政府信息公开年度报告)."""
    first = _first_title(text)
    if first and not _YEAR.search(first[0]):
        rest = text[first[1] + len(first[0]) :][:1500]
        below = _first_title(rest)
        if below and _YEAR.search(below[0]) and not _NEIGHBOUR.search(below[0]):
            return below[0], below[1] + first[1] + len(first[0])
    return first


def _first_title(text: str) -> tuple[str, int] | None:
    lines = _lines_with_offsets(text)
    previous: tuple[int, str] | None = None
    for pos, line in lines[:60]:
        # (2022年度嵊州市人民政府办公室…年度报告 | ||||…: a title in a table's first cell)
        bare = line.strip().lstrip("#").strip().strip("| ")
        if 6 <= len(bare) <= 70 and _TITLE.search(bare) and not re.search(r"[。,;]|根据|按照|现将|现予", bare):
            if not _BREADCRUMB.search(bare):
                start = pos + line.index(bare)
                # A title printed on two lines: 阿城区机关后勤服务中心 / 2021年政府信息公开工作年度报告,
                # or 惠安县国土资源局2011年 / 政府信息公开年度报告.
                # (嵊州市人民政府 / 2022年嵊州市民政局政府信息公开…: a line naming its own body after the year
                # is the whole title; the line above is the site's banner)
                named = re.match(
                    r"(?:19|20)\d{2}\s*年度?\s*([\u4e00-\u9fff]{3,30}?)(?:(?:政府|政务)?信息公开|政务公开)", bare
                )
                whole = named and re.search(r"[市县区镇乡旗州]", named.group(1)) and _BODY_SUFFIX.search(named.group(1))
                if (
                    previous
                    and re.match(r"(19|20)\d{2}|(政府|政务)?信息公开", bare)
                    and len(previous[1]) <= 30
                    and not whole
                ):
                    prev_bare = previous[1]
                    # not a document number (泉洛政文体旅〔2012〕1号) nor the site's chrome (全文检索) over the title
                    number = re.search(r"[〔\[【]\s*(?:19|20)\d{2}\s*[〕\]】]|号$", prev_bare)
                    other_line = number or _BREADCRUMB.search(prev_bare) or _CHROME_LINE.search(prev_bare)
                    if not re.search(r"[。,;:|]", prev_bare) and not other_line:
                        return prev_bare + bare, previous[0]
                return bare, start
        if previous and 4 <= len(bare) <= 20 and len(previous[1]) <= 30 and not _BREADCRUMB.search(bare):
            # A title broken inside a phrase: 六盘水市公安局2020年度政府信息 / 公开工作年度报告.
            joined = previous[1] + bare
            if _TITLE.search(joined) and not _TITLE.search(previous[1]) and not re.search(r"[。,;:|]", joined):
                return joined, previous[0]
        if line.strip():
            previous = (pos + line.index(line.strip()), line.strip())
    return None


# The statistics period's first day (自2015年1月1日起至2015年12月31日止 / 自2015-1-1起至2015-12-31止), not the
# day the work began (2008年1月1日起我局…开展政府信息公开工作)
_PERIOD_START = re.compile(
    r"((?:19|20)\d{2})\s*(?:年\s*1\s*月\s*1\s*日|[-/.]0?1[-/.]0?1(?!\d))"
    r"(?=[^。;\n]{0,8}?(?:至|到|—|–|~|-)\s*(?:(?:19|20)\d{2}\s*[年\-/.]\s*)?12\s*[月\-/.]\s*31)"
)


def _year(title: str | None, text: str) -> int | None:
    if title and (m := _YEAR.search(title)):
        return int(m.group(1))
    if title and (m := re.search(r"((?:19|20)\d{2})(?:度)?(?:政府|政务|信息)", title)):
        return int(m.group(1))
    head = text[:3000]
    if m := _PERIOD_START.search(head):
        return int(m.group(1))
    # 余8件转2023年度办理: a year that only receives what the report year carried over is the next one
    carried = [int(m.group(1)) for m in re.finditer(r"(?:转|转至|转入|结转至)((?:19|20)\d{2})\s*年", head)]
    if carried and len(set(_YEAR.findall(head))) == 1:
        return carried[0] - 1
    # 2023年,我局主动公开文件63件: the year opening the account of a sentence is the year reported on
    # (not 查摆2022年度我局政务公开情况, last year's, checked in this one)
    leading = [int(m.group(1)) for m in re.finditer(r"(?:^|[。;\n])\s*((?:19|20)\d{2})\s*年度?\s*[,,]", head)]
    if leading and len(set(leading)) == 1:
        return leading[0]
    # (按时公开了《某街道2024年度部门决算》: a year inside a quoted document's name is that document's)
    mentions = [
        (int(m.group(1)), m.end())
        for m in re.finditer(r"((?:19|20)\d{2})\s*年度", head)
        if head.rfind("《", 0, m.start()) <= head.rfind("》", 0, m.start())
    ]
    for year, end in mentions:
        later = any(other > year for other, _ in mentions)
        if not (later and re.match(r"[^,。;\n]{0,10}报告", head[end : end + 14])):
            return year  # not 公开了…2018年度信息公开工作报告 in a 2019 report (last year's report)
    years = [int(y) for y in _YEAR.findall(head)]
    return max(set(years), key=years.count) if years else None


def _without_second_nameplate(name: str) -> str:
    """淮北市人民政府办公室(外事办公室) → 淮北市人民政府办公室: an office's second nameplate after a whole name
    (not a 管委会 or 局 in brackets, which gold keeps: 某发展局(某管委会))."""
    second = re.search(r"[((][\u4e00-\u9fff]{0,10}办公室[))]$", name)
    return name[: second.start()] if second and _BODY_SUFFIX.search(name[: second.start()]) else name


def _body(title: str | None, text: str, year: int | None) -> str | None:
    candidates: list[str] = []
    title_core = None
    if title:
        core = re.sub(r"\s+", "", title)
        core = re.sub(r"^(关于)?((19|20)\d{2}年?度?)", "", core)
        core = re.split(r"((19|20)\d{2}年?度?)|(政府|政务)?信息公开|政务公开", core)[0]
        core = re.sub(r"^[^\u4e00-\u9fff]+", "", core).strip("《》")  # Page8-某局… → 某局…
        if core.strip("()").count("(") == core.strip("()").count(")"):
            core = core.strip("()")  # (高新区(新市区) keeps its closing bracket)
        # 淮北市人民政府办公室(外事办公室): the office's second nameplate, after a whole name (not a
        # 管委会 or 局 in brackets, which gold keeps: 某发展局(某管委会))
        core = _without_second_nameplate(core)
        core = re.sub(r"关于$", "", core)  # 某局关于2023年政府信息公开工作年度报告
        if len(core) >= 2:
            title_core = _without_topic(core)
            candidates.append(title_core)
    head = PINYIN_GLOSS.sub("", text[:2500])
    # 2011年政府信息公开工作年度报告 / 洛江区文体旅游新闻出版局: the issuer on its own line under the title
    if title and (under := re.search(re.escape(title) + r"\s*\n\s*([\u4e00-\u9fff()()]{4,30})\s*\n", text[:3000])):
        if _BODY_SUFFIX.search(under.group(1)) and not re.search(r"报告|公开|情况|工作|引言", under.group(1)):
            candidates.append(under.group(1))
    # (上饶市人民政府根据全市2022年度政府信息公开工作…: a sentence, not a title)
    if not candidates and (m := _TITLE_PHRASE.search(head[:600])) and not re.search(r"根据|依据|按照|结合", m.group(1)):
        candidates.append(_without_topic(m.group(1)))
    # 浑南区国资局 / 根据《条例》…: the page opens on the issuer's name, alone on its line
    if first := re.match(r"\s*([\u4e00-\u9fff()()]{3,30})\s*(?:\n|\s{2,}|\s(?=根据))", head):
        name = first.group(1)
        # not a site's banner (某县人民政府门户网站, 某某市人民政府 over the page) nor a clause
        banner = re.search(r"网|站|人民政府$", name)
        if (
            _BODY_SUFFIX.search(name)
            and not banner
            and not re.search(r"报告|公开|首页|政务|导航|^(现|根据|按照|依据|为|特)|将", name)
        ):
            candidates.append(name)
    for i, pattern in enumerate(_BODY_IN_PROSE):
        if m := pattern.search(head):
            name = _without_topic(m.group(1))
            # 请与柳北区政务服务监督管理办公室联系: an office that is the body, not the body's office
            if i in (4, 8):
                name = re.sub(r"(?<=[镇乡]人民政府)办公室$", "", name)  # 请联系:某县石莲子镇人民政府办公室: the town's
            if (
                i == 4
                and head.startswith("办公室", m.end(1))
                and re.search(r"[市县区旗].{2,}(?:管理|事务)$", name)
                and not re.search(r"局|委|厅|镇|乡|街道|政府", name)  # (某区财政局国库集中支付管理办公室: a section)
            ):
                name += "办公室"
            # the 编制 patterns catch any subject: keep only names that end like a body's name
            # (请与承办科室联系 / 请与工作人员(电话…)联系: no body's name)
            generic = re.fullmatch(r"(?:承办|经办|相关|有关|我们的|本)?(?:工作)?(?:科室|人员|部门|单位|同志)", name)
            # (公布 / 向社会公开 take any object: 向社会公开各类政府信息公开事项 names no body, a place must be in it)
            placed = i != 0 or re.search(r"[市县区镇乡旗州省盟]", name)
            if (
                (i in (0, 4) and not generic and placed)
                or _BODY_SUFFIX.search(name)
                or re.search(r"[市县区镇乡旗州省]$", name)
            ):
                candidates.append(name)
    # every issuer field: 发文机关:保亭县政府办公室 … 发布机构:保亭黎族苗族自治县人民政府办公室 (the fuller wins below)
    issuers = [_without_topic(m.group(2) or m.group(4)) for m in _BODY_ISSUER.finditer(head)]
    candidates.extend(issuers)
    candidates = [PINYIN_GLOSS.sub("", c) for c in candidates]
    # (现公布puroview.com溪下乡2017年…: a mirror's domain before the name)
    candidates = [re.sub(r"^(?=[0-9.:/_-]*[A-Za-z])[A-Za-z0-9.:/_-]+(?=[\u4e00-\u9fff])", "", c) for c in candidates]
    # 武汉东湖新技术开发区发展改革局(以下简称发改局): the name without the short form it introduces
    candidates = [re.sub(r"[((](?:以下简称|以下称|下称|简称)[^))]*[))]", "", c) for c in candidates]
    # 现公布黄平县人民政府(政府办公室)2023年…: the office's second nameplate after a whole name, as in a title
    candidates = [_without_second_nameplate(c) for c in candidates]
    # (向社会公开2016年度镇政府信息公开…: a town's kind, no name; 县政府 is a county's short name; 本机关…:
    # _SELF_NAME below)
    candidates = [c for c in candidates if not re.fullmatch(r"(?:[乡镇]|街道)?(人民)?政府", c)]
    # (名称 双庄街道办事处2023年…: a page field's label before the title it shows)
    candidates = [re.sub(r"^(?:标\s*题|(?:文件|信息)?名\s*称|题\s*名)\s*[::]?\s*", "", c) for c in candidates]
    candidates = [
        c
        for c in candidates
        if len(c) >= 2
        and not _BREADCRUMB.search(c)
        and not re.search(r"[A-Za-z0-9]", c)
        and not c.startswith(("我", "虽然", "但", "特将", "现", "结合"))
        # (…报告公布和政府信息公开情况统计…: a clause joined by 和, not a name; the title's 和平区 is one)
        and (c == title_core or not c.startswith(("和", "与", "及", "或", "并")))
        and not _SELF_NAME.match(c)
        # a clause, not a name (对…, 在…); the title's own name may begin so (对坊乡2023年…年度报告)
        and (c == title_core or not c.startswith(("了", "的", "在", "对")))
        and not re.search(r"[、,]", c)
        and not re.search(r"网站|门户|^本[网站]", c)  # 请与某旗电子政务网站服务中心联系 / 来源:本网: no issuer
        and not re.fullmatch(r"(乡镇|县区|市县|区县|各级|基层)(人民)?(政府)?(办公室)?", c)
        # 特向社会公布2009年度委(局)政府信息公开…: a unit's word without its name
        and not re.fullmatch(r"[委局办厅室处所站院]{1,3}(?:[((][委局办厅室处所站院]{1,3}[))])?", c)
        # (请联系办公室: the office without its body's name)
        and not re.fullmatch(r"(?:党政|综合|行政)?办公[室厅]", c)
    ]
    tail = text[-400:]
    inline = _INLINE_SIGNATURE.search(tail)
    for m in [*_SIGNATURE.finditer(tail), *([inline] if inline else [])]:
        name = m.group(1) or m.group(2)
        if _BODY_SUFFIX.search(name) and not re.search(r"报告|情况|事项|工作|附件|联系|地址|网|站", name):
            candidates.append(name)
    candidates.extend(_body_as_subject(head))
    if not candidates and (named := _own_name_quoted(text)):
        candidates.append(named)  # (read in full below, as any other candidate)
    candidates.extend(
        m.group("name")
        for m in _BODY_BEFORE_YEAR.finditer(head)
        if not re.search(r"^(各|全|该|现|将|特|根据|按照|依据)|我|本|[省市县区]委|党委", m.group("name"))
    )
    # (政策兑现专区: a column of the site, no place; 2023年园区在区委…: the bare word for a zone, no name)
    candidates = [c for c in candidates if not c.endswith("专区") and not _ZONE.fullmatch(c)]
    # (现公布某县人民政府(县人民政府办公室)2023年…报告: the report's own name for itself, which stands)
    announced = _BODY_IN_PROSE[0].search(head)
    announced_name = re.sub(r"[((][^()()]*[))]$", "", _without_topic(announced.group(1))) if announced else None
    for candidate in candidates:
        zone = _ZONE.search(candidate)
        if zone and any(
            c.endswith(("管委会", "管理委员会"))
            and (
                _spells(c, candidate[: zone.start()])
                # (乌尔禾区百口泉产业园区 → 百口泉产业园区管理委员会: the zone's committee without its district)
                or (
                    len(stem := re.sub(r"(?:管委会|管理委员会)$", "", c)) >= 4
                    and not _ZONE.fullmatch(stem)
                    and candidate.endswith(stem)
                )
            )
            for c in candidates
        ):
            continue  # the zone's 管委会, named below
        # Prefer the full name the text itself prints (抚远市 → 抚远市人民政府).
        # (大渡口经开区: a zone is no place with a 人民政府 of its own; its fuller printed name is taken)
        if _ZONE.search(candidate):
            return _fuller(candidate, candidates, text)
        if re.search(r"[市县区镇乡旗州省]$", candidate) or candidate.endswith("自治区"):
            body = _fuller(_in_full(candidate + "人民政府", text), candidates, text)
            return body if candidate in (title_core, announced_name) else _office_as_subject(body, head)
        if _BODY_SUFFIX.search(candidate):
            # the report's own title names the body as it was then: a page field's fuller name (沂水县卫生局 →
            # 发文机关 沂水县卫生健康局, the site's owner renamed since) does not replace it
            renamed = [c for c in issuers if not c.endswith(candidate)]  # (汕头市龙湖区教育局 is 教育局 in full)
            pool = [c for c in candidates if c not in renamed] if candidate == title_core else candidates
            body = _fuller(_in_full(candidate, text), pool, text)
            return body if candidate in (title_core, announced_name) else _office_as_subject(body, head)
    if candidates:
        return _fuller(candidates[0], candidates, text)
    # 我旗 … 察哈尔右翼后旗人民政府网站: a government's report that never names itself but its site
    # (全区 / 全市: a government's report counting its whole region)
    # (a bureau calling itself 我局 is no government, whatever site it names: 在江门市人民政府门户网站…)
    unit_selves = [k for k in _self_references(head) if k not in _PLACE_SELVES]
    for self_name in (
        k for k in ("旗", "县", "市", "区") if not unit_selves and (f"我{k}" in head or f"全{k}" in head)
    ):
        if m := re.search(rf"([\u4e00-\u9fff]{{2,10}}?{self_name})人民政府(?:门户)?网站?", head):
            # 可以从某旗人民政府网站下载: the place after the verb (于都县, 从江县 keep their first character)
            place = re.sub(r"^.*?(?:可以从|可从|可在|可以在|登录|访问|详见|通过|见)", "", m.group(1))
            if len(place) >= 2:
                return place + "人民政府"
    if subject := _body_as_subject(head, any_unit=True):
        return _fuller(subject[0], [], text)
    return None


def _office_as_subject(body: str, head: str) -> str:
    """A government read from a contact line or a compiler (请与某县人民政府办公室联系, 由某市人民政府办公室编制)
    whose year's account opens on its office (2022年,某县人民政府办公室认真贯彻…) is the office's report:
    the office, as printed there or in full (2025年,市政府办公室… → 某市人民政府办公室). Not where a title or
    the report's announcement names the government (those return before this)."""
    government = re.match(r"(.+?)(?:人民)?政府$", body)
    if not government:
        return body
    place = government.group(1)
    for m in _BODY_SUBJECT.finditer(head):
        name = m.group("name")
        if not m.group("year"):
            continue
        office = re.fullmatch(r"(.*?)(?:人民)?政府(办公室|办公厅)", name)
        if not office or office.group(1) not in (place, place[-1:]):
            return body  # the year's account opens on another subject
        return name if office.group(1) == place else body + office.group(2)
    return body


# A name opening a quoted title or account: 《滑县人力资源和社会保障局网络信息安全制度》, “某旗教育局”微信公众号
_QUOTED_OPENING = re.compile(r"[《“\"「]\s*([\u4e00-\u9fff]{2,24})")


# A name before its own site or column: 在惠州市水务局入口网站上 / 开设了某市水利局政务公开专区
_OWN_SITE = re.compile(
    # (在江门市人民政府门户网站江门市住房和城乡建设局部门频道公开…: the department's channel on the city's site)
    r"(?:在|通过|依托|利用|登录|访问|于|从|和|及|、|开设了?|设立了?|(?<=网站))([\u4e00-\u9fff]{3,24}?)"
    r"(?:(?:(?:政府|政务)?信息公开)?(?:门户|入口|官方)?(?:网站|官网|政务网)|(?:政务|信息)公开(?:专区|专栏)|部门频道)(?!同步|转载)"
)


def _own_name_quoted(text: str) -> str | None:
    """A report that only calls itself 我局 / 我镇 may still print its name, in the titles of its own
    rules and lists or in its accounts' names: the name most often opening a quotation that ends as
    the self-reference does (我局 → …局), printed with a place (at least three characters)."""
    text = PINYIN_GLOSS.sub("", text)  # (《區(qū)科工商信局…》: a mirror's glosses inside the name)
    selves = _self_references(text)
    # 我局 beside 我市: the unit's self-reference decides (《洛阳市住房和城乡建设局…》 is no 洛阳市)
    units = [k for k in selves if k not in _PLACE_SELVES]
    ends = tuple(end for k in (units or selves) for end in _SELF_REFERENCE[k])
    # no self-reference at all: a department's name printed in two of its own titles or sites at least
    # (《桐柏县民政局政府信息公开指南》…通过桐柏县民政局门户网站)
    unnamed = not ends
    if unnamed:
        ends = ("委员会", "局", "中心")
    found: list[str] = []
    strong: list[str] = []
    # (在惠州市水务局入口网站上设定…专栏: the body's own site names it the same way)
    for m in [*_QUOTED_OPENING.finditer(text), *_OWN_SITE.finditer(text)]:
        # (通过市政府网站公开某市交通运输局部门频道…: the verb after the site is no part of the name)
        quoted = re.sub(r"^(?:设置|设立|开设|开通|建立|公开|发布|上线)了?", "", m.group(1))
        # the first ending in the quotation, the longest one there (委员会 before 委)
        hits = [(i, -len(end)) for end in ends if (i := quoted.find(end)) > 0]
        if not hits:
            continue
        at, minus_length = min(hits)
        name = quoted[: at - minus_length]
        # not a superior's or the nation's body (国家税务总局, 省人民政府), nor 本局 / 全镇
        if len(name) < 3 or re.match(r"[省市县区]|国家|国务院|中共|中央|全|各|该|上级|乡镇", name):
            continue
        if re.search(r"[我本]", name):
            continue  # 本局 / 浏览我局网站: the self-reference itself, at the start or after a verb
        found.append(name)
        # (2024年通过十堰住房公积金中心官网主动公开…: the body's own site, where it discloses)
        if m.re is _OWN_SITE and re.match(r"上?(?:主动)?(?:公开|发布)", text[m.end() : m.end() + 6]):
            strong.append(name)
    if unnamed:
        found = [n for n in found if n in strong or (found.count(n) >= 2 and re.search(r"[市县区旗州]", n))]
    # the most specific name (惠州市惠阳区地方税务局 over the province's 广东省地方税务局), then the most frequent
    return max(found, key=lambda n: (len(re.findall(r"[省市县区旗州]", n)), found.count(n))) if found else None


def _spells(full: str, short: str) -> bool:
    """Whether `short`'s characters occur in `full` in order."""
    rest = iter(full)
    return all(ch in rest for ch in short)


# A unit's name cut to its first character (某某办 for 某某办公室, 某某委 for 某某委员会)
_ABBREVIATED_END = {"办": "公室", "委": "员会"}
# Words of a clause, not of a place, before a name (关于…, 积极配合…, 会同…)
_CLAUSE_BEFORE_NAME = re.compile(
    r"负责|安排|专人|关于|进一步|加强|会同|配合|积极|认真|转发|印发|做好|联合|协助|要求|根据|按照|依据|通过|指导|推进|[由我的是了]"
)
# The same word of two or more characters twice in a row (民族宗教宗教事务局)
_STUTTER = re.compile(r"([\u4e00-\u9fff]{2,})\1")


def fuller_form(full: str, short: str) -> bool:
    """Whether `full` is a fuller printed form of `short` (东风场 → 奉新县东风垦殖场, 西城区广内街道办事处 →
    西城区广安门内街道办事处): longer, the short form's characters in order and the same last one, a place
    before it at most, and no unit of its own inside (某县人民政府 is not short for 某县某镇人民政府). A short
    form may end on the unit's first character (市府办 → 台州市人民政府办公室, 市民委 → 某市民族事务委员会); a
    word printed twice in a row is a misprint, not a fuller name (某区民族宗教宗教事务局)."""
    if short[-1:] in _ABBREVIATED_END and full.endswith(short[-1] + _ABBREVIATED_END[short[-1]]):
        full = full[: -len(_ABBREVIATED_END[short[-1]])]
    if _STUTTER.search(full) and not _STUTTER.search(short):
        return False
    # (来源: 上海普陀上海市普陀区宜川路街道办事处: the site's short place name before the whole name, no fuller one)
    if full.endswith(short) and len(full) > len(short) and _spells(short, full[: -len(short)]):
        return False
    if not (len(full) > len(short) > 0 and full[-1] == short[-1] and _spells(full, short)):
        return False
    first = full.index(short[0])
    # before the short form a place at most, not a clause (安排专人负责兴安盟卫生健康委员会, 关于进一步加强市审计局,
    # 会同县卫生健康局 beside 县卫健局)
    if _CLAUSE_BEFORE_NAME.search(full[:first]):
        return False
    pos, inside = first, []
    for ch in short[1:-1]:
        found = full.index(ch, pos + 1)
        inside.append(full[pos + 1 : found])
        pos = found
    if len(short) > 1:
        # the short form's last character is the name's end (人社分局作为市人社局 is none)
        inside.append(full[pos + 1 : -1])
    # (某县教育局联合卫健局 holds a second body: its last character inside)
    if short[-1] in "".join(inside):
        return False
    # (住房和城乡建设局 for 住建局: 城乡 and 市场 are words, not units)
    return not re.search(r"[镇县省旗]|(?<!城)乡|(?<![社园])区|市(?!场)|街道|办事处", "".join(inside))


def _fuller(name: str, candidates: list[str], text: str = "") -> str:
    """The fullest form of `name` among the other candidates or printed near the top as a sentence's
    subject (本溪县卫健局 → 2021年,本溪满族自治县卫生健康局根据…), the fullest printed form of decision 5."""
    # the short form's end, or the unit's whole name it cuts (办 → 办公室)
    ends = (name[-1:], name[-1:] + _ABBREVIATED_END.get(name[-1:], ""))
    # (市府办 → 2024年,台州市人民政府办公室…: a short form opening on its place may gain the place's name)
    printed = [
        m.group("name")
        for m in _BODY_SUBJECT.finditer(text[:3000])
        if (
            m.group("name").startswith(name[:1])
            or (name[:1] in "省市县区" and not re.search(r"[由我本]", m.group("name")))
        )
        and m.group("name").endswith(ends)
    ]
    # (县地方志办 → 《青川县地方志编纂委员会办公室政务公开基本目录》: the name opening a quoted title of its own)
    quoted = [
        q[: i + len(end)]
        for m in _QUOTED_OPENING.finditer(text)
        for end in ends
        if (q := m.group(1)) and (i := q.find(end)) > 0
    ]
    longer = [c for c in [*candidates, *printed, *quoted] if fuller_form(c, name)]
    return max(longer, key=len) if longer else name


def _in_full(name: str, text: str) -> str:
    """The fullest form of `name` the text prints (annotations/README.md, decision 5): a short form
    without its place (县政府办) → the place-prefixed one (府谷县人民政府办公室); a government whose
    report calls itself 我办 → its office (钦州市人民政府办公室)."""
    if name.endswith("人民政府") and re.search(r"(?:我办|本办)(?!法|理|公)", text) and name + "办公室" in text:
        return name + "办公室"
    if len(name) < 2 or name[0] not in "省市县区":
        return name
    rest = name[1:]
    variants = [rest, rest.replace("政府办", "人民政府办公室"), rest.replace("政府办公室", "人民政府办公室")]
    for variant in dict.fromkeys(variants):
        full = rf"((?P<place>[\u4e00-\u9fff]{{2,6}}?){name[0]}{re.escape(variant)})"
        pattern = rf"(?:^|[^\u4e00-\u9fff]|年|度){full}(?![\u4e00-\u9fff]{{0,2}}(?:网|官网))"
        for m in re.finditer(pattern, text):
            place = m.group("place")
            # (not 2019年度市政府研究室: the year's 年度 is no place)
            if not re.search(r"[将现在由对和及与的了向把为是据经按从各全本我该配合要求协助同请报送积极年度]", place):
                return m.group(1)  # 眉山市卫生局, not 现将市卫生局
    return name


# A section of a body, named as the contact (综合一科, 综合处, 政务公开科)
_SECTION_OF_BODY = re.compile(
    r"(?<=[局委厅室府社])(?:综合|政务公开|办公|法规|政策法规)?[一二三四五六七八九十\d]?[科处股]$"
)


def _without_topic(name: str) -> str:
    """闽侯县水利局政府信息公开工作领导小组 → 闽侯县水利局: the name ends where the topic begins."""
    name = re.split(r"(?<=[局委办厅院所站室署府区县市镇乡旗心社道])(?:(?:政府|政务)?信息公开|政务公开)", name)[0]
    name = re.sub(r"人民$", "人民政府", name)  # 沙塘镇人民|政府信息公开: the split took 政府 for the topic
    # 请与某局综合一科联系 / 请联系某办公室综合处: the contact's section belongs to the body
    name = _SECTION_OF_BODY.sub("", name)
    # 请联系西关街道办事处综合与经济发展办公室: an office of a street or town, the body it belongs to
    name = re.sub(r"(?:(?<=街道办事处|[镇乡]人民政府)|(?<=街道))[\u4e00-\u9fff]{2,12}办公室$", "", name)
    # 楚雄市东华镇党政(办) / 文庙街道党政综合科 / 某某局办公室 as a contact: the body it belongs to
    # (武汉东湖新技术开发区党政办公室: a zone's 党政办公室 is a body of its own)
    if not re.search(r"(?:开发区|高新区|园区|工业区|试验区|经济区|新区|示范区)党政(?:办公室|办)$", name):
        name = re.sub(r"党政(综合)?(办公室|办|科)?$", "", name)
    # 请与金坑乡人民政府党建办联系: a government's own party-building or general office
    name = re.sub(r"(?:(?<=人民政府)|(?<=街道办事处))(?:党建|党群|综合)(?:工作)?(?:办公室|办)$", "", name)
    name = re.sub(r"(?<=[局委厅馆])办公室$", "", name)  # (樟树市档案馆办公室 as the compiler: the 馆's office)
    # 请联系重庆市江北区教育委员会办公室: a department's office (not a zone's 管理委员会办公室 nor 编制委员会办公室,
    # bodies of their own)
    name = re.sub(
        r"((?:教育|卫生健康|卫生和计划生育|发展和改革|发展改革|住房和城乡建设|经济和信息化|民族宗教事务)委员会)办公室$",
        r"\1",
        name,
    )
    name = re.sub(r"([局委厅])\1$", r"\1", name)  # 请联系硚口区教育局局党政办公室: a doubled character
    name = re.sub(r"(?<=[局委厅会])(?:行政|综合)办公室$", "", name)  # 某卫生健康委员会行政办公室 (a 管委会办公室 stays)
    name = re.sub(r"(?:(?<=街道)|(?<=[局委厅会区]))综合$", "", name)  # 请与某街道综合办公室联系 (办公室 already cut)
    # 某市重点建设项目领导小组 as a contact: a leading group publishes through its office
    return name + "办公室" if name.endswith("领导小组") else name


def _body_as_subject(head: str, *, any_unit: bool = False) -> list[str]:
    """Names that open a sentence as its subject and fit how the report calls itself (我局 → …局); with
    `any_unit`, the first unit's name of four characters or more that opens a sentence, for a report
    that neither names itself elsewhere nor calls itself anything (区经信局高度重视政府信息公开工作)."""
    selves = _self_references(head)
    # (市人民政府高度重视…。本局…: a superior government opening a sentence is not the issuer)
    own_units = re.findall(r"本(局|委|办|中心|院)", head) if any_unit else []
    found = []
    for m in _BODY_SUBJECT.finditer(head):
        name = m.group("name")
        if name.startswith(("我", "各", "全", "该", "在", "由", "经", "对", "按", "根据", "度")) or "我" in name:
            continue
        if _SELF_NAME.match(name) or name.endswith("专区"):
            continue  # (政策兑现专区: a column of the site, no place)
        if re.search(r"[省市县区镇乡]委|党委|上级|各级", name):  # 县委县政府高度重视: not the issuer
            continue
        if re.fullmatch(r"[镇乡]?(?:人民)?政府", name):
            continue  # 乡政府信息公开工作始终坚持…: a township's government without its name (市政府 is a city's)
        # (我区 fits 南关区人民政府 as well as 南关区: a place's self-reference names its government)
        # (我区 also fits 某区人民政府办公室: a district's report compiled by the government's office)
        fits = any(
            name.endswith(end)
            or (k in _PLACE_SELVES and name.endswith((end + "人民政府", end + "政府")))
            or (k in "县区市旗" and name.endswith((end + "人民政府办公室", end + "政府办公室")))
            for k in selves
            for end in _SELF_REFERENCE[k]
        )
        # 2025年中仓街道积极推动…: a year-led sentence opening on a name needs no 我街道 to confirm it
        # (a county or city name may be short: 2012年,攸县在…)
        long_enough = len(name) >= 4 or (len(name) >= 2 and name[-1] in "县市区旗")
        # 2021年,广州市民族宗教事务局按照…: a department named with its city opens the year's account of a
        # report whose only self-reference is the place (我市 is the city it serves, not the issuer)
        placed_unit = (
            m.group("year")
            and selves
            and all(k in _PLACE_SELVES for k in selves)
            # (2022年,我县深入贯彻…。2022年,某县财政局积极推进…: the county named itself first)
            and not any(re.search(rf"(?:^|[。;\n]|年度?[,,]?)\s*我{k}", head[: m.start()]) for k in selves)
            and re.match(r"[\u4e00-\u9fff]{2,4}[市县区][\u4e00-\u9fff]{2,}(?:局|委员会|办公室)$", name)
            and not re.search(r"人民政府", name)
        )
        unit = (
            any_unit
            and not selves
            and len(name) >= 4
            # (良渚街道认真贯彻落实…: a street named as the subject of the report's first sentence)
            and re.search(r"(?:局|委员会|管委会|办公室|中心|街道办事处|街道)$", name)
            and all(name.endswith(_SELF_REFERENCE[k]) for k in own_units)
        )
        if fits or placed_unit or (m.group("year") and not selves and long_enough) or unit:
            found.append(name)
    return found[:1]


# A date as reports print it: 2024-01-17, 2024/01/31, 2015- 04- 01, 2018.01.25, 2013年03月29日, 二○一八年一月二日
_CN_DIGIT = "〇○零OoＯ一二三四五六七八九十"
_DATE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*(?:年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日|(?P<sep>[-/.])\s*(?P<m2>\d{1,2})\s*(?P=sep)\s*(?P<d2>\d{1,2})(?!\d))"
    rf"|(?P<cy>[二一][{_CN_DIGIT}]{{3}})年(?P<cm>[{_CN_DIGIT}]{{1,2}})月(?P<cd>[{_CN_DIGIT}]{{1,3}})日"
)
# A flattened copy's signature after the last sentence: …互动功能。 江海区外海街道办事处 二○○九年三月二十日 |
_INLINE_SIGNATURE = re.compile(
    rf"[。;!]\s+([\u4e00-\u9fff()()]{{3,30}})\s+(?:(?:19|20)\d{{2}}|[{_CN_DIGIT}]{{4}})\s*年[^。\n]{{2,8}}日[\s|]*\Z"
)
# The page's own date fields (发布日期: 2024-01-17, | 成文日期: | 2019-01-07 |, 时间:2024-01-31); the date the
# report was written beats the day the page went up where both are printed (成文日期:2016-03-31 | 发布日期:2016-04-08)
_DATE_LABEL = re.compile(
    r"(?P<label>发布日期|发布时间|公开日期|公开时间|信息提供日期|更新时间|编稿时间|成文日期|发文日期|发文时间|生成日期|日期|时间)"
    r"[\s::|]*"
)
# A date that ends a period or a deadline (统计期限…至\n2017年12月31日), not the day the report was written
_PERIOD_WORD = re.compile(r"(截至|截止|至|到|自|从|于|起)\s*$")
# A page's timestamp: the date with its time (2013年03月29日 15时57分, 2021-01-28 00:00) or before the page's
# other fields (2017-01-24 来源: 本网, 2023-04-18 分享)
_CLOCK = re.compile(r"\s*T?\d{1,2}\s*[:时]\s*\d{2}|\s*(?:来源|分享|作者|发布者|浏览|点击|字号)")


def _cn_number(text: str) -> int | None:
    """A date part in Chinese numerals: 二○一八 → 2018 (digit by digit), 二十 → 20, 十二 → 12."""
    text = re.sub("[〇○零OoＯ]", "〇", text)
    if "十" in text:
        return chinese_to_int(text)
    digits = [chinese_to_int(ch) for ch in text]
    return int("".join(str(d) for d in digits)) if all(d is not None for d in digits) else None


def _date_value(m: re.Match[str]) -> str | None:
    """The match as YYYY-MM-DD, None when it is no calendar day."""
    if m.group("cy"):
        y, mo, d = _cn_number(m.group("cy")), _cn_number(m.group("cm")), _cn_number(m.group("cd"))
    else:
        y, mo, d = int(m.group("y")), int(m.group("m") or m.group("m2")), int(m.group("d") or m.group("d2"))
    if y is None or mo is None or d is None or not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


# The end of a signing body's name, before or after its date on one line (…街道办事处 二○○九年三月二十日)
_SIGNER_END = r"(?:政府|局|委|办|室|处|街道|镇|乡|院|厅|会|站|所|中心|社|场|公司|苏木)"
# Where the report ends and the page's other links begin (相关文章, 上一篇, 责任编辑…)
_PAGE_AFTER = re.compile(r"(?m)^\s*(?:相关文章|相关链接|上一篇|下一篇|责任编辑)")


def _standalone(text: str, m: re.Match[str], *, signed: bool = False) -> bool:
    """A date that is its line's only content, bracketed or not ((2013年1月30日), 2018年3月12日, • 2017-03-24);
    with `signed`, also one beside the signing body's name (…街道办事处 二○○九年三月二十日 / 2023年1月20日 某局)."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    before = text[line_start : m.start()]
    after = text[m.end() : len(text) if line_end < 0 else line_end]
    alone_before = re.fullmatch(r"[\s•·\-—((\[|]*", before) is not None
    if signed and re.fullmatch(r"\s*[\u4e00-\u9fff()()]{2,30}" + _SIGNER_END + r"\s*", after):
        return alone_before
    if re.fullmatch(r"[\s))\]|]*", after) is None:
        return False
    return alone_before or (signed and re.search(_SIGNER_END + r"\s*$", before) is not None)


def _within(value: str, year: int | None, *, first: int, last: int = 2) -> bool:
    """Whether a date's year lies `first`..`last` years after the report's (no report year: any)."""
    return year is None or year + first <= int(value[:4]) <= year + last


def _published(text: str, year: int | None = None) -> str | None:
    """The date the report is signed or dated; failing that, the page's date (annotations/README.md,
    decision 6). An unlabelled date counts only as a signature (a date alone on a line of the last lines, or
    beside the signing body's name) or a dated line between the title and the first heading, from the
    report's year to two years on, or a page timestamp, from the year after: a statistics period's end, a
    deadline, a meeting's day or a mirror's copy date is no publication date."""
    # 1. the report's own date: its signature at the end (above the page's links to other pages)
    tail_start = max(0, len(text) - 400)
    tail_end = (after.start() + tail_start) if (after := _PAGE_AFTER.search(text, tail_start)) else len(text)
    signed = [
        value
        for m in _DATE.finditer(text, tail_start, tail_end)
        if _standalone(text, m, signed=True)
        and not _PERIOD_WORD.search(text[: m.start()])
        # (来源:某县融媒体中心 2023-02-03: a page field, not a signature)
        and not re.match(r"\s*(?:来源|信息来源|发布|时间|日期|作者|编辑)", text[text.rfind("\n", 0, m.start()) + 1 :])
        and (value := _date_value(m))
        and _within(value, year, first=0)
    ]
    if signed:
        return signed[-1]
    # ...or a dated line under its title, before the report's first heading
    heading = re.search(r"\n\s*(?:[一二三四五六七八九十]{1,3}\s*[、.]|引言|前言|概述)", text[:1500])
    head = text[: heading.start() if heading else 1500]
    for m in _DATE.finditer(head):
        # (2023年1月11日本年度報告根據…: the page's date glued to the opening of a copied text)
        # (not 2022年12月31日本年度报告统计期限截止: a period's end)
        opening = head[m.end() :].split("。")[0]
        glued = (
            not head[: m.start()].strip()
            and re.match(r"\s*(?:本年度|本报告|本報告|根据|根據|依据|依據|按照)", opening)
            and not re.search(r"统计|統計|期限|截止|截至|止", opening)
        )
        if (_standalone(head, m) or glued) and not _PERIOD_WORD.search(head[: m.start()]):
            if (value := _date_value(m)) and _within(value, year, first=0):
                return value
    # 2. the page's own date fields, the writing date before the page's (not 统计时间 / 截止日期: a period)
    labelled: list[tuple[int, str]] = []
    for label in _DATE_LABEL.finditer(text[:1500]):
        if re.search(r"(?:统计|截止|截至)\Z", text[: label.start()]):
            continue
        m = _DATE.match(text, label.end())
        period = re.match(r"\s*(?:至|起(?!草)|到(?!访)|-\s*(?:19|20)\d{2})", text[m.end() :]) if m else None
        if m and (value := _date_value(m)) and not period:
            rank = 0 if label.group("label").startswith(("成文", "发文")) else 1
            labelled.append((rank, value))
    if labelled:
        return min(labelled, key=lambda item: item[0])[1]
    # 3. a timestamp in the page's chrome (中央政府门户网站 www.gov.cn 2013年03月29日 15时57分)
    for m in _DATE.finditer(text[:1500]):
        if _CLOCK.match(text, m.end()) and (value := _date_value(m)) and _within(value, year, first=1):
            return value
    return None


def find_metadata(mapped: MappedText) -> Metadata:
    """Title, reported year, issuing body and publication date."""
    text = mapped.text
    found = _find_title(text)
    title, title_pos = (found[0], found[1]) if found else (None, -1)
    # (| 标 题 | 某乡2025年度…报告 | ||: the label and its value in two cells)
    if title and (label := re.match(r"标\s*题\s*(?:[::]\s*\|?|\|)\s*", title)):
        # 标  题: 某镇2022年…报告 / 标 题: | 某局…报告 | ||: the page's field label and its cell
        title, title_pos = re.sub(r"[\s|]+$", "", title[label.end() :]), title_pos + label.end()
    year = _year(title, text)
    body = _body(title, text, year)
    if body:
        # 乌兰察布市市商务局 / 昌吉州州生态环境局: a place's last character printed twice (not 市市场…,
        # 市市民…, where the second 市 begins a word)
        body = re.sub(r"([州县区旗])\1|市市(?!场|民|政|容|级|属|直)", lambda m: m.group()[0], body)
    span = mapped.span(title_pos, title_pos + len(title)) if title else None
    return Metadata(year=year, body=body, title=title, title_span=span, published=_published(text, year))


def family_from_text(text: str, year: int | None) -> str | None:
    """The template family when tables do not decide it: wording first, then the year."""
    if re.search(r"本年制发件数|现行有效件数|国办公开办函\s*[\[〔(]?\s*2021", text):
        return "2021"
    if re.search(r"本年新制作数量|对外公开总数量|上一年项目数量", text):
        return "2019"
    if year is None:
        # no year: the sections only the legacy template has (收费及减免情况, 不予公开政府信息的情况)
        if re.search(r"收费(?:和|及|与)(?:费用)?减免(?:的)?情况|依申请公开政府信息和不予公开政府信息", text):
            return "legacy"
        return None
    if year >= 2021:
        return "2021"
    if year >= 2019:
        return "2019"
    return "legacy"
