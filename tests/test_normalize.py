from extract.normalize import drop_junk_lines, html_to_view, identity_text, normalize, normalize_chars


def test_traditional_and_full_width_keep_offsets():
    source = "發布單位：１２３件"
    mapped = normalize_chars(identity_text(source))
    assert mapped.text == "发布单位:123件"
    start = mapped.text.index("123")
    assert mapped.span(start, start + 3) == (5, 8)
    assert source[5:8] == "１２３"


def test_template_junk_is_dropped_and_offsets_still_point_to_the_input():
    source = "{{ title }}\n打印\n2019年抚远市政府信息公开工作年度报告\n扫描右侧二维码\n在手机打开此页\n"
    mapped = drop_junk_lines(identity_text(source))
    assert mapped.text == "2019年抚远市政府信息公开工作年度报告\n"
    s, e = mapped.span(0, 4)
    assert source[s:e] == "2019"


def test_html_view_rows_become_bar_lines_and_entities_map_back():
    source = "<p>一、总体情况&amp;说明</p><table><tr><td>规章</td><td><p>13</p></td><td></td></tr></table>"
    view, grids = html_to_view(source)
    assert "| 规章 | 13 |  |" in view.text
    i = view.text.index("13")
    s, e = view.span(i, i + 2)
    assert source[s:e] == "13"
    amp = view.text.index("&")
    assert source[view.span(amp, amp + 1)[0]] == "&"
    assert grids == [[[(0, 0), (0, 1), (0, 2)]]]


def test_rowspan_and_colspan_are_expanded_to_their_origin_cell():
    source = "<table><tr><td rowspan='2'>A</td><td colspan='2'>B</td></tr><tr><td>c</td><td>d</td></tr></table>"
    _, grids = html_to_view(source)
    assert grids[0] == [[(0, 0), (0, 1), (0, 1)], [(0, 0), (1, 0), (1, 1)]]


def test_normalize_html_skips_scripts_and_styles():
    mapped, _ = normalize("<script>var a='政府信息公开';</script><style>p{}</style><p>正文</p>", is_html=True)
    assert mapped.text.strip() == "正文"


def test_a_page_flattened_to_one_line_gets_its_headings_back():
    from extract.normalize import break_run_on_lines, identity_text

    flat = (
        "总体情况很好。" * 60
        + " 六、存在的主要问题及改进情况 (一)存在的主要问题 一是宣传不够。 (二)改进措施 加强宣传。"
    )
    mapped = break_run_on_lines(identity_text(flat))
    lines = mapped.text.split("\n")
    assert lines[1:] == ["六、存在的主要问题及改进情况", "(一)存在的主要问题 一是宣传不够。", "(二)改进措施 加强宣传。"]
    assert mapped.offsets == list(range(len(flat)))  # one character for one
    short = identity_text("一、总体情况 二、主动公开")
    assert break_run_on_lines(short).text == short.text  # ordinary lines are left alone


def test_kangxi_radicals_become_ordinary_characters_one_for_one():
    from extract.normalize import identity_text, normalize_chars

    source = "进\u2f00步加强\u2f2f作"  # 进⼀步加强⼯作, as PDF converters print it
    mapped = normalize_chars(identity_text(source))
    assert mapped.text == "进一步加强工作"
    assert mapped.offsets == list(range(len(source)))


def test_pinyin_glosses_are_dropped_and_offsets_kept():
    from extract.normalize import drop_pinyin_glosses, identity_text

    source = "根据(jù)条例,我镇(zhèn)编制本报告(1)。"
    mapped = drop_pinyin_glosses(identity_text(source))
    assert mapped.text == "根据条例,我镇编制本报告(1)。"
    assert [source[o] for o in mapped.offsets] == list(mapped.text)
    # one plain bracketed word is not a gloss
    assert drop_pinyin_glosses(identity_text("报告(abc)。")).text == "报告(abc)。"


def test_full_width_glosses_go_and_far_plain_brackets_stay():
    from extract.normalize import normalize

    source = "根據（jù）條例,我鎮（zhèn）編制(zhi)報告。" + "附件" * 40 + "下载(pdf)。"
    text = normalize(source, is_html=False)[0].text
    assert text.startswith("根据条例,我镇编制报告。")
    assert text.endswith("下载(pdf)。")


def test_only_page_fields_with_the_date_stay():
    from extract.normalize import normalize

    text = "某局2022年报告\n上一篇:某局2021年政府信息公开工作年度报告 2022-01-20\n来源:本网 时间:2023-01-20\n正文。"
    mapped, _ = normalize(text, is_html=False)
    assert "上一篇" not in mapped.text and "时间:2023-01-20" in mapped.text
