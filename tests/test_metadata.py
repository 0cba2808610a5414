"""Report metadata: title, year and issuing body from the text's own words."""

from __future__ import annotations

import pytest

from extract.normalize import identity_text, normalize
from extract.segment import find_metadata, fuller_form


@pytest.mark.parametrize(
    "text,title,body",
    [
        (
            "某某市公安局2020年度政府信息\n公开工作年度报告\n概述\n本年度报告根据条例编制。",
            "某某市公安局2020年度政府信息公开工作年度报告",
            "某某市公安局",
        ),
        ("本年度报告是根据条例要求,由某亭镇编制的2009年政府信息公开年度报告。", None, "某亭镇人民政府"),
        ("根据条例,某某县教育局编制了县教育局2020年政府信息公开工作年度报告。", None, "某某县教育局"),
        ("一、总体情况\n各级机关普遍编制了年度计划。", None, None),
        ("本年度报告由某某市统计局根据条例要求编制。如有疑问请与某某市统计局数据中心联系。", None, "某某市统计局"),
        # no title, no 编制 sentence: the subject of a sentence that fits how the report calls itself
        ("一、总体情况\n2019年,某东分局在区委领导下做好公开工作。现将我局工作报告如下:", None, "某东分局"),
        ("一、总体情况\n市委、市政府高度重视。某某市水务局认真落实条例。现将我局情况报告如下。", None, "某某市水务局"),
        # a subject that does not fit the self-reference (我镇 but a 局 opens the sentence) is not taken
        ("一、总体情况\n县水务局认真落实条例。我镇全年公开信息5条。", None, None),
        # a year-led sentence that opens on a name, after 在…下, or with no self-reference at all
        (
            "一、总体情况\n2022年,在区委区政府的正确领导下,某某开发区管理委员会认真贯彻条例。我委共发布信息。",
            None,
            "某某开发区管理委员会",
        ),
        ("一、总体情况\n2025年中仓街道积极推动街道政府信息公开工作。", None, "中仓街道"),
        # the issuer line, and a name with the topic stuck to it
        ("信息来源:某塘镇人民政府\n根据条例,认真编制了年度报告。", None, "某塘镇人民政府"),
        ("本年报由某某县水利局政府信息公开工作领导小组编制。", None, "某某县水利局"),
        # a title-shaped phrase behind page chrome
        (
            "Page 8 - 某某市某区信访局2022年政府信息公开工作年度报告\nP. 8\n四、行政复议",
            "Page 8 - 某某市某区信访局2022年政府信息公开工作年度报告",
            "某某市某区信访局",
        ),
        # wild2 wordings: 结合X年…实际, X特向社会公布, 现发布《X年…报告》, 来源:X
        ("根据条例,结合某省财政厅2024年政府信息公开工作实际,编制本报告。", None, "某省财政厅"),
        ("依照条例,某门沿海工业城管委会特向社会公布2016年度政府信息公开年度报告。", None, "某门沿海工业城管委会"),
        ("根据条例规定,现发布《某宝区2024年政府信息公开工作年度报告》。", None, "某宝区人民政府"),
        ("发布时间:2016-03-18 来源:某城区住房和城乡建设局 字体:[ ]\n一、概述", None, "某城区住房和城乡建设局"),
        # a name that starts with a numeral character is still a name
        (
            "五常市营商环境建设监督局2022年政府信息公开工作年度报告\n日期:2023-01-29 来源:五常市人民政府",
            "五常市营商环境建设监督局2022年政府信息公开工作年度报告",
            "五常市营商环境建设监督局",
        ),
        # not names: a clause opener after the year (needs the 虽然 filter: it fits 我局 otherwise)
        ("一、总体情况\n2019年,虽然我局做了大量工作。现将我局情况报告如下。", None, None),
        # the issuer in a table row, without a colon
        ("发布机构 | 某某县水利局\n一、总体情况", None, "某某县水利局"),
        # pinyin glosses inside the name are dropped: 编制某安县某周镇(zhèn)2014年…
        ("特结合我镇实际,编制某安县某周镇(zhèn)2014年政府信息公开工作年度报告。", None, "某安县某周镇人民政府"),
        # fourth session (decision 5: the fullest form the text prints, else the short one as printed)
        (
            "一、概述\n本年度工作平稳。\n六、其他需要报告的事项\n无。\n某敏苏木人民政府\n2020年1月9日",
            None,
            "某敏苏木人民政府",
        ),
        ("某南区国资局\n根据条例,现公布区政府国资局2022年政府信息公开工作年度报告。", None, "某南区国资局"),
        ("本报告公布在某政府网,如对本报告有任何疑问,请联系某滩乡人民政府,联系电话:6451543。", None, "某滩乡人民政府"),
        ("一、概述\n我苏木成立某日诺尔苏木政府信息公开领导小组,专人负责。", None, "某日诺尔苏木"),
        ("一、总体情况\n2019年,某登区住建局共主动公开政府信息227条。", None, "某登区住建局"),
        ("一、概述\n2012年,某县在省、市主管部门的正确指导下,认真贯彻落实条例。", None, "某县人民政府"),
        ("截至2019年12月31日,某街乡人民政府通过信息平台公开信息3条。", None, "某街乡人民政府"),
        ("2019年度我局共收到14件申请。", None, None),
        (
            "县政府办2022年度政府信息公开工作年度报告\n一、总体情况\n2022年,某谷县人民政府办公室严格贯彻条例。",
            "县政府办2022年度政府信息公开工作年度报告",
            "某谷县人民政府办公室",
        ),
        (
            "2013年市卫生局政府信息公开工作年度报告\n现将市卫生局工作报告如下。某山市卫生局认真贯彻条例。",
            "2013年市卫生局政府信息公开工作年度报告",
            "某山市卫生局",
        ),
        (
            "请与某州市人民政府办公室文电科联系。\n一、基本情况\n我办把政府信息公开工作列入日常工作。",
            None,
            "某州市人民政府办公室",
        ),
        # wild4: a garbled title line, a topic between subject and verb, a contact office, 编制+year+name
        ("某图县七家子镇2023年政府信息公开 工作告年度报\n来源:某图县人民政府办公室", None, "某图县七家子镇人民政府"),
        ("一、总体情况\n2022年,河东乡政府信息公开工作在县委的正确领导下开展。我乡设有专区。", None, "河东乡人民政府"),
        ("如对报告有任何疑问,请联系:某江区教育局办公室(地址:某江区新涵大街789号)。", None, "某江区教育局"),
        ("如对本年报有疑问,请联系某邑区文庙街道党政综合科,地址:某邑区天胜胡同9号。", None, "某邑区文庙街道"),
        ("根据条例,编制2021年度沙塘镇人民政府信息公开年度报告。", None, "沙塘镇人民政府"),
        ("2020年省卫生健康委深入贯彻落实国务院、省政府关于政务公开相关工作要求。", None, "省卫生健康委"),
        (
            "某安县国土资源局2011年\n政府信息公开年度报告\n本年报根据条例编制。",
            "某安县国土资源局2011年政府信息公开年度报告",
            "某安县国土资源局",
        ),
        # review findings: a neighbour link's title, a site banner, 县委县政府, a clause before 市卫生局
        (
            "某县水利局政府信息公开工作年度报告\n一、概述\n下一篇:某县财政局2018年政府信息公开工作年度报告",
            "某县水利局政府信息公开工作年度报告",
            "某县水利局",
        ),
        ("某县人民政府门户网站\n根据条例,编制某县水利局2019年政府信息公开工作年度报告。", None, "某县水利局"),
        ("一、总体情况\n2019年,县委县政府高度重视政府信息公开工作。", None, None),
        ("一、总体情况\n本年度,积极配合市卫生局开展工作。市卫生局认真贯彻条例。我局全年公开信息。", None, "市卫生局"),
        # a yearless column name in the chrome gives way to the title below it
        (
            "• 乡镇政府信息公开年度报告\n• 发布机构 某水县某甸镇人民政府\n某水县某甸镇2025年政府信息公开工作年度报告\n根据条例…",
            "某水县某甸镇2025年政府信息公开工作年度报告",
            "某水县某甸镇人民政府",
        ),
        # wild5: a body named before the year; a zone's 管委会, not a 人民政府; the fuller printed form
        ("一、总体情况\n青羊镇2023年及时更新各栏目信息。", None, "青羊镇人民政府"),
        ("(一)依据《办法》,审计局2023年没有收取信息处理费情况。", None, "审计局"),
        ("一、总体情况\n现将我局2021年政府信息公开工作报告如下。", None, None),
        (
            "来源:安徽某州高新技术产业开发区管理委员会\n某州高新区2022年政府信息公开工作年度报告\n根据条例…",
            "某州高新区2022年政府信息公开工作年度报告",
            "安徽某州高新技术产业开发区管理委员会",
        ),
        (
            "东风场2024年政府信息公开工作年度报告\n如对本报告有疑问,请与奉新县东风垦殖场办公室联系。",
            "东风场2024年政府信息公开工作年度报告",
            "奉新县东风垦殖场",
        ),
        # wild6: a government's 政务公开领导小组办公室; a leading group's office; 某局关于…报告; a site's
        # service centre; a year-led subject after a comma; a report naming only its government's site
        ("本报告由某特后旗政务公开领导小组办公室编制。", None, "某特后旗人民政府"),
        (
            "如对本报告有疑问,请与某元市人民政府重点建设项目领导小组办公室联系。",
            None,
            "某元市人民政府重点建设项目领导小组办公室",
        ),
        (
            "某州新区经济合作局关于2023年政府信息公开工作年度报告\n根据条例…",
            "某州新区经济合作局关于2023年政府信息公开工作年度报告",
            "某州新区经济合作局",
        ),
        (
            "本报告可从某右后旗人民政府网站下载。请与某右后旗电子政务网站服务中心联系。2024年,我旗认真贯彻条例。",
            None,
            "某右后旗人民政府",
        ),
        ("为了保障公民获取信息,2017年,县水务局严格按照条例开展工作,现将我局报告如下。", None, "县水务局"),
    ],
)
def test_title_and_body(text, title, body):
    meta = find_metadata(identity_text(text))
    assert meta.title == title
    assert meta.body == body


def test_year_is_not_taken_from_a_mention_of_last_years_report():
    text = "一、总体情况\n公开了重点领域信息及2018年度信息公开工作报告。\n2019年度我局共收到14件申请。"
    assert find_metadata(identity_text(text)).year == 2019


def test_family_without_a_year_from_legacy_only_sections():
    from extract.segment import family_from_text

    assert family_from_text("四、政府信息公开的收费及减免情况\n本年度未予收费。", None) == "legacy"
    assert family_from_text("一、总体情况\n本年度共公开信息。", None) is None


def test_year_of_the_reports_own_title_mention_is_kept():
    text = "现将我局2019年度政府信息公开工作报告如下。\n2018年12月,我局建立了制度。2018年工作回顾。"
    assert find_metadata(identity_text(text)).year == 2019


def test_fuller_form():
    from extract.segment import fuller_form

    assert fuller_form("西城区广安门内街道办事处", "西城区广内街道办事处")
    assert fuller_form("奉新县东风垦殖场", "东风场")
    assert not fuller_form("某县教育局", "某县财政局")
    assert not fuller_form("某县人民政府", "某县人民政府")


@pytest.mark.parametrize(
    "text,body",
    [
        # place names starting with 于 / 从 are not cut at them
        ("本报告可从于都县人民政府网站下载。2023年,我县认真贯彻条例。", "于都县人民政府"),
        # a zone is skipped only for its own 管委会, not for any body the text names
        ("亳州高新区2023年政府信息公开工作年度报告\n2023年,区财政局2023年度预算信息全部公开。", "亳州高新区"),
        # a sub-unit is not a fuller form of the body
        ("某县人民政府2023年政府信息公开工作年度报告\n某县某镇人民政府2023年新建公开专栏。", "某县人民政府"),
    ],
)
def test_review_findings_of_the_fifth_session(text, body):
    assert find_metadata(identity_text(text)).body == body


@pytest.mark.parametrize(
    "text,body",
    [
        # the report's title quoted in the 编制 sentence
        (
            "根据条例要求,编制完成《某溪县乡村振兴局2023年政府信息公开工作年度报告》,所列数据自2023年1月1日起。",
            "某溪县乡村振兴局",
        ),
        # the body that compiles the report, named before 结合单位实际
        (
            "根据县政府办公室通知要求,某龙县市场监督管理局结合单位实际,编制本单位2022年度政务公开工作年度报告。",
            "某龙县市场监督管理局",
        ),
        # the short form it introduces is no part of the name
        ("现将某某新技术开发区发展改革局(以下简称发改局)2025年度信息公开工作报告如下:", "某某新技术开发区发展改革局"),
        # a title whose name begins like a clause (对坊乡, 在…) is still the title's name
        ("对坊乡2023年政府信息公开工作年度报告\n根据条例,编制本年度报告。", "对坊乡人民政府"),
        # 我区 fits the district's government opening a year-led sentence
        ("一、基本工作情况\n2012年,南关区人民政府全面贯彻落实条例。我区政府信息公开工作取得成效。", "南关区人民政府"),
        # a township's government without its name is no name; the title with 信息公开报告 gives it
        (
            "兴华乡2010年政府信息公开报告\n乡政府信息公开工作始终坚持服务宗旨。本乡主要领导高度重视。我乡公开信息20条。",
            "兴华乡人民政府",
        ),
        ("一、概述\n乡政府信息公开工作始终坚持服务宗旨。我乡公开信息20条。", None),
        # a lead clause (根据上级要求,) before the subject that fits how the report calls itself
        ("一、总体情况\n根据上级要求,某青镇扎实做好政府信息主动公开。我镇全年发布信息20条。", "某青镇人民政府"),
    ],
)
def test_wild8_body_wordings(text, body):
    assert find_metadata(identity_text(text)).body == body


def test_wild9_metadata_wordings():
    # a mirror's domain glued before the name
    text = "根据条例要求,现公布puroview.com溪下乡2017年政府信息公开工作年度报告。"
    assert find_metadata(identity_text(text)).body == "溪下乡人民政府"
    # digits before a name are no domain (2019年度 is not a body)
    assert find_metadata(identity_text("现公布2019年度政府信息公开工作年度报告。")).body is None
    # the only year printed receives what the report year carried over
    text = "一、总体情况\n全年受理政府信息公开申请86件,办理完成78件,余8件转2023年度办理。"
    assert find_metadata(identity_text(text)).year == 2022


@pytest.mark.parametrize(
    "text,body",
    [
        ("本报告由塘下镇人民政府结合有关统计数据编制。", "塘下镇人民政府"),
        ("本报告根据条例的要求,由宜城市供销联社结合工作实际编制。", "宜城市供销联社"),
        ("根据条例精神,现把长治市信访局2019年度政府信息公开工作情况报告如下:", "长治市信访局"),
        # a year-led subject after a space, and verbs the list did not have
        (
            "其他需要报告的事项等六部分组成。 一、总体情况 2024年保定市某某局徐水区分局以提升满意度为目标。",
            "保定市某某局徐水区分局",
        ),
        ("一、总体情况\n2022年,山西省退役军人事务厅准确把握政务公开工作新要求。", "山西省退役军人事务厅"),
        # a place that begins with 本, and its fuller form printed as a sentence's subject
        (
            "本溪县卫健局2021年度政府信息公开工作报告\n2021年,本溪满族自治县卫生健康局根据条例做好公开。",
            "本溪满族自治县卫生健康局",
        ),
        # 本局 is no name
        ("一、总体情况\n2021年,本局认真贯彻条例。", None),
    ],
)
def test_wild10_body_wordings(text, body):
    assert find_metadata(identity_text(text)).body == body


def test_a_fuller_form_ends_where_the_short_one_ends():
    from extract.segment import fuller_form

    assert not fuller_form("人社分局作为市人社局", "人社分局")
    assert fuller_form("本溪满族自治县卫生健康局", "本溪县卫健局")


def test_wild11_title_and_body_lines():
    text = "泉洛政文体旅〔2012〕1号\n2011年政府信息公开工作年度报告\n洛江区文体旅游新闻出版局\n引 言\n根据条例编制。"
    meta = find_metadata(identity_text(text))
    assert meta.title == "2011年政府信息公开工作年度报告"
    assert meta.body == "洛江区文体旅游新闻出版局"


def test_chrome_over_the_title_and_brackets_in_a_name():
    # 全文检索 (the site's search box) over a title is no first line of it
    text = "乌鲁木齐国家高新区(新市区)\n\n政府信息公开\n\n全文检索\n\n2022年高新区(新市区)政府信息公开工作年度报告\n\n一、总体情况"
    meta = find_metadata(identity_text(text))
    assert meta.title == "2022年高新区(新市区)政府信息公开工作年度报告"
    # a name that ends in a bracketed part keeps its closing bracket
    assert meta.body == "高新区(新市区)"


def test_second_review_body_findings():
    text = "2022年某县教育局政府信息公开工作年度报告\n一、总体情况\n某县教育局联合卫健局加强校园疫情防控信息发布。"
    assert find_metadata(identity_text(text)).body == "某县教育局"
    text = "2022年政府信息公开工作年度报告\n一、总体情况\n2022年,由本分局根据《条例》要求编制本报告。"
    assert find_metadata(identity_text(text)).body is None


@pytest.mark.parametrize(
    "text,body",
    [
        # a report that only says 我局 prints its name in the title of its own rules
        (
            "一、总体情况\n我局认真贯彻条例。制定了《某滑县人力资源和社会保障局网络信息安全制度》、"
            "《某滑县人力资源和社会保障局网络安全报告制度》等制度。",
            "某滑县人力资源和社会保障局",
        ),
        # …or in its account's name; 委员会 is the name's end, not its first 委
        ("一、总体情况\n我委主动公开信息29条,利用“某坻区城市管理委员会”微信公众号发布。", "某坻区城市管理委员会"),
        # 我街 is a street office's self-reference
        ("一、基本工作情况\n我街主要从三个方面推进工作。制定了《某潭街道信息公开工作考核办法》。", "某潭街道"),
        # a superior's rules are no name, nor a quoted name that does not end as the self-reference does
        ("一、总体情况\n我局落实《国家税务总局政府信息公开办法》和《某某县政务公开制度》。", None),
        ("一、总体情况\n全镇落实《某某镇政务公开制度》。", None),
        # 我区 fits the district government's office as a year-led subject
        (
            "2022年,重庆市某坪坝区人民政府办公室在市政府办公厅指导下,推进政务公开。我区主动公开信息。",
            "重庆市某坪坝区人民政府办公室",
        ),
        # 截至…年底 opens the sentence; 依托 and 统领 are verbs of the subject
        ("一、概述\n截至2018年底,某县商务局依托政府信息公开平台主动公开信息。我局未收到申请。", "某县商务局"),
        ("一、总体情况\n2020年,某肥经开区管委会办公室统领区属各部门贯彻条例。", "某肥经开区管委会办公室"),
    ],
)
def test_wild12_self_named_bodies(text, body):
    assert find_metadata(identity_text(text)).body == body


def test_the_year_of_the_statistics_period_not_of_the_day_the_work_began():
    text = "本报告中所列数据的统计期限自2015-1-1起至2015-12-31止。\n一、概述\n2015-,我局加强信息公开队伍建设。"
    assert find_metadata(identity_text(text)).year == 2015
    text = (
        "本年度报告是由某某县国土资源局编制的2017年度政府信息公开工作报告。\n一、概 述\n"
        "根据《条例》要求,2008年1月1日起我局按照县的统一部署,开展政府信息公开工作。2017年公开信息5条。"
    )
    assert find_metadata(identity_text(text)).year == 2017
    text = "本报告统计期限自2012年1月1日起至2012年12月31日止。2011年度报告已公布。"
    assert find_metadata(identity_text(text)).year == 2012


def test_every_issuer_field_and_no_bare_unit_word():
    text = (
        "标题:2021年政府信息公开工作年度报告\n发文机关:保亭县政府办公室 成文日期:2022年01月27日 "
        "发布机构:保亭黎族苗族自治县人民政府办公室\n一、总体情况"
    )
    assert find_metadata(identity_text(text)).body == "保亭黎族苗族自治县人民政府办公室"
    text = "2009年度政府信息公开工作年度报告\n根据条例,特向社会公布2009年度委(局)政府信息公开工作年度报告。"
    assert find_metadata(identity_text(text)).body is None


@pytest.mark.parametrize(
    "text,body",
    [
        # 我局 beside 我市: the unit's name, not its place
        (
            "一、总体情况\n2019年,我局紧紧围绕我市中心工作,制定《洛阳市住房和城乡建设局政府信息公开指南》。",
            "洛阳市住房和城乡建设局",
        ),
        # a place's quoted name is read in full like any other candidate
        (
            "一、总体情况\n2019年,我县认真贯彻落实《长垣县2019年政务公开工作要点》。本报告可从长垣县人民政府网站下载。",
            "长垣县人民政府",
        ),
        # the most specific name, not the superior's most quoted one
        (
            "一、总体情况\n我局认真贯彻落实《广东省地方税务局政府信息公开办法》和《广东省地方税务局依申请公开规程》,"
            "建立《惠州市惠阳区地方税务局信息公开工作制度》。",
            "惠州市惠阳区地方税务局",
        ),
    ],
)
def test_review_findings_on_quoted_names(text, body):
    assert find_metadata(identity_text(text)).body == body


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # the report's signature wins over the page's date (decision 6)
        (
            "某县水利局2023年政府信息公开工作年度报告\n发布日期:2024-02-20\n一、总体情况\n正文。\n某县水利局\n2024年1月2日",
            "2024-01-02",
        ),
        # signed after the body's name on one line, in Chinese numerals (二○○九, 二O一八)
        ("某街道2008年度政府信息公开工作报告\n正文。 某区某街道办事处 二○○九年三月二十日 |", "2009-03-20"),
        ("某县审计局2017年度政府信息公开工作报告\n正文。\n某县审计局\n二O一八年一月二日", "2018-01-02"),
        # a dated line under the title beats the page's field
        ("某镇政府信息公开年报\n发布时间:2017-01-13\n(2017年1月12日)\n引言", "2017-01-12"),
        # the page's fields, the writing date before the page's
        ("| 成文日期:2016-03-31 | 发布日期:2016-04-08 |\n某局2015年报告\n正文。", "2016-03-31"),
        ("某局2021年政府信息公开工作 年度报告\n来源: 时间:2022-01-26\n一、总体情况", "2022-01-26"),
        ("上望街道2014年政府信息公开工作年度报告\n发布日期: 2015- 04- 01 15: 05: 37 浏览次数:", "2015-04-01"),
        ("某区2023年报告\n时间: 2024/01/31/ 17:33\n正文。", "2024-01-31"),
        # a page timestamp: with its time, or before the page's other fields
        ("某区2012年报告\n中央政府门户网站 www.gov.cn   2013年03月29日 15时57分   来源:某网站\n正文。", "2013-03-29"),
        ("2016年某分局政府信息公开工作年度报告\n    2017-01-24 来源: 本网\n正文。", "2017-01-24"),
        # a statistics period, a deadline or a date inside a sentence is no publication date
        (
            "某局2017年报告\n一、概述\n截至2017年12月31日,共公开信息36条。本年度报告统计期限为2017年1月1日至12月31日。",
            None,
        ),
        ("某局2017年报告\n正文。\n二、下一步工作\n我局将于2018年6月30日前完成目录更新。", None),
        # a mirror's timestamp years after the report is the copy's date, not the report's
        ("某委员会2010年政府信息公开年度报告\n生活百科 2023-01-26 17:49生活百科\n正文。", None),
        # no calendar day
        ("某局2017年报告\n正文。\n某局\n2018年13月2日", None),
    ],
)
def test_publication_date(text, published):
    assert find_metadata(identity_text(text)).published == published


def test_a_chrome_line_with_the_pages_date_is_kept():
    mapped, _ = normalize("某局2021年报告\n来源: 时间:2022-01-26\n来源:本网\n浏览次数:12\n正文。", is_html=False)
    assert "时间:2022-01-26" in mapped.text
    assert "来源:本网" not in mapped.text and "浏览次数" not in mapped.text


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a year-led sentence whose verb is a negation or 对…高度重视
        ("一、总体情况\n2022年度,某县交通运输局未发生行政复议案。我局认真落实。", "某县交通运输局"),
        ("一、总体情况\n2022年,某县交通运输局对政府信息高度重视,我局认真落实。", "某县交通运输局"),
        # the contact's section belongs to the body (综合一科, 综合处), a bracket of contact details ends it
        ("我局认真落实条例。如对报告内容有疑问,请与某新区自然资源局综合一科联系(地址:某路1号)。", "某新区自然资源局"),
        (
            "我办认真落实条例。如对本年报有疑问,请联系某市人民政府外事办公室综合处,地址:某路11号。",
            "某市人民政府外事办公室",
        ),
        ("我局认真落实条例。如对本报告有任何疑问,请与某市公安局(地址:某路36号;邮编:266700)联系。", "某市公安局"),
        ("如有疑问,请与某县行政服务中心信息公开日常管理机构(某县行政服务中心办公室)联系。", "某县行政服务中心"),
        # a co-operatives' union is a body; 编制完成 / 编写 name the compiler
        (
            "2016年,我社认真落实。如对本报告有任何疑问,请联系某区供销合作社联合社(联系地址:某路4号)。",
            "某区供销合作社联合社",
        ),
        ("根据通知要求,某市某区生态环境局编制完成本报告。", "某市某区生态环境局"),
        ("依据有关规定和要求,编写某某县2017年政府信息公开工作年度报告。", "某某县人民政府"),
        # a clause joined by 和 inside a quoted notice is no name
        (
            "根据《关于做好2017年度政府信息公开年度报告公布和政府信息公开情况统计报送工作的通知》要求,我县认真落实。",
            None,
        ),
        # the issuer under a yearless title, with its bracketed second name
        (
            "2020年政府信息公开工作年度报告\n某经开区(滨江)管委会\n2020年,某经开区(滨江)管委会持续落实条例。",
            "某经开区(滨江)管委会",
        ),
        # 我市 is the city a department serves: a city-prefixed department opening the year's account is the issuer
        ("2021年,某州市民族宗教事务局按照市政府的统一部署,认真落实。我市民族工作稳步推进。", "某州市民族宗教事务局"),
        # ...but a government's report that opens on itself keeps it
        ("2021年,某州市人民政府认真落实条例。2021年,某州市教育局按照部署推进。我市稳步推进。", "某州市人民政府"),
    ],
)
def test_wild14_body_wordings(text, body):
    assert find_metadata(identity_text(text)).body == body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a report that calls itself only 我局 names itself in its own site's name
        ("一、概述\n2016年,我局按照市政府的要求开展工作。在某州市水务局入口网站上设定信息公开专栏。", "某州市水务局"),
        ("一、概述\n我局认真落实条例,通过某县招商局门户网站主动公开信息。", "某县招商局"),
        # ...not a site reached through the self-reference (浏览我局网站)
        ("一、概述\n我局认真落实条例,公众可浏览我局网站查询。", None),
        # ...and not a superior's site when the self-reference is another unit (我委 is no …局)
        ("一、概述\n我委认真落实条例,在某市财政局网站公开预算。", None),
    ],
)
def test_a_body_named_by_its_own_site(text, body):
    assert find_metadata(identity_text(text)).body == body


def test_wild15_body_wordings():
    # 可与…联系 names the contact as 请与 does; the street's leading group publishes for the street
    text = "我局认真落实条例。对本报告如有疑问,可与某县商务局办公室联系(地址:某路2号)。"
    assert find_metadata(identity_text(text)).body == "某县商务局"
    text = "我街道认真落实条例。本报告由某市某区某街道政务公开工作领导小组办公室编制。"
    assert find_metadata(identity_text(text)).body == "某市某区某街道"


def test_wild16_title_label_and_renamed_issuer():
    # 标  题: is the page's field label, not part of the title
    text = "发布机构: 铁岭县横岭镇人民政府\n标  题: 横岭镇2022年政府信息公开工作年度报告\n一、总体情况\n2022年我镇认真落实。"
    meta = find_metadata(identity_text(text))
    assert meta.title == "横岭镇2022年政府信息公开工作年度报告"
    assert meta.body == "铁岭县横岭镇人民政府"
    # the title's name stands against a page field naming the body as renamed since
    text = "发文机关: | 某县卫生健康局 |\n标 题: | 某县卫生局2009年政府信息公开工作年度报告 | ||\n一、概述\n2009年,我局认真落实。"
    assert find_metadata(identity_text(text)).body == "某县卫生局"
    # a body named before its own disclosure column
    text = "一、总体情况\n2022年,我局开设了某市水利局政务公开专区,及时发布信息。"
    assert find_metadata(identity_text(text)).body == "某市水利局"


def test_wild17_body_wordings():
    # an office's second nameplate after its whole name in the title
    text = "淮北市人民政府办公室(外事办公室)2022年政府信息公开工作年度报告\n一、总体情况\n2022年,市政府办公室认真落实。"
    assert find_metadata(identity_text(text)).body == "淮北市人民政府办公室"
    # 今年以来 opens the year's account as a year does
    text = "一、总体情况\n今年以来,某市大数据局深入贯彻落实《条例》有关要求。我局认真落实。"
    assert find_metadata(identity_text(text)).body == "某市大数据局"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a title's own name may begin with 和
        (
            "和平区人民政府2022年政府信息公开工作年度报告\n一、总体情况\n2022年,我区主动公开政府信息1356条。",
            "和平区人民政府",
        ),
        # a contact that names no body
        ("2022年政府信息公开工作年度报告\n一、总体情况\n我局认真落实。如有疑问,可与承办科室联系。", None),
        ("2022年政府信息公开工作年度报告\n一、总体情况\n我局认真落实。请与工作人员(电话:0912-1234567)联系。", None),
        # a county that named itself first keeps its department out
        (
            "一、总体情况\n2022年,我县深入贯彻落实《条例》。2022年,汉阴县财政局积极推进预决算公开,我县主动公开信息。",
            None,
        ),
        # a superior's site the report mirrors to
        ("一、总体情况\n2022年,我局在某市生态环境局门户网站同步公开信息。", None),
        # the page's fuller name of the title's own name stays (汕头市龙湖区教育局 is 教育局 in full)
        (
            "教育局2022年政府信息公开工作年度报告\n发布机构:汕头市龙湖区教育局\n一、总体情况\n我局认真落实。",
            "汕头市龙湖区教育局",
        ),
    ],
)
def test_review_findings_of_the_eighth_session(text, body):
    assert find_metadata(identity_text(text)).body == body


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # a signing body ending as a centre or a farm, or printed after its date
        ("某县政务服务中心2022年报告\n正文。\n某县政务服务中心 2023年1月18日", "2023-01-18"),
        ("某县水利局2022年报告\n正文。\n2023年1月20日 某县水利局", "2023-01-20"),
        # the page's links and editor below the signature are no date of the report
        (
            "某县水利局2022年报告\n正文。\n某县水利局\n2023年1月18日\n相关文章\n某县水利局2021年报告\n2021-01-25",
            "2023-01-18",
        ),
        ("某县水利局2022年报告\n正文。\n某县水利局\n2023年1月18日\n责任编辑:张三\n2023-02-05", "2023-01-18"),
        # a statistics period behind a 时间 label, a meeting's time, a meeting's day in section one
        ("某局2022年报告\n统计时间:2022年1月1日至2022年12月31日\n一、总体情况\n正文。", None),
        ("某局2022年报告\n一、总体情况\n2022年9月28日14:30,我局组织召开培训会。", None),
        # a footer or a note after the signature leaves it the signature
        (
            "某县人民政府2022年报告\n正文。\n某县人民政府\n2023年1月18日\n(此件公开发布)\n抄送:县委办,县人大办。",
            "2023-01-18",
        ),
        # a page field at the bottom is no signature
        ("某县水利局2022年报告\n正文。\n某县水利局\n2023年1月18日\n来源:某县融媒体中心 2023-02-03", "2023-01-18"),
    ],
)
def test_publication_date_review_findings(text, published):
    assert find_metadata(identity_text(text)).published == published


def test_a_label_date_is_read_past_the_head_window():
    head = "某局2022年报告\n"
    text = head + "导" * (1500 - len(head) - len("发布时间:2023-01-2")) + "发布时间:2023-01-25\n一、总体情况\n正文。"
    assert "发布时间:2023-01-2" in text[:1500] and "发布时间:2023-01-25" not in text[:1500]
    assert find_metadata(identity_text(text)).published == "2023-01-25"


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # a label after another field's value on the line above (文件有效性: 有效 / 主题分类:统计)
        ("某局2022年报告\n文件有效性: 有效\n成文日期: 2023-01-31\n一、总体情况\n正文。", "2023-01-31"),
        ("某局2022年报告\n主题分类:统计\n发布日期:2023-01-18\n一、总体情况\n正文。", "2023-01-18"),
        # 相关链接 inside the report's text is no page link
        (
            "某县2022年报告\n正文。本报告电子版可在栏目下载,相关链接:http://a.gov.cn。\n某县人民政府\n2023年1月18日",
            "2023-01-18",
        ),
        # a page field that carries the date stays (字体, 责任编辑)
        ("某局2022年报告\n【字体:大 中 小】 发布时间:2023-01-20 浏览次数:125\n一、总体情况\n正文。", "2023-01-20"),
        ("某局2022年报告\n责任编辑:张三 发布时间:2023-01-20\n一、总体情况\n正文。", "2023-01-20"),
        # 起草单位 after a date is no period
        ("某局2022年报告\n发布日期:2023-01-18 起草单位:办公室\n一、总体情况\n正文。", "2023-01-18"),
    ],
)
def test_publication_date_second_review(text, published):
    assert find_metadata(identity_text(text)).published == published


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # 我县 in a purpose clause is no self-naming sentence
        ("一、总体情况\n为进一步提高我县预决算公开质量,2022年,汉阴县财政局深入贯彻落实《条例》。", "汉阴县财政局"),
        # a contact that is a body without a listed ending
        (
            "2022年政府信息公开工作年度报告\n一、总体情况\n我馆认真落实。如有疑问,请与某县档案馆联系(电话:0912-1234567)。",
            "某县档案馆",
        ),
    ],
)
def test_body_second_review(text, body):
    assert find_metadata(identity_text(text)).body == body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # the report's name inside the opening sentence, after 向社会公开
        (
            "一、总体情况\n根据通知要求,现向社会公开某某县南屏瑶族乡2021年政府信息公开工作年度报告。我乡未收到申请。",
            "某某县南屏瑶族乡人民政府",
        ),
        # a kind of body in that place is no name
        (
            "本年度报告根据上级要求,向社会公开2016年度镇政府信息公开年度报告。\n一、基本情况\n2016年,我镇认真落实。",
            None,
        ),
    ],
)
def test_body_ninth_session(text, body):
    assert find_metadata(identity_text(text)).body == body


def test_body_from_a_contact_reached_directly():
    text = "本报告依据条例编制。若有疑问或意见建议,可直接与某县卫生健康局办公室联系(联系电话:0598-7832134)。\n一、总体情况\n我局认真落实。"
    assert find_metadata(identity_text(text)).body == "某县卫生健康局"


def test_a_date_glued_to_the_opening_is_the_pages():
    text = "2023年1月11日本年度報告根據條例編制。\n一、總體情況\n2022年,我鎮認真落實。"
    assert find_metadata(identity_text(text)).published == "2023-01-11"
    # (a period's start is no date of the page)
    text = "2022年1月1日至2022年12月31日本报告所列数据统计期限。\n一、总体情况\n2022年,我镇认真落实。"
    assert find_metadata(identity_text(text)).published is None


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # no self-reference: a department named in two of its own titles or sites
        (
            "一、总体情况\n(一)主动公开\n通过某柏县民政局门户网站主动公开政府信息共143条。规范公布《某柏县民政局政府信息公开指南》。",
            "某柏县民政局",
        ),
        # (once is not enough, nor a superior's name)
        ("一、总体情况\n(一)主动公开\n按照《某柏县财政局关于预算公开的通知》公开预算。", None),
        # ...or once, as the site where it discloses
        ("一、总体情况\n2024年通过某堰住房公积金中心官网主动公开和发布信息231条。", "某堰住房公积金中心"),
        # a flattened copy's signature after the last sentence, before its date
        (
            "一、概述\n2008年,街道办事处做好公开工作。今后我们将增加街道信息网的互动功能。 某海区外海街道办事处 二○○九年三月二十日 |",
            "某海区外海街道办事处",
        ),
        # the subject that compiles the report on what the whole city did
        (
            "上饶市人民政府根据全市2022年度政府信息公开工作开展情况,编制本报告。\n一、总体情况\n全市主动公开信息。",
            "上饶市人民政府",
        ),
        # a whole district's report that names only its own government's site
        (
            "一、总体情况\n2023年,全区主动公开政府信息26040条。报告可在东城区人民政府网站查阅。",
            "东城区人民政府",
        ),
    ],
)
def test_body_when_the_report_does_not_say_who_issued_it(text, body):
    assert find_metadata(identity_text(text)).body == body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # 向社会公开 takes any object: no place in it, no body
        ("2019年度政府信息公开工作年度报告\n我局向社会公开各类政府信息公开事项,做好公开工作。", None),
        ("2019年度政府信息公开工作年度报告\n我局按时向社会公开2018年度政务信息公开工作年度报告。", None),
        ("2019年度政府信息公开工作年度报告\n依法向社会公开财政资金信息公开情况。", None),
        # 县政府 is a county's short name as printed
        ("本报告由县政府办公室负责编制。\n一、总体情况\n全县认真落实。如有疑问,请与县政府办公室联系。", "县政府"),
        ("2019年度政府信息公开工作年度报告\n如有疑问,可以直接与某县卫生健康局办公室联系。", "某县卫生健康局"),
    ],
)
def test_body_review_of_the_ninth_session(text, body):
    assert find_metadata(identity_text(text)).body == body


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("2022年12月31日本年度报告统计期限截止。\n一、总体情况\n2022年,我镇认真落实。", None),
        ("2023年1月11日依据《条例》编制本报告。\n一、总体情况\n2022年,我镇认真落实。", "2023-01-11"),
    ],
)
def test_glued_date_review_of_the_ninth_session(text, published):
    assert find_metadata(identity_text(text)).published == published


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a title in a table's first cell, the row's bars after it
        (
            "您当前的位置: |\n|\n2022年度某州市人民政府办公室政府信息公开工作年度报告 | "
            + "|" * 80
            + "\n一、总体情况\n",
            "某州市人民政府办公室",
        ),
        # an office that is the body, not the body's office
        ("一、总体情况\n我办认真落实。如有疑问,请与某北区政务服务监督管理办公室联系。", "某北区政务服务监督管理办公室"),
        ("一、总体情况\n我局认真落实。如有疑问,请与某北区民政局办公室联系。", "某北区民政局"),
        # a mirror's pinyin glosses inside the name of the body's own rules
        ("一、总体情况\n我局制定《某北區(qū)民政局政府信息公開工作規程》。", "某北區民政局"),
    ],
)
def test_body_wild21(text, body):
    assert find_metadata(identity_text(text)).body == body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "根据条例及省、市相关规定,现公开某西新区沣西新城管理委员会2020年政务信息公开年度报告。",
            "某西新区沣西新城管理委员会",
        ),
        # 政府信息工作年度报告 (公开 left out), and a street office's own office as the contact
        (
            "根据条例有关要求,现将某湖区西关街道办事处2024年度政府信息工作年度报告予以公开。"
            "如对本报告有疑问,请联系西关街道办事处综合与经济发展办公室。",
            "某湖区西关街道办事处",
        ),
    ],
)
def test_body_wild22(text, body):
    assert find_metadata(identity_text(text)).body == body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # 政务信息工作 in a sentence is no report's name
        ("2019年政府信息公开工作年度报告\n一、总体情况\n我局每月通报公布全县政务信息工作情况。", None),
        ("2019年政府信息公开工作年度报告\n一、总体情况\n我局定期公布县直各单位政务信息工作考核情况。", None),
        ("现予以公开某县民政局2019年政府信息公开工作年度报告。\n一、总体情况\n我局认真落实。", "某县民政局"),
        # a street's office belongs to the street
        ("一、总体情况\n我街道认真落实。如有疑问,请联系西关街道综合与经济发展办公室。", "西关街道"),
    ],
)
def test_body_second_review_of_the_ninth_session(text, body):
    assert find_metadata(identity_text(text)).body == body


def test_a_departments_section_office_is_not_taken_whole():
    # (the section's name is still left on: the rule only refuses to add 办公室 to a name with a body in it)
    text = "一、总体情况\n我局认真落实。如有疑问,请与某区财政局国库集中支付管理办公室联系(电话:1234)。"
    body = find_metadata(identity_text(text)).body
    assert body.startswith("某区财政局") and not body.endswith("办公室")


def test_fuller_forms_of_abbreviated_units_and_misprints():
    from extract.segment import fuller_form

    # a short form may end on its unit's first character (办 for 办公室, 委 for 委员会)
    assert fuller_form("台州市人民政府办公室", "市府办")
    assert fuller_form("湖州市政务服务管理办公室", "湖州市政务办")
    assert fuller_form("兴安盟卫生健康委员会", "兴安盟卫健委")
    # a word printed twice in a row is a misprint, not a fuller name
    assert not fuller_form("沙依巴克区民族宗教宗教事务局", "沙依巴克区民族宗教事务局")
    # a clause before the name is no place
    assert not fuller_form("安排专人负责兴安盟卫生健康委员会", "兴安盟卫生健康委")


@pytest.mark.parametrize(
    "text,body",
    [
        # the page's issuer field in a short form; the prose prints the full name
        (
            "信息来源: 市府办 | 发布时间: 2025-01-15\n根据条例编制本年报。\n一、总体情况\n2024年,台州市人民政府办公室认真贯彻条例。",
            "台州市人民政府办公室",
        ),
        # the misprint of the account does not replace the name of the opening
        (
            "2023年以来,某依巴克区民族宗教事务局认真贯彻落实条例。现公布某依巴克区民族宗教事务局2023年度政府信息公开工作报告。\n"
            "一、总体情况\n2023年,某依巴克区民族宗教宗教事务局坚持以公开为常态。",
            "某依巴克区民族宗教事务局",
        ),
        # a page field's label (名称) before the title it shows
        (
            "某城区双庄街道办事处\n\n政府信息公开\n\n名称 双庄街道办事处2023年政府信息公开工作年度报告\n根据条例,现发布本报告。",
            "某城区双庄街道办事处",
        ),
        # the contact is the government's party-building office
        (
            "本年报统计期限自2025年1月1日起。如有疑问,请与金坑乡人民政府党建办联系。我乡主动公开信息20条。",
            "金坑乡人民政府",
        ),
        # an office calling itself 我办, named only as a sentence's subject (a quoted rule names another 办)
        (
            "一、总体情况\n市人民防空办认真贯彻有关规定。今年我办收到申请3件,按照《重庆市政府信息依申请公开办理工作规范》办理。",
            "市人民防空办",
        ),
        # 主动公开 after the year-led subject
        (
            "一、总体情况\n(一)主动公开情况。2019年,市审计局主动公开政府信息的内容主要包括审计结果。我局未收到申请。",
            "市审计局",
        ),
        # the short name gains the full one opening a quoted title of its own
        (
            "一、总体情况\n2020年,县地方志办认真落实条例,编制出“青川县地方志编纂委员会办公室政务公开基本目录”。",
            "青川县地方志编纂委员会办公室",
        ),
        # no other name and no 我局: the unit opening a sentence of the account
        ("依据条例编制本报告。\n一、总体情况\n(一)组织领导情况。区经信局高度重视政府信息公开工作。", "区经信局"),
    ],
)
def test_tenth_session_body_names(text, body):
    assert find_metadata(identity_text(text)).body == body


@pytest.mark.parametrize(
    "text,body",
    [
        # the body whose work the report tells (根据<body>的政府信息公开年度工作情况), a zone's committee
        (
            "本年度报告是根据条例规定,根据某河工业园区管理委员会的政府信息公开年度工作情况进行编制。\n一、总体情况\n园区坚持公开。",
            "某河工业园区管理委员会",
        ),
        # a zone named with its district in the title: its own committee, not a government
        (
            "2022年某尔禾区某口泉产业园区政府信息公开工作年度报告\n一、总体情况\n2022年,某口泉产业园区管理委员会认真贯彻条例。",
            "某口泉产业园区管理委员会",
        ),
        # a co-operative calling itself 我社, its full name in a quoted rule of its own
        (
            "一、总体情况\n2023年,区供销合作社认真贯彻条例,制定《重庆市某昌区供销合作社政务信息公开制度》。我社公开信息4条。",
            "重庆市某昌区供销合作社",
        ),
        # the short form it introduces between the name and the verb
        ("一、总体情况\n2023年,中山市供销合作联社(以下简称“市供销社”)坚持公开为常态。", "中山市供销合作联社"),
        # a committee's 行政办公室 as the contact is the committee
        (
            "一、总体情况\n2023年,某潭市卫生健康委员会认真贯彻条例。如有疑问请联系某潭市卫生健康委员会行政办公室。",
            "某潭市卫生健康委员会",
        ),
        # a street's 综合办公室 as the contact is the street
        (
            "本年报统计期限自2023年1月1日起。如有疑问,请与常州市钟楼区南大街街道综合办公室联系。",
            "常州市钟楼区南大街街道",
        ),
        # a bureau (我局) publishing on the city's site through its own channel; the city is no issuer
        (
            "一、总体情况\n我局坚持公开。我市推进公开。在江门市人民政府门户网站江门市住房和城乡建设局部门频道公开政府信息1380条。",
            "江门市住房和城乡建设局",
        ),
    ],
)
def test_wild25_body_names(text, body):
    assert find_metadata(identity_text(text)).body == body


def test_a_bureau_report_is_not_its_city_government():
    # 我局 beside 我市: the city's site names no issuer (was 在江门市人民政府)
    text = "一、总体情况\n我局坚持公开。我市推进公开。在江门市人民政府门户网站公开政府信息1380条。"
    assert find_metadata(identity_text(text)).body is None


def test_a_year_inside_a_quoted_document_name_is_not_the_report_year():
    text = (
        "2025年,某寨街道办事处严格遵循条例。现将本年度政府信息公开工作情况报告如下:\n一、总体情况\n"
        "按时公开了《某寨街道办事处2025年部门预算公开说明》及《某寨街道办事处2024年度部门决算》。\n"
        "(二)依申请公开情况。2025年,未收到政府信息公开申请。"
    )
    assert find_metadata(identity_text(text)).year == 2025
    # a year-led 年度 outside quotes still counts
    assert find_metadata(identity_text("一、总体情况\n2023年度,我局主动公开信息5条。")).year == 2023


@pytest.mark.parametrize(
    "text,body",
    [
        # a quoted title that opens on a clause ending in the name is no fuller name
        (
            "市审计局2023年政府信息公开工作年度报告\n一、总体情况\n2023年,市审计局认真落实条例。转发《关于进一步加强市审计局公开工作的意见》。",
            "市审计局",
        ),
        # nor a subject that opens on a verb (会同, 积极配合)
        (
            "县卫健局2023年政府信息公开工作年度报告\n一、总体情况\n2023年,县卫健局认真落实条例。会同县卫生健康局加强信息发布审核。",
            "县卫健局",
        ),
        # the verb after a site is no part of the name of the channel it opens
        ("一、总体情况\n我局坚持公开。通过市政府网站公开某市交通运输局部门频道信息20条。", "某市交通运输局"),
        # a nameless 管委会 or 高新区管委会 does not replace a named zone (nor is a 人民政府 made up for it)
        (
            "某某高新区2023年政府信息公开工作年度报告\n一、总体情况\n园区坚持公开。如有疑问,请与管委会办公室联系。",
            "某某高新区",
        ),
        (
            "某某高新区2023年政府信息公开工作年度报告\n一、总体情况\n园区坚持公开。如有疑问,请与高新区管委会联系。",
            "某某高新区",
        ),
        # 我社 reads a co-operative's name, never a quotation on 社会
        ("一、总体情况\n我社坚持公开,印发《关于做好社会信用体系建设的通知》。", None),
        # a superior government opening a sentence of a report that calls itself 本局
        ("依据条例编制本报告。\n一、总体情况\n市人民政府高度重视政府信息公开工作。本局严格落实各项要求。", None),
        # 根据各乡镇… / 根据上级…: no body of its own
        ("本报告根据各乡镇人民政府政府信息公开工作情况汇总编制。\n一、总体情况\n我县坚持公开。", None),
    ],
)
def test_review_findings_of_the_tenth_session(text, body):
    assert find_metadata(identity_text(text)).body == body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a street called by its short name (我街 … 2022年,白云街以…)
        ("一、总体情况\n2022年,某云街以习近平新时代中国特色社会主义思想为指导。我街共受理申请3件。", "某云街"),
        # a department opening the year's account with what it completed (共完成)
        (
            "一、总体情况\n2023年,我局政府信息公开工作不断深化。\n2023年度,某县自然资源局共完成政府网站信息发布65条。",
            "某县自然资源局",
        ),
        # a 馆's own office as the compiler and contact is the 馆's
        (
            "本年度报告由某树市档案馆办公室结合有关统计数据编制。如有疑问,请与某树市档案馆办公室联系。我馆全年主动公开信息30条。",
            "某树市档案馆",
        ),
    ],
)
def test_body_twelfth_session(text, body):
    assert find_metadata(identity_text(text)).body == body


def test_the_year_opening_the_years_account_beats_last_years_checked_in_it():
    # wild32/i07: 查摆2022年度我局政务公开情况 is last year's, checked in the 2023 report
    text = (
        "一、总体情况\n一是加强组织领导。深入落实《关于2022年度政务公开第三方评估反馈意见整改工作提示》要求,"
        "认真查摆2022年度我局政务公开情况。\n二是积极做好主动公开。2023年,我局主动公开文件63件。"
    )
    assert find_metadata(identity_text(text)).year == 2023
    # (two years opening sentences: the year is read as before, from the first 年度 outside a quotation)
    text = "一、总体情况\n2022年,我局收到申请3件。2021年,我局收到申请5件。本报告为2022年度报告。"
    assert find_metadata(identity_text(text)).year == 2022


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a zone has no 人民政府 of its own: its fuller printed name (经开区 → 经济开发区)
        (
            "一、总体情况\n2022年,大渡口经济开发区按照政务公开工作任务要求推进。大渡口经开区全年主动公开信息30条。",
            "大渡口经济开发区",
        ),
        ("一、总体情况\n2023年,某庄高新区认真贯彻落实条例。", "某庄高新区"),
        # a town government's own office as the contact is the town government
        (
            "一、总体情况\n我镇全年主动公开信息12条。如对本报告有任何疑问,请联系:莒某县石莲子镇人民政府办公室(石莲子镇莲中路1号)。",
            "莒某县石莲子镇人民政府",
        ),
        # a zone's 综合办公室 as the contact is the zone's
        (
            "一、总体情况\n我区全年主动公开信息12条。如有疑问,请与安徽某城经济开发区综合办公室联系。",
            "安徽某城经济开发区",
        ),
        # the body whose report was uploaded on time (按时上传…年度报告)
        (
            "一、总体情况\n全年网站共发布工作动态215条,按时上传大某市发展和改革委员会2024年政府信息公开工作年度报告。",
            "大某市发展和改革委员会",
        ),
    ],
)
def test_body_zones_and_contacts_of_the_twelfth_session(text, body):
    assert find_metadata(identity_text(text)).body == body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # wild34/s05: the body that compiles this year's report (编制本年度报告), and 2022年以来 opening the account
        (
            "根据天津市人民政府办公厅有关工作要求,某清区人民政府办公室编制本年度报告。\n一、总体情况\n我办认真落实。",
            "某清区人民政府办公室",
        ),
        ("一、总体情况\n2022年以来,某清区人民政府办公室严格按照《条例》要求推进公开。", "某清区人民政府办公室"),
        # (结合区政府办公室实际编制本年度报告: 结合 opens no name)
        ("一、总体情况\n结合区政府办公室工作实际编制本年度报告。2024年,区政府办公室认真贯彻条例。", "区政府办公室"),
        # wild34/s01: a site's 专区 is a column, no place with a government
        ("一、总体情况\n2024年,政策兑现专区共发布信息30条。", None),
    ],
)
def test_body_wild34_wordings(text, body):
    assert find_metadata(identity_text(text)).body == body


def test_an_empty_page_field_gives_no_name_from_the_next_fields_label():
    # wild36/g01: 发布机构: (empty) ⏎ 文号: / 来源: 发布时间: …, and the report names no body
    text = (
        "当前位置: 首页\n>> 政务公开 >> 政府信息公开年报\n索引号: 11330723738403287B/-00000 发布机构:\n"
        "文号: 公开日期: 2010-05-10\n\n2009年度信息公开工作报告\n\n来源: 发布时间: 2010-05-10 14:51\n\n"
        "  2009年,我局根据《条例》做好公开工作。"
    )
    assert find_metadata(identity_text(text)).body is None


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # wild37/f03: a department committee's office as the contact is the committee
        (
            "我委认真落实条例。如对本报告有疑问,请联系某某市某北区教育委员会办公室,地址:某某路16号。",
            "某某市某北区教育委员会",
        ),
        # a zone's 管理委员会办公室 and a 编制委员会办公室 are bodies of their own
        (
            "我办认真落实条例。如对本报告有疑问,请联系某某县机构编制委员会办公室,电话:1234567。",
            "某某县机构编制委员会办公室",
        ),
        # wild37/f02: a doubled character before the office (硚口区教育局局党政办公室)
        ("我局认真落实条例。如对本报告有疑问,请联系:某口区教育局局党政办公室,地址:某某大道375号。", "某口区教育局"),
    ],
)
def test_wild37_contact_offices(text, body):
    assert find_metadata(identity_text(text)).body == body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # wild38/h06: the body whose disclosure group a sentence opens on
        (
            "一、总体情况\n1.组织领导\n某京市某城区人民政府外事办公室政府信息公开工作领导小组由我办主要领导担任组长。",
            "某京市某城区人民政府外事办公室",
        ),
        # wild38/h08: the subject of the year's new applications
        ("3.依申请公开办理情况。某华门街道办事处本年新收政府信息公开申请数量为4件。", "某华门街道办事处"),
        # wild38/j06: a zone's name in the issuer field, the bare word 园区 in prose no name
        (
            "发文机关: | 某水滩区高科园 | 发文日期: | |\n2023年园区在区委、区政府的正确领导下推进政务公开。",
            "某水滩区高科园",
        ),
    ],
)
def test_wild38_body_wordings(text, body):
    assert find_metadata(identity_text(text)).body == body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # wild37/a02: a street as the subject of the report's first sentence, no self-reference, no year
        ("一、总体情况\n某渚街道认真贯彻落实《条例》的要求,不断建立健全信息公开制度。", "某渚街道"),
        # wild37/f05: a zone's 管委会 as the year's subject, the report calling itself 我委
        (
            "一、总体情况\n2024年,某眉工业园区管委会严格落实《条例》,坚持以公开为常态。2024年,我委未收到申请。",
            "某眉工业园区管委会",
        ),
    ],
)
def test_wild37_subject_bodies(text, body):
    assert find_metadata(identity_text(text)).body == body


def test_a_year_printed_with_a_space_before_its_subject():
    # wild40/s08: 2025 年,湖口县政府办公室以提升…
    text = "一、总体情况\n2025 年,某口县政府办公室以提升政务公开质效为核心,严格贯彻落实有关要求。"
    assert find_metadata(identity_text(text)).body == "某口县政府办公室"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # wild15/s07, wild29/u08: a place's last character printed twice
        ("某兰察布市市商务局2019年政府信息公开工作年度报告\n一、总体情况", "某兰察布市商务局"),
        (
            "某吉州州生态环境局某木萨尔县分局2020年政府信息公开工作年度报告\n一、总体情况",
            "某吉州生态环境局某木萨尔县分局",
        ),
        # …but 市市场监督管理局 is 市 + 市场
        ("某某市市场监督管理局2021年政府信息公开工作年度报告\n一、总体情况", "某某市市场监督管理局"),
    ],
)
def test_a_doubled_place_character_is_printed_once(text, body):
    assert find_metadata(identity_text(text)).body == body


def test_a_clause_before_the_disclosure_group_is_no_name():
    # review of the thirteenth session: 进一步调整充实了局政府信息公开领导小组… names no body
    text = "一、总体情况\n进一步调整充实了局政府信息公开领导小组组长由局长担任。"
    assert find_metadata(identity_text(text)).body is None


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # wild/d01, wild27/o03, wild42/z05: the contact names the government; the year's account opens on
        # its office, whose report it is
        (
            "如对本报告有任何疑问,请与某至县人民政府办公室联系(地址:某路1号)。\n一、总体情况\n"
            "2022年,某至县人民政府办公室认真贯彻落实国家、省、市政务公开工作部署。",
            "某至县人民政府办公室",
        ),
        # wild30/c10: compiled by the office, the year's account in its short form
        (
            "本年度报告根据《条例》要求,由某汉市人民政府办公室编制。\n(一)主动公开方面\n"
            "2025年,市政府办公室认真贯彻落实市委、市政府决策部署。",
            "某汉市人民政府办公室",
        ),
        # the same contact, the year's account opening on the government: the government's report
        (
            "如对本报告有任何疑问,请与某至县人民政府办公室联系。\n一、总体情况\n"
            "2022年,某至县人民政府认真贯彻落实国家、省、市政务公开工作部署。",
            "某至县人民政府",
        ),
        # wild40/t07: the report announces itself as the government's (its office as a second name): it stands
        (
            "现公布某盘水市人民政府(市人民政府办公室)2023年政府信息公开工作年度报告。\n一、总体情况\n"
            "2023年,市政府办公室严格按照《条例》等相关要求,积极主动公开政府信息。",
            "某盘水市人民政府",
        ),
        # wild16/v03: a title naming the county stands against the office's account
        (
            "某梁县2023年政府信息公开工作年度报告\n本报告由某梁县人民政府办公室编制。\n一、总体情况\n"
            "2023年,某梁县人民政府办公室坚持以习近平新时代中国特色社会主义思想为指导。",
            "某梁县人民政府",
        ),
    ],
)
def test_a_government_office_opening_the_years_account_is_the_body(text, body):
    assert find_metadata(identity_text(text)).body == body


def test_an_announced_governments_second_nameplate_is_dropped():
    # wild31/e04: 现公布黄平县人民政府(政府办公室)2023年… → the government
    text = "根据《条例》要求,现公布某平县人民政府(政府办公室)2023年政府信息公开工作年度报告。\n一、总体情况"
    assert find_metadata(identity_text(text)).body == "某平县人民政府"


def test_a_title_naming_its_body_is_not_joined_to_the_banner_above():
    # wild35/x05: 嵊州市人民政府 (the site's banner) / 2022年嵊州市民政局政府信息公开工作年度报告
    text = "某州市人民政府\n\n2022年某州市民政局政府信息公开工作年度报告\n\n一、总体情况\n我局按照《条例》有关规定。"
    meta = find_metadata(identity_text(text))
    assert (meta.title, meta.body) == ("2022年某州市民政局政府信息公开工作年度报告", "某州市民政局")


def test_a_title_under_its_body_line_is_still_joined():
    text = "某城区机关后勤服务中心\n2021年政府信息公开工作年度报告\n一、总体情况"
    assert find_metadata(identity_text(text)).title == "某城区机关后勤服务中心2021年政府信息公开工作年度报告"


def test_a_sites_short_place_before_the_whole_name_is_no_fuller_form():
    # wild9/m01: 来源: 上海普陀上海市普陀区宜川路街道办事处
    assert not fuller_form("上海普陀上海市普陀区宜川路街道办事处", "上海市普陀区宜川路街道办事处")
    assert fuller_form("遂溪县建新镇人民政府", "建新镇人民政府")


def test_the_body_whose_year_the_report_sums_up():
    # wild43/a05: 全面总结某街道办事处2025年政府信息公开工作情况
    text = "本报告根据《条例》要求编制,全面总结某宁市城中区人民政府某让街街道办事处2025年政府信息公开工作情况。"
    assert find_metadata(identity_text(text)).body == "某宁市城中区人民政府某让街街道办事处"


def test_an_office_without_its_bodys_name_is_no_body():
    # wild43/b01: 请联系办公室 (the report calls itself 我中心 only)
    text = (
        "如对本报告有任何疑问,请联系办公室,电话:0798-1234567。\n一、总体情况\n2025年,我中心政府信息公开工作有序推进。"
    )
    assert find_metadata(identity_text(text)).body is None


def test_a_page_classification_field_is_no_title():
    # wild12/f04: 组配分类: 政府信息公开年报 over the report's own title, printed on two lines
    text = (
        "发布机构: 区自然资源和规划局分局\n组配分类: 政府信息公开年报\n公开范围: 面向全社会\n\n"
        "宁波市某某局国家高新区分局2020\n政府信息公开工作年度报告\n一、总体情况"
    )
    meta = find_metadata(identity_text(text))
    assert (meta.title, meta.body, meta.year) == (
        "宁波市某某局国家高新区分局2020政府信息公开工作年度报告",
        "宁波市某某局国家高新区分局",
        2020,
    )


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # wild44/i09: the name, a space, then the year and the title's words on the first line
        ("通江县某某局 2018年政府信息公开工作年度报告 根据《条例》和省、市相关规定,特向社会公布。", "通江县某某局"),
        # wild44/e05: a government's research office compiles its own report
        (
            "根据《中华人民共和国政府信息公开条例》(以下简称《条例》),某岛市人民政府研究室编制了2022年政府信息公开"
            "工作年度报告。",
            "某岛市人民政府研究室",
        ),
        # wild5/v09: the year's 年度 is no place before the name; a clause before it is none either
        (
            "2011年度县统计局共主动公开政府信息16条。公开的政务信息主要是县统计局在工作中应主动公开的信息。",
            "县统计局",
        ),
    ],
)
def test_wild44_body_wordings(text, body):
    assert find_metadata(identity_text(text)).body == body


def test_a_title_label_and_its_value_in_two_cells():
    # wild45/l10: | 标 题 | 前三岛乡2025年度政府信息公开年度报告 | ||
    text = (
        "| 发布机构 | 连岛街道 | 发文日期 | 2026-01-15 |\n| 标 题 | 某三岛乡2025年度政府信息公开年度报告 | ||\n"
        "某三岛乡2025年度政府信息公开年度报告\n本年度报告由连云港市连云区某三岛乡人民政府编制。"
    )
    meta = find_metadata(identity_text(text))
    assert (meta.title, meta.body) == ("某三岛乡2025年度政府信息公开年度报告", "连云港市连云区某三岛乡人民政府")
