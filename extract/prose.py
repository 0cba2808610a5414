"""Rules over prose: headline figures, legacy prose figures, and problem / improvement statements.

Like a spaCy component, matching proposes candidates (`Candidate`, `StatementSpan`) and
changes nothing; `extract.pipeline` reconciles them with the tables and writes the Report.
Offsets are in the normalized text; the pipeline maps them to the input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

import spacy
from spacy.language import Language

from .numbers import NUMBER_PATTERN, parse_amount
from .segment import SectionSpan

_SENT_END = ["。", "!", "?", ";", "！", "？", "；"]


@lru_cache(maxsize=1)
def sentence_splitter() -> Language:
    """spaCy's blank Chinese pipeline (character segmenter) with a rule-based sentencizer."""
    nlp = spacy.blank("zh")
    nlp.add_pipe("sentencizer", config={"punct_chars": _SENT_END})
    return nlp


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    role: str | None  # the section it sits in
    paragraph: str = ""  # the line around it, for context


def split_sentences(text: str, sections: list[SectionSpan]) -> list[Sentence]:
    """Sentences (spaCy's sentencizer, run paragraph by paragraph) with their section role."""
    blocks = [(start, end) for start, end in _paragraph_pieces(text) if text[start:end].strip()]
    out: list[Sentence] = []
    docs = sentence_splitter().pipe(text[start:end] for start, end in blocks)
    for (block_start, block_end), doc in zip(blocks, docs, strict=True):
        paragraph = text[block_start:block_end]
        for sent in doc.sents:
            piece = sent.text
            stripped = piece.strip()
            if stripped:
                begin = block_start + sent.start_char + piece.index(stripped)
                out.append(Sentence(begin, begin + len(stripped), stripped, role_at(sections, begin), paragraph))
    return out


# A numbered heading (五、因政府信息公开申请行政复议、提起行政诉讼的情况) is a line of its own, however long;
# a wrapped numbered item (（一）本年度我局共收到申请的数量 / 为15件) is not: a heading ends like one.
_HEADING_LINE = re.compile(
    r"(?:#+\s*)?(?:[一二三四五六七八九十]{1,3}、|[((][一二三四五六七八九十]{1,3}[))])[^。;]{0,60}"
    r"(?:情况|事项|措施|问题|说明|概述|总体情况|工作|建设|改进|打算|计划|不足|方向)$"
)


def _paragraph_pieces(text: str) -> list[tuple[int, int]]:
    """Cut at line breaks, except where a long line without final punctuation wraps (PDF text)."""
    pieces, start, pos = [], 0, 0
    for line in text.split("\n"):
        end = pos + len(line)
        bare = line.strip()
        wraps = len(bare) >= 20 and not re.search(r"[。;:!?,、)]$", bare) and not _HEADING_LINE.match(bare)
        if not wraps:
            pieces.append((start, end))
            start = end + 1
        pos = end + 1
    if start < len(text):
        pieces.append((start, len(text)))
    return pieces


def role_at(sections: list[SectionSpan], pos: int) -> str | None:
    """The role of the section `pos` lies in (sections do not overlap), None outside any."""
    for section in sections:
        if section.start <= pos < section.end:
            return section.role
    return None


@dataclass(frozen=True)
class Candidate:
    """A figure a rule read in prose: field id, value, normalized span, confidence, rule name."""

    field_id: str
    value: int | float
    start: int
    end: int
    confidence: float
    rule: str


_NUM = rf"(?P<num>{NUMBER_PATTERN})"
_APPROX = r"(?:约|近|逾|超过|共|计|达|为|了|有)*"
_CHANNEL_WORDS = (
    r"门户网站|政府网站|网站|官网|外网|公开网|[\u4e00-\u9fff]{1,6}网(?![站页络格点上民友])|微信|微博|公众号|新媒体|公报|政报|"
    r"客户端|公开栏|公示栏|头条|抖音|视频号|平台|报刊|电视|广播|APP|栏目|专栏|频道|公开目录|页面|媒体|杂志"
)
_CHANNELS = re.compile(_CHANNEL_WORDS)
# All channels: the website together with another channel, or "…等渠道"; 微信、微博 alone is a subset.
_MULTI_CHANNEL = re.compile(
    rf"网站[^,;。]{{0,12}}?(?:、|和|及|以及|与)[^,;。]{{0,12}}?(?:{_CHANNEL_WORDS})"
    rf"|(?:{_CHANNEL_WORDS})[^,;。]{{0,12}}?(?:、|和|及|以及|与)[^,;。]{{0,12}}?网站"
    # 门户网站,政务新媒体和宣传板报: a list whose first item is set off by a comma
    rf"|网站[,,]\s*(?:政务)?(?:新媒体|微信|微博|公众号)[^,;。]{{0,8}}?(?:、|和|及|以及|与)[^,;。]{{0,8}}?(?:{_CHANNEL_WORDS})"
    # three or more channels in a list: 政府网、公示栏、微信公众号
    rf"|(?:{_CHANNEL_WORDS})[^,;。、]{{0,12}}?、[^,;。、]{{0,12}}?(?:{_CHANNEL_WORDS})[^,;。]{{0,12}}?、"
    # (微信公众号等新媒体: one kind of platform, not every channel)
    r"|多渠道|全渠道|各(?:类|种)?渠道|各(?:类|种)?平台|多种渠道|等.{0,3}(?:渠道|平台|载体|方式|途径|(?<!新)媒体|形式)"
)
_OBJECT_NOT_TOTAL = re.compile(
    r"文件|规章|政策|稿件|解读|新闻|视频|图片|清单|公告|通知|决定|指南|目录|预决算|建议|提案"
)
_NOT_DISCLOSURE = re.compile(
    r"人大|政协|提案|建议|访问|点击|浏览|粉丝|关注|留言|咨询|信件|来信|解读|新闻|稿件|视频|图片|舆情|回应|会议|培训|"
    r"清理|整改|更新|链接|栏目|专题|意见征集|征集|问答|互动"
)
_CUMULATIVE = re.compile(r"历年|截至目前|截止目前|迄今|至今|以来|总计公开|累计公开.{0,8}共|目前[^,;。]{0,8}已")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")


def _clause_before(sentence: str, index: int) -> str:
    """The clause that ends at `index`: back to the previous comma, semicolon, colon or bracket (not a
    closed note of what is included: 主动公开区政府(含区政府办公室)各类信息 is one clause)."""
    cut = max(sentence.rfind(ch, 0, index) for ch in ",;:(")
    # (a note holds none of these characters, so the cut before it is the one before its bracket)
    while cut >= 0 and (note := _INCLUDED_NOTE.match(sentence, cut)) and note.end() <= index:
        cut = max(sentence.rfind(ch, 0, cut) for ch in ",;:(")
    return sentence[cut + 1 : index]


# (含区政府办公室) / (更新): a note of what is included, or a second verb (累计公开(更新)政务信息1087条)
_INCLUDED_NOTE = re.compile(r"\((?:(?:含|包括|包含|不含)[^(),;:]{1,20}|更新|发布|上传)\)")


def _other_year(text: str, year: int | None) -> bool:
    return year is not None and any(int(y) != year for y in _YEAR.findall(text))


def _year_in_cumulative(value: int | float, m: re.Match[str]) -> Candidate:
    """The year's own count inside a cumulative one (其中2017年1-12月主动公开… / 其中,本年度新增的…)."""
    return Candidate("headline.proactive_total", value, m.start("num"), m.end("num"), 0.85, "year-in-cumulative")


def _object_words(obj: str) -> str:
    """The object of a count without the words that only join it to the number (共, 累计, 达…)."""
    return re.sub(r"(共|计|累计|达|约|近|逾|为|了|有|超过|超|合计|总计)+$", "", obj.strip())


# 涉及疫情防控、社会救助、……等方面信息 / 公开重大项目、经济运行、价格管理等多领域信息: every kind listed
# (…桥隧设施管养等城市管理领域信息: the body's own field named after 等)
# (not 等重点领域信息: the key areas' information is one part of the total)
_EVERY_AREA = r"等(?![\u4e00-\u9fff]{0,4}重点)[\u4e00-\u9fff]{0,6}?(?:方面|领域|多方面|多领域|各领域)"


def _generic_object(obj: str) -> bool:
    """Whether what follows the verb names information in general, not one kind of it."""
    if re.fullmatch(r"(?:了)?公开类(?:政府|政务)?信息(?:共|计|共计)?", obj):
        return True  # 发布公开类信息8300余条: the information of the disclosure kind, all of it
    obj = _INCLUDED_NOTE.sub("", obj)  # 区政府(含区政府办公室)信息: the note says whose, not which kind
    # 主动公开政府信息2024年全年共计6条: the year stated between the object and its count
    obj = _object_words(
        re.sub(r"(?:(?:19|20)\d{2}\s*年度?(?:全年)?|全年|全年度|年内)(?:累计|总计|合计|共|计)*\s*$", "", obj)
    )
    # 公开发布和更新信息 / 发布转载信息: more verbs before the object
    # (发布或更新各类信息: either verb)
    obj = re.sub(r"^(?:(?:和|及|与|、|并|或)?(?:发布|公布|公开|更新|上传|推送|转载|采集|修订|编发))+", "", obj)
    # 主动公开除规范性文件外的政府信息83条: all the information but one kind, counted apart or not at all
    obj = re.sub(r"^除[^,;。]{1,16}?(?:以)?外的?", "", obj)
    # 主动公开长桥乡人民政府信息57条 / 本部门政府信息: the body's own information is all of it
    # (主动公开我镇政府信息3548条 / 本局信息: the body's own, named by 我 / 本 and its kind)
    obj = re.sub(
        r"^(?:本部门|本单位|本机关|本级|[\u4e00-\u9fff]{2,10}?人民政府(?=信息)|[市县区镇乡]政府(?=信息)"
        r"|[我本](?:镇|乡|街道|街|局|委|办|县|市|区|厅|院|署|中心)(?=(?:政府|政务)?信息))",
        "",
        obj,
    )
    counted = re.search(r"\d+\s*(?:余|多)?\s*(?:条|件|篇|份|项)", obj)  # (26个重点领域 names kinds; 12条 counts one)
    if (
        "、" in obj
        and not counted
        and re.search(r"(以及|和|及)其他(各类)?信息$|等(?:在内的?)?(各类)?(政府|政务)?(信息|内容)$", obj)
    ):
        # 主动公开工作动态、项目申报、……以及其他信息共计547条: every kind listed (机构职能、政策文件、
        # 常务会议等在内的信息428条: the same, 包括…在内)
        return True
    if "其他" in obj:
        return False
    # 主动公开规划信息、统计信息、……公益事业建设事项等共计94条: three kinds or more and 等, every kind
    # (发布全国、全区环境信息和全市环境工作信息等924条: the last kind joined by 和)
    kinds = obj.count("、") + len(re.findall(r"信息(?:和|及|以及)", obj))
    if not counted and kinds >= 2 and re.search(r"等(?:共计|总计|合计|共|计)*$", obj):
        return True
    if "、" in obj and re.search(r"信息(?:共|计)*[\d一二三四五六七八九十]+类$", obj):
        return True  # 主动公开计划总结、工作动态、……公示公告信息4类46条: every kind, counted
    if "、" in obj and re.search(r"等[\d一二三四五六七八九十]+个(?:方面|领域|类别)$", obj):
        return True  # 主动公开政策文件、行政执法、……等12个方面9.3万条信息: every aspect, counted
    if re.fullmatch(r"(了)?各类(?!工作|动态|新闻|解读|政策解读)[\u4e00-\u9fff]{1,4}信息", obj):
        return True  # 主动公开各类财政信息6万余条
    # (公开重大项目、经济运行、价格管理等多领域信息2000余条)
    if "、" in obj and not counted and re.search(_EVERY_AREA + r"的?(?:政府|政务)?信息$", obj):
        return True  # 涉及疫情防控、社会救助、……等方面信息423条: every kind listed
    if re.search(r"各类(政府|政务)?信息$", obj):  # "包括…在内的各类信息"
        return True
    bare = re.sub(r"^(了|的|共|计|累计|达)+", "", obj)
    if not bare:
        return True
    # 政府信息的数量120条 / 信息总数4702条 / 信息的有5条 / 信息量625条
    bare = re.sub(r"的?(数量|总数|总量|条数|数|量|的)$", "", bare)
    # (资讯: 資訊, the word Taiwan-style sources use for 信息)
    generic = r"(各类|各项|全部|所有|相关)?((政府|政务)(工作)?)?(信息|资讯|内容)([、和及](工作)?(动态|信息|文件)+)*"
    return bool(re.fullmatch(generic, bare))


# A count of the information made or published, before its 其中主动公开… part
# (not 产生政府文件信息22条,其中主动公开14条: documents, one kind of information)
_MADE_OR_PUBLISHED = re.compile(r"(?:制作|产生|生成|发布)(?:(?!文件|公文)[^。;]){0,12}?信息[^。;]{0,6}?\d+\s*条")
_COUNT = re.compile(r"\d+\s*(?:余|多)?\s*(?:条|件|篇|份|个|期|次|场)")
_MEANS = re.compile(
    r"^\s*(?:(?:19|20)\d{2}年度?,?)?(?:通过|在|经)|在[^,;]{1,24}上|发行|开设|开通|发挥|依托|利用|借助"
    # 2022年,市政府微信公众号保持每日更新,共发布信息1193条: the platform as the subject of the clause before
    r"|^\s*(?:(?:19|20)\d{2}\s*年度?[,,]?)?[^,;。]{0,12}?(?:公众号|微博|网站|客户端)(?:保持|坚持|持续|每日|全年)"
)


def _channels_in(clause: str, *, bare_platform: bool = True) -> list[str]:
    return [m.group() for m in _CHANNELS.finditer(clause) if bare_platform or m.group() != "平台"]


def _one_channel(sentence_head: str) -> bool | str:
    """Whether the count that ends `sentence_head` is tied to one channel.

    Its own clause names the channel (在县政府门户网站主动公开信息60条), or an earlier clause
    without a count of its own sets it as the means (依托合江县人民政府网站,……,主动公开…;
    在县政府网站上,发布…). "continuation" for a bare count after a per-channel one
    (人防信息网发布人防信息104条,政务公开信息16条)."""
    # 在政府信息公开平台(http://…)主动公开…: an address in brackets does not end the clause
    sentence_head = re.sub(r"[((][^\u4e00-\u9fff()()]*[))]", "", sentence_head)
    clauses = re.split(r"[,;:(]", sentence_head)
    own, earlier = clauses[-1], clauses[:-1]
    # 在旗政府网站主动公开…217条、微信公众号主动公开…308条: a count inside the clause ends the channel before it
    # (not a count of kinds or tasks: 26个重点领域等方面信息, 围绕10件民生实事)
    if counts := list(re.finditer(r"\d+\s*(?:余|多)?\s*(?:条|篇)", own)):
        earlier, own = [*earlier, own[: counts[-1].end()]], own[counts[-1].end() :]
    multi_before = any(_MULTI_CHANNEL.search(c) for c in earlier)
    # a bare 平台 after a list of channels means that list (通过X网、公示栏、公众号,…平台主动公开…)
    if named := _channels_in(own, bare_platform=not multi_before):
        # (通过微博、微信、抖音、快手、今日头条等发布信息1.42万条: the new media, one platform beside the site)
        if all(_SOCIAL.fullmatch(c) or c in ("平台", "媒体") for c in named) and any(
            _SOCIAL.fullmatch(c) for c in named
        ):
            return True
        return not _MULTI_CHANNEL.search(own)
    # (not after a count over several channels: 通过门户网站、…等政务新媒体…9400余条,发布…2100余条 lists kinds)
    if not re.search(r"主动(?:公开|发布|公布)", own) and any(
        _COUNT.search(c) and _CHANNELS.search(c) and not _MULTI_CHANNEL.search(c) for c in earlier
    ):
        return "continuation"
    framing = [c for c in earlier if _CHANNELS.search(c) and not _COUNT.search(c) and _MEANS.search(c)]
    return bool(framing) and not any(_MULTI_CHANNEL.search(c) for c in framing)


_PUBLISH = r"(?:发布|推送|公开|发送|更新|上传|群发|张贴|刊登|刊发)"
_CHANNEL_KINDS = (
    ("wechat", re.compile(r"微信|公众号|视频号")),
    ("weibo", re.compile(r"微博")),
    ("app", re.compile(r"客户端|APP|头条|抖音")),
    ("print", re.compile(r"公报|政报|报刊|杂志")),
    ("board", re.compile(r"公开栏(?!目)|公示栏(?!目)")),
    ("broadcast", re.compile(r"电视|广播")),
    ("newmedia", re.compile(r"新媒体")),
)
# The new media among them: the words of the kinds that are no site, print, board or broadcast
_SOCIAL = re.compile(
    "|".join(p.pattern for kind, p in _CHANNEL_KINDS if kind in ("wechat", "weibo", "app", "newmedia"))
)


# Any count a channel publishes, whatever it counts (推送信息1351条, 发布微博4380篇, 分别发布信息584条、267条):
# not a proactive total, but a sign the report counts more than one platform.
_CHANNEL_COUNTS = (
    # (微信公众号推送政策法规、就业创业、英烈褒扬等重点工作信息448条: a listed object may be long)
    re.compile(rf"(?:{_CHANNEL_WORDS})[^。;]{{0,30}}?{_PUBLISH}[^。;,]{{0,24}}?{_NUM}\s*(?:余|多)?\s*(?:条|篇)"),
    # 通过“某教育”微信公众号刊发基层信息933件 (件 of information, not of documents or petitions)
    re.compile(rf"(?:{_CHANNEL_WORDS})[^。;]{{0,30}}?{_PUBLISH}[^。;,]{{0,12}}?信息{_NUM}\s*(?:余|多)?\s*件"),
    re.compile(rf"{_PUBLISH}了?(?:{_CHANNEL_WORDS})[^。;,]{{0,6}}?{_NUM}\s*(?:余|多)?\s*(?:条|篇)"),
    re.compile(rf"分别{_PUBLISH}[^。;,]{{0,8}}?\d+\s*(?:余|多)?\s*(?:条|篇)、{_NUM}\s*(?:余|多)?\s*(?:条|篇)"),
    # 通过市政府门户网站发布各类政务信息34篇、凌源融媒体17篇、学习强国3篇: the next platform of a list of counts
    # (the platform's name right before its count: not a site's parts, 政务公开目录信息2357条; not the site
    # itself, 、政务公开网…; not stories other media carried, 、省级媒体12篇)
    re.compile(
        rf"(?<=[条篇])、\s*[\u4e00-\u9fff]{{0,8}}?(?<!公开)(?<!级)(?<!主流)(?<!中央)(?:媒体|网|{_SOCIAL.pattern}|学习强国){_NUM}"
        r"\s*(?:余|多)?\s*(?:条|篇)"
    ),
)


def _channel_kind(text: str, *, last: bool = False) -> str:
    """Which platform a clause names: its kind (微信, 微博, …), or for a website, platform, catalogue
    or column its name's end (厅网站, 公开目录, 信息网), so two sites are two channels."""
    kind = next((kind for kind, pattern in _CHANNEL_KINDS if pattern.search(text)), "web")
    if kind != "web":
        return kind
    found = list(_CHANNELS.finditer(text))
    if not found:
        return "web"
    m = found[-1] if last else found[0]
    before = re.sub(r"[^\u4e00-\u9fff]", "", text[: m.start()])[-1:]
    return f"web:{before}{m.group()}"


def _other_channel_counts(sent: Sentence, found: list[Candidate]) -> list[Candidate]:
    """Per-channel counts the proactive rule did not read, as markers with confidence 0."""
    taken = {c.start for c in found}
    out = []
    if re.match(r"\s*其中", sent.text):
        return out  # …共计发布各类信息4308条;其中县政府门户网站公开…126条: the parts of the count before
    for pattern in _CHANNEL_COUNTS:
        for m in pattern.finditer(sent.text):
            if (
                m.start("num") in taken
                or sent.text[m.start("num") - 1 : m.start("num")] == "第"
                or re.search(
                    # (新闻信息80余条: news items on other media are no other disclosure channel)
                    # (共发布解读材料256条: explanations of the information, not more of it)
                    r"申请|留言|咨询|信件|建议|提案|关注|粉丝|浏览|访问|新闻|稿件|用稿|采用|报道|更新量|政务服务事项|解读|图解",
                    m.group(),
                )
            ):
                continue
            head = sent.text[max(0, m.start() - 12) : m.end()]
            within = max(sent.text.rfind("其中", 0, m.start()), sent.text.rfind("包括", 0, m.start()))
            if within >= 0 and ";" not in sent.text[within : m.start()] and any(c.start < within for c in found):
                continue  # …共主动公开政府信息203条,其中…在信息公开目录系统发布172篇: a part of that count
            if _CUMULATIVE.search(sent.text[: m.end()]) and "累计" in head:
                continue  # 截至目前,…累计发布信息178条: all-time, not the year's other channel
            value = parse_amount(m.group("num"))
            if value is not None:
                taken.add(m.start("num"))
                # 分别发布…584条、267条: counts of as many platforms, whichever the first one is
                rule = (
                    "channel-count:several"
                    if pattern is _CHANNEL_COUNTS[3]
                    else f"channel-count:{_channel_kind(m.group() if pattern is _CHANNEL_COUNTS[4] else head)}"
                )
                out.append(Candidate("headline.proactive_total", value, m.start("num"), m.end("num"), 0.0, rule))
    return out


# 1、主动公开政府信息的情况:42条: a label and its count
_PROACTIVE_LABEL = re.compile(
    r"主动公开(?:政府)?信息(?:的)?(?:情况|数量|条数|总数)?\s*[::]\s*" + _NUM + r"\s*(?:条|件)"
)
# 2021年我局暂未有主动公开政府信息…: none (decision 8); not 未主动公开的信息, a relative clause
_PROACTIVE_NONE = re.compile(
    r"(?:我局|我县|我区|我市|我镇|我乡|我委|我办|我街道|我中心|本机关|本单位|本部门|本年度|全年)[^。;,]{0,6}?"
    r"(?:暂未有|暂无|未有|没有|未)主动公开(?:任何)?(?:政府)?信息(?!的|单位|引发)"
)


def _proactive(sent: Sentence, year: int | None) -> list[Candidate]:
    m = _PROACTIVE_LABEL.search(sent.text)
    if m and (_CUMULATIVE.search(sent.text[: m.start()]) or "累计" in sent.text[: m.start()]):
        m = None  # 截至2023年底,我县累计主动公开政府信息总数:5000条: all-time, left to the counts below
    if m and not _other_year(sent.text[: m.start()], year):
        value = parse_amount(m.group("num"))
        if value is not None:
            return [Candidate("headline.proactive_total", value, m.start("num"), m.end("num"), 0.8, "proactive-label")]
    found = _proactive_counts(sent, year)
    if not found and (m := _PROACTIVE_NONE.search(sent.text)):
        found.append(Candidate("headline.proactive_total", 0, m.start(), m.end(), 0.7, "proactive-none"))
    return found


def _in_parts_list(sentence_head: str, clause: str) -> bool:
    """Whether the count that ends `sentence_head` is an item of a list of a total's parts (…346条,内容包括
    日常工作情况240条、…): the list opens right after a count, no channel is named since (…,在微信公众号发布
    信息80条 is a second platform) and the count is no stated sum (合计…200条)."""
    opener = max(sentence_head.rfind(word) for word in ("内容包括", "具体包括", "分别为", "具体为"))
    if opener < 0 or re.search(r"合计|共计|总计", clause):
        return False
    if not re.search(r"\d\s*(?:余|多)?\s*条[,,]?\s*$", sentence_head[max(0, opener - 12) : opener]):
        return False
    return not _CHANNELS.search(sentence_head[opener + 4 :])


# The object of a topical count: one kind of information (财政信息, 城市管理领域信息, 政府本级信息)
# (发布教师招聘、……及政府采购公告等重点领域政府信息31条: a long list of kinds)
_TOPICAL_OBJECT = re.compile(r"(?:了)?[\u4e00-\u9fff、]{1,60}?(?:信息|資訊)(?:共计|总计|合计|[共计达约]){0,3}\s*$")


# The object of a count of documents disclosed (文件, 公文), none of a kind that is no disclosure (解读文件)
_PUBLISHED_COUNT = re.compile(rf"(?:{_PUBLISH})[^。;,,]{{0,20}}?\d+\s*(?:余|多)?\s*(?:条|件|篇|份|部|项)")
_DOCUMENT_OBJECT = re.compile(r"(?:了)?(?:各类|政府|政务|行政)?(?:文件|公文)(?:共计|总计|合计|[共计达约]){0,3}\s*$")


def _topical_count(
    sent: Sentence, m: re.Match[str], clause: str, verbs: list[re.Match[str]], sentence_head: str, year: int | None
) -> Candidate | None:
    """A count of one kind of information after 主动公开 / 发布 (主动公开财政信息147条): the year's total
    only when the report states no other (choose_figures), as the one account it gives (decision 1)."""
    if not verbs or not re.search(r"发布|公开", clause):
        return None
    obj = clause[verbs[-1].end() :]
    # 主动公开文件17件 / 通过市政府网站发布公文共计19件: documents disclosed, the one account of a small body
    # (not where the paragraph counts other things published: 发布主动公开文件111份。…发布政府规章14部、…26件)
    documents = (
        _DOCUMENT_OBJECT.fullmatch(obj)
        and (clause[: verbs[-1].start()].endswith("主动") or ("公文" in obj and _CHANNELS.search(clause)))
        # (审核主动公开文件45件 / 清理… / 应主动公开的文件: documents checked or due, not disclosed; 经审查后
        # 主动公开 is disclosed)
        and not re.search(r"(?:审核|审查|清理|梳理|核查|排查|应)(?:了|各类|的)*主动$", clause[: verbs[-1].start()])
        and not _NOT_DISCLOSURE.search(obj)
        and len(_PUBLISHED_COUNT.findall(sent.paragraph)) == 1
    )
    # (教师招聘、……、工程招标公告及政府采购公告等重点领域政府信息: the kinds listed may name notices)
    listed = "、" in obj and re.search(r"等[\u4e00-\u9fff]{0,8}信息$", obj)
    if not documents and (
        not _TOPICAL_OBJECT.fullmatch(obj)
        or _NOT_DISCLOSURE.search(obj)
        or (_OBJECT_NOT_TOTAL.search(obj) and not listed)
    ):
        return None
    if "其他" in obj:
        return None  # 公开其他各类信息16057条: the rest beside other counts
    # 发布政务类信息34条,概况类信息150条: one of several kinds counted (not the parts after 其中 / 包括)
    rest = re.split(r"其中|包括|主要有|分别为", sent.text[m.end() :])[0]
    if _COUNT.search(rest) or _COUNT.search(sentence_head[: len(sentence_head) - len(clause)]):
        return None  # (全年发布工作动态信息120条,主动公开财政信息147条: the second kind of two)
    if "其中" in sentence_head or re.match(r"\s*(此外|另外)", sentence_head) or _other_year(clause, year):
        return None
    if _CUMULATIVE.search(sentence_head) or _in_parts_list(sentence_head, clause):
        return None
    value = parse_amount(m.group("num"))
    if value is None:
        return None
    # the platform it names, if any, so a count on another platform is another count (choose_figures)
    platform = _channel_kind(clause) if _CHANNELS.search(clause) else ""
    rule = f"proactive-topical:{platform}"
    return Candidate("headline.proactive_total", value, m.start("num"), m.end("num"), 0.45, rule)


# The object of 公开 / 发布 that lists every kind (…、…等城市管理领域信息总计), its kinds in group 1
_LISTED_OBJECT = re.compile(
    r"(?:公开|发布)([^,;]*、[^,;]*" + _EVERY_AREA + r"的?(?:政府|政务)?信息[共计总合达]*"
    # (主动公开规划信息、统计信息、许可服务、……等共计94条: three kinds or more, then 等)
    r"|[^,;、]+、[^,;、]+、[^,;]*等(?:共计|总计|合计|共|计)*"
    # (发布教师招聘、……、行政审批、……等重点领域政府信息31条: kinds that name approvals are no intake)
    r"|[^,;、]+、[^,;、]+、[^,;]*等[\u4e00-\u9fff]{0,8}信息)$"
)


def _on_site_update(clause: str) -> bool:
    """网站全年更新各类政府信息: a site's update count whose object is all its information."""
    m = re.search(r"(?:网站|门户)[^,;]{0,6}?更新(?P<obj>[^,;]*)$", clause)
    # (区门户网站共更新信息86条: the site's information, all of it)
    return bool(m) and re.fullmatch(r"(?:了)?(?:各类)?(?:政府|政务)?信息(?:共|计)*", m.group("obj")) is not None


def _proactive_counts(sent: Sentence, year: int | None) -> list[Candidate]:
    out = []
    channel: list[Candidate] = []
    per_channel = 0
    # …累计主动公开各类政府信息140条。内容涵盖政府信息公开制度5条、…、政策公开5条: the parts of the count that
    # ends the sentence before, listed in a sentence of their own
    if re.match(r"\s*(?:其\s*)?(?:内容|具体|主要)?(?:涵盖|包括|包含)", sent.text) and re.search(
        r"(?<!\d)\d+\s*(?:余|多)?\s*条[。;]\s*$", sent.paragraph[: max(0, sent.paragraph.find(sent.text))][-40:]
    ):
        return []
    pattern = re.compile(_NUM + r"\s*(?:余|多)?\s*(?P<unit>条|件|篇|份|项)")
    for m in pattern.finditer(sent.text):
        if sent.text[m.start() - 1 : m.start()] == "第":
            continue  # 《条例》第五十条: an article's number, no count
        if m.group("unit") == "项" and (
            not re.search(r"信息[共计总合达约]*\s*$", sent.text[: m.start()])
            or re.search(r"应(?:当)?主动|梳理|目录|清单", _clause_before(sent.text, m.start()))
        ):
            continue  # 公开政府信息2874项 counts items; 主动公开事项120项 / 梳理应主动公开的信息56项 are list entries
        # a clause runs back to the previous comma; 100 characters is longer than most real ones and keeps a
        # comma-less list of counts (网站发布信息1条、2条、…) from costing the cube of its length; 200 where
        # the verb's object lists every kind (主动公开机构职能、…、桥隧设施管养等城市管理领域信息总计631条)
        # 主动公开政府信息(综合政务类)287条: a bracketed note between the object and its count
        # (共发布信息(工作动态、住房保障、…等栏目)239条: the site's columns listed in the note)
        # (searched in the 80 characters before the count: no note is longer)
        window = max(0, m.start() - 80)
        note = re.search(
            r"[((](?:[^()(),,、。;含]{1,12}|[^()(),,。;含]{2,60}?等栏目)[))]\s*$", sent.text[window : m.start()]
        )
        if note and re.search(r"累计|历年|以来|截至|截止|目前", note.group()):
            note = None  # 主动公开政府信息(历年累计)5230条: the note is what makes it all-time
        whole = _clause_before(sent.text, window + note.start() if note else m.start())
        clause = whole[-100:]
        kinds_listed = _LISTED_OBJECT.search(clause)
        if len(whole) > 100 and not re.search(r"公开|发布", clause) and (wide := _LISTED_OBJECT.search(whole[-200:])):
            clause, kinds_listed = whole[-200:], wide
        head = sent.text[: m.start()]
        sentence_head = head[max(0, head.rfind("。") + 1) :]  # this sentence up to the count
        before_clause = sentence_head[: len(sentence_head) - len(clause)]
        value = parse_amount(m.group("num"))
        # (主动公开机构职能、行政许可、行政处罚…等城市管理领域信息631条: kinds listed in the object are no intake)
        if value is None or re.search(
            r"申请|接收|收到|查阅(?!场所|点|室|中心)|点击|浏览|予以|准予|不予|免于|免予|部分公开|答复|办理|办结|受理|审批|许可|处罚",
            clause[: kinds_listed.start(1)] if kinds_listed else clause,
        ):
            continue
        if re.search(r"所辖|下辖", re.split(r"[,,;。]", sent.text[max(0, m.start() - 60) : m.start()])[-1]):
            continue  # 全市所辖各县(市、区)政府门户网站主动公开…73000余条: the subordinate governments' own counts
        counted_after = r"\s*(?:人大|政协|代表建议|建议|提案|规章|(?:行政)?规范性文件|政策文件|文件|解读)"
        if re.match(counted_after, sent.text[m.end() :]):
            continue  # 年内公开40件人大代表建议…办理情况 / 我市公开了2件规章: what is counted follows the count
        verbs = list(re.finditer(r"公开|发布|公布|公示|上传", clause))
        # 区政府网站全年更新各类政府信息967条: a site's update count of all its information
        if not verbs and _on_site_update(clause):
            verbs = list(re.finditer(r"更新", clause))
        if not verbs and _MULTI_CHANNEL.search(clause) and not re.search(r"短信|预警", clause):
            verbs = list(re.finditer(r"推送", clause))  # 在微信公众号、门户网站推送信息280余篇: every channel's
        if not verbs and re.search(r"编发(?:了)?各类信息(?:共|计)*$", clause):
            verbs = list(re.finditer(r"编发", clause))  # 共编发各类信息1555条 (编发政务信息: reports to superiors)
        on_site = re.search(r"网站|门户", clause) and not re.search(r"短信|预警", clause)
        if not verbs and on_site and re.match(r"\s*(?:余|多)?\s*条(?:政府|政务)?信息", sent.text[m.end("num") :]):
            verbs = list(re.finditer(r"发送", clause))  # 门户网站共发送9条信息: the object after the count
        if (
            not verbs
            and year
            and re.fullmatch(
                rf"\s*(?:其中[,,]?)?(?:{year}\s*年度?|本年度?|今年|当年)新增(?:的)?(?:信息)?(?:共|计)*\s*", clause
            )
            # (…累计主动公开政府信息3819条,本年度新增295条: the same after a comma)
            and re.search(r"累计[^,;。]{0,30}\d+\s*(?:余|多)?\s*(?:条|件|篇)\s*[((,,]$", before_clause)
        ):
            out.append(_year_in_cumulative(value, m))  # 累计公开信息8775条(2025年新增388条): the year's own
            continue
        if (
            not verbs
            and _MULTI_CHANNEL.search(clause)
            and re.search(r"(?:共|合计|共计|总计)\s*$", clause)
            and re.search(r"主动(?:公开|发布)(?:了)?(?:各类)?(?:政府|政务)?信息\s*[((]\s*$", before_clause)
        ):
            # 主动公开政府信息(网站、微信共965条,通过政府网站发布信息490条,…): the channels' stated sum
            out.append(Candidate("headline.proactive_total", value, m.start("num"), m.end("num"), 0.8, "proactive"))
            continue
        if not verbs:
            # "主动公开了各类政府信息,具体包括……共计108条": the verb sits in the previous clause.
            listed = re.search(r"共计|合计|总计", clause) and "其中" not in sentence_head
            # (主动公开发布基础信息135条,…,合计共221条: several kinds summed; not 发布招聘考试信息…,共计12条)
            # (面向社会公开了各类信息,共计100余条)
            kinds = re.search(r"(主动(地)?公开|(?:面向|向)社会公开|发布)(了)?(各类)?(政府)?信息", head) or (
                re.search(r"(主动(地)?公开|发布)(发布)?(了)?[^,;。]{0,8}?信息", head)
                and len(_COUNT.findall(sentence_head)) >= 2
            )
            # (回应公众关注热点共计24条: answers, not information disclosed)
            if listed and kinds and not _NOT_DISCLOSURE.search(clause):
                out.append(
                    Candidate("headline.proactive_total", value, m.start("num"), m.end("num"), 0.7, "proactive-listed")
                )
            continue
        # The verb whose object is a generic "information" count: 主动发布政府信息共计49条.
        # (发布决策公开信息2条: 决策公开 names a kind of information, the verb is 发布)
        verbs = [
            v
            for v in verbs
            if not (
                v.group() == "公开"
                and (kind := re.search(r"(?:发布|公布)([\u4e00-\u9fff]{1,4})$", clause[: v.start()]))
                # (发布主动公开政府信息103条 / 发布信息公开3545条: the verb 公开 all the same)
                and not re.fullmatch(r"了?(?:主动|依申请)?(?:政府|政务)?(?:信息)?", kind.group(1))
                and not kind.group(1).endswith("主动")
                # (发布政务微信公开信息365条: the platform named between, 公开 the verb)
                and not _CHANNELS.search(kind.group(1))
            )
        ]
        verb = next(
            (
                v
                for v in verbs
                if (
                    _generic_object(clause[v.end() :])
                    and (
                        clause[v.end() :].strip()
                        or v.group() in ("公开", "发布", "公布", "发送")
                        # 共主动公示84条信息: the object after the count
                        # (累计发布超235条各类信息)
                        or re.match(
                            r"\s*(?:余|多)?\s*条(?:各类)?(?:政府|政务)?信息(?!公开申请|申请)", sent.text[m.end("num") :]
                        )
                    )
                )
                # 市政府网站信息发布总数4784条: the information named before the verb, after a site or alone
                # (政务公开平台公开数量为26条: what the platform disclosed)
                # (not 政策解读信息发布数量, 疫情防控信息发布总数: one kind of it)
                or (
                    re.fullmatch(r"\s*(?:总数|总量|数量|数)\s*(?:为|是|共|达)?\s*", clause[v.end() :])
                    # (…需要公众参与决策的政府信息主动公开数为2918条: what the body disclosed, named before)
                    and re.search(
                        r"(?:^|网站|网|平台|门户)\s*(?:政府|政务)?信息(?:主动)?$|的(?:政府|政务)信息主动$|(?:平台|网站)$",
                        clause[: v.start()],
                    )
                    and not re.search(r"政务服务|办事指南|服务事项", clause)
                )
            ),
            None,
        )
        if verb is None:
            if topical := _topical_count(sent, m, clause, verbs, sentence_head, year):
                out.append(topical)
            continue
        subject = clause[: verb.start()]
        # 主动公开市级文件67份;公开会议、领导活动等信息262条;公开督查督导信息24条;…: kinds listed in one
        # paragraph, each counted, this one several kinds joined; none is the total
        if (
            "、" in clause[verb.end() :]
            and re.match(r"\s*(?:主动)?公开", sent.text)
            and len(re.findall(r"(?:^|[;;。])\s*(?:主动)?公开[^;;。]{1,40}?\d+\s*(?:条|份|件|篇)", sent.paragraph)) >= 3
        ):
            continue
        # (答复公众留言33条,财政公开信息8条: a kind of information named before its verb)
        if re.fullmatch(
            r"\s*(?:财政|财务|人事|规划|采购|招标|招投标|项目|预决算|预算|决算|价格|统计|审计)\s*", subject
        ):
            continue
        if re.match(r"\s*其他(?!渠道|方式|途径|平台|媒体)", subject):
            continue  # 其他应当主动公开的政府信息3条: the rest beside other kinds counted, not the total
        previous = re.split(r"[,;:]", before_clause)[-3:]
        if (
            re.search(r"信箱|邮箱|来信|留言", "".join(previous))
            and not clause[verb.end() :].strip()
            and not _CHANNELS.search(clause)
        ):
            continue  # 领导信箱办件71件,办结71件,选登公开28件: letters answered and shown, no disclosure count
        if re.search(
            r"(领域|(?<!各)类|方面|专栏|目录|专题)[^,;]{0,4}信息$|(?<![各分归])类$|(?:会议|采购|招标|人事)信息$",
            subject,
        ):
            continue  # 在重点领域信息公开117条 / 通知公告类公开19件: one kind of information, not all of it
        # (…、计划生育等重点领域主动公开信息163条: the areas listed are the scope of the year's work, taken only
        # where no other count of the year is stated)
        areas_listed = re.search(r"、[^,;]*等重点领域$", re.sub(r"主动$", "", subject))
        # (大力推进公共资源配置等领域信息公开,发布信息291条: the count of the kind the clause before names)
        framed = re.split(r"[,;:]", before_clause)[-2:-1]
        # (not 加强各类信息公开工作,发布信息291条: every kind)
        if (
            framed
            and re.search(r"(?:领域|(?<!各)方面|(?<![各分])类)(?:政府)?信息公开(?:工作)?$", framed[0])
            and not subject.strip()
        ):
            continue
        if re.search(r"(?<!围绕)(?<!聚焦)(?<!紧扣)(?<!突出)重点领域", subject) and not areas_listed:
            continue  # 二是重点领域共发布信息19条: the key areas' information, one part of it
        # (not a list of the year's work: 扎实做好主动公开、政策解读、依申请公开答复等工作,…)
        # (not 答复网民留言22条: messages answered, a count of its own before the disclosure count)
        answers = re.sub(
            r"[^,;。]*答复[^,;。]*工作(?=[,;。])|答复(?:网民|群众|公众|市民)?(?:留言|咨询|来信)", "", sentence_head
        )
        if "答复" in answers:
            continue  # 根据答复情况来看,已主动公开或同意公开的69件: answers to applications
        if re.fullmatch(r"\s*(?:予以|同意)?公开\s*", clause) and re.search(r"申请|办理结果|答复结果", before_clause):
            continue  # 收到依申请公开0件,公开0件,不予公开0件 / 从办理结果来看,公开42件: the applications' outcomes
        if "其中" in clause:
            # "(其中2017年1-12月主动公开政府信息67条)": the year's own count inside a cumulative total.
            if year and (str(year) in clause or re.search(r"本年度?新增|今年新增", clause)) and "主动公开" in clause:
                out.append(_year_in_cumulative(value, m))
            elif _MADE_OR_PUBLISHED.search(sentence_head) and re.search(
                r"其中[,,]?\s*主动公开(?:的)?(?:各类)?(?:政府)?(?:信息)?$", clause
            ):
                # 共制作政府信息3021条,其中主动公开信息1027条 / 发布信息4583条,其中主动公开各类政府信息2107条:
                # the information made or published, by how it is disclosed
                out.append(
                    Candidate("headline.proactive_total", value, m.start("num"), m.end("num"), 0.8, "proactive-of-made")
                )
            continue
        if _other_year(clause, year):
            continue
        # 2019年以来 / 今年以来 in a report on 2019: a count from the year's start is the year's (decision 2)
        this_year = rf"(?:{year}\s*年|今年|本年|年初)以来" if year else r"(?:今年|本年|年初)以来"
        since_year_start = re.search(this_year + "|全年", sentence_head)
        cumulative = _CUMULATIVE.search(re.sub(this_year, "", clause))
        if cumulative and cumulative.group().startswith("目前") and since_year_start:
            cumulative = None  # 今年以来,我局目前已主动公开…1200余条: to date within the year
        # (截至目前,全年累计发布信息369条: 全年 bounds the running total to the year)
        bounded = re.search(r"(?:全年|本年度?|今年)累计", clause)
        if cumulative or (
            "累计" in clause and not bounded and _CUMULATIVE.search(re.sub(this_year, "", sentence_head))
        ):
            continue  # 截至目前,我局在…平台累计发布信息178条: an all-time total
        if "累计" in clause and re.search(r"截至|截止", head) and "(其中" in sent.text[m.end() : m.end() + 6]:
            continue
        if "其中" in sentence_head:
            if year and re.match(r"\s*(?:本年度?|今年)新增(?:的)?主动公开", clause):
                # 2020年累计主动公开政府信息275条,…其中,本年度新增的主动公开政府信息32条: the year's own count
                out.append(_year_in_cumulative(value, m))
            continue  # …202条,其中网站公布194条,微信公众号公布4条: the breakdown of a total
        if _in_parts_list(sentence_head, clause):
            continue  # 通过网站公开信息346条,内容包括日常工作情况240条、…: the parts of that count
        if re.match(r"\s*(此外|另外)", sentence_head):
            continue  # 此外,…公开各类政府信息42条: an addition to the total, not the total
        tied = _one_channel(sentence_head)  # the count's channel: its own clause or a framing one
        # 通过政务网…38条;…;通过其他公开政府信息100余条: the rest of the channels, one count among several
        # (其他方式公开政府信息数54条: the same without the preposition)
        the_rest = re.search(
            r"(?:(?:通过|在|经)其他(?:渠道|方式|途径|平台|媒体)?|^\s*其他(?:渠道|方式|途径|平台|媒体))(?:主动)?(?:公开|发布)",
            clause,
        )
        # 共发布信息3603条,主动公开3054条,依申请公开141条: what the platform published, by how
        if (
            re.fullmatch(r"\s*主动公开(?:的)?(?:信息)?\s*", clause)
            and re.match(r"[,,、]\s*依申请公开", sent.text[m.end() :])
            and not _CUMULATIVE.search(sentence_head)  # (截至目前,网站共发布…: all-time)
            and not _other_year(sentence_head, year)
        ):
            out.append(
                Candidate("headline.proactive_total", value, m.start("num"), m.end("num"), 0.8, "proactive-of-made")
            )
            continue
        if tied == "continuation" or the_rest:
            # 人防信息网发布人防信息104条,政务公开信息16条: one platform's counts by kind, no total of it
            channel.append(
                Candidate(
                    "headline.proactive_total",
                    value,
                    m.start("num"),
                    m.end("num"),
                    0.0,
                    "channel-count:several" if the_rest else "channel-count:continuation",
                )
            )
            continue
        if tied:
            # One platform's count (or a bare count after one): the total only when the report
            # counts no other way (choose_figures; annotations/README.md, decision 1).
            per_channel += 1
            rule = f"proactive-channel:{_channel_kind(sentence_head[-40:], last=True)}"
            channel.append(Candidate("headline.proactive_total", value, m.start("num"), m.end("num"), 0.6, rule))
            continue
        if re.search(r"(?:、|和)", subject) and _CHANNELS.search(subject):
            per_channel += 1 if not _MULTI_CHANNEL.search(subject) else 0
        rule = (
            "proactive-cumulative"
            # 2017年,主动公开政府信息累计204条: 累计 within the named report year is the year's count
            if "累计" in clause
            and not re.search(r"全年|本年|年度|当年", clause)
            and not (year and re.search(rf"(?<![至止到]){year}\s*年度?(?!底|末|\d|\s*\d)", sentence_head))
            # 发布相关信息71条 / 涉及…等方面信息423条: taken only where no other count of the year is stated
            else "proactive-loose"
            if areas_listed
            or re.search(
                r"相关信息$|" + _EVERY_AREA + r"的?(?:政府|政务)?信息$",
                _object_words(clause[verb.end() :]),
            )
            else "proactive"
        )
        out.append(Candidate("headline.proactive_total", value, m.start("num"), m.end("num"), 0.8, rule))
    if (
        per_channel
        and len(out) == 1
        and out[0].rule in ("proactive", "proactive-cumulative")
        and _CHANNELS.search(sent.text[: out[0].start])
        # …微信公众号公布动态信息1276条,共主动公开政府信息3895条: the stated sum of the channels is the total
        and not re.match(r"\s*(?:共|合计|总计|共计|累计共)", own := _clause_before(sent.text, out[0].start))
        # (网站、微信共965条,通过政府网站发布信息490条,…: the channels named together, then each)
        and not (_MULTI_CHANNEL.search(own) and re.search(r"(?:共|合计|共计|总计)\s*$", own))
    ):
        # Several per-channel counts in one sentence (网站…1041条, 微信、微博…696条): none is the total.
        out[0] = replace(
            out[0], confidence=0.6, rule=f"proactive-channel:{_channel_kind(sent.text[: out[0].start], last=True)}"
        )
    return out + channel + _other_channel_counts(sent, out + channel)


# The rules of the year's new applications: the intake less its carried-over part (decision 10), or a
# count of new ones printed beside last year's (本年新收申请2件)
NEW_APPLICATION_RULES = ("applications-new", "applications-handled-new")
# The verbs of an intake count (办理 / 处理 only where none of the others is printed: decision 3)
# (全年收政府信息公开申请464件: 收 alone before the application)
_INTAKE_VERB = r"收到|受理|接到|接收|接受|新收|共收|收(?=(?:政府)?信息公开申请)|办理|处理"
_APPLICATION = (
    re.compile(
        # (收到公民、法人和其他组织向市政府及市政府办公室提出的政府信息公开申请5件: the template's long object)
        "(?:"
        + _INTAKE_VERB
        + r")(?:[^,;。]{0,24}?|[^,;。]{0,36}?(?<=信息公开)|[^,;。]{0,40}?提出的[^,;。]{0,12}?)申请[^,;。]{0,10}?"
        + _APPROX
        + _NUM
        + r"\s*(?:件|条|个|宗|份|次|项|起|例)"
    ),
    # (按时办理3件依申请公开: a count handled, taken where no intake is printed)
    # (共收到社会各界4宗政府信息公开申请)
    re.compile(
        # (全年共收到并按时办结16件政府信息公开申请: the verb, what was done with them, then the count)
        r"(?:收到|受理|接到|接收|办理|处理)(?:社会各界|群众|公众|公民|并(?:按时|及时|依法)?(?:办结|答复|回复))?"
        + _APPROX
        + _NUM
        # (我局收到1项依申请公开事项)
        # (收到2次公民申请公开要求: 次 as the unit)
        + r"\s*(?:件|个|宗|份|起|条|项|次)[^,;。]{0,20}?申请"
    ),
    # (二)依申请公开方面 / 依申请公开2条,免于公开信息0条: a sentence opening on the count of its heading
    re.compile(r"^\s*依申请公开(?:共|共计|合计)?" + _NUM + r"\s*(?:条|件)(?=[,,;。]|$)"),
    # 全年依申请公开政府信息申请 4件: the applications named, no verb
    re.compile(r"依申请公开(?:政府)?信息申请\s*(?:共|共计|合计|数|数量)?\s*" + _NUM + r"\s*件"),
    # 2025年度有1件依申请公开信息: the year's applications, counted before what they ask for
    re.compile(r"(?:年度?|全年|本年)\s*(?:共)?有\s*" + _NUM + r"\s*件依申请公开(?:政府)?(?:信息|事项|申请)"),
    # 政府信息公开申请受理1条: the verb after the object
    re.compile(r"信息公开申请(?:共|共计)?(?:受理|收到|接收)(?:了)?" + _APPROX + _NUM + r"\s*(?:件|个|宗|份|起|条)"),
    # 本年度共收到依申请公开事项0 / 共受理依申请公开0.: a zero printed without its unit
    re.compile(r"(?:收到|受理|接到|接收)[^,;。]{0,8}?申请[^,;。\d]{0,8}?(?P<num>0)(?![\d.]*\d)"),
    # 通过信息公开平台申请0件: applications made through a channel, the verb 申请 itself
    # (not 通过网上申请12件,通过信函申请3件: one way of several; nor 不动产登记平台: no disclosure)
    re.compile(
        r"(?:通过|经)[^,;。]{0,12}?(?:信息公开|依申请公开)(?:平台|网站|系统)申请(?:共|共计|合计)?" + _NUM + r"\s*件"
    ),
    # 共收到信息公开申请6,我局均已按规定回复办结: a count printed without its unit, right before the comma
    re.compile(r"(?:收到|受理|接到|接收)[^,;。\d]{0,12}?申请(?:共|共计|合计)?(?P<num>[1-9]\d{0,3})(?=[,;。])"),
    # 政府信息依申请公开系统共收到1宗信息
    re.compile(r"依申请公开[^,;。]{0,10}?(?:收到|受理|接到|接收)" + _APPROX + _NUM + r"\s*(?:件|个|宗|份|条|起)"),
    # 依申请公开政府信息共4件,其中,予以公开2件 (件 and a stated total: applications, not items of information)
    # (依申请公开0件: the same, with nothing between)
    # 依申请公开请求9件 / 依申请公开事项共3件 (not 梳理依申请公开事项21个: a catalogue)
    re.compile(r"依申请公开(?:请求(?:共|共计|合计)?|事项(?:共|共计|合计))" + _NUM + r"\s*件"),
    # (全年依申请公开数0件: the number of them)
    re.compile(r"依申请公开(?:(?:政府)?信息(?:共|共计|合计)|(?:数|数量)?(?:共|共计|合计)?(?=\d))" + _NUM + r"\s*件"),
    # 依申请公开信息43条 / 依申请公开事项7项 / 依申請公開信息辦理數39件 / 依申请公开文件数0件 / 依申请公开3次
    # / 依申请公开财政信息43 件 (the body's own kind of information):
    # the year's applications counted by what they ask for (not the information made and sorted by how it is
    # disclosed: 制作信息236条,其中主动公开158条,依申请公开信息数54条)
    re.compile(
        r"依申请公开(?:(?:的)?(?:政府|[\u4e00-\u9fff]{2}(?=信息))?(?:信息|文件|事项)(?:办理)?(?:数|数量)?(?:共|共计|合计|为)?(?=[\d零〇一二两三四五六七八九十])"
        # (全年依申请公开办理53件: the applications handled, decision 3)
        r"|办理(?:共|共计|合计)?(?=\d)"
        r"|(?=\d+\s*次[,;,。、]))" + _NUM + r"\s*(?:件|条|项|次)"
    ),
    # 政府信息公开申请数为2 / 申请总数为15件
    re.compile(
        r"申请(?:总)?(?:数|数量|件数)\s*(?:为|是|达|共)\s*" + _NUM + r"(?:\s*(?:件|个|宗|份|条)|(?=\s*(?:[,;。,]|$)))"
    ),
    # 其中,上年结转申请1件,本年新收申请2件: the year's new ones beside last year's (choose_figures)
    re.compile(r"(?<=[,;,])\s*本年度?新收(?:政府信息公开)?申请" + _NUM + r"\s*件"),
    # 全区累计处理政府信息依申请公开92件,其中,本年度新接收91件
    # (2022年新受理161件,2021年结转7件: the same, opening the sentence)
    re.compile(
        r"(?:(?<=[,;])|^)\s*(?:(?:19|20)\d{2}\s*年度?|本年度?|今年|全年)?[,,]?新(?:接收|收到|受理)"
        + _APPROX
        + _NUM
        + r"\s*(?:件|个|宗|份|条)"
    ),
)
# (二)依申请公开。无: the heading and its one word, two sentences of one paragraph
_APPLICATION_HEADING_NONE = re.compile(
    r"\s*[((]?[一二三四五六七八九十\d]{0,2}[))、.]?\s*(?:政府信息)?依申请公开(?:情况)?\s*[。::]?\s*无\s*[。;]?\s*$"
)
_APPLICATION_NONE = re.compile(
    r"(?:未|没有|无(?!法))(?:收到|受理|接到|接收|发生|产生|出现)?[^。;]{0,50}?(?:依申请公开|公开申请|信息公开申请|申请)(?!人)"
    # 本年度我局未收到信息公开申…: cut at the end of the excerpt, the object already named (decision 8)
    r"|(?:未|没有)(?:收到|受理|接到|接收)[^。;,]{0,20}?(?:公开申|依申)\s*$"
    # 依申请受理信息公开申请:无 / 依申请办理事项为零
    r"|(?:依申请|公开申请)[^。;]{0,16}?(?:[::]\s*无(?![^。;,]{0,2}(?:法|需))|为零|为0(?![\d.]))"
    # (一)申请情况 / 无
    r"|^\s*[((]?[一二三四五六七八九十\d]{0,2}[))、.]?\s*(?:收到|受理)?(?:的)?申请(?:情况|数量|件数)\s*[::]?\s*无\s*(?:[。;]|$)"
)


# What may follow an intake count and restate it: the stated sum of the channels (收到群众网上申请105件,
# 快递17件,合计122件) / the new ones of an intake that carries some over (共收到申请12件(含新收11件、上年结转1件))
_STATED_SUM = re.compile(r"(?:[,、][^,;。、\d]{1,12}\d+\s*件)+[,、]\s*(?:合计|共计|总计)" + _NUM + r"\s*件")
_NEW_INTAKE = re.compile(
    r"\s*(?:[((]\s*(?:其中)?含?|[,,]\s*其中[,,::]?)\s*(?:本年度?)?新(?:收到?|受理|接收)(?:的)?(?:申请)?"
    + _NUM
    + r"\s*件"
)


# The carried-over applications inside the intake count (收到申请36件(含2021年结转2件), 受理76件(其中上年结转
# 申请7件), 30件(其中1件为上年度结转)): the year's new ones are the difference (annotations/README.md,
# decision 10); not 不含上年结转 (already new) nor a carry-over into the next year (结转下年度)
_CARRIED_YEAR = r"(?:(?:19|20)\d{2}\s*年度?|上一?年度?|往年|以前年度|历年)"
_CARRIED_INSIDE = (
    re.compile(
        r"(?:(?:依申请(?:公开)?)?事项|的?(?:政府信息公开)?申请)?\s*[((]\s*(?:其中|含|包含|包括)[::]?\s*"
        + _CARRIED_YEAR
        # (含2022年结转至本年度1件)
        + r"的?结转(?:至本年度?|到本年度?)?(?:的|办理的)?"
        r"(?:政府信息公开|依申请公开)?(?:申请|事项)?(?:共|计)?" + _NUM + r"\s*(?:件|宗|个|条)"
    ),
    re.compile(
        r"\s*[((]\s*其中[::]?\s*" + _NUM + r"\s*(?:件|宗|个|条)(?:申请)?(?:为|是|系|属)" + _CARRIED_YEAR + r"的?结转"
    ),
)


def _carried_inside(text: str, start: int, end: int, value: int | float) -> tuple[int | float, int, int] | None:
    """(new applications, start, end) when the intake count text[start:end] holds its carried-over part."""
    m = next((m for pattern in _CARRIED_INSIDE if (m := pattern.match(text, end))), None)
    carried = parse_amount(m.group("num")) if m else None
    if carried is None or carried > value:
        return None
    close = m.end() + 1 if text[m.end() : m.end() + 1] in (")", "）") else m.end()
    return value - carried, start, close


def _restated_intake(text: str, end: int) -> tuple[int | float, int, int] | None:
    """(value, start, end) of the restatement of the intake count that ends at `end`, if one follows it."""
    new = _NEW_INTAKE.match(text, end)
    stated = _STATED_SUM.match(text, end)
    if stated and re.search(r"结转|上年", stated.group()):
        stated = None  # 收到申请58件,上年结转3件,共计61件: the sum holds last year's too
    for restated in (stated, new if new and "结转" in text[end : end + 30] else None):
        if restated and (value := parse_amount(restated.group("num"))) is not None:
            return value, restated.start("num"), restated.end("num")
    return None


def _carried_over_only(negated: str, after: str) -> bool:
    """Whether a negation speaks of carried-over applications only (无结转至下一年度办理的申请), not of
    the year's intake (未收到上年结转和本年新收的申请 is none received)."""
    carried = re.search(r"结转|转入", negated) or re.match(r"\s*的?(?:结转|转入)", after)
    return bool(carried) and not re.search(r"新收|本年|新的|当年", negated)


def _applications(sent: Sentence, year: int | None = None) -> list[Candidate]:
    text = sent.text
    out = []
    for m in (m for pattern in _APPLICATION for m in pattern.finditer(text)):
        lead = re.split(_INTAKE_VERB, m.group(0))[0]
        # (2019年办理政府信息公开申请1件,2020年办理3件…: the year leading the verb's clause or right before
        # it; not 依照2019年修订的《条例》受理…: a year in passing)
        own = _clause_before(text, m.start())
        leading = re.match(r"\s*(?:19|20)\d{2}\s*年度?", own) or re.search(
            r"(?:19|20)\d{2}\s*年度?[^\d年《》]{0,4}$", own
        )
        if _other_year(lead + (leading.group() if leading else ""), year):
            continue  # 与上年相比,2021年新受理120件,2022年新受理161件: another year's intake
        if re.search(r"许可|审批|政务服务", m.group(0)) or (
            "办件" in m.group(0) and not re.search(r"信息公开|依申请公开", m.group(0))
        ):
            continue  # 政务服务大厅共受理…行政许可…办件申请56789件: no disclosure applications
        # (市信访办收到政府信息公开申请4件: the body's own name is no petition)
        if re.search(r"人大|政协|提案|信访(?!办|局|委|中心)|来信|投诉|咨询|复议|诉讼", _clause_before(text, m.end())):
            continue  # 收到…行政复议申请2件: not a disclosure application
        before = text[max(0, m.start() - 4) : m.start()]
        carried = "结转" in text[m.start("num") - 8 : m.start("num")]
        if carried or re.search(r"未|没有|上年|结转", before + m.group(0)[:6]):
            continue  # (办理691条依申请事项(含上年结转31件): the carried-over count is no intake)
        if re.match(r"\s*(?:个)?(?:部分|方面)", text[m.end("num") : m.end("num") + 4]):
            continue  # 收到和处理政府信息公开申请情况等六个部分组成: the report's outline, no count
        # 全年办理政府信息公开申请7件: the year's applications handled, taken only when the report
        # prints no intake count (choose_figures; annotations/README.md, decision 3)
        # (累计处理政府信息依申请公开92件: the same, the verb before the bare 依申请公开)
        verb_before = m.group(0).startswith("依申请公开") and re.search(r"处理|办理", _clause_before(text, m.start()))
        if m.group(0).startswith("依申请公开") and re.search(r"(?:办结|答复|回复)\s*$", text[: m.start()]):
            continue  # 全市共办结依申请公开820件: answered, not received (decision 3)
        if (
            m.group(0).startswith("依申请公开")
            and (
                re.search(r"制作|产生|生成", sent.paragraph[: sent.paragraph.find(text) + m.start()])
                # 全年行政发文共21件,主动公开18件,依申请公开3件: documents, by how they are disclosed
                or re.search(r"主动公开\s*\d+\s*(?:件|条|份)\s*[,,、]\s*$", text[: m.start()])
                or (
                    re.search(r"主动公开[^。;]{0,12}?信息(?:数)?(?:为)?\s*\d", text[: m.start()])
                    and m.group(0).endswith("条")
                )
                or text[m.start() - 1 : m.start()] == "、"
            )
        ):
            # 共制作政府信息236条,其中主动公开…;依申请公开信息数54条 / 主动公开信息734条,依申请公开信息12条 /
            # …其它信息526条、依申请公开信息0条: the information, sorted by how it was disclosed
            continue
        handled = bool(re.match(r"办理|处理|依申请公开办理", m.group(0)) or verb_before) and not re.search(
            r"受理|收到", text[: m.start()]
        )
        # (共办理答复政府信息公开申请4件 / 依法办理、规范答复…申请151件: 办理答复 is one verb, the applications
        # handled)
        said = re.sub(r"^(?:办理|处理)[并、和及]?(?:依法|规范|及时|按时)?(?:答复|回复)", "", m.group(0))
        # (…申请61件,办结54件: the next clause's answers do not make this count one)
        right_after = re.split(r"[,,;;。]", text[m.end() : m.end() + 4])[0]
        if handled and re.search(r"答复|办结|回复|用时|时限|平均|期限", said + right_after):
            continue  # answers, or a time (平均用时8个工作日), not applications
        value = parse_amount(m.group("num"))
        if value is not None and (less := _carried_inside(text, m.start("num"), m.end(), value)):
            rule = "applications-handled-new" if handled else "applications-new"
            out.append(Candidate("headline.applications_received", *less, 0.6 if handled else 0.8, rule))
            continue
        if handled and value is not None:
            out.append(
                Candidate(
                    "headline.applications_received", value, m.start("num"), m.end("num"), 0.6, "applications-handled"
                )
            )
            continue
        if value is not None and re.match(r"\s*本年度?新收", m.group(0)):
            if not re.search(r"结转", text[: m.start()]) or re.search(r"复议|诉讼", text) or sent.role == "review_suit":
                continue  # only beside last year's carried-over ones, and not a review's (被申请行政复议3件,其中…)
            out.append(
                Candidate(
                    "headline.applications_received", value, m.start("num"), m.end("num"), 0.8, "applications-new"
                )
            )
            continue
        if value is not None:
            if restated := _restated_intake(text, m.end()):
                out.append(Candidate("headline.applications_received", *restated, 0.8, "applications"))
                continue
            out.append(
                Candidate("headline.applications_received", value, m.start("num"), m.end("num"), 0.8, "applications")
            )
    if not out and re.fullmatch(r"\s*无\s*[。;]?\s*", text) and _APPLICATION_HEADING_NONE.match(sent.paragraph):
        at = text.index("无")
        out.append(Candidate("headline.applications_received", 0, at, at + 1, 0.75, "applications-none"))
    m = _APPLICATION_NONE.search(text)
    # (未有受理信息公开申请、行政复议、诉讼…: a list of what did not happen, the applications among them)
    about_review = r"的?(?:行政)?复议|的?(?:行政)?诉讼|[^。;,、]{0,3}(?:行政复议|提起)"
    # 未收到行政复议行政诉讼申请: about the review, not applications; a later negation of the sentence may
    # still be one (未发生…行政复议和行政诉讼案件,未收到政府信息公开申请)
    # (未向公开权利人收取依申请公开的任何费用: no fee; 无正当理由大量反复申请: a kind of application, a label)
    # (未发生因政府信息公开申请办理导致行政复议…: the cases the applications led to, not the applications)
    caused = r"[^。;,]{0,6}?(?:导致|引起|引发|造成)的?[^。;,]{0,10}?(?:复议|诉讼)"
    while m and (
        re.search(r"复议|诉讼|收取|收费|费用|无正当理由", m.group())
        or (re.search(r"因[^。;,]{0,20}$", m.group()) and re.match(caused, text[m.end() :]))
    ):
        m = _APPLICATION_NONE.search(text, m.start() + 1)
    if m and re.match(about_review, text[m.end() : m.end() + 8]):
        m = None  # 未出现申请行政复议、提起行政诉讼的情况: the negation is about the review, not applications
    # 无结转至下一年度办理的申请 / 全年无政府信息公开申请结转: nothing carried over, not none received; the
    # next negation of the sentence may still be one (本年度无上年结转申请,也未收到新的…申请)
    while m and _carried_over_only(m.group(0), text[m.end() :]):
        m = _APPLICATION_NONE.search(text, m.end())
        if m and re.match(about_review, text[m.end() : m.end() + 8]):
            m = None
    if not out and m:
        out.append(Candidate("headline.applications_received", 0, m.start(), m.end(), 0.75, "applications-none"))
    return out


_SUIT_PAIR = re.compile(
    r"(?:未经复议)?直接(?:起诉|诉讼)(?:案件)?"
    + _APPROX
    + _NUM
    # (未经复议直接起诉9件,结果维持5件,结果纠正4件;复议后起诉1件: the first group's outcomes between)
    + r"\s*(?:件|起|宗|个)[^。]{0,30}?(?:经)?复议后(?:起诉|诉讼)(?:案件)?"
    + _APPROX
    + r"(?P<num2>\d+)\s*(?:件|起|宗|个)"
)


def _suit_pair(sent: Sentence) -> tuple[int | float, int, int] | None:
    """(suits, start, end) from the two suit groups of table 4 in prose (未经复议直接诉讼0件,复议后诉讼0件),
    together the suits (FORMAT.md); the pair may run on into the paragraph's next sentence (…纠正4件;
    复议后起诉1件), and is read in the sentence that opens it."""
    if "直接" not in sent.text:
        return None  # (the pair opens in this sentence, with 直接; most sentences need no scan of the paragraph)
    own = sent.paragraph.find(sent.text)
    if own < 0:
        return None
    for pair in _SUIT_PAIR.finditer(sent.paragraph):
        if not own <= pair.start() < own + len(sent.text):
            continue
        direct, after_review = parse_amount(pair.group("num")), parse_amount(pair.group("num2"))
        if direct is not None and after_review is not None:
            return direct + after_review, pair.start("num") - own, pair.end("num2") - own
    return None


def _case_counts(sent: Sentence, field_id: str, word: str) -> list[Candidate]:
    text = sent.text
    about_disclosure = sent.role == "review_suit" or bool(re.search(r"信息公开|政府信息|依申请", sent.paragraph))
    if "具体行政行为" in text and "信息公开" not in text:
        about_disclosure = False
    out = []
    unit = r"\s*(?:件|起|宗|次|个|例)(?!部分|方面|流程|环节|步骤|工作日)"  # (…行政复议和行政诉讼、存档十个流程)
    pattern = re.compile(word + r"[^,;。]{0,16}?" + _APPROX + _NUM + unit)
    # 涉及信息公开行政复议1项: 项 right after the word (not 行政诉讼应诉等3项工作流程, 等五项内容)
    patterns = [pattern, re.compile(word + r"(?:案件|案)?(?:共计|合计|总计|共|为)?" + _NUM + r"\s*项")]
    # 涉及复议0件 / 发生诉讼1件: the word without 行政, after a verb of cases (not 复议后诉讼: a suit group)
    bare = word.removeprefix("行政")
    patterns.append(re.compile(r"(?:涉及|发生|收到|受理|产生)" + bare + r"(?:案件|案)?" + _APPROX + _NUM + unit))
    # 行政诉讼0条: 条 as some reports print it, right after the word
    # (行政复议、行政诉讼0条: one count for both, the review's too)
    patterns.append(
        re.compile(word + r"(?:[、和及与]\s*(?:行政)?(?:诉讼|复议))?(?:案件|案)?" + _APPROX + _NUM + r"\s*条")
    )
    if word == "行政诉讼":
        # 提起行政复议、诉讼0件: one count for both, right after the words
        patterns.append(re.compile(r"(?<=复议[、和及与])诉讼(?:案件)?" + _APPROX + _NUM + unit))
    if word == "行政诉讼" and "复议" in text:
        # 涉及复议0件(…),诉讼0件: the suits after the reviews, without 行政
        patterns.append(re.compile(r"(?<=[,,、;])\s*诉讼(?:案件)?" + _APPROX + _NUM + unit))
    # 发生2起关于政府信息公开的行政诉讼: the count before the word
    before = re.compile(r"(?:发生|收到|有|共)" + _APPROX + _NUM + r"\s*(?:件|起|宗|个|例)[^,;。]{0,16}?" + word)
    befores = [before]
    if word == "行政诉讼":
        # 有12件行政复议案件,15件行政诉讼案件: the second count of a pair, after the review count
        befores.append(
            re.compile(r"(?<=行政复议)[^,;。]{0,4}[,,、]\s*" + _NUM + r"\s*(?:件|起|宗|个|例)[^,;。]{0,4}?行政诉讼")
        )
    seen: set[int] = set()
    for m in [*(m for p in patterns for m in p.finditer(text)), *(m for b in befores for m in b.finditer(text))]:
        # (本年度没有一件因…被申请行政复议: 没有 before the count's 有)
        if not about_disclosure or re.search(r"未|没有?|无", text[max(0, m.start() - 6) : m.start()]):
            continue
        if m.start("num") in seen or text[m.start("num") - 1 : m.start("num")] == "第":
            continue  # (the same count read by two patterns; 第N条 is an article)
        seen.add(m.start("num"))
        # 涉行政复议、行政诉讼案件743件: one count of both kinds, neither's own (a zero is both's: 复议、诉讼0件)
        joined = re.search(r"复议[、和及与]\s*(?:行政)?(?:诉讼|起诉)", text[max(0, m.start() - 8) : m.start("num")])
        each = re.search(r"[各均]\s*(?:为|是|有)?\s*$", text[: m.start("num")])  # (行政复议、行政诉讼各2件: each)
        if joined and not each and parse_amount(m.group("num")) != 0:
            continue
        after = text[m.end() :]
        if (
            re.match(r"[^((,,。;]{0,8}?(?:不涉及|不属于|无关)[^((]{0,4}[))]", after)
            or re.match(r"\s*[((][^))]{0,16}?(?:不涉及|不属于|无关)", after)
            or re.match(
                r"[^。;]{0,4}[,,]\s*(?:该案件?|此案|均|该诉讼|该复议)[^。;,,]{0,6}?(?:不涉及|不属于|无关)", after
            )
        ):
            # (1件诉讼不涉及) / 2件(均不涉及政府信息公开) / 1件,该案不涉及…: a case the report says is not about
            # disclosure (not 1件,不涉及行政诉讼: another case)
            continue
        value = parse_amount(m.group("num"))
        if value is not None:
            out.append(Candidate(field_id, value, m.start("num"), m.end("num"), 0.8, field_id.split(".")[1]))
    if word == "行政诉讼" and not out and about_disclosure and (pair := _suit_pair(sent)):
        out.append(Candidate(field_id, *pair, 0.8, "suit_total-pair"))
    if not out:
        # (未发生政府信息公开行政复议、起诉: 起诉 names the suit)
        short = "(?:" + word.replace("行政", "(?:行政)?") + ("|起诉" if word == "行政诉讼" else "") + ")"
        none = re.compile(
            # (未经复议直接起诉的行政诉讼: a suit brought without a review first, no negation)
            # (均不涉及行政复议和行政诉讼: the year's applications led to none)
            # (未发生…行政诉讼案件,收到涉及政府信息公开的复议申请40件: the negation ends before a clause that counts)
            # (没有收到…申请⏎五、因…行政复议、行政诉讼的情况: a negation ends at its line, not in the next heading)
            # (未发生针对本部门有关…事务的行政复议案件和针对本部门有关…事务的行政诉讼案件: one clause, both named)
            r"(?:(?:未(?!经)|没有|无|均不涉及)(?:发生|收到|出现|产生|涉及|被)?(?:[^。;,\n]|[,,](?!收到|受理|发生|共))"
            r"{0,60}?"
            # 不存在因申请政府信息公开引起的行政复议 (not 信息不存在的,…告知其申请行政复议的权利)
            r"|(?<!信息)不存在[^。;,,]{0,20}?)" + short
        )
        zero = re.compile(
            word
            + r"[^。;]{0,16}?(?:均为|为|是)\s*(?:0|零)\s*(?:件|起)?"
            # 因政府信息公开申请行政复议、提起行政诉讼的情况:无 (or 无 on the line below)
            + r"|"
            + word
            + r"[^。;:\n]{0,12}?情况\s*[::]?\s*无\s*(?:[。;]|$)"
            # (三)因政府信息公开申请行政复议、提起行政诉讼情况。本年度无此类情况。
            + r"|"
            + word
            + r"[^。;:\n]{0,12}?情况[。\s]*[^。;,]{0,10}?(?:无|没有|未发生|不存在)(?:此类|该类|相关|上述)情况"
        )
        m = none.search(text) or zero.search(text)
        if m and re.search(r"纠错|纠正|败诉|撤销", text[m.end() : m.end() + 10]):
            m = None  # 没有出现被…行政复议及行政诉讼纠错的情况: no case was lost, not no case
        if m:
            out.append(Candidate(field_id, 0, m.start(), m.end(), 0.75, field_id.split(".")[1] + "-none"))
    return out


_CASE_FIELDS = ("headline.review_total", "headline.suit_total")
# The excerpt ends inside a negation of cases: 我局没有因政府信息公开工作而被申请行政复议或被提起
# (not 未经复议直接起诉, 尚未审结, 为未来…: no negation of cases)
_CUT_NEGATION = re.compile(r"(?:(?<!尚)未(?!经|来|能)|没有)(?:发生|收到|出现|产生|涉及|被)?(?P<tail>[^。;,,]{0,40})$")


def _cut_case_negation(sent: Sentence) -> list[Candidate]:
    """Zeros from a negation the excerpt cuts off before its end, for the cases its words already
    name (decision 8): …的行政复 names 复议; …被申请行政复议或被提起 names the suit after it; …未收到行政应
    names 应诉. One cut before naming any (未发生与政府信息公开) is none, whatever the heading says."""
    if re.search(r"[。;!?!?.]\s*$", sent.text) or not (m := _CUT_NEGATION.search(sent.text)):
        return []
    tail = m.group("tail")
    if re.search(r"纠错|纠正|败诉|撤销", tail):
        return []  # 未发生因…答复不当引发的行政复议败诉或行政诉: no case lost, not no case
    review = bool(re.search(r"复议?$|复议", tail))
    suit = bool(re.search(r"诉讼|应诉?$|诉$", tail)) or (
        review and bool(re.search(r"复议[^。;]{0,4}(?:或|和|及|、|与)\s*(?:被)?(?:提起|行政)[^。;]{0,2}$", tail))
    )
    fields = [f for f, named in zip(_CASE_FIELDS, (review, suit), strict=True) if named]
    return [Candidate(f, 0, m.start(), m.end(), 0.6, f.split(".")[1] + "-cut") for f in fields]


_FEE = re.compile(
    r"(?:收取|收费|共收取|收取了)[^,;。]{0,24}?" + _APPROX + r"(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>万元|元)"
)
_FEE_NONE = re.compile(
    # (不存在信息,申请内容主要集中在物业收费: the negation and the fee in one clause)
    r"(?:未|没有|无|不)[^。;,]{0,12}?(?:收取|收费|发生|产生|涉及|存在)[^。;,,]{0,20}?(?:费用|收费|处理费|费)"
    r"|(?:未|没有|无|不)(?:予)?收(?:费|取)|免收[^。;]{0,10}费|停征|零收费|收费[^。;]{0,8}(?:为|是)\s*(?:0|零)"
    # 没有向…申请人进行收费的情况 / 没有政府信息公开方面的收费。
    r"|(?:未|没有)(?:向[^。;,]{0,16})?(?:进行|发生)收费|(?:未|没有)[^。;,]{0,16}?方面的收费"
    # 未向申请人收费
    r"|(?:未|没有|不)向[^。;,]{0,16}?收(?:费|取)"
    # 没有政府信息公开收费情况 / 我局没有任何信息公开的收费项目
    r"|(?:未|没有|无)[^。;,]{0,16}?(?:信息公开|公开|申请人?)[^。;,]{0,4}?(?<!事业性)收费的?(?:情况|行为|项目|事项)"
    # 没有公民、法人和其他组织的政府信息公开收费和减免情况 / 未出现政府信息公开的收费及减免情况
    r"|(?:未|没有|无)[^。;]{0,30}?收费(?:和|及|与|、)?(?:费用)?减免"
    # 收费和减免情况:无 / 收费情况无
    r"|收费(?:(?:和|及|与|、)(?:费用)?减免)?(?:的)?情况\s*[::]?\s*无(?![^。;,]{0,3}(?:法|需))"
)

# (未发生与诉讼(行政复议、行政申诉)有关的费用: the cost of a lawsuit, not a fee)
_LAWSUIT_COST = re.compile(r"诉讼[^。;]{0,14}?(?:有关|相关)的?费用|诉讼费")


def _fees(sent: Sentence) -> list[Candidate]:
    text = sent.text
    if "行政事业性收费" in text and "信息" not in text:
        return []
    if sent.role not in ("fees", "other") and not re.search(r"信息公开|依申请|处理费|收费", sent.paragraph):
        return []
    out = []
    for m in _FEE.finditer(text):
        if re.search(r"行政事业性收费[^,;。、]{0,6}$", text[: m.start("num")]):
            continue  # 行政许可20件,行政事业性收费27.9万元: the charges of table 1, not a disclosure fee
        value = parse_amount(m.group("num"))
        if value is not None:
            value = value * 10_000 if m.group("unit") == "万元" else value
            value = int(value) if float(value).is_integer() else value
            out.append(Candidate("headline.fees_collected", value, m.start("num"), m.end("num"), 0.8, "fees"))
    # (无涉及政府信息公开实际支出费用: money the body spent, not a fee it collected)
    none = (m for m in _FEE_NONE.finditer(text) if not _LAWSUIT_COST.search(m.group()) and "支出" not in m.group())
    if not out and (m := next(none, None)):
        out.append(Candidate("headline.fees_collected", 0, m.start(), m.end(), 0.75, "fees-none"))
    return out


_LEGACY_PATTERNS: tuple[tuple[str, str], ...] = (
    ("legacy.prose.granted", r"(?<!不)(?<!部分)同意公开(?:答复)?(?:数)?"),
    ("legacy.prose.partially_granted", r"(?:同意)?部分公开(?:答复)?(?:数)?"),
    ("legacy.prose.denied", r"不(?:同意|予)公开(?:答复)?(?:数)?"),
    # (“非本机关职责权限范围” 1件)
    (
        "legacy.prose.not_this_agency",
        r"(?:不属于本|非本)(?:行政)?机关(?:公开)?(?:职责|职权)?(?:权限)?(?:范围|掌握)?(?:数)?(?:的)?",
    ),
    ("legacy.prose.not_exist", r"(?:申请)?信息不存在(?:数)?(?:的)?"),
)


def _legacy_figures(sent: Sentence) -> list[Candidate]:
    out = []
    for field_id, words in _LEGACY_PATTERNS:
        for m in re.finditer(words + r"[^,;。]{0,4}?" + _APPROX + _NUM + r"\s*(?:件|条|个|次|项)", sent.text):
            if field_id == "legacy.prose.denied" and re.search(
                r"(?<!申请)(?<!要求)(?:制作|产生|生成|获取)[^。;]{0,12}?信息\s*\d+\s*条", sent.text[: m.start()]
            ):
                continue  # 共制作政府信息614条,其中主动公开29条,不予公开583条: information withheld (decision 9)
            value = parse_amount(m.group("num"))
            if value is not None:
                out.append(Candidate(field_id, value, m.start("num"), m.end("num"), 0.8, field_id))
    if not any(c.field_id == "legacy.prose.denied" for c in out) and (m := _DENIED_NONE.search(sent.text)):
        out.append(Candidate("legacy.prose.denied", 0, m.start(), m.end(), 0.75, "legacy.prose.denied-none"))
    return out


# 本年度我镇没有依申请公开和不予公开的政府信息 / 未涉及不予公开的政府信息
_DENIED_NONE = re.compile(r"(?:没有|未|无)(?:涉及|发生|出现)?[^。;,]{0,16}?不(?:予|同意)公开(?:的)?(?:政府)?信息")


def _shift(candidates: list[Candidate], offset: int) -> list[Candidate]:
    return [Candidate(c.field_id, c.value, c.start + offset, c.end + offset, c.confidence, c.rule) for c in candidates]


# One item of a list of parts: 机构职能栏目共公开信息10条 (no comma, a count of information)
_PART_ITEM = r"[^,,。;]*(?:公开|发布|公布)[^,,。;]*信息[^,,。;]*?\d+\s*条"


def find_figures(
    sentences: list[Sentence], *, year: int | None, family: str | None, skip: list[tuple[int, int]] = ()
) -> list[Candidate]:
    """Every headline (and, for legacy reports, prose figure) candidate, in text order.

    `skip` holds spans (the statistics tables) whose text is not prose.
    """
    found: list[Candidate] = []
    parts = False  # in a list of parts after 其中, run on over sentences closed by ;
    for i, sent in enumerate(sentences):
        previous = sentences[i - 1] if i else None
        # (one item per sentence: 其中X栏目共公开信息10条; Y栏目…;, not 其中…2107条,市政府网站共采用672条,…;)
        parts = bool(
            previous
            and previous.paragraph == sent.paragraph
            and re.search(r"(?:^|其中[::]?)" + _PART_ITEM + ";$", previous.text)
            and (parts or "其中" in previous.text)
            and re.fullmatch(_PART_ITEM + "[;。]?", sent.text)
        )
        if sent.role == "problems" or any(a <= sent.start < b for a, b in skip):
            continue
        following = sentences[i + 1] if i + 1 < len(sentences) else None
        # (…诉讼情况。 / 本年度无此类情况。 / 市供销社不存在此类情况。: the same, the answer a sentence of its own)
        answered = following and re.fullmatch(
            r"\s*(?:无|[^。;,]{0,10}?(?:无|没有|不存在|未发生)(?:此类|该类|相关|上述)情况)[。;]?\s*", following.text
        )
        if answered and re.search(r"情况\s*[::。]?\s*$", sent.text):
            # (一)申请情况 / 无: a heading answered on the line below is read as one sentence
            # (5、…诉讼的情况。 / 无。: the heading's closing 。 is read as a space, offsets kept)
            gap = " " * (following.start - sent.end)
            heading = re.sub(r"。(\s*)$", r" \1", sent.text)
            sent = replace(sent, end=following.end, text=heading + gap + following.text)
        # (…共公开政府信息1170条,其中机构职能栏目共公开信息10条;规范性文件栏目共公开信息296条;…: parts)
        per = ([] if parts else _proactive(sent, year)) + _applications(sent, year)
        per += _case_counts(sent, "headline.review_total", "行政复议")
        per += _case_counts(sent, "headline.suit_total", "行政诉讼")
        per += _fees(sent)
        if following is None:
            found_here = {c.field_id for c in per}
            per += [c for c in _cut_case_negation(sent) if c.field_id not in found_here]
        if family == "legacy":
            per += _legacy_figures(sent)
        found.extend(_shift(per, sent.start))
    return found


# A platform that is a column of a site (专题专栏, 信息公开类栏目, 部门频道)
_COLUMN = re.compile(r"(?:栏目|专栏|频道)$")


def _platform(candidate: Candidate) -> str:
    """The platform a per-channel candidate's rule names (proactive-channel:wechat → wechat)."""
    return candidate.rule.partition(":")[2]


def choose_figures(candidates: list[Candidate]) -> dict[str, Candidate]:
    """The first candidate of each field wins; a stated number beats a negation.

    A count tied to one platform is the proactive total only when nothing else counts the year's
    disclosure and every such count reads the same number (one platform, not several)."""
    chosen: dict[str, Candidate] = {}
    channel = [c for c in candidates if c.rule.startswith("proactive-channel:")]
    # 通过县政府门户网站主动公开…5968条。…信息公开类栏目共公开信息4245条: a column's smaller count beside a
    # site's own count is a part of it, not a second platform (not “今日平江”子栏目…88条 beside 18条)
    sites = [c.value for c in channel if c.rule.startswith("proactive-channel:web") and not _COLUMN.search(c.rule)]
    channel = [c for c in channel if not (_COLUMN.search(c.rule) and any(v > c.value for v in sites))]
    kinds = {_platform(c) for c in channel}
    values = {c.value for c in channel}
    web_only = all(k.startswith("web") for k in kinds)
    # A count another platform publishes (微信 beside the website) makes a second platform; another
    # count of the same platform (招投标信息400条 on the same site) is a part of it, and the same number
    # again from a site (the site, then its catalogue) is the same count.
    others = {
        c.value
        for c in candidates
        if c.rule.startswith("channel-count:")
        and _platform(c) not in kinds
        and not (c.value in values and web_only and _platform(c).startswith("web"))
        # 新开设…专题专栏,发布专题信息28条: a column of a site is a part of the site's count (not of 新媒体's)
        and not (web_only and _COLUMN.search(_platform(c)))
        # (…等栏目主动发布…信息共25条。…发布部门动态20条,…,预算决算公开2条: one site's kinds after its count)
        and not (_platform(c) == "continuation" and len(kinds) == 1 and any(c.start > o.start for o in channel))
        # a count of one kind of information on another platform is another count too (网站…493条,
        # 公众号发布信息622条); one on no named platform or the same one is a part of it
        or c.rule.startswith("proactive-topical:")
        and _platform(c) not in ("", *kinds)
        and c.value not in values
    }
    stated = any(
        # an all-time count (proactive-cumulative) does not block the year's one-platform count
        c.field_id == "headline.proactive_total"
        and c.rule in ("proactive", "proactive-listed", "year-in-cumulative", "proactive-of-made")
        for c in candidates
    )
    if (
        len(values) == 1
        and (len(kinds) == 1 or web_only)  # 门户网站…200条, 微信公众号…200条: two platforms
        and not others
        and not stated
    ):
        chosen["headline.proactive_total"] = channel[0]
    handled = [c for c in candidates if c.rule == "applications-handled"]
    if handled and not any(
        c.field_id == "headline.applications_received" and c.rule != "applications-handled" for c in candidates
    ):
        chosen["headline.applications_received"] = handled[0]
    topical = [c for c in candidates if c.rule.startswith("proactive-topical:")]
    if len(topical) == 1 and all(
        c.value == topical[0].value for c in candidates if c.field_id == "headline.proactive_total"
    ):
        # one kind of information is the year's count only where the report counts nothing else
        # (no other kind, no other platform: decision 1)
        chosen["headline.proactive_total"] = topical[0]
    for c in candidates:
        if c.rule.startswith(("proactive-channel:", "channel-count:", "proactive-topical:")) or (
            c.rule == "applications-handled"
        ):
            continue
        if c.rule == "proactive-loose" and any(
            o.field_id == c.field_id
            and o.rule != c.rule
            and not o.rule.startswith(("proactive-channel:", "channel-count:"))
            for o in candidates
        ):
            continue  # 围绕疫情防控,主动公开相关信息35条。全年主动公开政府信息350条: the year's count wins
        current = chosen.get(c.field_id)
        if current is None or (current.rule.endswith("-none") and not c.rule.endswith("-none")):
            chosen[c.field_id] = c
        elif c.rule == "year-in-cumulative" and current.rule.startswith("proactive"):
            chosen[c.field_id] = c
        elif current.rule == "proactive-cumulative" and c.rule == "proactive":
            chosen[c.field_id] = c  # 累计…753条 … 2013年新增…28条: the year's own count wins
        elif c.rule == "applications-new" and current.rule in ("applications", "applications-handled"):
            chosen[c.field_id] = c  # 共收到申请3件。其中,上年结转申请1件,本年新收申请2件: the year's new ones
    return chosen


# --- statements ----------------------------------------------------------------------------


@dataclass(frozen=True)
class StatementSpan:
    kind: str  # "problems" or "improvements"
    start: int
    end: int
    confidence: float
    source: str = "rules"  # "model" where the tagger found the span or decided its kind


_PROBLEM_HEAD = re.compile(r"问题|不足|困难|差距|短板")
_PLAN_HEAD = re.compile(r"改进|措施|打算|计划|下一?步|努力方向|今后|思路|工作安排|举措|建议")
_MARKER = re.compile(
    r"(?:(?<=^)|(?<=[。;:!?\s]))\s*(?P<m>[一二三四五六七八九十]+是|[((][一二三四五六七八九十\d]+[))]是?|"
    r"\d{1,2}\s*(?:[.、．]|是)|[一二三四五六七八九十]+\s*[、.]|(?:另)?一方面[,,]|(?:首先|其次)[,,]?|(?:再次|最后)[,,])\s*"
)
_INLINE_MARKER = re.compile(r"(?P<m>[一二三四五六七八九十]+是|另外|此外|同时|再者)")
_PLAN_START = re.compile(
    r"^(下一?步|今后|在以后|针对|为此|对此|我们将|我局将|我委将|我县将|我市将|我区将|我镇将|将|20\d\d年|新的一年|接下来|在今后|"
    r"加强|进一步|继续|持续|推进|提升|完善|强化|深化|做好|加大|提高|健全|规范|着力|积极|拓宽|丰富|优化|落实|严格|坚持|创新|"
    r"抓好|扩大|建立|加快|全面|认真|不断|切实|注重|大力|充分|狠抓|推动|贯彻|突出|增强|围绕|聚焦|紧扣|深入|重视|以)"
)
_PROBLEM_WORDS = re.compile(
    r"不够|不足|有待|欠缺|薄弱|不高|差距|滞后|不强|不到位|不完善|不平衡|不及时|缺乏|较弱|偏弱|存在|问题|不规范|不全|"
    r"不深|单一|较少|不多|仍需|还需|尚需|需进一步|亟待|困难|短板|弱项|不畅|需要改进|有待改进|改进之处"
)
_FRAMING = re.compile(
    r"[::]$|主要(表现|体现)在(以下|如下|[::,,]|几个方面|$)|主要有以下|存在以下|如下|以下[几两三四五]?个?方面|以下几?项?(?:工作|措施)[。::]?$|以下几点|^(但|但是)?.{0,30}(问题|不足)(主要)?(是|有)?[::]?$"
    r"|^(但|但是|不过)?[,]?.{0,16}(存在|有)着?(一些|若干|某些|不少|一定的?)(问题|不足|差距)([和与及](问题|不足|差距))?[。]?$"
    r"|(但|但是|不过)[^。,]{0,10}(存在|有)着?(一些|若干|某些|不少|一定的?)[^。,]{0,4}(问题|不足|差距)[^。,]{0,6}[。]?$"
    # 我们也清醒地认识到离上级的要求还有一定差距。: a gap named, no shortcoming
    r"|^[^。;,]{0,40}?(?:(认识到|看到|意识到)[^。;,]{0,20}?|离[^。;,]{0,20}?要求)(还有|存在|仍有|尚有)(一定|一些|较大|不少)的?(差距|不足)[。]?$"
)
# 虽然取得了一定成绩,但…差距: framing, unless what follows 但 names a concrete shortcoming (_is_framing)
_ACHIEVED_BUT = re.compile(r"^.{0,30}虽(然)?取得(了)?.{0,12}成(绩|效)")
_CONCRETE = re.compile(r"不够|有待|欠缺|薄弱|滞后|不到位|不完善|不及时|缺乏|不规范|不全|单一|亟待|不畅|较少")


# 但与全区…的高标准、严要求相比,还存在些不足。: measured against the standard, a shortfall named (framing
# only where no concrete shortcoming comes before it: 部分栏目更新不及时,与上级要求相比,还存在差距。)
_COMPARED_SHORTFALL = re.compile(
    r"相比[,,]\s*(?:还|仍|尚|也)?(?:存在|有)着?(?:一些|些|若干|一定的?|不少)?(?:问题|不足|差距)[。]?$"
)


def _is_framing(sentence: str) -> bool:
    if _FRAMING.search(sentence):
        return True
    if (m := _COMPARED_SHORTFALL.search(sentence)) and not _CONCRETE.search(sentence[: m.start()]):
        return True
    if m := _ACHIEVED_BUT.match(sentence):
        rest = sentence[m.end() :]
        turn = max(rest.find("但"), rest.find("然而"))
        return turn < 0 or not _CONCRETE.search(rest[turn:])
    return False


def _statement_region(text: str, sections: list[SectionSpan]) -> list[tuple[int, int, str]]:
    """(start, end, default kind) of each problems / plans section, its heading line excluded."""
    regions = []
    for s in sections:
        if s.role != "problems":
            continue
        has_problem, has_plan = bool(_PROBLEM_HEAD.search(s.title)), bool(_PLAN_HEAD.search(s.title))
        kind = "mixed" if has_problem and has_plan else ("improvements" if has_plan and not has_problem else "problems")
        line_end = text.find("\n", s.start)
        line_end = line_end if 0 <= line_end < s.end else s.end
        # (一)存在问题:一是…: the heading's own line goes on with the first item
        colon = re.search(r"[::]\s*(?=\S{8})", text[s.start : line_end])
        regions.append((s.start + colon.end() if colon else min(line_end + 1, s.end), s.end, kind))
    return regions


def _items(paragraph: str) -> list[tuple[int, int, bool]]:
    """Enumerated items of a paragraph as (start, end, enumerated); the text before the first marker too."""
    starts = [(m.start(), m.end()) for m in _MARKER.finditer(paragraph)]
    inline = [(m.start(), m.end()) for m in _INLINE_MARKER.finditer(paragraph) if m.start() > 0]
    cuts = sorted({*starts, *((s, e) for s, e in inline if re.match(r"[一二三四五六七八九十]+是", paragraph[s:e]))})
    if not cuts:
        return [(0, len(paragraph), False)]
    items = []
    if cuts[0][0] > 0:
        items.append((0, cuts[0][0], False))
    for i, (_, body_start) in enumerate(cuts):
        end = cuts[i + 1][0] if i + 1 < len(cuts) else len(paragraph)
        items.append((body_start, end, True))
    return items


def _sentences_of(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in re.finditer(r"[。;!?]", text):
        spans.append((start, m.end()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _is_heading(line: str) -> bool:
    bare = re.sub(r"^[((]?[一二三四五六七八九十\d]+[))、.]?\s*", "", line.strip())
    return (
        len(bare) <= 22
        and not re.search(r"[。;]", bare)
        and bool(_PROBLEM_HEAD.search(bare) or _PLAN_HEAD.search(bare))
    )


_REGION_END = re.compile(
    r"^(附表|附件|附:|政府信息公开情况统计表)|^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$|^[〇○零0一二三四五六七八九]{4}年|"
    r"未经允许|打赏|版权所有|主办单位|"
    r"联系我们|上一篇|下一篇|责任编辑|分享到|相关链接|\|"
)
# A sentence that only reports what went well (…发挥了积极作用。) frames the section; it is no statement.
_ACHIEVEMENT = re.compile(
    r"(?<!未)(?<!没有)取得了?[^,。;:]{0,6}?(?:成绩|成效|进展)|发挥了?(?:积极|重要|较好)的?作用"
    r"|(?<!未)(?<!没有)(?:保障|促进|推动|增强)了[^。;]{2,}(?:保障|促进|推动|提高|提升|增强)了"
)
# ……取得了一定成绩,但(同时也存在)…: the clause before the turn frames; the problem starts after it
# (annotations/README.md, decision 7)
_LEAD_IN = re.compile(r"^(?P<lead>[^。;!?]{4,100}?)[,,]\s*(?:但是?|然而|不过)[,,]?\s*")
_LEAD_EFFORT = re.compile(r"取得|成绩|成效|进展|加强|推进|做了|开展|努力|按照|扩大|提高|深化|完善|规范")
_AFTER_TURN = re.compile(r"^(?:同时)?(?:也)?(?:还|仍|仍然|依然)?(?:存在着?|有着?)(?=[^,。;]{4})")
_FROM_VIEW = re.compile(r"^从[^,。;]{2,30}?(?:看|来看)[,,]\s*")
# 根据区政府要求,我办对本年度政府信息公开工作进行了自查,…: the review that found the problem, not the problem
_SELF_CHECK = re.compile(
    r"^[^。;!?]{0,40}?(?:对|就)[^。;!?]{2,30}?(?:进行了?|开展了?)(?:自查|自检|梳理|检查|回顾)[,,]\s*"
)
_BUT = re.compile(r"但|然而|仍|还存在|不过")
# What stands between 存在/仍有 and 问题 in a generic shortcoming (一些, 以下几个方面的, 的主要); 认识仍有不足, /
# 存在不严谨的问题, name the problem itself (存在 may also stand right before it: 存在问题和不足,)
_GENERIC_SHORTCOMING = (
    r"(?:[^,。;]{0,8}?(?:一些|若干|不少|一定|以下|如下|某些|诸多|许多|较多|很多|几个)[^,。;]{0,4}?|的?主要的?|的)"
)
_FRAMING_CUE = re.compile(
    rf"^[^。;!?]{{0,80}}?(?:存在着?{_GENERIC_SHORTCOMING}?|(?:仍有|还有|也有)着?{_GENERIC_SHORTCOMING})"
    r"(?:问题|不足|短板|差距)"
    r"(?:[^,。;]{0,6}?[,:]\s*(?:主要是|主要有|主要表现在|主要表现为|具体表现在|主要包括|如)?"
    # 还存在一些问题如宣传教育培训不足,…: the cue ends at 如, not at the next comma
    r"|\s*(?:如|比如|例如|主要是|主要有|主要包括|主要表现在|主要表现为)[::]?)"
    r"|^[^。;!?]{0,60}?(?:问题|不足|差距|短板)[^。;]{0,10}?(?:主要是|主要表现在|主要表现为|具体表现在)"
)
# A lead-in the excerpt ends inside (…工作取得了一定的成 / …运行状况较好,但是也有一): no problem named yet
_CUT_LEAD_IN = re.compile(
    r"(?:取得|总体|总的来看|运行状况|逐步|较好|良好|进展)[^,,。;;]{0,8}$|但(?:是)?(?:仍然?|也有?|还)?[\u4e00-\u9fff]{0,2}$"
    # 我局虽然已按上级要求及时: a concession the excerpt ends inside
    r"|虽(?:然)?[^,,。;;]{0,14}$"
)
# Where the plan begins inside a problem paragraph: 下一步,我委将… / 为进一步做好…,我署将… / 2021年,我局将…
_PLAN_CUE = re.compile(
    # (下步,我局将…: the short form of 下一步)
    r"^(?:下一?步|今后|下阶段|接下来|新的一年|针对|为此|对此|(?:19|20)\d\d\s*年(?:度)?[,,]?[^。;]{0,12}?将"
    r"|为(?:了)?(?:进一步|更好|切实|全面)[^。;]{0,40}?将|我们[^。;]{0,12}?将"
    r"|我(?:局|委|署|县|市|区|镇|乡|办|厅|院|街道|中心|单位|部门|机关)将"
    r"|本(?:局|委|机关|单位)将|[^。;]{0,6}?将(?:进一步|继续|不断|加强|持续|着力|重点|切实|认真|积极))"
)
# A label that opens an item or stands alone: 存在问题: / 改进措施: / (二)改进措施
_KIND_LABEL = re.compile(
    r"^(?P<label>(?:存在(?:的)?(?:主要)?(?:问题|不足)(?:和不足)?|主要问题|问题|不足之处"
    r"|(?P<plan>(?:今后|下一步)?(?:的)?改进措施|(?:进一步)?整改(?:措施|方向)?|改进情况|整改措施|改进方向|努力方向|下一步(?:工作)?(?:打算|计划|措施|安排)|工作(?:打算|计划|措施)"
    r"|今后(?:工作)?(?:打算|计划)))(?P<end>[::。]\s*|\s*$))"
)
# (存在的问题主要是…: the problems themselves, not a transition to the plan)
_TRANSITION = re.compile(
    r"^((针对|对于|对|鉴于)?(上述|以上|这些|存在的)(问题|不足|情况)(?!主要|是|有|表现|在于|包括|集中)|针对(问题|不足)|对此|为此)"
)
# …我们将采取有力措施,在今后的工作中切实加以改进。: a promise to improve that names no measure
_EMPTY_PROMISE = re.compile(r"(加以改进|认真整改|切实改进|逐步解决|努力改进|予以解决|加以解决|认真解决)[。;]?$")
_TRAILING_LABEL = re.compile(
    r"(?<=[。;!?])\s*(?:(?P<plan>[\u4e00-\u9fff]{0,8}?(?:改进措施|整改措施|改进方向)|下一步(?:工作)?(?:打算|计划|措施)"
    r"|今后(?:工作)?(?:打算|计划))"
    r"|存在(?:的)?(?:主要)?问题(?:有)?)[::]\s*$"
)


def _paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Paragraphs of `text[start:end]`, re-joining lines a PDF wrapped; stops where the report ends."""
    out: list[tuple[int, int]] = []
    para_start = None
    pos = start
    lines = text[start:end].split("\n")
    # A PDF set in a narrow column wraps every 14-16 characters: a line wraps when it is about as
    # long as the region's typical line and has no closing punctuation.
    lengths = sorted(len(line.strip()) for line in lines if line.strip())
    typical = lengths[len(lengths) // 2] if len(lengths) >= 8 else 0
    if not any(re.search(r"[。;]$", line.strip()) for line in lines):
        typical = 0  # short lines that never close a sentence are items of their own, not a column
    wrap_at = min(20, int(typical * 0.8)) if typical >= 10 else 20
    for line in lines:
        line_end = pos + len(line)
        bare = line.strip()
        if _REGION_END.search(bare) or (bare and len(bare) <= 20 and out and _is_signature(bare)):
            if para_start is not None:
                out.append((para_start, pos - 1))
            return out
        if bare:
            if para_start is None:
                para_start = pos
            if len(bare) < wrap_at or re.search(r"[。;:!?]$", bare) or _is_heading(bare):
                out.append((para_start, line_end))
                para_start = None
        pos = line_end + 1
    if para_start is not None:
        out.append((para_start, min(pos - 1, end)))
    return out


def _is_signature(line: str) -> bool:
    return not re.search(r"[。;,]", line) and bool(
        re.search(r"(政府|局|委员会|管委会|办公室|办事处|委|厅|中心|街道|镇|乡)$", line)
    )


def _remedy_masked(sentence: str) -> str:
    """The sentence with a problem named as the object of a remedy masked: 下一步,我局将按要求整改相关问题 /
    针对存在的问题,加大… name the plan's object, not a problem."""
    return re.sub(
        r"(针对|整改|解决|改进|查找|梳理)[^,。;]{0,6}?(问题|不足|短板)", lambda m: "…" * len(m.group()), sentence
    )


def _classify(sentence: str, kind: str, mixed: bool) -> str:
    """Problem or improvement, for a sentence of a section that holds both."""
    if not mixed:
        return kind
    year_led = bool(re.match(r"(19|20)\d\d\s*年", sentence))
    probe = _remedy_masked(sentence)
    if _PLAN_START.match(sentence) and not year_led and not _PROBLEM_WORDS.search(probe[:40]):
        return "improvements"
    if sentence.startswith("针对") and "," in sentence:
        after = sentence[sentence.index(",") + 1 :]
        if _PLAN_START.match(after) and not _PROBLEM_WORDS.search(after[:12]):
            return "improvements"  # 针对…薄弱等现状,进一步明确…: the measure follows the comma
        if _PROBLEM_WORDS.search(after):
            return "problems"  # 针对群众关心的焦点,回应的主动性有待加强
    if _PLAN_CUE.match(sentence) and not _PROBLEM_WORDS.search(probe[:20]):
        return "improvements"
    if _PROBLEM_WORDS.search(probe) and not re.match(r"(下一步|今后|我们将|将)", sentence):
        return "problems"
    if year_led and "将" in sentence:
        return "improvements"
    return kind


def _split_at_plan(item: str) -> list[tuple[int, int]]:
    """An enumerated item as one piece, or two where a sentence after the first begins the plan."""
    sentences = _sentences_of(item)
    for start, _ in sentences[1:]:
        rest = item[start:].lstrip()
        plan = _PLAN_CUE.match(rest) and not _PROBLEM_WORDS.search(_remedy_masked(rest)[:12])
        if plan and _classify(rest, "improvements", True) != "problems":
            return [(0, start), (start, len(item))]
    return [(0, len(item))]


# A label of the site's own making that opens an item: 解决办法和改进措施: / 存在的主要问题和困难:
_OTHER_LABEL = re.compile(r"^(?P<label>[^,,。;:!?\s]{2,14}?)(?P<end>[::]\s*)")


@dataclass(frozen=True)
class _Label:
    end: int  # where the statement text starts after it
    plan: bool  # it opens measures (改进措施:), not problems
    both: bool  # it names both (存在问题及改进措施:): the items that follow are classified one by one
    punctuated: bool  # closed by a colon or 。, not a bare line


def _kind_label(text: str) -> _Label | None:
    """A 存在问题: / 改进措施: label at the start of `text`."""
    if m := _KIND_LABEL.match(text):
        return _Label(m.end(), bool(m.group("plan")), False, bool(m.group("end").strip()))
    if (m := _OTHER_LABEL.match(text)) and len(text) - m.end() >= 4:
        label = _remedy_masked(m.group("label"))
        # only a label that names a part of the section (存在的…问题, …改进措施), not an item's own
        # headline (人员力量不足:…, 强化问题导向:…, 补齐短板弱项:…)
        names_part = re.search(r"存在|主要|面临|改进|解决|下一步|今后", label) and re.search(
            r"(问题|困难|不足|差距|措施|办法|方向|打算|计划)$", label
        )
        if names_part and not _PLAN_START.match(m.group("label")) and not re.search(r"将|是|了|要|在", label):
            problem, plan = bool(_PROBLEM_HEAD.search(label)), bool(_PLAN_HEAD.search(label))
            return _Label(m.end(), plan and not problem, plan and problem, True)
    return None


def _label_kind(label: _Label, mixed: bool) -> tuple[str, bool]:
    """The kind a 存在问题: / 改进措施: label sets; after a problems label the plan can still follow
    in a mixed section (主要问题:…我局将加强培训)."""
    if label.both:
        return "problems", True
    return ("improvements" if label.plan else "problems"), mixed and not label.plan


def _lead_in_end(sentence: str) -> int:
    """Where a problem starts after a framing lead-in: 我局…取得了一定成绩,但同时也存在公开内容有待深化的问题。
    → 公开内容…; 从全年…情况看,主动公开的意识还不到位 → 主动公开…; 0 when there is none."""
    if m := _FROM_VIEW.match(sentence):
        return m.end()
    if (m := _SELF_CHECK.match(sentence)) and _PROBLEM_WORDS.search(sentence[m.end() :]):
        # 我办对本年度…工作进行了自查,主要在…方面有待提高 → 主要在…; …自查,但仍存在一些不足,如… → 如… after it
        cut = m.end()
        turn = re.match(r"(?:但是?|然而|不过)[,,]?\s*", sentence[cut:])
        rest = sentence[cut + (turn.end() if turn else 0) :]
        if (cue := _FRAMING_CUE.match(rest)) and cue.end() < len(rest) - 4:
            return len(sentence) - len(rest) + cue.end()
        if turn and (after := _AFTER_TURN.match(rest)) and len(rest) - after.end() >= 8:
            return len(sentence) - len(rest) + after.end()
        return cut
    m = _LEAD_IN.match(sentence)
    if not m or _PROBLEM_WORDS.search(m.group("lead")) or not _LEAD_EFFORT.search(m.group("lead")):
        return 0
    rest = sentence[m.end() :]
    if cue := _FRAMING_CUE.match(rest):
        if cue.end() < len(rest) - 4:
            return m.end() + cue.end()  # 但仍存在着一些短板和不足,如政务公开内容… → 政务公开内容…
    after = _AFTER_TURN.match(rest)
    cut = m.end() + (after.end() if after else 0)
    return cut if len(sentence) - cut >= 8 else 0  # …但是也存在着不足之处。: nothing concrete is left


def find_statements(text: str, sections: list[SectionSpan]) -> list[StatementSpan]:
    """Problem and improvement statements of the problems/improvements sections."""
    out: list[StatementSpan] = []
    for region_start, region_end, default in _statement_region(text, sections):
        kind = "problems" if default in ("problems", "mixed") else "improvements"
        mixed = default == "mixed"
        for para_start, para_end in _paragraphs(text, region_start, region_end):
            paragraph = text[para_start:para_end]
            if _is_heading(paragraph):
                # (一)存在的主要问题 / (二)改进措施: a heading sets the kind and is not a statement.
                kind = (
                    "improvements"
                    if _PLAN_HEAD.search(paragraph) and not _PROBLEM_HEAD.search(paragraph)
                    else "problems"
                )
                mixed = False
                continue
            for item_start, item_end, enumerated in _items(paragraph):
                item = paragraph[item_start:item_end]
                label = _kind_label(item.strip())
                if label:
                    # 改进措施:… / a lone 存在问题: the label sets the kind and is not part of a statement
                    kind, mixed = _label_kind(label, mixed)
                    item_start += len(item) - len(item.lstrip()) + label.end
                    item = paragraph[item_start:item_end]
                    if not item.strip():
                        continue
                after_kind = None
                if trailing := _TRAILING_LABEL.search(item):
                    # 2.平台建设有待完善。 改进措施:1.…: the label closes this item and opens the next kind
                    after_kind = "improvements" if trailing.group("plan") else "problems"
                    item_end = item_start + trailing.start()
                    item = paragraph[item_start:item_end]
                pieces = [(0, len(item))] if enumerated else _sentences_of(item)
                if enumerated and (kind == "problems" or mixed):
                    pieces = _split_at_plan(item)
                for s_start, s_end in pieces:
                    sentence = item[s_start:s_end]
                    stripped = sentence.strip()
                    label = _kind_label(stripped)
                    if label and label.punctuated:
                        # …差距等。改进措施:认清形势…: a label that opens a sentence inside a paragraph
                        kind, mixed = _label_kind(label, mixed)
                        s_start += len(sentence) - len(sentence.lstrip()) + label.end
                        sentence = item[s_start:s_end]
                        stripped = sentence.strip()
                    cue = _FRAMING_CUE.match(stripped)
                    if (
                        len(re.findall(r"[\u4e00-\u9fff]", stripped)) < 4  # foot_img_01.png: no statement
                        # 相关词条 / 联络我们: a short unpunctuated line of page chrome, not an item
                        or (not enumerated and len(stripped) <= 5 and not re.search(r"[。;!?,,、:]", stripped))
                        or (_is_framing(stripped) and not (cue and cue.end() < len(stripped) - 4))
                        # 针对以上的存在问题,我局将采取以下措施加以改进:: a lead to the measures
                        or (re.search(r"[::]$", stripped) and re.search(r"措施|以下|如下", stripped))
                    ):
                        lead = _remedy_masked(stripped)  # 针对以上的存在问题,我局将采取以下措施…: a plan's lead
                        if re.search(r"将|下一步|今后|改进|打算", stripped) and not _PROBLEM_WORDS.search(lead):
                            kind, mixed = "improvements", False  # 我街道将从以下三方面进行改进:
                        continue
                    if _ACHIEVEMENT.search(stripped) and not _BUT.search(stripped):
                        continue
                    if _TRANSITION.match(stripped):
                        kind, mixed = "improvements", False  # 针对上述问题,…: what follows is the plan
                        colon = re.search(r"[::]\s*", stripped)
                        plan_lead = colon and re.search(r"措施|改进|整改|将|采取|做法", stripped[: colon.start()])
                        if colon and plan_lead and len(stripped) - colon.end() >= 4:
                            # 针对以上问题,我局采取以下措施积极改进:我局将加强培训…: the measure follows the colon
                            s_start += (len(sentence) - len(sentence.lstrip())) + colon.end()
                            sentence = item[s_start:s_end]
                            stripped = sentence.strip()
                        elif (
                            "将" not in stripped
                            and not _EMPTY_PROMISE.search(stripped)
                            and (comma := re.search(r"[,,]\s*", stripped))
                            and _PLAN_START.match(stripped[comma.end() :])
                            and len(stripped) - comma.end() >= 8
                            # (针对上述问题,下一步着重抓好以下几项工作。: a lead to the items, not a measure)
                            and not re.search(r"以下|如下|几项|几个方面|[::]\s*$", stripped[comma.end() :])
                        ):
                            # 针对存在的问题,今后要进一步加强组织领导…: the measure follows the transition
                            s_start += (len(sentence) - len(sentence.lstrip())) + comma.end()
                            sentence = item[s_start:s_end]
                            stripped = sentence.strip()
                        elif "将" not in stripped or _EMPTY_PROMISE.search(stripped):
                            continue  # a framing sentence, not a measure
                    begin = para_start + item_start + s_start + (len(sentence) - len(sentence.lstrip()))
                    this_kind = _classify(stripped, kind, mixed)
                    if enumerated and s_start > 0:
                        this_kind = "improvements"  # the plan half of an item split by _split_at_plan
                    if (
                        this_kind == "problems"
                        and (cue := _FRAMING_CUE.match(stripped))
                        and cue.end() < len(stripped) - 4
                    ):
                        begin += cue.end()  # 仍存在一些问题与不足,主要是…: the statement starts after the cue
                        stripped = stripped[cue.end() :]
                        if len(stripped.strip()) < 4 or _is_framing(stripped):
                            continue  # …主要有以下几个方面: nothing but framing after the cue
                    if this_kind == "problems":
                        cut = _lead_in_end(stripped)
                        begin += cut
                        stripped = stripped[cut:]
                        if cut and _is_framing(stripped):
                            continue  # …取得了新的进展,但我们也认识到还有一定差距。: framing on both sides
                    if mixed and this_kind == "improvements":
                        kind = "improvements"
                    cut_off = begin + len(stripped) >= len(text.rstrip()) and not re.search(r"[。;;!?]$", stripped)
                    lead_only = not _PROBLEM_WORDS.search(stripped) and _CUT_LEAD_IN.search(stripped)
                    if this_kind == "problems" and cut_off and lead_only:
                        continue  # …工作取得了一定的成 (the excerpt ends inside a lead-in): no problem named yet
                    out.append(StatementSpan(this_kind, begin, begin + len(stripped), 0.7))
                if after_kind:
                    kind, mixed = after_kind, False
    return out
