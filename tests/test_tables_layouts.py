"""Table reconstruction on small fragments, one per layout the corpus shows."""

from extract import extract_text

T3_LABELS = [
    "一、本年新收政府信息公开申请数量",
    "二、上年结转政府信息公开申请数量",
    "(一)予以公开",
    "(二)部分公开",
    "1.属于国家秘密",
    "2.其他法律行政法规禁止公开",
    "3.危及“三安全一稳定”",
    "4.保护第三方合法权益",
    "5.属于三类内部事务信息",
    "6.属于四类过程性信息",
    "7.属于行政执法案卷",
    "8.属于行政查询事项",
    "1.本机关不掌握相关政府信息",
    "2.没有现成信息需要另行制作",
    "3.补正后申请内容仍不明确",
    "1.信访举报投诉类申请",
    "2.重复申请",
    "3.要求提供公开出版物",
    "4.无正当理由大量反复申请",
    "5.要求行政机关确认或重新出具已获取信息",
    "1.申请人无正当理由逾期不补正",
    "2.申请人逾期未按收费通知要求缴纳费用",
    "3.其他",
    "(七)总计",
    "四、结转下年度继续办理",
]


def _values(report, prefix):
    return {k: v.value for k, v in report.fields.items() if k.startswith(prefix)}


def test_markdown_table_3_with_row_labels_in_the_row():
    rows = "\n".join(f"| {label} | {i} | 0 | 0 | 0 | 0 | 0 | {i} |" for i, label in enumerate(T3_LABELS))
    text = "三、收到和处理政府信息公开申请情况\n| 申请人情况 | 自然人 |\n|---|---|\n" + rows
    report = extract_text(text)
    values = _values(report, "t3.")
    assert values["t3.new_received.natural_person"] == 0
    assert values["t3.carried_over.total"] == 1
    assert values["t3.other.other.total"] == 22
    assert values["t3.carried_forward.natural_person"] == 24
    assert len(values) == 25 * 7


def test_printed_blank_in_a_markdown_row_is_absent_not_zero():
    text = "本年新收政府信息公开申请数量\n| 四、结转下年度继续办理 | 1 | 0 | 0 | 0 | 0 | 0 |  |\n"
    report = extract_text(text)
    assert report.fields["t3.carried_forward.natural_person"].value == 1
    assert "t3.carried_forward.total" not in report.fields


def test_issue_full_003_value_rows_torn_from_their_labels_follow_template_order():
    # From real/full_003.txt: the PDF conversion moved labels away from the numbers.
    text = "\n".join(
        [
            "| 一、本年新收政府信息公开申请数量 | 32 | 2 | 0 | 0 | 0 | 0 | 34 |",
            "| 二、上年结转政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |",
            "| 三、 | (一)予以公开 | 9 | 0 | 0 | 0 | 0 | 0 | 9 |",
            "| 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
            "(二)部分公开(区分处理的,只",
            "2.其他法律行政法规禁",
            "止公开",
            "| 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
            "| 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
            "| 3.危及“三安全一稳定” | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
            "| 4.保护第三方合法权益 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
            "5.属于三类内部事务信",
            "息",
            "1.本机关不掌握相关政",
            "府信息",
            "| 1 | 0 | 0 | 0 | 0 | 0 | 1 |",
            "| 6.属于四类过程性信息 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |",
        ]
    )
    values = _values(extract_text(text), "t3.")
    assert values["t3.partially_granted.total"] == 0
    assert values["t3.denied.prohibited_by_law.total"] == 0
    assert values["t3.denied.internal_affairs.total"] == 1
    assert values["t3.denied.process_info.natural_person"] == 1
    assert "t3.unable.not_held.total" not in values


def test_issue_seed_002_bar_rows_with_holes():
    text = (
        "二、主动公开政府信息情况\n第二十条第(一)项 |\n|||\n信息内容 |\n本年制发件数 |\n本年废止件数 |\n现行有效件数 |\n"
        "规章 |\n0 |\n0 |\n0 |\n行政规范性文件 |\n47 |\n1 |\n150 |\n第二十条第(六)项 |\n|||\n信息内容 |\n"
        "本年处理决定数量 |\n||\n行政处罚 |\n0 | ||\n行政强制 |\n3 |\n||\n"
    )
    values = _values(extract_text(text), "t1.")
    assert values == {
        "t1.regulations.issued": 0,
        "t1.regulations.repealed": 0,
        "t1.regulations.in_force": 0,
        "t1.normative_docs.issued": 47,
        "t1.normative_docs.repealed": 1,
        "t1.normative_docs.in_force": 150,
        "t1.punishment.decisions": 0,
        "t1.coercion.decisions": 3,
    }


def test_table_1_2019_signed_changes_units_and_full_width_digits():
    text = (
        "二、主动公开政府信息情况\n第二十条第(五)项\n信息内容\n上一年项目数量\n本年增/减\n处理决定数量\n"
        "行政许可\n２５４\n+213\n454\n其他对外管理服务事项\n137\n-31\n199\n第二十条第(九)项\n信息内容\n"
        "采购项目数量\n采购总金额\n政府集中采购\n142\n251000元\n"
    )
    report = extract_text(text)
    values = _values(report, "t1.")
    assert values["t1.licensing.prev_year"] == 254
    assert values["t1.licensing.change"] == 213
    assert values["t1.other_services.change"] == -31
    assert values["t1.procurement.amount"] == 251000
    assert report.fields["t1.procurement.amount"].unit == "元"
    assert report.report.family == "2019"


def test_table_4_as_one_line_of_fifteen_numbers():
    text = (
        "四、政府信息公开行政复议、行政诉讼情况\n行政复议 行政诉讼\n结果维持 结果纠正 其他结果 尚未审结 总计\n"
        "1 0 0 0 1 2 0 0 1 3 0 0 0 0 0\n五、存在的主要问题及改进情况\n"
    )
    values = _values(extract_text(text), "t4.")
    assert values["t4.review.upheld"] == 1
    assert values["t4.review.total"] == 1
    assert values["t4.suit_direct.upheld"] == 2
    assert values["t4.suit_direct.total"] == 3
    assert values["t4.suit_after_review.total"] == 0
    assert len(values) == 15


def test_labels_broken_by_spaces_and_space_aligned_columns():
    text = (
        "本年新收政府信息公开申请数量\n申请人情况   自 然 人   商业 企业   科研 机构   社会公益组织   法律服务机构   其他   总计\n"
        "一、本年新收政府信息公开申请数量     4     0     0     0     0     0     4\n"
        "二、上年结转政府信息公开申请数量     1     0     0     0     0     0     1\n"
    )
    values = _values(extract_text(text), "t3.")
    assert values["t3.new_received.natural_person"] == 4
    assert values["t3.carried_over.total"] == 1


def test_spans_point_at_the_printed_number():
    text = "本年新收政府信息公开申请数量\n| 一、本年新收政府信息公开申请数量 | 705 | 3 | 0 | 0 | 5 | 0 | 713 |\n"
    report = extract_text(text)
    field = report.fields["t3.new_received.total"]
    assert text[field.span[0] : field.span[1]] == "713"
    assert field.source == "table"


def test_a_year_over_the_table_is_no_cell():
    from extract.tables import text_to_lines

    (line,) = text_to_lines("( 2018 年度)")
    assert [c.kind for c in line.cells] == ["label"]
    (line,) = text_to_lines("主动公开政府信息数 | 条 | 2018")
    assert [c.value for c in line.cells if c.kind == "value"] == [2018]


def test_table_one_with_cut_headers_is_the_2019_template():
    from extract import extract_text

    text = (
        "2020年某镇政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第(一)项 | ||||\n信息内容 |\n本年新 |\n本年新 |\n"
        "对外公开总数量 | |\n规章 |\n0 |\n0 |\n0 | |\n规范性文件 |\n0 |\n0 |\n0 | |\n"
    )
    assert extract_text(text).report.family == "2019"


def test_a_row_broken_after_each_cell_goes_on_over_bare_bars():
    # a copy that put each empty cell's bar on its own line: 自然人 25, five empty cells, 总计 25
    text = (
        "2020年某局政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
        "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 |\n"
        "自然人 | 法人或其他组织 | 总计 |\n商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |\n"
        "一、本年新收政府信息公开申请数量 | 25 |\n|\n|\n|\n|\n| 25 |\n"
        "二、上年结转政府信息公开申请数量 |\n|\n|\n|\n|\n|\n| 0 |\n"
        "三、本年度办理结果 | (一)予以公开 | 7 |\n|\n|\n|\n|\n| 7 |\n"
    )
    report = extract_text(text)
    values = _values(report, "t3.")
    assert values["t3.new_received.natural_person"] == 25
    assert values["t3.new_received.total"] == 25
    assert values["t3.carried_over.total"] == 0
    assert values["t3.granted.total"] == 7
    assert report.fields["headline.applications_received"].value == 25
    # each number keeps its own span
    cell = report.fields["t3.new_received.total"]
    assert text[cell.span[0] : cell.span[1]] == "25" and cell.span[0] > text.index("| 25 |\n|")


def test_a_cell_a_line_row_with_empty_cells_as_bare_bars():
    # each cell on its own line: six empty cells as bare bars, then the total; || closes the row
    text = (
        "2020年某局政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
        "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) |\n申请人情况 |\n||||||||\n"
        "自然人 |\n法人或其他组织 |\n总计 |\n|||||||\n商业企业 |\n科研机构 |\n社会公益组织 |\n法律服务机构 |\n其他 |\n|||||\n"
        "一、本年新收政府信息公开申请数量 |\n|\n|\n|\n|\n|\n|\n0 |\n||\n"
        "二、上年结转政府信息公开申请数量 |\n|\n|\n|\n|\n|\n|\n0 |\n||\n"
    )
    values = _values(extract_text(text), "t3.")
    assert values == {"t3.new_received.total": 0, "t3.carried_over.total": 0}
    # a bar after a row's last number closes the row, it is no empty cell
    text = (
        "2020年某局政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第(五)项 |\n||||\n信息内容 |\n上一年项目数量 |\n"
        "本年增/减 |\n处理决定数量 |\n|\n行政许可 |\n3 |\n|\n5 |\n|\n"
    )
    values = _values(extract_text(text), "t1.")
    assert values == {"t1.licensing.prev_year": 3, "t1.licensing.decisions": 5}


def test_a_long_line_is_no_row_continuation():
    import time

    from extract.tables import text_to_lines

    started = time.perf_counter()
    text_to_lines("标签 |\n| " + "1 " * 16000 + "中\n")
    assert time.perf_counter() - started < 2.0
