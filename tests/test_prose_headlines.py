"""Headline figures in prose: the hard cases of the prose issue, each as a fragment."""

import time

import pytest

from extract import extract_text


def _headlines(body: str, year: int = 2019) -> dict[str, float]:
    text = f"{year}年某县人民政府政府信息公开工作年度报告\n一、总体情况\n{body}\n"
    report = extract_text(text)
    return {k.split(".")[1]: v.value for k, v in report.fields.items() if k.startswith("headline.")}


def test_total_then_channel_breakdown_keeps_the_total():
    got = _headlines("2019年,我市主动公开各类信息4301条。其中:政府门户网站公开3266条,微博、微信公开1035条。")
    assert got["proactive_total"] == 4301


def test_one_platforms_count_is_the_total_when_no_other_platform_is_counted():
    # annotations/README.md, decision 1: the platform is how the body disclosed, not a part of it
    assert _headlines("全年通过县政府门户网站主动公开政府信息4511条,开展意见征集9期。")["proactive_total"] == 4511
    assert _headlines("全年在某省政府采购网公开信息7条。")["proactive_total"] == 7
    assert _headlines("2019年度,我镇在县人民政府外网主动公开政府信息数13条。")["proactive_total"] == 13
    # the same count printed twice (the site, then its catalogue) is still one count
    got = _headlines("2019年,我镇在县政府网站共计公开各类政府信息121条。在县政府网站公开目录公开信息共计121条。")
    assert got["proactive_total"] == 121


@pytest.mark.parametrize(
    "text",
    [
        # two platforms counted separately and no overall figure: never their sum, never one of them
        "全年门户网站主动公开政府信息4511条,微信公众号推送信息1351条。",
        "全年在网站公开信息30条,通过公开栏公开信息12条。",
        "在网站上主动公开信息493条。同时,共计发布微博4380篇、微信300余篇。",
        "通过某县人民政府微信公众号、某县政务微博分别发布信息584条、267条。",
        "全年在门户网站主动公开信息20条。全年,省人防信息网发布人防信息104条。",
        # one platform's counts by kind with no total of the platform
        "某省人防信息网发布人防信息104条,政务公开信息16条,政策法规信息2条。",
        # an all-time count of one platform is not the year's
        "截至目前,我局在市政府信息公开平台累计发布信息178条。",
    ],
)
def test_counts_of_several_platforms_without_an_overall_figure_give_no_total(text):
    assert "proactive_total" not in _headlines(text)


def test_a_second_count_of_the_same_site_does_not_make_it_two_platforms():
    got = _headlines(
        "2021年,我厅网站共发布政府信息35012条。在厅网站“政府信息公开目录”下设“招标投标”等栏目中,共发布招投标信息400条。",
        2021,
    )
    assert got["proactive_total"] == 35012
    got = _headlines("截至目前,我局在市政府信息公开平台累计发布信息178条。2019年,局网站主动公开政府信息752条。")
    assert got["proactive_total"] == 752


def test_all_time_cumulative_is_not_the_year():
    got = _headlines("截至目前,历年累计主动公开政府信息12000条。")
    assert "proactive_total" not in got


def test_year_count_inside_a_cumulative_total():
    got = _headlines(
        "截至2017年12月底,通过平台和网站累计主动公开政府信息1276条(其中2017年1-12月主动公开政府信息67条)。", 2017
    )
    assert got["proactive_total"] == 67


def test_other_years_figure_is_ignored():
    assert "proactive_total" not in _headlines("2018年主动公开政府信息3000条。", 2019)


def test_approximate_and_wan_numbers():
    assert _headlines("通过网站、微信等渠道主动公开政府信息3300余条。")["proactive_total"] == 3300
    assert _headlines("通过网站、微博等各种渠道发布各类政府信息10.2万条。")["proactive_total"] == 102000


def test_deputies_proposals_and_visits_look_alike_but_are_not_figures():
    got = _headlines("办理人大代表建议25件,政协委员提案28件。全年网站访问量24385人次。")
    assert got == {}


@pytest.mark.parametrize(
    ("sentence", "field"),
    [
        ("本年度未收到政府信息公开申请。", "applications_received"),
        ("本年度没有发生有关政府信息公开事务的行政复议、行政诉讼案。", "review_total"),
        ("本年度没有发生有关政府信息公开事务的行政复议、行政诉讼案。", "suit_total"),
        ("本机关依申请提供政府信息,未收取任何费用。", "fees_collected"),
        # the fees section's own wording of "none"
        ("三、政府信息公开的收费及减免情况\n2017年政府信息公开的收费和减免情况:无", "fees_collected"),
        ("全年未出现政府信息公开的收费及减免情况。", "fees_collected"),
        ("本年度我市对政府信息公开未予收费。", "fees_collected"),
        ("本局依申请公开收取的费用(检索费、邮寄费、复制费等)为0元。", "fees_collected"),
    ],
)
def test_negations_are_zero(sentence, field):
    assert _headlines(sentence)[field] == 0


def test_chinese_numerals():
    got = _headlines("全年共收到政府信息公开申请三件。因政府信息公开被申请行政复议两起。")
    assert got["applications_received"] == 3
    assert got["review_total"] == 2


def test_several_numbers_in_one_sentence():
    got = _headlines("共收到政府信息公开申请215件,其中信函申请145件,网络申请68件。")
    assert got["applications_received"] == 215


def test_fees_in_yuan():
    assert _headlines("全县行政机关在办理信息公开申请中收取信息处理费共计380元。")["fees_collected"] == 380


def test_table_wins_over_prose():
    text = (
        "2023年某县政府信息公开工作年度报告\n一、总体情况\n共收到政府信息公开申请5件。\n"
        "三、收到和处理政府信息公开申请情况\n"
        "| 一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |\n"
    )
    field = extract_text(text).fields["headline.applications_received"]
    assert (field.value, field.source) == (3, "table")


def test_prose_value_span_points_at_the_number():
    text = "2019年某县政府信息公开工作年度报告\n一、总体情况\n2019年,我县主动公开政府信息4301条。\n"
    field = extract_text(text).fields["headline.proactive_total"]
    assert text[field.span[0] : field.span[1]] == "4301"
    assert field.source == "rules"


def test_a_long_numbered_heading_is_not_glued_to_the_sentence_after_it():
    got = _headlines("五、因政府信息公开申请行政复议、提起行政诉讼的情况\n本年度申请行政复议数4件、提起行政诉讼数7件。")
    assert (got["review_total"], got["suit_total"]) == (4, 7)


def test_pinyin_glosses_do_not_hide_a_negation():
    got = _headlines("三、收费情况\n本年度我镇(zhèn)未发(fā)生依申请公开信息收费(fèi)和费(fèi)用减免情况。")
    assert got["fees_collected"] == 0


def test_the_years_new_count_beats_an_earlier_cumulative_one():
    got = _headlines("我局累计主动公开政府信息753条,全文电子化率达100%。2019年新增的主动公开政府信息28条。")
    assert got["proactive_total"] == 28


def test_a_channel_named_clauses_earlier_does_not_make_the_total_a_channel_count():
    got = _headlines(
        "精心选择合适的公开专栏,全年累计主动公开政府信息162条。其中,乡镇文件公开41条。"
        "此外,我乡还通过张贴宣传资料等方式,公开各类政府信息42条。"
    )
    assert got["proactive_total"] == 162
    assert _headlines("在县政府门户网站上,全年发布政府信息41条。")["proactive_total"] == 41  # one platform


def test_plain_wordings_of_the_years_total():
    assert _headlines("2019年度主动公开信息的有5条;")["proactive_total"] == 5
    assert _headlines("截至2019年12月31日,全年累计主动公开政府信息的数量120条。")["proactive_total"] == 120
    assert _headlines("一年来,通过公示栏、网站等形式公示政务信息36条。")["proactive_total"] == 36


def test_counts_of_one_kind_or_one_channel_are_not_the_total():
    assert "proactive_total" not in _headlines("2019年共公开许可项目清单94条。建设项目受理公示信息20条。")
    assert "proactive_total" not in _headlines("共发行《某某政报》12期,发布政府信息662条。")


def test_negations_about_something_else_are_not_zero():
    got = _headlines("2019年,我单位未出现申请行政复议、提起行政诉讼的情况。")
    assert "applications_received" not in got
    got = _headlines("本局共收到14件依申请公开,没有出现被投诉举报、行政复议及行政诉讼纠错的情况。")
    assert "review_total" not in got and "suit_total" not in got


def test_applications_counted_in_qi():
    assert _headlines("2019年,我厅共受理政府信息公开申请263起。")["applications_received"] == 263


def test_application_wordings_of_legacy_reports():
    assert _headlines("2016年,政府信息依申请公开系统共收到1宗信息。")["applications_received"] == 1
    assert _headlines("我局2008年度依申请受理信息公开申请:无。")["applications_received"] == 0
    assert _headlines("2009年,全镇政府信息公开依申请办理事项为零。")["applications_received"] == 0
    assert "applications_received" not in _headlines("2016年,没有向政府信息公开申请人收费的情况。")


def test_legacy_denied_negation():
    text = "2014年某镇政府信息公开工作年度报告\n二、依申请公开情况\n本年度我镇没有依申请公开和不予公开的政府信息。\n"
    report = extract_text(text)
    assert report.fields["legacy.prose.denied"].value == 0


def test_wild2_wordings():
    got = _headlines("本年度收到有关政府信息公开的行政复议申请2件,发生2起关于政府信息公开的行政诉讼。")
    assert "applications_received" not in got
    assert (got["review_total"], got["suit_total"]) == (2, 2)
    got = _headlines("全年依申请公开共收到群众网上申请105件,快递17件,合计122件,上年结转11件。")
    assert got["applications_received"] == 122
    got = _headlines("今年以来,全区累计处理政府信息依申请公开92件,其中,本年度新接收91件,上年结转办理1件。")
    assert got["applications_received"] == 91
    got = _headlines("全年办理依申请公开答复52件,其中予以公开43件、无法提供6件、重复申请等不予处理3件。")
    assert "applications_received" not in got


def test_wild2_proactive_wordings():
    assert _headlines("全年主动公开各类财政信息6万余条。")["proactive_total"] == 60000
    assert _headlines("2023年,我县全年主动公开信息总数4702条。")["proactive_total"] == 4702
    got = _headlines("在省政府网站政府信息公开专栏发布信息514条,总计2401条。")
    assert got["proactive_total"] == 2401
    got = _headlines("2019年我乡通过区政府网、公示栏、微信公众号,制发规范性文件13份,平台主动公开政府信息 87 条。")
    assert got["proactive_total"] == 87
    got = _headlines("2019年度,区农业局主动公开工作动态、项目申报、预算决算以及其他信息共计547条。")
    assert got["proactive_total"] == 547
    # one site framing the sentence: that site's count, the only one, is the total (decision 1)
    got = _headlines("2023年依托某县人民政府网站,加大主动公开力度,主动公开各类政府信息6750余条。")
    assert got["proactive_total"] == 6750
    assert "proactive_total" not in _headlines("全年累计发布政策解读23篇,发布各类公告公示356条。")


def test_wild3_wordings_that_are_not_headline_figures():
    text = "本报告由概述、申请行政复议、提起行政诉讼和申诉的情况、存在问题及改进措施共五个部分组成。"
    assert "suit_total" not in _headlines(text)
    assert "proactive_total" not in _headlines("根据答复情况来看,已主动公开或同意公开的69件,占24%。")
    assert "proactive_total" not in _headlines("2021年,公开政策文件173条,在重点领域信息公开117条。")
    assert "proactive_total" not in _headlines("先后制作推送短视频4部、推送信息58条。")


def test_review_findings_on_headline_rules():
    # a wrapped numbered item is not a heading: its number stays with its label
    got = _headlines("(一)本年度我局共收到政府信息公开申请的数量\n为15件。")
    assert got["applications_received"] == 15
    # 各类 is every kind, not one kind
    assert _headlines("2019年各类政府信息公开共计200条。")["proactive_total"] == 200
    # a long list of per-channel application counts does not make the sum pattern backtrack for ever
    text = "全年收到申请15件" + "、信函17件" * 24 + "。"
    assert _headlines(text)["applications_received"] == 15


def test_applications_handled_count_only_when_no_intake_count_is_printed():
    # annotations/README.md, decision 3
    assert _headlines("市政府办公室全年办理政府信息依申请公开13件,均已规范答复。")["applications_received"] == 13
    got = _headlines("全年共收到政府信息公开申请15件。全年办理政府信息公开申请17件。")
    assert got["applications_received"] == 15
    assert "applications_received" not in _headlines("全年办理依申请公开答复52件。")


def test_intake_wordings_without_the_usual_unit():
    assert _headlines("本报告年度我局收到1条申请政府信息公开的受理件。")["applications_received"] == 1
    assert (
        _headlines("二是依申请公开方面\n本年度共收到依申请公开事项0\n三是政府信息管理方面")["applications_received"]
        == 0
    )
    assert _headlines("本年度共受理依申请公开0.")["applications_received"] == 0


def test_wild4_wordings():
    # the stated sum of the channels is the total
    got = _headlines(
        "2020年度,我委通过政府信息公开专栏网站公布政府信息936条,通过门户网站公布动态信息1683条,"
        "通过微信公众号公布动态信息1276条,共主动公开政府信息3895条。",
        2020,
    )
    assert got["proactive_total"] == 3895
    # 累计 inside the named report year is the year's count; 截至…年底累计 before a year's count is not
    got = _headlines("2017年,主动公开政府信息累计204条。2017年共发布重点领域各类信息12条。", 2017)
    assert got["proactive_total"] == 204
    got = _headlines("截止到2013年底,我局累计主动公开政府信息753条。2013年新增的主动公开政府信息28条。", 2013)
    assert got["proactive_total"] == 28


def test_a_legacy_proactive_section_is_prose_not_a_table():
    text = (
        "2015年某镇政府信息公开工作年度报告\n概述\n本报告由某镇编制。\n二、主动公开政府信息情况\n"
        "本地本单位到2015年底累计主动公开政府信息60条,全文电子化率达70%。\n三、依申请公开政府信息情况\n"
    )
    assert extract_text(text).fields["headline.proactive_total"].value == 60


def test_a_long_comma_less_list_of_counts_is_read():
    # took minutes before each count's clause was cut to 100 characters (every count tried every
    # verb of the whole sentence); now about a second
    assert isinstance(_headlines("网站发布信息1条、2条、" * 1500), dict)


def test_review_findings_of_the_fourth_session():
    # a duration is not a count of applications handled
    assert "applications_received" not in _headlines("办理依申请公开平均用时8个工作日。")
    # the year's one-platform count beats an all-time total
    got = _headlines("截至2019年底,全县累计主动公开信息5000条。2019年通过网站主动公开信息300条。")
    assert got["proactive_total"] == 300
    # a second kind of platform with the same number is still a second platform; 张贴 publishes
    assert "proactive_total" not in _headlines("门户网站主动公开信息200条,微信公众号发布信息200条。")
    assert "proactive_total" not in _headlines("在门户网站主动公开信息120条,在政务公开栏张贴信息35条。")


def test_wild5_wordings():
    # the kinds listed, then 等政府信息共N条: the total
    got = _headlines("我局及时公开政策法规、业务工作、办事指南、工作动态等政府信息共16条。", year=2021)
    assert got["proactive_total"] == 16
    # 資訊 (资讯) is information
    assert _headlines("2009年,我办共主动公开政府资讯19条。", year=2009)["proactive_total"] == 19
    # a count running from the report year's start is the year's (decision 2); an all-time one is not
    assert _headlines("2019年以来,我区累计主动公开政府信息19891条。")["proactive_total"] == 19891
    assert "proactive_total" not in _headlines("2015年以来,我区累计主动公开政府信息19891条。")
    # news on other media is no second platform
    got = _headlines("我局通过区政府信息公开网主动公开发布政府信息252条;通过住建等媒体发布我局提供的新闻信息80余条。")
    assert got["proactive_total"] == 252
    # intake wordings: 事项17例, 依申请公开政府信息共4件, 申请数为2
    assert _headlines("2019年我局共受理依申请政府信息公开事项17例。")["applications_received"] == 17
    got = _headlines("2019年,我镇依申请公开政府信息共4件,其中,予以公开2件,不掌握信息2件。")
    assert got["applications_received"] == 4
    assert _headlines("2019年政府信息公开申请数为2,当面申请数为2条。")["applications_received"] == 2
    # 行政复议、诉讼0件 is both counts; 复议、诉讼和申诉情况 as a heading is neither
    got = _headlines("2019年,办理依申请公开19件,因信息公开答复提起行政复议、诉讼0件。")
    assert (got["review_total"], got["suit_total"]) == (0, 0)
    assert "suit_total" not in _headlines("五、复议、诉讼和申诉情况 本街道2019年度有1件涉及依法纠错的行政案件。")
    # fee negations in other words
    assert _headlines("2019年度我局没有向政府信息公开的查阅或申请人进行收费的情况。")["fees_collected"] == 0
    assert _headlines("2019年,我局没有政府信息公开方面的收费。")["fees_collected"] == 0


def test_table_labels_inside_sentences_are_prose():
    got = _headlines(
        "(三)、申请行政复议和提起行政诉讼情况\n2021年涉及政府信息公开行政复议0件。其中结果维持0件;结果纠正0件;"
        "其他结果0件;尚未审结0件;涉及政府信息公开行政诉讼0件。\n",
        year=2021,
    )
    assert (got["review_total"], got["suit_total"]) == (0, 0)


def test_wild5_label_and_negation_wordings():
    # a label and its count; a heading answered 无 on the line below
    got = _headlines(
        "1、主动公开政府信息的情况:42条\n5、因政府信息公开申请行政复议、提起行政诉讼的情况:无\n", year=2018
    )
    assert (got["proactive_total"], got["review_total"], got["suit_total"]) == (42, 0, 0)
    got = _headlines(
        "三、依申请公开政府信息情况\n(一)申请情况\n无\n(三)、因政府信息公开申请行政复议、提起行政诉讼的情况\n无\n"
    )
    assert (got["applications_received"], got["review_total"], got["suit_total"]) == (0, 0, 0)
    # nothing disclosed is 0 (decision 8); 未主动公开的信息 is a relative clause, no figure
    assert _headlines("2021年我局暂未有主动公开政府信息、规范性文件等信息内容公开。", year=2021)["proactive_total"] == 0
    assert "proactive_total" not in _headlines("对未主动公开的信息,及时梳理。")
    # 处理…申请N件 with no intake count; a longer gap after 申请
    assert _headlines("2019年度我局处理依申请公开网络申请1件,均按时回复办结。")["applications_received"] == 1
    assert _headlines("2019年收到申请公开政府信息的要求0条。")["applications_received"] == 0


def test_wild5_second_platforms():
    # an address in brackets after the platform; 件 of information on a second platform
    got = _headlines(
        "2020年,市公路事务中心在政府信息公开平台(http://www.example.cn/gkmlpt/index)主动公开政府信息206条。"
        "通过新浪微博发布信息171条,微信公众号发布信息207条。",
        year=2020,
    )
    assert "proactive_total" not in got
    got = _headlines("全年通过区政府信息公开网站主动发布公开信息424件,通过“某教育”微信公众号刊发基层信息933件。")
    assert "proactive_total" not in got
    # documents and petitions counted in 件 are no second platform
    got = _headlines(
        "2022年,在市人民政府网站、《市人民政府公报》主动公开市政府规章13件。全年市人民政府网站共发布各类信息46106条。"
    )
    assert got["proactive_total"] == 46106


def test_wild6_wordings():
    # more verbs before the object; a body's own information; information made, by how it is disclosed
    assert _headlines("2018年,我县公开发布和更新信息共11743余条。", year=2018)["proactive_total"] == 11743
    assert _headlines("2022年,我县共发布转载信息3886条。", year=2022)["proactive_total"] == 3886
    got = _headlines("2019年我乡通过县人民政府网站(http://www.example.gov.cn)主动公开长桥乡人民政府信息57条。")
    assert got["proactive_total"] == 57
    got = _headlines("2018年,共制作政府信息3021条,其中主动公开信息1027条,依申请公开信息459条。", year=2018)
    assert got["proactive_total"] == 1027
    # a breakdown of a disclosure total is not that
    got = _headlines("2018年,全区主动公开信息3021条,其中主动公开信息1027条通过网站发布。", year=2018)
    assert got["proactive_total"] == 3021
    # the new applications of an intake that carries some over
    got = _headlines("全年共收到政府信息公开申请12件(含新收11件、上年结转1件),均在法定期限内予以答复。")
    assert got["applications_received"] == 11


def test_wild7_wordings():
    assert _headlines("中埠镇2020年度累计主动公开政府信息21条,依申请公开0件。", year=2020)["applications_received"] == 0
    assert _headlines("1、经统计,在2016年,城市所主动公开的信息条数共25条。", year=2016)["proactive_total"] == 25
    # a platform's count, then its parts (a catalogue system, a 公开栏目) after 其中: one platform
    got = _headlines(
        "截止2020年12月31日,马冈镇通过政务网站(/mgzrmzf/index.html)共主动公开政府信息203条,其中更新工作动态172条,"
        "党务公开栏目更新11条,在信息公开目录系统(/gkmlpt/index)发布政务动态172篇。",
        year=2020,
    )
    assert got["proactive_total"] == 203
    # handled applications before a bare 依申请公开: the intake wins where it is printed, else the handled count
    got = _headlines("今年以来,全区累计处理政府信息依申请公开92件,其中,本年度新接收91件,2018年结转办理1件。")
    assert got["applications_received"] == 91
    got = _headlines("2019年度,某市累计办理通过门户网站、邮寄等途径依申请公开信息合计12件,已全部办结。")
    assert got["applications_received"] == 12


def test_review_findings_of_the_fifth_session():
    assert "applications_received" not in _headlines("2019年政府信息公开申请数为2022年的2倍。")
    assert "proactive_total" not in _headlines("督促检查发现3个单位未主动公开政府信息,已责令整改。")
    assert "proactive_total" not in _headlines("对未主动公开信息进行了全面梳理。")
    assert "proactive_total" not in _headlines("截至2019年底,我县累计主动公开政府信息总数:5000条。")
    assert "fees_collected" not in _headlines("对无正当理由大量申请的申请人依法进行收费。")


def _legacy(body: str, year: int = 2012) -> dict[str, float]:
    report = extract_text(f"{year}年某区某局政府信息公开工作年度报告\n一、概述\n{body}\n")
    return {k: v.value for k, v in report.fields.items() if k.startswith(("legacy.prose.", "headline."))}


def test_wild8_proactive_wordings():
    # a platform's count with its parts in the next sentence (after ;其中): one platform, the parts no second one
    got = _headlines(
        "2022年,某县政府门户网包括部门及乡镇专栏共计发布各类信息4308条;其中县政府门户网站公开通知公告类信息126条;"
        "县政务动态信息1548条。",
        year=2022,
    )
    assert got["proactive_total"] == 4308
    # the information named before the verb / an amount of information / the object after the count
    got = _headlines("2023年市政府网站信息发布总数4784条,其中政务动态信息2380条。", year=2023)
    assert got["proactive_total"] == 4784
    got = _headlines("今年以来,我局通过某某网、“三农热线”等平台主动公开信息量625条,依申请公开6件。", year=2020)
    assert got["proactive_total"] == 625
    assert _headlines("2020年12月31日,某乡政府门户网站共发送9条信息。", year=2020)["proactive_total"] == 9
    assert "proactive_total" not in _headlines("全年通过门户网站发送9条短信。", year=2020)
    # every kind listed before 等方面信息, and 相关信息 after a list of what was published
    got = _headlines("截止到2021年12月,某街道主动公开涉及疫情防控、社会救助、养老服务等方面信息423条。", year=2021)
    assert got["proactive_total"] == 423
    assert _headlines("做好本单位工作动态发布,全年发布相关信息71条。", year=2022)["proactive_total"] == 71
    # 目前…已: a count to date, not the year's (decision 2)
    assert "proactive_total" not in _headlines("(一)目前本单位已主动公开政府信息49条。", year=2011)
    # the outcomes of the applications after the intake are no proactive count
    got = _headlines(
        "2022年,我局在某县人民政府网站主动公开信息416条。\n(二)依申请公开方面。全年共收到依申请公开0件,公开0件,"
        "不予公开0件。",
        year=2022,
    )
    assert got["proactive_total"] == 416
    assert got["applications_received"] == 0


def test_wild8_intake_fee_and_case_wordings():
    # the template's long object of an intake count
    got = _headlines("受理公民、法人和其他组织向市政府及市政府办公室提出的政府信息公开申请5件,均已答复。", year=2021)
    assert got["applications_received"] == 5
    # an excerpt cut inside the negation, its object already named (decision 8)
    assert _headlines("(二)依申请公开情况\n本年度我局未收到信息公开申", year=2020)["applications_received"] == 0
    # a heading closed by 。 and answered 无 on its own line
    got = _legacy("5、因政府信息公开申请行政复议、提起行政诉讼的情况。\n无。")
    assert got["headline.review_total"] == 0 and got["headline.suit_total"] == 0
    # no fee item, no fee situation; a section named 相关费用情况
    assert _legacy("五、政府信息公开的收费及减免情况\n我局没有任何信息公开的收费项目。")["headline.fees_collected"] == 0
    assert _legacy("四、2011年本局没有政府信息公开收费情况。", year=2011)["headline.fees_collected"] == 0
    got = _legacy("三、政府信息公开相关费用情况\n严格执行有关规定,没有收取申请人任何费用。", year=2010)
    assert got["headline.fees_collected"] == 0
    got = _legacy("四、政府信息公开的收费及减免情况\n没有向申请人收费的情况,未产生诉讼相关的费用支出。", year=2016)
    assert got["headline.fees_collected"] == 0
    # the cost of a lawsuit is no fee; a negation of something else in another clause is none either
    got = _legacy("六、政府收支情况\n由于未发生行政复议案,因此未发生与诉讼(行政复议、行政申诉)有关的费用。", year=2010)
    assert "headline.fees_collected" not in got
    got = _headlines("5条属于其他不存在信息,申请内容主要集中在物业收费、项目立项等方面。", year=2025)
    assert "fees_collected" not in got


def test_wild8_legacy_outcomes():
    # information withheld from proactive disclosure is no refused application (decision 9)
    got = _legacy(
        "2014年共制作、获取政府信息614 条,其中主动公开29条,不予公开583条;受理政府信息公开申请2条。", year=2014
    )
    assert got["headline.proactive_total"] == 29
    assert "legacy.prose.denied" not in got
    got = _legacy("在已经答复的0件申请中:“同意公开”的0件。\n“非本机关掌握”的0件,占总数的0%。", year=2009)
    assert got["legacy.prose.not_this_agency"] == 0


def test_wild9_wordings():
    # the year's new count inside a running total (decision 2)
    got = _headlines(
        "2020年累计主动公开政府信息275条,全文电子化率100%,其中,本年度新增的主动公开政府信息32条。", year=2020
    )
    assert got["proactive_total"] == 32
    # the information published, by how it is disclosed; the platforms after it do not make it null
    got = _headlines(
        "全区各部门通过某区人民政府门户网站发布信息4583条,其中主动公开各类政府信息2107条,市政府网站共采用672条;"
        "通过某某发布微博发布各类信息6012条。",
        year=2022,
    )
    assert got["proactive_total"] == 2107
    # a bracketed note between the object and the count; not a note that says what the count holds
    assert _headlines("2014年度共主动公开政府信息(综合政务类)287条。", year=2014)["proactive_total"] == 287
    # parts after 内容包括, and parts run on over sentences closed by ;
    got = _headlines("2023年,某街道通过网站公开信息346条,内容包括日常工作情况240条、法定主动公开内容36条。", year=2023)
    assert got["proactive_total"] == 346
    got = _headlines(
        "2011年,厅公众服务网共公开政府信息1170条,其中机构职能栏目共公开信息10条;规范性文件栏目共公开信息296条;"
        "业务工作栏目共公开信息685条。",
        year=2011,
    )
    assert got["proactive_total"] == 1170
    # 编发 / 采集、发布、修订 count information; 各类解读信息 does not
    got = _headlines("2021年,省统计局共编发各类信息1555条,发布各类解读信息123条。", year=2021)
    assert got["proactive_total"] == 1555
    assert _headlines("《某统计信息网》全年共采集、发布、修订信息616条。", year=2016)["proactive_total"] == 616
    assert "proactive_total" not in _headlines("全年发布各类解读信息123条。", year=2021)
    # intake wordings: 新受理 opening a sentence, 接受, 依申请公开数
    assert _headlines("2022年新受理161件,2021年结转7件,共办结168件。", year=2022)["applications_received"] == 161
    assert _headlines("全年接受政府信息公开申请98件,均已答复。", year=2020)["applications_received"] == 98
    assert _headlines("三、依申请公开政府信息情况\n全年依申请公开数0件。", year=2017)["applications_received"] == 0
    # cases: 项, 不存在, the second count of a pair
    assert _headlines("2020年,我县涉及信息公开行政复议1项,纳入结果纠正范围。", year=2020)["review_total"] == 1
    got = _headlines("受理政府信息申请公开0件。不存在因申请政府信息公开引起的行政复议和行政诉讼等情况。", year=2022)
    assert got["review_total"] == 0 and got["suit_total"] == 0
    got = _headlines("全区共受理依申请公开1137件。全区本年度有12件行政复议案件,15件行政诉讼案件。", year=2023)
    assert got["review_total"] == 12 and got["suit_total"] == 15
    # no 行政事业性收费 item is no disclosure fee
    got = _headlines("目前,没有行政事业性收费项目,没有关于政府信息公开的行政诉讼和行政复议情况。", year=2021)
    assert "fees_collected" not in got


def test_prose_sentences_in_a_table_region_are_prose_and_no_cells():
    from conftest import CORPUS

    from extract import extract_path

    # wild9/o05: table 3's region opens on the sentence 全年新收政府信息公开申请数量0件,上年结转…。 and runs on
    # into table 1; its numbers are prose, not table 3's cells
    report = extract_path(CORPUS / "wild9" / "o05.txt")
    assert report.fields["headline.applications_received"].value == 0
    assert report.fields["headline.applications_received"].source != "table"
    assert not any(k.startswith("t3.") for k in report.fields)


def test_wild10_wordings():
    # intake wordings: a long list of channels before 申请, a count before a long object, 依申请公开请求
    got = _headlines("2024年度,我镇收到当面申请、电子邮件、传真、信函、和其他形式的政府信息公开申请0条。", year=2024)
    assert got["applications_received"] == 0
    got = _headlines("2022年度本局接到4起针对本部门有关政府信息公开的申请,已全部予以公开。", year=2022)
    assert got["applications_received"] == 4
    got = _headlines("2024年,我镇依申请公开请求9件,其中网络平台收到3件,线下邮件收到1件。", year=2024)
    assert got["applications_received"] == 9
    # a list of what did not happen negates the applications too; 申请行政复议 alone does not
    got = _headlines("我局主动公开政府信息15条;未有受理信息公开申请、行政复议、诉讼和申诉情况。", year=2022)
    assert got["applications_received"] == 0
    assert "applications_received" not in _headlines("全年未出现申请行政复议、提起行政诉讼的情况。", year=2022)
    # what is counted after the count: 人大代表建议 are no disclosure
    assert "proactive_total" not in _headlines("年内公开40件人大代表建议、政协提案办理情况。", year=2025)
    # a report's outline 等五项内容 counts no cases; 项 counts them after digits only
    got = _headlines(
        "内容包括:总体情况、政府信息公开相关行政复议及行政诉讼情况、现存问题与改进举措等五项内容。", year=2025
    )
    assert "suit_total" not in got
    # two kinds of information in one object, and the stated sum of several kinds
    got = _headlines(
        "截至2017年底,我局共公布政府信息、工作动态信息128余条。其中:政府网站公开政府信息数46条。", year=2017
    )
    assert got["proactive_total"] == 128
    got = _headlines(
        "通过政务信息公开网主动公开发布基础信息135条,主动公开发布重大建设项目领域信息5条,水利领域信息81条,合计共221条。",
        year=2025,
    )
    assert got["proactive_total"] == 221


def test_review_findings_of_the_sixth_session():
    # 不存在 negates a case only on its own, not 信息不存在 nor across a comma
    got = _headlines(
        "三、依申请公开\n对申请公开的信息不存在的,依法书面告知申请人,并告知其申请行政复议或提起行政诉讼的权利。"
    )
    assert "review_total" not in got and "suit_total" not in got
    got = _headlines("2022年,我局收到政府信息公开申请3件,其中1件因信息不存在,申请人不服提起行政复议。", year=2022)
    assert "review_total" not in got
    # a 其中…; sentence that is no list of information counts does not make the next one a part
    got = _headlines(
        "2022年,我局召开新闻发布会5场,其中主要负责人出席3场;通过门户网站主动公开政府信息1200条。", year=2022
    )
    assert got["proactive_total"] == 1200
    # a count after an intake in one sentence is still the proactive count when it names information
    got = _headlines("2022年,我局共收到政府信息公开申请5件,通过门户网站公开政府信息320条。", year=2022)
    assert got["proactive_total"] == 320
    # loose objects (相关信息, 等方面信息) never beat the year's stated count; one kind's 发布总数 is none
    got = _headlines("围绕疫情防控,我局主动公开相关信息35条。全年主动公开政府信息350条。", year=2022)
    assert got["proactive_total"] == 350
    got = _headlines("2022年,我局主动公开预算、决算、三公经费等方面信息12条。全年主动公开政府信息350条。", year=2022)
    assert got["proactive_total"] == 350
    assert "proactive_total" not in _headlines("2022年,我局疫情防控信息发布总数为120条。", year=2022)
    # 编发政务信息 is reporting to superiors; an SMS warning is no disclosure
    got = _headlines("全年编发政务信息56条,被市政府办公室采用12条。通过门户网站主动公开政府信息320条。", year=2022)
    assert got["proactive_total"] == 320
    assert "proactive_total" not in _headlines("汛期通过应急短信平台向群众发送预警,全年共发送12000条信息。", year=2022)
    # a list of parts ends where a second platform is named; a stated sum is no part
    got = _headlines(
        "在门户网站发布信息120条,具体包括工作动态80条、通知公告40条,在微信公众号发布信息80条,合计主动公开政府信息200条。",
        year=2022,
    )
    assert got["proactive_total"] == 200
    # fee negations must be about disclosure; a combined negation with 收费 still counts
    assert "fees_collected" not in _headlines("开展涉企收费专项检查,检查单位56家,未发现违规收费行为。", year=2022)
    assert "fees_collected" not in _headlines("公开涉企收费目录清单,我县无涉企行政收费项目。", year=2022)
    got = _legacy("2012年,我镇未发生因政府信息公开引起的行政复议、行政诉讼及收费情况。")
    assert got["headline.fees_collected"] == 0
    # applications to obtain information are applications: their 不予公开 is a refusal (decision 9)
    got = _legacy("2012年,公民、法人和其他组织申请获取政府信息12件,其中同意公开8件,不予公开2件。")
    assert got["legacy.prose.denied"] == 2
    # 项 only right after the word
    got = _headlines("四、行政复议和行政诉讼情况\n2022年,我局规范政府信息公开行政复议、行政诉讼应诉等3项工作流程。")
    assert "review_total" not in got and "suit_total" not in got
    # another year's intake is not the year's
    got = _headlines("三、收到和处理申请情况\n与上年相比,2021年新受理120件,2022年新受理161件,增长34%。", year=2022)
    assert got["applications_received"] == 161
    # a note that makes the count all-time; 目前…已 within the year
    got = _headlines("2022年,我局主动公开政府信息(历年累计)5230条,本年度主动公开政府信息320条。", year=2022)
    assert got["proactive_total"] == 320
    assert _headlines("今年以来,我局目前已主动公开政府信息1200余条。", year=2022)["proactive_total"] == 1200


def test_wild11_wordings():
    # a stated sum that holds last year's carry-over is not the intake
    got = _headlines("2022年,共收到政府信息公开申请58件,上年结转3件,共计61件。目前依法办结59件。", year=2022)
    assert got["applications_received"] == 58
    # the stated sum of the year's channels still is (收到群众网上申请105件,快递17件,合计122件)
    got = _headlines("本年度共收到群众网上申请105件,快递17件,合计122件。", year=2022)
    assert got["applications_received"] == 122
    # 办结 before a bare 依申请公开 counts answers (decision 3)
    got = _headlines("2023年全市共办结依申请公开820件,34件结转到2024年度继续办理。", year=2023)
    assert "applications_received" not in got


def test_second_review_findings_of_the_sixth_session():
    # a catalogue of 依申请公开事项 is no intake; service-hall applications are none either
    assert "applications_received" not in _headlines("进一步梳理依申请公开事项21个,编制完成事项清单。")
    got = _headlines("全年政务服务大厅共受理企业和群众线上线下提交的行政许可、公共服务等各类事项办件申请56789件。")
    assert "applications_received" not in got
    assert "applications_received" not in _headlines("全年共受理356件行政许可及政务服务事项的办理申请。")
    # …while a disclosure 办件 count is an intake
    got = _headlines("收到向区政府及政府办申请的政府信息公开办件46件,所有办件均妥善处理。", year=2020)
    assert got["applications_received"] == 46
    # kinds of information summed with 共计 and no other count are not the year's total
    got = _headlines("(一)主动公开情况\n全年在门户网站发布招聘考试信息、招标采购信息,共计12条。")
    assert "proactive_total" not in got
    # a year inside the object does not make the intake another year's
    assert _headlines("全年共收到群众申请公开2019年征地补偿方案的申请2件。")["applications_received"] == 2
    # 案件共计N项
    assert _headlines("本年度发生政府信息公开行政复议案件共计2项。")["review_total"] == 2


def test_a_count_of_one_kind_of_information_when_the_report_counts_nothing_else():
    # decision 1: the one account the report gives of the year's disclosure
    got = _headlines("在政府政务公开平台中主动公开财政信息147条,其中机构职能类2条、政策文件类8条。")
    assert got["proactive_total"] == 147
    assert _headlines("2019年,共主动公开政府本级信息60条,其中工作动态45条。")["proactive_total"] == 60
    # another platform's count, another kind beside it, or the rest of other counts: no total
    assert "proactive_total" not in _headlines(
        "2019年县政府门户网站共发布卫生健康信息493条,某某卫生健康微信公众号发布信息622条。"
    )
    assert "proactive_total" not in _headlines("2019年,通过官方网站发布政务类信息34条,概况类信息150条。")
    assert "proactive_total" not in _headlines("今年共公开县政府文件39件,发布政策解读195件,公开其他各类信息16057条。")
    # a kind after the total is a part of it, not a second count
    got = _headlines("全年共主动公开政府信息434条。主动公开的信息包括概况信息1条、规范性文件3条。")
    assert got["proactive_total"] == 434


@pytest.mark.parametrize(
    "tail,review,suit",
    [
        # the excerpt ends inside a negation whose words already name the case (decision 8)
        ("五、行政复议和行政诉讼情况\n2019年,未发生针对我局有关政府信息公开事务的行政复", 0, None),
        ("五、行政复议和行政诉讼情况\n2019年,我局没有因政府信息公开工作而被申请行政复议或被提起", 0, 0),
        ("三、依申请公开情况\n2019年未收到申请,未发生因政府信息公开工作引发投诉、申请行政复议或提起行政", 0, 0),
        # cut before naming any case: none, whatever the heading above says
        ("四、复议和诉讼情况\n2019年,某街道未发生与政府信息公开", None, None),
    ],
)
def test_a_negation_cut_off_by_the_excerpts_end(tail, review, suit):
    got = _headlines("2019年主动公开政府信息5条。\n" + tail)
    assert (got.get("review_total"), got.get("suit_total")) == (review, suit)
    # the same words closed by 。 inside the text are not cut off: the normal rules read them
    closed = _headlines("2019年主动公开政府信息5条。\n" + tail + "的情况。\n六、其他需要报告的事项\n无。")
    assert closed.get("suit_total") is None or suit == 0


def test_review_findings_of_the_seventh_session():
    # the second kind of two in one sentence, or two kinds with the same count: no total
    assert "proactive_total" not in _headlines("全年发布工作动态信息120条,主动公开财政信息147条。")
    assert "proactive_total" not in _headlines("主动公开财政信息20条。主动公开人事信息20条。")
    # 未经 / 尚未 / 未来 are no negation of cases, even cut off by the excerpt's end
    got = _headlines("2019年主动公开信息5条。\n本年度因政府信息公开被申请行政复议1件(尚未审结)、行政诉")
    assert got.get("suit_total") is None


def test_a_long_run_of_joining_words_is_read_in_linear_time():
    from extract.prose import _TOPICAL_OBJECT

    assert _TOPICAL_OBJECT.fullmatch("财政信息" + "共计" * 40 + "了") is None


def test_wild14_wordings():
    # the outcomes of the applications, after 办理结果, are no proactive count
    got = _headlines("全年共收到政府信息公开申请102件。从办理结果来看,公开42件,不予公开3件。")
    assert "proactive_total" not in got and got["applications_received"] == 102
    # 项 counts the information disclosed only right after 信息 (not a catalogue's 2045项 of entries)
    got = _headlines("编制标准目录,对2045项应主动公开事项逐一明确。全年累计公开政府信息2874项,其中政策文件29项。")
    assert got["proactive_total"] == 2874
    assert "proactive_total" not in _headlines("梳理主动公开事项120项,编制公开清单。")
    # a small body's one account of what it disclosed may count documents (文件, 公文)
    assert _headlines("2019年主动公开文件17件。主动公开政府信息的主要类别包括机构介绍。")["proactive_total"] == 17
    got = _headlines("2019年,我办通过市人民政府政务信息公开网站发布公文共计19件。")
    assert got["proactive_total"] == 19
    # ...not where the paragraph counts other things it published, nor 文件 issued without 主动
    got = _headlines("依托市政府门户网站发布主动公开文件111份,以市政府名义发布政府规章14部、行政规范性文件26件。")
    assert "proactive_total" not in got
    assert "proactive_total" not in _headlines("2019年,我局制发文件17件。")
    # a case in brackets that the report says is not about disclosure does not count
    got = _headlines("没有发生公开事务的行政复议、行政诉讼(1件诉讼不涉及)。")
    assert (got.get("review_total"), got.get("suit_total")) == (0, 0)


def test_wild15_wordings():
    # 准予公开0件 is an outcome of the applications, not the proactive count
    got = _headlines("全年共通过网站主动公开政府信息86条。\n2019年我局收到政府信息公开申请0件,准予公开0件。")
    assert got["proactive_total"] == 86
    # 微信公众号等新媒体 is one kind of platform: with the website counted apart, two channels and no total
    got = _headlines("2019年度,通过“某某文旅”微信公众号等新媒体发布信息数682条。在局官方网站主动公开信息259条。")
    assert "proactive_total" not in got
    # the key areas' information is a part of the disclosure, not all of it
    assert "proactive_total" not in _headlines("一是发布市场监测月报350期;二是重点领域共发布信息19条。")
    # N类M条 after a list of kinds counts every kind listed
    got = _headlines("2019年,主动公开计划总结、工作动态、文件解读、公示公告信息4类46条,其中计划总结信息1条。")
    assert got["proactive_total"] == 46


def test_wild16_wordings():
    # a list of kinds may name how many areas it covers (26个重点领域): no count of its own
    got = _headlines("全年通过县政府门户网站公开重大战略部署、“双一号工程”及26个重点领域等方面信息7965条。")
    assert got["proactive_total"] == 7965
    # the site's update counts and a column's service items are no second platform
    got = _headlines("通过政府网站发布信息2484条,概况类信息更新量584条,信息公开目录信息更新量1756条。")
    assert got["proactive_total"] == 2484
    got = _headlines("在区政府网站主动公开各类信息30447余条。在区门户网站专栏内累计发布政务服务事项1177条。")
    assert got["proactive_total"] == 30447
    # 公开数量为26条: the count of what was disclosed
    assert _headlines("2019年我镇政务公开平台公开数量为26条,其中机构职能2条。")["proactive_total"] == 26
    # 通过其他公开…100余条 is the rest of the channels: one count among several, no total
    got = _headlines(
        "2019年,我镇通过政务网主动公开政府信息共38条,通过政务微信公开政府信息900余条;通过其他公开政府信息100余条。"
    )
    assert "proactive_total" not in got
    # applications: a count handled before its object, the verb after the object, 依申请公开办件
    assert _headlines("规范答复内容,按时办理3件依申请公开。")["applications_received"] == 3
    assert _headlines("2019年以来,某街道办事处政府信息公开申请受理1条。")["applications_received"] == 1
    assert _headlines("2019年某街道收到依申请公开办件0条,与去年相比减少4条。")["applications_received"] == 0
    # 政务服务办件 are no disclosure applications
    assert "applications_received" not in _headlines("2019年政务服务大厅收到办件申请3000件。")


def test_wild17_wordings():
    # a platform as the subject of the clause before ties the count to it: two platforms, no total
    got = _headlines(
        "2019年,市人民政府网站发布政府信息共17076条。2019年,市政府微信公众号保持每日更新,共发布信息1193条。"
    )
    assert "proactive_total" not in got
    # what is counted follows the count (公开了2件规章): no information count
    got = _headlines("2019年,我市公开了2件规章,备案审查行政规范性文件15件。")
    assert "proactive_total" not in got
    # kinds listed after a count over several channels are no per-channel counts
    got = _headlines(
        "2019年,通过市政府门户网站、“某某发布”等政务新媒体主动公开各类政府信息9400余条,"
        "发布更新政策文件、规划统计等信息2100余条、解读回应信息460余条。"
    )
    assert got["proactive_total"] == 9400


def test_review_findings_of_the_eighth_session():
    import time

    # documents reviewed or cleaned up are no disclosure count
    assert "proactive_total" not in _headlines("严格落实保密审查制度,全年共审核主动公开文件45件,未发现泄密问题。")
    assert "proactive_total" not in _headlines("全年清理主动公开文件23件。")
    # catalogue entries counted in 项, a service platform's guides
    assert "proactive_total" not in _headlines("编制完善政府信息公开目录,梳理应主动公开的政府信息56项。")
    assert "proactive_total" not in _headlines("我局办事指南在政务服务平台公开数量为1235条。")
    # 围绕重点领域 frames the year's count; it is no key-area part
    assert _headlines("全年围绕重点领域主动公开政府信息120条。")["proactive_total"] == 120
    # a second platform's count with 更新 as its verb still makes two platforms
    got = _headlines("全年通过门户网站主动公开政府信息356条,通过微信公众号更新信息120条。")
    assert "proactive_total" not in got
    # 不涉及 after a count, outside a bracket, is about another case
    assert _headlines("2019年,因政府信息公开被申请行政复议1件,不涉及行政诉讼。")["review_total"] == 1
    # the 项 test reads joining words in linear time
    started = time.perf_counter()
    _headlines("全年主动公开政府信息" + "共计" * 26 + "x事项1项。")
    assert time.perf_counter() - started < 2.0


def test_second_review_findings_of_the_eighth_session():
    # 应 and 审查 only where they make the count one of items due or checked
    assert _headlines("在门户网站和移动应用端主动公开政府信息356项。")["proactive_total"] == 356
    assert _headlines("及时回应社会关切主动公开政府信息120项。")["proactive_total"] == 120
    assert _headlines("2019年经保密审查后主动公开文件45件。")["proactive_total"] == 45
    # a key area named after a marker or a list is still a part
    assert "proactive_total" not in _headlines("二是在重点领域共发布信息19条。")
    assert "proactive_total" not in _headlines("在财政、教育等重点领域共发布信息219条。")
    # a note that the cases are not about disclosure drops them
    assert "suit_total" not in _headlines("2019年度发生行政诉讼2件(均不涉及政府信息公开)。")
    assert "review_total" not in _headlines("2019年,我局被申请行政复议1件,该案不涉及政府信息公开。")


def test_ninth_session_wordings():
    # the body's own information named by 我镇 is all of it
    got = _headlines(
        "全年利用镇政府门户网站和微信公众号等公开载体,主动公开我镇政府信息3548条。此外,在数据开放平台发布数据总量2236条。"
    )
    assert got["proactive_total"] == 3548
    # three channels in one sentence joined by 、, each counted: no total
    text = "2019年,在旗政府网站主动公开各类信息217条、微信公众号主动公开各类信息308条、旗三务公开网站主动公开各类信息146条。"
    assert "proactive_total" not in _headlines(text)
    # 频道 is a platform too: one per platform, no total
    text = "2019年,某局在本单位频道主动公开政府信息787条。在政府信息公开目录系统主动公开政府信息482条。"
    assert "proactive_total" not in _headlines(text)
    # (a count of kinds inside the clause does not end the platform before it)
    got = _headlines(
        "全年通过县政府门户网站公开省市县重大战略部署、“双一号工程”及26个重点领域等方面信息7965 条,归集整理规划8个。"
    )
    assert got["proactive_total"] == 7965
    # the year's new count in brackets after an all-time one
    assert _headlines("2019年,某街道累计公开信息8775条(2019年新增388条)。")["proactive_total"] == 388
    # 推送 across every channel named is the year's count
    assert _headlines("全年在微信公众号、门户网站推送信息280余篇,专题专栏1次。")["proactive_total"] == 280
    assert "proactive_total" not in _headlines("全年在微信公众号推送信息280余篇。")


def test_ninth_session_applications():
    # a year-by-year comparison: the other years' counts are not the report year's
    text = "依申请公开历年数据对比来看,2017年办理政府信息公开申请1件,2018年办理3件,2019年办理4件。2019年共办理答复政府信息公开申请4件,主要涉及施工许可。"
    assert _headlines(text)["applications_received"] == 4
    # a count printed without its unit before the comma
    assert _headlines("2019年共收到信息公开申请6,我局均已按规定回复办结。")["applications_received"] == 6
    # (not a year or a document number)
    assert "applications_received" not in _headlines("2019年收到申请2019年度的材料。")


def test_wild20_wordings():
    # 答复 in a list of the year's work does not make the count an answer's
    text = "扎实做好主动公开、政策解读、依申请公开答复等工作,围绕林业工作发展,全年累计主动公开政府信息56条,重点围绕涉林政策。"
    assert _headlines(text)["proactive_total"] == 56
    assert "proactive_total" not in _headlines("根据答复情况来看,已主动公开或同意公开的69件。")
    # 全年 bounds a running total to the year, 截至目前 before it or not
    assert _headlines("截至目前,全年累计发布信息369条,涵盖乡党委政府各个阶段主要工作动态。")["proactive_total"] == 369
    assert "proactive_total" not in _headlines("截至目前,我局累计发布信息3690条。")
    # the year between the object and its count
    got = _headlines("我局按要求定期主动公开政府信息2019年全年共计6条,历年累计978条,内容涉及森林火险预警。")
    assert got["proactive_total"] == 6
    # a list of fields closed by 等多领域 names every kind
    text = "通过门户网站、微信公众号等形式,公开重大项目、经济运行、价格管理等多领域信息2000余条。"
    assert _headlines(text)["proactive_total"] == 2000
    # letters a mailbox answered and shown are no disclosure count
    assert "proactive_total" not in _headlines("三是优化举措,领导信箱办件71件,办结71件,选登公开28件。")
    # the channels' stated sum in brackets after 主动公开政府信息
    text = "2019年,我局主动公开政府信息(网站、微信共965条,通过政府网站发布信息490条,通过微信发布信息475条)。"
    assert _headlines(text)["proactive_total"] == 965
    # (a list of channels counted beside the site is still another platform)
    text = "本年度通过门户网站主动公开政府信息43条,通过报刊、电视、政务微信等媒体新闻发布形式主动公开政府信息285条。"
    assert "proactive_total" not in _headlines(text)


def test_wild20_applications():
    # a petitions office's own name is no petition
    assert _headlines("2019年,市信访办收到政府信息公开申请4件,全部办结。")["applications_received"] == 4
    assert "applications_received" not in _headlines("2019年,收到信访件中涉及政府信息公开申请4件。")
    # applications made through a channel, 申请 the verb
    assert _headlines("通过信息公开平台申请0件,转办0件。")["applications_received"] == 0


def test_review_findings_of_the_ninth_session():
    # the year's strip reads a run of 共计 in linear time
    started = time.perf_counter()
    _headlines("主动公开政府信息2019年" + "共计" * 30 + "的12条。")
    assert time.perf_counter() - started < 2.0
    # one way of applying among several, or a registry platform, is no intake count
    assert "applications_received" not in _headlines("其中通过网上申请12件,通过信函申请3件。")
    assert "applications_received" not in _headlines("全年通过不动产登记平台申请120件,均已办结。")
    # a hotline or mailbox among the channels does not hide the count
    assert _headlines("全年通过门户网站、微信公众号、政务热线等多种渠道主动公开1563条。")["proactive_total"] == 1563
    assert _headlines("开通领导信箱、政务热线,全年通过政府网站共主动公开1563条。")["proactive_total"] == 1563
    assert "proactive_total" not in _headlines("局长邮箱办件71件,办结71件,选登公开28件。")
    # answers three clauses back still make the count an answer's; a work item with 答复 does not
    assert "proactive_total" not in _headlines("从答复情况来看,全年办结的申请中,已主动公开或同意公开的9件。")
    text = "扎实做好依申请公开答复、政策解读等工作,全年累计主动公开政府信息56条。"
    assert _headlines(text)["proactive_total"] == 56
    # a year in passing before the intake is no other year's count
    assert (
        _headlines("本机关依照2019年修订的《条例》受理政府信息公开申请12件。", year=2020)["applications_received"] == 12
    )
    # a count of tasks does not end the platform: two platforms, no total
    text = "在县政府网站围绕10件民生实事主动公开信息120条。在微信公众号发布信息50条。"
    assert "proactive_total" not in _headlines(text)
    # text messages pushed are no disclosure
    assert "proactive_total" not in _headlines("通过短信、微信等方式向群众推送信息28000条。")
    # variants of the session's wordings
    assert _headlines("2019年,累计公开信息8775条(其中2019年新增388条)。")["proactive_total"] == 388
    assert _headlines("2019年共办理并答复政府信息公开申请4件。")["applications_received"] == 4
    assert _headlines("2019年,县信访中心收到政府信息公开申请4件。")["applications_received"] == 4


def test_wild21_wordings():
    # counts by category (通知公告类, 政府会议信息) are kinds with no total
    text = "民政公益事业类信息公开58件,建议提案类信息公开37件,通知公告类公开19件,政府会议信息公开14件,政府采购信息公开26件。"
    assert "proactive_total" not in _headlines(text)
    assert _headlines("2019年,我局政府信息公开120条。")["proactive_total"] == 120


def test_dev_wordings_of_the_ninth_session():
    # a viewing place is a channel, not a count of views
    text = "某市2019年通过政府网站、信息查阅场所等公开信息35829条。其中,通过市人民政府门户网站公开政府信息4541条。"
    assert _headlines(text)["proactive_total"] == 35829
    assert "proactive_total" not in _headlines("全年政府信息查阅2000余人次,查阅信息300条。")
    # what a platform published, by how it was disclosed
    text = "2019年,政府信息公开网共发布信息3603条,主动公开3054条,依申请公开141条,不予公开408条。"
    assert _headlines(text)["proactive_total"] == 3054
    # a site's update count of all its information (not of one column)
    assert _headlines("加大主动公开力度,区政府网站全年更新各类政府信息967条。")["proactive_total"] == 967
    assert "proactive_total" not in _headlines("区政府网站全年更新专题栏目信息967条。")
    # a dozen kinds listed before the count, 行政许可 and 行政处罚 among them, then 等…领域信息
    text = (
        "2019年,我局依托本局网站,主动公开机构职能、动态要闻、建议提案办理、政策文件、行政许可、行政处罚、行政权力事项及清单、"
        "公共服务事项及清单、城市供水企业、城市公园管理单位、城镇供水水质抽样监测、桥隧设施管养等城市管理领域信息总计631条。"
    )
    assert _headlines(text)["proactive_total"] == 631
    assert "proactive_total" not in _headlines("全年办理行政许可、行政处罚等事项信息公开631条。")


def test_wild22_wordings():
    # parts after 其中: printed with 公布, closed by ;
    text = "累计主动公开信息62条,其中:公布机构职能的概况信息1条;公布人事公开信息3条;公布局本级部门预算等资金信息3条。"
    assert _headlines(text)["proactive_total"] == 62
    # the object after the count
    assert _headlines("2019年,我局共主动公示84条信息,其中通过区政府门户网站20条。")["proactive_total"] == 84
    # what the body disclosed named before 主动公开数
    text = "2019年我镇对需要公众参与决策的政府信息主动公开数为2918条。其中:通过微信公众号2155条。"
    assert _headlines(text)["proactive_total"] == 2918
    # 面向社会公开了各类信息, then the stated sum
    text = "坛厂街道通过市人民政府网、公开栏等形式面向社会公开了各类信息,共计100余条。"
    assert _headlines(text)["proactive_total"] == 100
    # the applicants between the verb and the count
    assert _headlines("2019年共收到社会各界4宗政府信息公开申请,均通过网上申请。")["applications_received"] == 4


def test_second_review_findings_of_the_ninth_session():
    # key areas' information after 等 is one part, not every kind: another count of the year wins
    # (thirteenth session: alone, it is the report's one account, as the gold of wild32/k08, wild37/a07
    # and wild40/u02 reads it; a second kind counted beside it leaves no total, wild5/y09)
    got = _headlines("全年主动公开政府信息350条。主动公开财政预决算、重大项目、公共资源配置等重点领域信息50条。")
    assert got["proactive_total"] == 350
    got = _headlines("主动公开行政许可、行政处罚、行政强制等重点领域信息50条;主动公开动态信息38条。")
    assert "proactive_total" not in got
    assert _headlines("主动公开行政许可、行政处罚、行政强制等重点领域信息50条。")["proactive_total"] == 50
    # disclosed by category (分类公开) is all of it
    assert _headlines("我局分类公开政府信息120条。")["proactive_total"] == 120
    assert _headlines("全年通过门户网站、微信公众号等平台分类公开政府信息120条。")["proactive_total"] == 120
    # one kind's publication count named before 总数 / 公开数 is no total
    assert "proactive_total" not in _headlines("本年度,疫情防控的信息发布总数为120条。")
    assert "proactive_total" not in _headlines("本年度,涉及重大建设项目的政府信息公开数为20条。")
    # an all-time platform count split by how it was disclosed is no year's count
    assert "proactive_total" not in _headlines("截至目前,网站共发布信息36030条,主动公开30540条,依申请公开1410条。")
    assert "proactive_total" not in _headlines(
        "自2008年以来,门户网站共发布信息36030条,主动公开30540条,依申请公开1410条。"
    )
    # a long comma-less lead-in does not reach the count with its blockers or years
    lead = "在持续深化行政审批制度改革" + "和不断优化营商环境与提升政务服务水平" * 5 + "的过程中依托区政府门户网站"
    assert _headlines(lead + "主动公开政府信息1200条。")["proactive_total"] == 1200
    # the object after the count is no application
    assert "proactive_total" not in _headlines("共主动公示84条信息公开申请答复。")
    # a comma-less sentence with 答复 stays fast
    started = time.perf_counter()
    _headlines("依申请公开答复" + "政务公开" * 2000 + "主动公开信息5条。")
    assert time.perf_counter() - started < 5.0


def test_charges_of_table_one_and_spending_are_no_disclosure_fees():
    # 行政事业性收费 is the body's charges (table 1), not a fee for disclosing information
    text = "2022年,我局主动公开信息10条,其中其他信息类1条,行政许可20件,行政事业性收费27.948692万元。"
    assert "fees_collected" not in _headlines(text, 2022)
    # money the body spent on disclosure is not a fee it collected (the review and suit stay 0)
    got = _headlines("无涉及政府信息公开实际支出费用,未出现因政府信息公开被申请行政复议、提起行政诉讼的情况。", 2022)
    assert "fees_collected" not in got and got["review_total"] == 0
    # a fee the office collected is still one
    assert _headlines("全年依申请公开收取信息处理费共计50元。", 2022)["fees_collected"] == 50


def test_nothing_carried_over_is_no_negation_of_the_years_applications():
    # wild29/w02, x09: 无结转至下一年度办理的申请 says nothing of the applications received
    got = _headlines("2025年全年共作出政府信息公开申请答复19件,均在法定期限内办结,无结转至下一年度办理的申请。", 2025)
    assert "applications_received" not in got
    got = _headlines("2024年,我局全年无政府信息公开申请结转办理情况。", 2024)
    assert "applications_received" not in got
    # a plain negation still reads 0
    assert _headlines("2024年,我局未收到政府信息公开申请。", 2024)["applications_received"] == 0


def test_the_years_new_applications_beat_a_total_that_holds_last_years():
    # wild29/w07: 共收到…3件。其中,上年结转申请1件,本年新收申请2件
    got = _headlines("2025年,共收到政府信息公开申请3件。其中,上年结转申请1件,本年新收申请2件,均已依法按期办结。", 2025)
    assert got["applications_received"] == 2
    # with no new count printed, the total stands
    assert _headlines("2025年,共收到政府信息公开申请3件,均已依法按期办结。", 2025)["applications_received"] == 3


def test_a_count_after_what_was_done_with_the_applications():
    # wild29/x02: 全年共收到并按时办结16件政府信息公开申请
    got = _headlines("2024年开展政府信息依申请公开工作,全年共收到并按时办结16件政府信息公开申请,保障了知情权。", 2024)
    assert got["applications_received"] == 16


def test_an_approximate_count_of_ten_thousands():
    # wild29/u03: 主动公开政府信息20余万条 → 200000 (an approximate count is read as its base)
    assert _headlines("2022年,主动公开政府信息20余万条。", 2022)["proactive_total"] == 200000
    assert _headlines("2022年,主动公开政府信息3多万条。", 2022)["proactive_total"] == 30000


def test_a_reviews_new_ones_are_no_applications():
    # (review) 被申请行政复议3件,其中,上年结转1件,本年新收申请2件: not the year's applications
    text = (
        "2023年某县人民政府政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
        "全年共收到政府信息公开申请5件,均已按期答复。\n四、政府信息公开行政复议、行政诉讼情况\n"
        "全年因政府信息公开被申请行政复议3件,其中,上年结转1件,本年新收申请2件。\n"
    )
    fields = extract_text(text).fields
    assert fields["headline.applications_received"].value == 5


def test_a_negation_of_new_applications_beside_carried_over_ones_still_reads_zero():
    assert _headlines("本年度无上年结转申请,也未收到新的政府信息公开申请。", 2023)["applications_received"] == 0
    assert _headlines("2023年,我局未收到上年结转和本年新收的政府信息公开申请。", 2023)["applications_received"] == 0


def test_a_number_does_not_run_over_a_line_break_into_ten_thousands():
    import re

    from extract.numbers import NUMBER_PATTERN, parse_amount

    assert re.match(NUMBER_PATTERN, "12\n多万").group() == "12"
    assert parse_amount("20余万") == 200000 and parse_amount("10.2 万") == 102000


@pytest.mark.parametrize(
    ("body", "new"),
    [
        # annotations/README.md, decision 10: the carried-over part inside the intake count is no new application
        ("2022年区政府收到政府信息公开申请36件(含2021年结转2件)。所有申请已全部办结。", 34),
        ("全年共受理依申请公开76件(含上年结转申请7件),均在法定期限内予以答复。", 69),
        ("全年收到政府信息公开申请30件(其中1件为上年度结转),办结30件。", 29),
        ("全区各行政机关共办理政府信息公开申请114件(含2019年结转18件),办结113件。", 96),
        # (the carried-over count after the object 依申请事项 is neither the intake nor kept whole)
        ("2022年,某区人民政府办理691条依申请事项(含上年结转31件),相较去年上涨17.52%。", 660),
        # beside the intake, not inside it: the intake stands
        ("2022年,共收到政府信息公开申请58件,上年结转3件,共计61件。", 58),
        ("2022年共收到政府信息公开申请208件(不含上年结转5件),其中已办结196件。", 208),
        # inside an outcome count (答复…(含上年结转)), not the intake's
        ("2022年共受理政府信息公开申请109件,答复108件(含上年度结转申请2件)。", 109),
    ],
)
def test_an_intake_count_holding_its_carried_over_part_gives_the_new_applications(body, new):
    assert _headlines(body, 2022)["applications_received"] == new


def test_the_new_applications_span_covers_the_intake_and_its_carried_over_part():
    text = (
        "2022年某县人民政府政府信息公开工作年度报告\n一、总体情况\n2022年收到政府信息公开申请36件(含2021年结转2件)。\n"
    )
    field = extract_text(text).fields["headline.applications_received"]
    assert field.value == 34
    assert text[field.span[0] : field.span[1]] == "36件(含2021年结转2件)"


def test_a_column_of_the_site_is_a_part_of_the_sites_count():
    # wild32/j01: a new column's count on the same site is no second platform (decision 1)
    got = _headlines(
        "通过某汇区政务网公开各类政府信息1469条。其中,政务动态信息1298条。新开设“政策解读”等专题专栏,发布专题信息28条。"
    )
    assert got["proactive_total"] == 1469
    # (a column of the website beside a count on 新媒体: two platforms, no total)
    got = _headlines(
        "一是通过县政府门户网站主动公开各类信息,重点领域信息栏目公开1915条。二是全县行政机关通过政务新媒体账号公开信息5994条。"
    )
    assert "proactive_total" not in got


def test_kinds_listed_as_including_are_every_kind():
    # wild32/i01: 包括…在内 / …等在内的信息 lists the kinds of the whole count
    got = _headlines(
        "2024年,通过政府网站主动公开机构职能、政策文件、常务会议等在内的信息428条;严格落实三同步原则。", 2024
    )
    assert got["proactive_total"] == 428


def test_wild33_proactive_wordings():
    # p01: a note of what is included (含…) inside the object does not cut the clause
    got = _headlines(
        "2023年依托政府门户网站及新媒体主动公开区政府(含区政府办公室)各类信息6452条,其中发布动态类信息2637条。", 2023
    )
    assert got["proactive_total"] == 6452
    # p08: 各类平台 is every platform; 回应…热点共计24条 answers, it discloses nothing
    got = _headlines("2024年通过各类平台发布信息共计12176条,回应公众关注热点共计24条。2024年,解读信息发布20条。", 2024)
    assert got["proactive_total"] == 12176
    # p03: 公开类信息 is all the information disclosed
    got = _headlines("全年通过区政府门户网站和政务新媒体累计发布公开类信息8300余条、发布政策解读11期。", 2023)
    assert got["proactive_total"] == 8300
    # (其他主动公开类信息4条 is the rest, one part)
    got = _headlines(
        "我区2025年度利用本单位门户网站主动公开政府信息188条,其中公益事业类信息127条;其他主动公开类信息4条。", 2025
    )
    assert got["proactive_total"] == 188


def test_a_smaller_column_count_is_a_part_of_its_sites_count():
    # wild33/p06: 信息公开类栏目 on the same site, fewer than the site's own count
    got = _headlines(
        "2023年,我县通过县政府门户网站主动公开各类政府信息5968余条。发布财政信息620条,"
        "人事、规划等其他类信息512条,信息公开类栏目共公开信息4245条。",
        2023,
    )
    assert got["proactive_total"] == 5968
    # (wild24/b08: a larger count in another outlet's column is a second platform: no total)
    got = _headlines(
        "2024年在某县政府门户网主动公开政府信息18条,其中工作动态6条。并积极主动在“今日某江”某乡子栏目公开发布信息88条。",
        2024,
    )
    assert "proactive_total" not in got


@pytest.mark.parametrize(
    ("body", "field", "value"),
    [
        # m02: 没有一件 is none, not one
        ("本年度没有一件因政府信息公开工作被申请行政复议、提起行政诉讼。", "review_total", 0),
        # p07: the new ones of an intake that holds carried-over ones, printed after 其中
        (
            "2025年本机关共受理政府信息公开申请15件,其中新收到14件,结转上年度办理1件,办结13件。",
            "applications_received",
            14,
        ),
        # w04: the two suit groups of table 4 in prose
        ("全年因政府信息公开共收到行政复议1件,维持结果1件;未经复议直接诉讼2件,复议后诉讼1件。", "suit_total", 3),
    ],
)
def test_wild33_application_and_case_wordings(body, field, value):
    assert _headlines(body, 2025)[field] == value


@pytest.mark.parametrize(
    ("body", "field"),
    [
        # p10: 十个流程 are steps of the work, no cases
        (
            "严格按照接受、登记、审核、做出答复、送达、行政复议和行政诉讼、存档十个流程规范办理依申请工作。",
            "review_total",
        ),
        (
            "严格按照接受、登记、审核、做出答复、送达、行政复议和行政诉讼、存档十个流程规范办理依申请工作。",
            "suit_total",
        ),
        # p03: 未经复议直接起诉 says how a suit was brought, it negates no review
        ("有1起2021年因政府信息公开工作引起未经复议直接起诉的行政诉讼案,审理结果为结果维持。", "review_total"),
        # m05: 未收到行政复议行政诉讼申请 is about reviews and suits, not disclosure applications
        (
            "(二)依申请公开情况\n2025年度未收到行政复议行政诉讼申请,尽职履行、依法保障公民的依申请公开权力。",
            "applications_received",
        ),
    ],
)
def test_wild33_wordings_that_state_no_figure(body, field):
    assert field not in _headlines(body, 2025)


def test_dev_proactive_wordings_of_the_twelfth_session():
    # an article's number (《条例》第五十条) counts nothing, so it is no second platform's count
    got = _headlines(
        "全年政务公开平台建设、监督保障(含《中华人民共和国政府信息公开条例》第五十条)情况良好。"
        "2021年我局通过某同市政府门户网站共发布公开信息86条,其中规章文件29条,部门动态44条。",
        2021,
    )
    assert got["proactive_total"] == 86
    # 主动公开区政府(含区政府办公室)信息: the government's own information, all of it
    got = _headlines("2022年依托门户网站主动公开区政府(含区政府办公室)信息2214条。其中,政务动态类信息848条。", 2022)
    assert got["proactive_total"] == 2214
    # three kinds or more, then 等共计: every kind (许可 and 处罚 among the kinds are no applications)
    got = _headlines(
        "通过某冶市人民政府信息公开网站主动公开规划信息、统计信息、许可服务、处罚强制、财政资金等共计94条。", 2025
    )
    assert got["proactive_total"] == 94
    # a second platform's count with a long listed object is still a second platform
    got = _headlines(
        "2024年,市某局网站发布信息1048条,其中,主动公开机构职能、政策文件等政府信息249条;"
        "微信公众号推送政策法规、就业创业、英烈褒扬等重点工作信息448条。在政策解读方面,网站发布解读材料15篇。",
        2024,
    )
    assert "proactive_total" not in got


@pytest.mark.parametrize(
    ("body", "field", "value"),
    [
        # wild34/q01: 起诉 names the suit in a negation
        ("2022年,我局收到政府信息公开申请3件。未发生政府信息公开行政复议、起诉。", "suit_total", 0),
        # wild34/s05: 均不涉及行政复议和行政诉讼 said of the year's applications
        ("全年受理依申请公开16件,全部办理完毕,均不涉及行政复议和行政诉讼。", "review_total", 0),
        ("全年受理依申请公开16件,全部办理完毕,均不涉及行政复议和行政诉讼。", "suit_total", 0),
        # wild34/q08: 未向申请人收费
        ("在履行政府信息公开工作职能过程中,均严格执行《条例》和相关规定,未向申请人收费。", "fees_collected", 0),
        # wild34/s04: the two suit groups with the first group's outcomes between, over a semicolon
        (
            "因政府信息公开发生行政复议3件,结果维持2件;未经复议直接起诉9件,结果维持5件,结果纠正4件;"
            "复议后起诉1件,尚未审结1件。",
            "suit_total",
            10,
        ),
    ],
)
def test_wild34_case_and_fee_wordings(body, field, value):
    assert _headlines(body, 2023)[field] == value


@pytest.mark.parametrize(
    ("body", "value"),
    [
        # applications counted by what they ask for, in the applications part
        ("(二)依申请公开情况。2024年依申请公开信息43条,涉及自然人42人,其中:按规定予以公开信息9条。", 43),
        ("2.依申请公开政府信息情况。2024年,我局依申请公开事项7项,其中含经营备案信息。", 7),
        ("综合办公室对领导介绍模块进行更新;依申请公开3次,行政复议0次,行政诉讼0次。", 3),
        ("2024年市地震局依申请公开信息办理0件。", 0),
        ("(二)依申请公开\n2024年我局依申请公开文件数0件。", 0),
        # a negation of applications after one of reviews and suits in the same sentence
        ("2024年,未发生任何针对本部门有关政府信息公开事务的行政复议和行政诉讼案件,未收到政府信息公开申请。", 0),
        # a long negated object
        ("2022年度未收到公民、法人或其他组织通过政府信息公开平台、传真、信函等形式的政府信息公开申请。", 0),
    ],
)
def test_applications_counted_by_what_they_ask_for(body, value):
    assert _headlines(body, 2024)["applications_received"] == value


@pytest.mark.parametrize(
    "body",
    [
        # the information made or published, sorted by how it was disclosed: no applications
        "全年共制作政府信息236条,其中主动公开信息数为158条;依申请公开信息数54条,不予公开信息数24条。",
        "2009年,我局主动公开信息734条,依申请公开信息12条,不予公开信息27条。",
        "全年公开规章类文件0条,公共服务类9条、其它信息526条、依申请公开信息0条,无行政复议。",
    ],
)
def test_information_sorted_by_how_it_was_disclosed_is_no_application_count(body):
    assert "applications_received" not in _headlines(body, 2009)


@pytest.mark.parametrize(
    ("body", "field", "value"),
    [
        # cases counted without 行政, after the reviews
        ("因政府信息公开工作涉及复议0件(其中2022年延续下来的0件),诉讼0件。", "review_total", 0),
        ("因政府信息公开工作涉及复议0件(其中2022年延续下来的0件),诉讼0件。", "suit_total", 0),
        # 条 as the unit of a count printed right after the word
        ("2022年某镇共收到依申请公开0件,行政复议0件,行政诉讼0条。", "suit_total", 0),
        # the heading names the cases, the next sentence says there were none
        ("(三)因政府信息公开申请行政复议、提起行政诉讼情况。\n本年度无此类情况。", "review_total", 0),
        ("2.因政府信息公开工作被申请行政复议、提起行政诉讼情况。\n市供销社不存在此类情况。", "suit_total", 0),
    ],
)
def test_case_wordings_of_the_twelfth_session(body, field, value):
    assert _headlines(body, 2022)[field] == value


def test_an_articles_number_is_no_case_count():
    assert "review_total" not in _headlines("依据《中华人民共和国行政复议法》第十二条办理。", 2022)


def test_the_reports_outline_counts_no_applications():
    # wild35/u05, wild26/l02: 收到和处理政府信息公开申请情况等六个部分 is the outline, not six applications
    got = _headlines(
        "本报告的全文主要包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等六个部分组成。"
        "2023年,我镇未收到政府信息公开申请。",
        2023,
    )
    assert got["applications_received"] == 0


def test_a_case_negation_ends_before_a_clause_that_counts():
    # wild35/w05: …未发生涉及政府信息公开投诉和行政诉讼案件,收到涉及政府信息公开的复议申请40件
    got = _headlines(
        "2013年,省政府及其部门未收到也未发生涉及政府信息公开投诉和行政诉讼案件,收到涉及政府信息公开的复议申请40件。",
        2013,
    )
    assert "review_total" not in got
    assert got["suit_total"] == 0


@pytest.mark.parametrize(
    ("body", "field"),
    [
        # a negation of fees, not of applications
        ("2 某市教育局依申请公开数据统计\n本年度未向公开权利人收取依申请公开的任何费用。", "applications_received"),
        # 无正当理由大量反复申请 is a label of table 3, no negation
        ("3.要求提供公开出版物\n0\n4.无正当理由大量反复申请\n0\n", "applications_received"),
        # a negation ends at its line, not in the next heading
        (
            "四、政府信息公开收费及减免情况\n2018年度我局没有收到政府信息公开申请\n"
            "五、因政府信息公开申请提起行政复议、行政诉讼的情况\n2018年度我局认真做好答复工作。",
            "suit_total",
        ),
    ],
)
def test_negations_that_are_about_something_else(body, field):
    assert field not in _headlines(body, 2018)


@pytest.mark.parametrize(
    ("body", "year", "value"),
    [
        # wild37/a07: the key areas listed are the year's scope, the one count of the year
        ("2022年,我镇围绕应急管理、土地管理、财政预决算等重点领域主动公开信息163条。", 2022, 163),
        # …but a count the year states outright wins
        (
            "2022年,我镇围绕应急管理、土地管理、财政预决算等重点领域主动公开信息163条。全年主动公开政府信息900条。",
            2022,
            900,
        ),
        # wild37/b05: kinds listed with 、 and 和, then 等
        ("全年发布全国、全区环境信息和全市环境工作信息等924条,发布政策解读3条。", 2024, 924),
        # wild37/f07: every channel (等多样化渠道), 超 before the count, the object after it
        ("依托区政府门户网站信息公开栏目、美篇平台等多样化渠道,累计发布超235条各类信息。", 2024, 235),
        # wild37/e01: 决策公开信息 is a kind published, and a bare count after a clause naming one kind's
        # disclosure is that kind's; the site's own count is the one account
        (
            "一是通过政府门户网站审核发布信息4885条,开展在线访谈8次。二是公开政府常务会议23次,发布决策公开信息2条;"
            "大力推进公共资源配置等领域信息公开,发布信息291条。",
            2022,
            4885,
        ),
        # wild37/e06: the parts of a count listed in a sentence of their own (内容涵盖…)
        (
            "区发改局依托区人民政府门户网站,累计主动公开各类政府信息140条。内容涵盖政策法规9条、部门文件1件、"
            "政策公开5条、价格监测52条。",
            2025,
            140,
        ),
        # 发布主动公开…信息 / 发布信息公开: the verb 公开 all the same (wild16/y08, wild20/l09, wild31/f10 kept)
        ("2022年,我镇发布主动公开政府信息7条,检索并删除错误信息4条。", 2022, 7),
        ("2025年全年共发布信息公开3545条,其中通过市财政局政府网站公开信息2193条。", 2025, 3545),
        ("全年共发布主动公开信息780条,政策解读类信息17条,回应关切类信息76条。", 2024, 780),
        # a site's parts listed after its count are no other platform (wild23/v02 kept)
        (
            "本年度我县主动在县政府网站上公布各类信息4648条,概况类信息54条、政务动态525条、政务公开目录信息2357条。",
            2022,
            4648,
        ),
        # news items other media used are no other disclosure platform (wild11/b07 kept)
        (
            "2023年在县政府信息公开门户网站公开发布信息121条。10篇被三类媒体采用(省人社厅用稿2篇、某狐网用稿1篇)。",
            2023,
            121,
        ),
    ],
)
def test_wild37_proactive_wordings(body, year, value):
    assert _headlines(body, year)["proactive_total"] == value


@pytest.mark.parametrize(
    "body",
    [
        # wild37/c04: the site, then the new media as one more platform (decision 1)
        "2022年通过官网发布信息3374条,其中动态信息2000条。通过微博、微信、抖音、快手、今日头条等发布信息1.42万条。",
        # wild37/f08: a public account opened in the year, then its count
        "2024年通过高新区网站公开信息311条。9月份开通高新区公众号,发布信息64条,订阅数224个。",
        # wild37/b04: a list of platform counts after the site's
        "2025年通过市政府门户网站发布各类政务信息34篇、某源融媒体17篇、学习强国3篇。",
    ],
)
def test_wild37_counts_of_several_platforms_give_no_total(body):
    assert "proactive_total" not in _headlines(body, 2024)


@pytest.mark.parametrize(
    ("body", "value"),
    [
        # wild37/c01: the body's own kind of information, a space before the unit
        ("全年主动公开各类财政信息6万余条;依申请公开财政信息43 件,均在规定期限内给予答复。", 43),
        # wild37/c02: 办理、规范答复 handles them (decision 3), less the carried-over ones (decision 10)
        ("2021年依法办理、规范答复政府信息公开申请151件(含上年结转13件)。", 138),
        # wild37/e07: counted in 项
        ("2021年,我局收到1项依申请公开事项。", 1),
    ],
)
def test_wild37_application_wordings(body, value):
    assert _headlines(body, 2021)["applications_received"] == value


def test_a_negation_of_the_cases_applications_led_to_is_no_application_negation():
    # wild37/c04: 未发生因政府信息公开申请办理导致行政复议、提起行政诉讼案件
    got = _headlines("依法妥善处理公开申请。未发生因政府信息公开申请办理导致行政复议、提起行政诉讼案件。", 2022)
    assert "applications_received" not in got
    assert got["review_total"] == 0 and got["suit_total"] == 0


@pytest.mark.parametrize(
    ("body", "value"),
    [
        # wild38/h02: the applications named, no verb
        ("2023年全年主动公开政府信息23件。2023年全年依申请公开政府信息申请 4件,申请人均为自然人。", 4),
        # wild38/j09: 收 alone
        ("全年收政府信息公开申请464件,结转上年度政府信息公开申请3件,本年度办结441件。", 464),
        # wild38/h07: documents sorted by how they were disclosed are no applications
        ("全年行政发文共21件,主动公开18件,依申请公开3件。\n(二)依申请公开\n本年度共收到申请10件,作出答复10件。", 10),
    ],
)
def test_wild38_application_wordings(body, value):
    assert _headlines(body, 2023)["applications_received"] == value


def test_one_sites_kinds_after_its_count_are_parts_of_it():
    # wild38/g03: …等栏目主动发布…等信息共25条, then the kinds on the same platform
    got = _headlines(
        "2024年,中心借助政府信息公开平台在部门动态、通知通告、法定主动公开专栏等栏目主动发布人事变动、工作动态等信息共25条。\n"
        "(一)主动公开情况\n2024年中心公开发布部门动态20条,发布专题专栏1条(某县中心行政执法事项指导目录(2024年版),"
        "预算决算公开2条,领导简介变动2条。",
        2024,
    )
    assert got["proactive_total"] == 25


def test_wild39_proactive_wordings():
    # wild39/n04: the site's columns listed in a note between the object and its count
    got = _headlines(
        "2022年,我局通过某市住房和城乡建设局官方网站共发布信息(工作动态、住房保障、城乡建设、建筑业管理等栏目)239条,"
        "其中政务动态161条,信息公开71条。",
        2022,
    )
    assert got["proactive_total"] == 239
    # wild39/p04: 其他方式公开… is the rest of the channels (decision 1: no total)
    got = _headlines(
        "本年度我镇主动公开政府信息的数量如下:政府网站公开629条;本级信息公开专栏发布数量为28条;其他方式公开政府信息数54条。",
        2021,
    )
    assert "proactive_total" not in got
    # wild39/p10: 其他应当主动公开的政府信息 is the rest beside the kinds counted
    got = _headlines(
        "主动公开政府信息类别共有3类,主要类别为机构职能类信息1条,业务公文类0条,其他应当主动公开的政府信息3条。", 2025
    )
    assert "proactive_total" not in got


@pytest.mark.parametrize(
    ("body", "year", "field", "value"),
    [
        # wild40/t03: every aspect listed and counted (等12个方面), the object after the count
        (
            "全市通过政府网站、政务新媒体和各类线下渠道,主动公开政策文件、行政执法、人大建议和重点领域等12个方面9.3万条信息,"
            "同比增长15.1%;通过某某门户网站新浪微博发布各类政务信息1600余条。",
            2022,
            "proactive_total",
            93000,
        ),
        # wild40/t04: the subordinate governments' own sites are no second platform of the city's
        (
            "2022年通过市政府门户网站累计主动公开政府信息14000余条,召开新闻发布会127场次。"
            "全市所辖各县(市、区)政府门户网站主动公开政府信息73000余条。",
            2022,
            "proactive_total",
            14000,
        ),
        # wild40/u02: a long list of kinds, some of them notices and approvals, then 等重点领域政府信息
        (
            "2023年,我局按规定在某某区政府门户网站发布教师招聘、职称评定、考试招生、行政审批、财政预算决算、"
            "工程招标公告及政府采购公告等重点领域政府信息31条。",
            2023,
            "proactive_total",
            31,
        ),
        # wild40/r10: 有1件依申请公开信息
        ("2025年度有1件依申请公开信息,已按时答复。", 2025, "applications_received", 1),
    ],
)
def test_wild40_wordings(body, year, field, value):
    assert _headlines(body, year)[field] == value


@pytest.mark.parametrize(
    ("body", "value"),
    [
        # wild42/z06: carried over 至本年度, inside the handled count (decision 10)
        ("2023年,共办理依申请公开20件(含2022年结转至本年度1件),涉及土地征收等事项。", 19),
        # wild42/m03: 依申请公开办理N件, the year's handled count where no intake is printed (decision 3)
        ("开通网页依申请公开渠道。全年依申请公开办理53件。", 53),
    ],
)
def test_wild42_application_wordings(body, value):
    assert _headlines(body, 2023)["applications_received"] == value


def test_an_intake_count_beats_the_handled_one_named_after_it():
    got = _headlines("全年共收到政府信息公开申请55件。全年依申请公开办理53件。", 2023)
    assert got["applications_received"] == 55


def test_a_count_after_every_kinds_disclosure_is_the_total():
    # review of the thirteenth session: 加强各类信息公开工作 frames every kind, not one
    got = _headlines("2023年,我局持续加强各类信息公开工作,发布信息291条。", 2023)
    assert got["proactive_total"] == 291


def test_kinds_each_counted_in_one_paragraph_give_no_total():
    # wild40/t07: 主动公开市级文件67份;公开会议、领导活动等信息262条;公开督查督导信息24条;…
    got = _headlines(
        "积极主动公开本行政机关的政府信息。主动公开市级文件67份;公开会议、领导活动等信息262条;"
        "公开督查督导信息24条;公开人事任免等信息12条。",
        2023,
    )
    assert "proactive_total" not in got
    # a plain count of the information opening such a list is its total
    got = _headlines("主动公开政府信息1000条;公开政策文件20份;公开会议、领导活动等信息262条;公开人事信息10条。", 2023)
    assert got["proactive_total"] == 1000


def test_messages_answered_before_a_disclosure_count_are_no_application_answers():
    # wild43/c02: 答复网民留言22条 is a count of its own, not 答复 of applications
    got = _headlines(
        "一是积极做好政府信息主动公开。今年我局共更新信息290条,答复网民留言22条,通过不同渠道和方式公开政府信息290条,"
        "公开建议提案办理结果3条。",
        2019,
    )
    assert got["proactive_total"] == 290
    # answers to applications still are
    got = _headlines("根据答复情况来看,已主动公开或同意公开的69件。", 2019)
    assert "proactive_total" not in got


def test_a_cut_negation_of_lost_cases_is_no_zero():
    # wild43/a04: 未发生因信息公开答复不当引发的行政复议败诉或行政诉 (the excerpt ends there)
    got = _headlines("全年共受理依申请公开215件,未发生因信息公开答复不当引发的行政复议败诉或行政诉", 2025)
    assert "review_total" not in got and "suit_total" not in got
    # a cut negation of the cases themselves still is
    got = _headlines("全年共受理依申请公开215件,未发生因政府信息公开被申请行政复议或被提起", 2025)
    assert (got["review_total"], got["suit_total"]) == (0, 0)


@pytest.mark.parametrize(
    "body",
    [
        # wild43/b08: the excerpt ends inside 依申请公开
        "2.政府信息依申请公开办理情况\n2022年度,我街未收到依申",
        # wild43/d07: the heading and its one word
        "(一)主动公开\n2024年主动公开信息39条。\n(二)依申请公开。无\n(三)政府信息管理",
        "(二)依申请公开:无",
    ],
)
def test_wild43_application_negations(body):
    assert _headlines(body, 2022)["applications_received"] == 0


def test_a_bare_no_under_another_heading_is_no_application_negation():
    got = _headlines("(一)主动公开\n2024年主动公开信息39条。\n(三)政府信息管理。无\n", 2022)
    assert "applications_received" not in got


def test_a_handled_count_before_the_answered_one_is_the_years_applications():
    # wild44/i10: 办理…申请61件,办结54件 (the next clause's 办结 does not make 61 an answer count)
    got = _headlines("2025年市政府本级、政府办办理政府信息公开申请61件,办结54件,结转下一年办理7件。", 2025)
    assert got["applications_received"] == 61
    # an answer count right after the handled one still is none
    assert "applications_received" not in _headlines("全年办理政府信息公开申请61件答复,均按时办结。", 2025)


def test_a_long_negation_naming_both_kinds_of_case():
    # wild44/f01: 未发生针对本部门有关…事务的行政复议案件和针对本部门有关…事务的行政诉讼案件
    got = _legacy(
        "五、政府信息公开复议、诉讼情况\n本镇2014年度未发生针对本部门有关政府信息公开事务的行政复议案件"
        "和针对本部门有关政府信息公开事务的行政诉讼案件。",
        2014,
    )
    assert (got["headline.review_total"], got["headline.suit_total"]) == (0, 0)


def test_not_this_agencys_remit_in_legacy_prose():
    # wild44/f01: “非本机关职责权限范围” 1件
    got = _legacy(
        "本镇2014年度共受理政府信息公开申请2件。在已经答复的2件申请中,\n“非本机关职责权限范围” 1件,占总数50%。", 2014
    )
    assert got["legacy.prose.not_this_agency"] == 1


@pytest.mark.parametrize(
    ("body", "review", "suit"),
    [
        # wild44/e02: one count of both kinds is neither's
        ("因政府信息公开涉行政复议、行政诉讼案件743件,结果维持461件。", None, None),
        # each kind counted, or a zero for both, or 各: still read
        ("本年度因政府信息公开发生行政复议3件,行政诉讼2件。", 3, 2),
        ("本年度因政府信息公开提起行政复议、诉讼0件。", 0, 0),
        ("本年度因政府信息公开被申请行政复议、行政诉讼各2件。", 2, 2),
    ],
)
def test_one_count_of_reviews_and_suits_together(body, review, suit):
    got = _headlines(body, 2022)
    assert (got.get("review_total"), got.get("suit_total")) == (review, suit)


def test_documents_made_are_no_count_of_all_information_made():
    # wild44/i07: 产生政府文件信息22条,其中主动公开14条 beside the site's 90余条
    got = _headlines(
        "(一)主动公开方面\n2025年度,镇政府通过“上海普陀”门户网站主动、规范发布、更新各类政府信息90余条。"
        "2025年度产生政府文件信息22条,其中主动公开14条。",
        2025,
    )
    assert got["proactive_total"] == 90
    # information made, of all kinds, still gives its proactive part
    got = _headlines("2025年共制作政府信息3021条,其中主动公开信息1027条。", 2025)
    assert got["proactive_total"] == 1027


@pytest.mark.parametrize(
    ("body", "value"),
    [
        # wild45/j05: a site's update count of its information, 信息 without 政府
        ("2023年以来,全区门户网站共更新信息86条,其中政务(工作)动态类信息81,办事指南类信息2条。", 86),
        # wild45/l07: all the information but one kind
        ("2024年某镇通过政府网站共主动公开除规范性文件外的政府信息83条,其中行政许可61条,行政处罚12条。", 83),
    ],
)
def test_wild45_proactive_wordings(body, value):
    assert _headlines(body, 2024)["proactive_total"] == value


def test_one_zero_for_reviews_and_suits_counted_in_tiao():
    # wild45/m01: 政府信息公开行政复议、行政诉讼0条
    got = _headlines("收到政府信息公开申请0条。政府信息公开行政复议、行政诉讼0条。", 2021)
    assert (got["review_total"], got["suit_total"]) == (0, 0)


def test_a_kind_named_before_its_verb_after_answered_messages_is_no_total():
    # wild46/o01: the site's 578条 with its parts; …答复公众留言33条,财政公开信息8条 is one kind's count
    got = _headlines(
        "通过某省地震局政府网站主动公开各类信息578条。发布震情信息48条,科普信息13条;答复公众留言33条,财政公开信息8条。",
        2024,
    )
    assert got["proactive_total"] == 578


@pytest.mark.parametrize(
    ("body", "value"),
    [
        # wild46/n09: the year's new ones after the all-time count and a comma
        ("通过某市人民政府门户网站、“某市发布”微信公众号等平台载体,累计主动公开政府信息3819条,本年度新增295条。", 295),
        # wild46/p02: a second verb in brackets between the verb and its object
        ("(一)主动公开方面。2025年,在区政府门户网站政府信息公开平台累计公开(更新)政务信息1087条。", 1087),
    ],
)
def test_wild46_proactive_wordings(body, value):
    assert _headlines(body, 2025)["proactive_total"] == value


def test_wild47_application_wordings():
    # wild47/t05: a sentence opening on the count under its heading; 免于公开 is no disclosure
    got = _headlines(
        "(一)主动公开方面\n全年街道公开政府信息43条。\n(二)依申请公开方面\n依申请公开2条,免于公开信息0条。", 2023
    )
    assert (got["proactive_total"], got["applications_received"]) == (43, 2)
    got = _headlines("(二)依申请公开方面\n依申请公开2条,免于公开信息0条。", 2023)
    assert "proactive_total" not in got
    # wild47/r01: 次 as the unit of the applications received
    assert _headlines("全年共收到2次公民申请公开要求,均已答复。", 2023)["applications_received"] == 2
    # documents sorted by how they are disclosed still give no applications
    assert "applications_received" not in _headlines("全年主动公开43条,依申请公开2条。", 2023)
