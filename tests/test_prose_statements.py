"""Problem and improvement statements: one per enumerated item, spans into the input."""

from conftest import CORPUS

from extract import extract_path, extract_text

HEAD = "2023年某县政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息10条。\n"


def _statements(body: str):
    report = extract_text(HEAD + body)
    return [s.text for s in report.problems], [s.text for s in report.improvements]


def test_enumerated_items_under_sub_headings():
    problems, improvements = _statements(
        "五、存在的主要问题及改进情况\n(一)存在的主要问题\n一是基层政务公开依然薄弱;二是政策解读力度还需加大。\n"
        "(二)改进措施\n一是持续推进五公开。重点推进决策公开。\n二是深化重点领域信息公开。\n六、其他需要报告的事项\n无。\n"
    )
    assert problems == ["基层政务公开依然薄弱;", "政策解读力度还需加大。"]
    assert improvements == ["持续推进五公开。重点推进决策公开。", "深化重点领域信息公开。"]


def test_a_paragraph_that_states_the_problem_then_the_plan_is_split():
    problems, improvements = _statements(
        "五、存在的主要问题及改进情况\n我县政务公开仍存在一些问题与不足,主要是公开形式还需进一步丰富。"
        "下一步,我们将进一步深化基层政务公开。\n"
    )
    assert problems == ["公开形式还需进一步丰富。"]
    assert improvements == ["下一步,我们将进一步深化基层政务公开。"]


def test_framing_sentence_is_not_a_measure():
    _, improvements = _statements(
        "五、存在的主要问题及改进情况\n一是公开不及时。\n针对上述问题,我县坚持问题导向,推动工作再上新台阶;\n一是加强培训。\n"
    )
    assert improvements == ["加强培训。"]


def test_report_tail_and_site_chrome_are_not_statements():
    _, improvements = _statements(
        "五、存在的主要问题及改进情况\n(二)改进措施\n一是加强培训。\n某县人民政府\n2024年1月20日\n分享到:微信 微博\n"
    )
    assert improvements == ["加强培训。"]


def test_issue_seed_004_traditional_legacy_sections_and_spans():
    path = CORPUS / "seeds" / "004_fa38032d3d611a12.txt"
    source = path.read_text(encoding="utf-8")
    report = extract_path(path)
    assert len(report.problems) >= 2
    numbered = [s.text[:4] for s in report.improvements][-5:]
    assert numbered == ["加大政務", "加強政務", "完善門戶", "深化主動", "認真做好"]
    assert not any("取得了一定的成績" in s.text for s in report.improvements)
    for statement in report.problems + report.improvements:
        assert source[statement.span[0] : statement.span[1]] == statement.text
    assert report.problems[0].text.startswith("依申請公開數量多")
    assert report.fields["legacy.prose.granted"].value == 53
    assert report.fields["legacy.prose.not_this_agency"].value == 104


def test_labels_inside_the_section_set_the_kind():
    problems, improvements = _statements(
        "五、存在的主要问题及改进情况\n1.公开内容不全面;2.信息共享机制不够健全。\n"
        "改进措施:认清形势,以公开促进政务服务水平的提高。\n"
    )
    assert problems == ["公开内容不全面;", "信息共享机制不够健全。"]
    assert improvements == ["认清形势,以公开促进政务服务水平的提高。"]


def test_an_enumerated_problem_that_goes_on_with_the_plan_is_split():
    problems, improvements = _statements(
        "五、存在的主要问题及改进情况\n一是培训学习还有待进一步加强;二是信息公开的广度和深度不够。"
        "下一步,我委将进一步加强业务培训。\n"
    )
    assert problems == ["培训学习还有待进一步加强;", "信息公开的广度和深度不够。"]
    assert improvements == ["下一步,我委将进一步加强业务培训。"]


def test_plan_sentences_found_by_who_will_act():
    problems, improvements = _statements(
        "五、存在的主要问题及改进情况\n信息公开工作主要存在公开不及时等问题。"
        "为进一步做好政府信息公开工作,我署将完善信息公开制度。\n"
    )
    assert problems == ["信息公开工作主要存在公开不及时等问题。"]
    assert improvements == ["为进一步做好政府信息公开工作,我署将完善信息公开制度。"]


def test_framing_and_achievements_are_not_statements():
    problems, _ = _statements(
        "五、存在的问题及改进措施\n2023年我县信息公开工作发挥了积极作用。但是,仍存在一些问题和不足。\n"
        "(一)存在问题\n我县的工作虽然取得了一定成效,但还存在一些问题,主要有以下几个方面:一是公开内容时效较慢。\n"
    )
    assert problems == ["公开内容时效较慢。"]


def test_heading_line_that_goes_on_with_the_first_item():
    problems, _ = _statements(
        "五、存在的主要问题及改进情况\n(一)存在问题:一是能够被采用的信息量偏少。二是信息更新不够及时。\n"
    )
    assert problems == ["能够被采用的信息量偏少。", "信息更新不够及时。"]


def test_a_framing_plan_sentence_turns_the_items_after_it_into_improvements():
    problems, improvements = _statements(
        "五、存在的主要问题及改进情况\n一是信息发布滞后。二是学习不够深入。\n"
        "在2024年的工作中,我街道将从以下两方面进行改进:一是及时调度社区信息;二是加强对条例的学习。\n"
    )
    assert problems == ["信息发布滞后。", "学习不够深入。"]
    assert improvements == ["及时调度社区信息;", "加强对条例的学习。"]


def test_a_label_at_the_end_of_an_item_opens_the_next_kind():
    problems, improvements = _statements(
        "五、存在的主要问题和改进措施\n存在的主要问题有:1.信息公开的实效性有待进一步加强;2.平台建设有待进一步完善。 "
        "改进措施:1.提高认识,及时上传政府信息;2.拓宽公开渠道。\n"
    )
    assert problems == ["信息公开的实效性有待进一步加强;", "平台建设有待进一步完善。"]
    assert improvements == ["提高认识,及时上传政府信息;", "拓宽公开渠道。"]


def test_zhenggai_heading_and_a_promise_without_a_measure():
    problems, improvements = _statements(
        "五、存在的主要问题及改进情况\n(一)存在问题:一是信息量偏少。\n(二)进一步整改:一是提升信息化水平;二是深入调研。\n"
    )
    assert problems == ["信息量偏少。"]
    assert improvements == ["提升信息化水平;", "深入调研。"]
    problems, improvements = _statements(
        "六、存在的主要问题及改进情况\n内容更新还不够及时等。上述问题,我们将采取有力措施,在今后的工作中切实加以改进。\n"
        "(二)改进措施:\n我镇将继续加强政务公开工作。\n二0二三年\n"
    )
    assert problems == ["内容更新还不够及时等。"]
    assert improvements == ["我镇将继续加强政务公开工作。"]


def test_zhendui_is_read_by_what_follows_the_comma():
    problems, improvements = _statements(
        "五、存在的主要问题及改进情况\n一是机制有待完善;二是政策类项目未及时解读。针对群众关心的焦点,回应的主动性有待加强。\n"
        "(二)改进措施\n针对工作人员力量相对薄弱等现状,进一步明确从事信息公开工作的人员。\n"
    )
    assert problems == ["机制有待完善;", "政策类项目未及时解读。针对群众关心的焦点,回应的主动性有待加强。"]
    assert improvements == ["针对工作人员力量相对薄弱等现状,进一步明确从事信息公开工作的人员。"]


def test_yi_shi_markers_in_brackets_and_digits():
    problems, improvements = _statements(
        "六、存在主要问题及改进措施\n2015年,我局的信息公开工作虽然取得了一定成绩,但同时也存在公开内容有待深化和规范的问题。"
        "(一)是深入贯彻执行条例。(二)是健全各项工作制度。\n"
    )
    assert problems == ["公开内容有待深化和规范的问题。"]  # the lead-in frames (decision 7)
    assert improvements == ["深入贯彻执行条例。", "健全各项工作制度。"]


def test_narrow_pdf_columns_are_rejoined():
    lines = [
        "十、主要问题和改进措施",
        "(一)个别部门重视不够。少数部",
        "门主要领导对政府信息公开工",
        "作重视不够,工作不主动。",
        "(二)信息公开存在不主动现",
        "象。主要表现在动态内容保障",
        "不到位、专栏信息更新滞后。",
        "(三)部门公开信息的数量有",
        "待进一步提高。",
    ]
    problems, _ = _statements("\n".join(lines) + "\n")
    assert problems[0].replace("\n", "") == "个别部门重视不够。少数部门主要领导对政府信息公开工作重视不够,工作不主动。"
    assert len(problems) == 3


def test_review_findings_on_statement_rules():
    # short lines that never close a sentence are items of their own, not a narrow PDF column
    lines = ["五、存在的主要问题"] + [f"{i}.公开内容更新不及时{i}" for i in range(1, 9)]
    problems, _ = _statements("\n".join(lines) + "\n")
    assert len(problems) == 8
    # a problems label does not stop the plan that follows in a mixed section
    problems, improvements = _statements("五、存在的主要问题及改进情况\n主要问题:信息更新不及时。我局将加强培训。\n")
    assert problems == ["信息更新不及时。"]
    assert improvements == ["我局将加强培训。"]
    # 虽然取得…成绩 followed by a long run without a concrete shortcoming stays fast and is framing
    problems, _ = _statements("五、存在的主要问题\n虽然取得了成绩" + "但" * 5000 + "。\n一是公开不及时。\n")
    assert problems == ["公开不及时。"]


def test_a_framing_lead_in_is_not_part_of_the_problem():
    # annotations/README.md, decision 7: the problem starts with what is wrong
    cases = {
        "2015年,我局的信息公开工作虽然取得了一定成绩,但同时也存在公开内容有待深化和规范的问题。": (
            "公开内容有待深化和规范的问题。"
        ),
        "2020年,在上级的大力指导支持下,我局政务公开工作取得了一些成绩,但仍存在着一些短板和不足,如创新方式有待提升。": (
            "创新方式有待提升。"
        ),
        "2017年我局不断加强和规范政府信息公开工作,但与人民群众的要求还存在着差距。": "与人民群众的要求还存在着差距。",
        "从全年政府信息公开工作进展情况看,主动公开的意识还不到位。": "主动公开的意识还不到位。",
        # a turn after a clause that already states a problem is kept whole
        "公开栏更新不够及时,但网站更新较快,整体尚可。": "公开栏更新不够及时,但网站更新较快,整体尚可。",
    }
    for sentence, expected in cases.items():
        problems, _ = _statements("五、存在的主要问题及改进情况\n" + sentence + "\n")
        assert problems == [expected], sentence


def test_an_achievement_sentence_alone_is_not_a_problem():
    problems, _ = _statements(
        "五、存在的主要问题及改进情况\n2008年度,我局在推进政府信息公开工作方面取得了新的进展。主动公开的意识有待加强。\n"
    )
    assert problems == ["主动公开的意识有待加强。"]


def test_wild4_statement_wordings():
    # a plan that names the problems it will remedy is still the plan
    problems, improvements = _statements(
        "四、存在的主要问题和改进措施\n一是信息主动公开的意识还需进一步提高;\n二是信息公开的广度还需进一步提升。\n"
        "下一步,我局将按要求整改相关问题,及时回应公众关切。\n"
    )
    assert problems == ["信息主动公开的意识还需进一步提高;", "信息公开的广度还需进一步提升。"]
    assert improvements == ["下一步,我局将按要求整改相关问题,及时回应公众关切。"]
    # the measure after a transition's colon; page chrome after the section is not a statement
    _, improvements = _statements(
        "四、存在的主要问题及改进情况\n一是培训不足。\n针对以上问题,我局采取以下措施积极改进:我局将加强专职人员培训工作;\n"
        "相关词条\n联络我们\n"
    )
    assert improvements == ["我局将加强专职人员培训工作;"]


def test_review_findings_of_the_fourth_session():
    head = "五、存在的主要问题及改进情况\n"
    # a problem-framing colon is not a plan
    problems, improvements = _statements(head + "这些问题主要表现在:培训不足,制度不全。\n")
    assert improvements == []
    # 针对…短板, followed by a measure, is the measure
    problems, improvements = _statements(head + "公开内容不够全面。针对工作中的短板,进一步加强培训。\n")
    assert problems == ["公开内容不够全面。"] and improvements == ["针对工作中的短板,进一步加强培训。"]
    # a negated achievement is a problem
    problems, _ = _statements(head + "网站建设尚未取得实质性进展。\n")
    assert problems == ["网站建设尚未取得实质性进展。"]
    # short enumerated items are items
    problems, _ = _statements(head + "一是培训不足,二是制度不全。\n三是网站陈旧\n")
    assert problems == ["培训不足,", "制度不全。", "网站陈旧"]


def test_wild5_statement_wordings():
    # a section heading closed by 。; 一方面/另一方面 enumerate; a plan aimed at 存在的问题 is the plan;
    # the issuer's signature line closes the section
    problems, improvements = _statements(
        "五、政府信息公开工作存在的主要问题及改进情况。\n"
        "一方面,工作机制方面还要进一步完善;另一方面,社会宣传力度不够。2013年我们将针对存在的问题,加大信息公开力度。\n"
        "桦甸市人民政府新华街道办事处\n2013年3月7日\n"
    )
    assert problems == ["工作机制方面还要进一步完善;", "社会宣传力度不够。"]
    assert improvements == ["2013年我们将针对存在的问题,加大信息公开力度。"]
    # 存在的问题主要是…: the problems themselves, not a transition to the plan
    problems, _ = _statements("六、存在的主要问题及改进措施\n存在的问题主要是信息公开的内容有待进一步完善。\n")
    assert problems == ["信息公开的内容有待进一步完善。"]
    # a label of the site's own wording opens the measures
    problems, improvements = _statements(
        "五、存在的主要问题及改进情况\n(一)存在的主要问题和困难:一是公开意识有待提高;二是内容还需丰富。\n"
        "(二)解决办法和改进措施:我局将加大培训力度。同时,加强质量把控。\n"
    )
    assert problems == ["公开意识有待提高;", "内容还需丰富。"]
    assert improvements == ["我局将加大培训力度。同时,加强质量把控。"]  # one enumerated item ((二))


def test_wild5_y_statement_wordings():
    # 下步工作安排 opens the plan section; 还有需要改进之处:一是… lists problems
    problems, improvements = _statements(
        "四、存在的问题\n2017年,我局在信息公开方面还有需要改进之处:一是公开不够及时;二是途径较为单一。\n"
        "五、下步工作安排\n2018年,我局将继续强化政府信息公开工作。\n"
    )
    assert problems == ["公开不够及时;", "途径较为单一。"]
    assert improvements == ["2018年,我局将继续强化政府信息公开工作。"]
    # what went well, and a gap named after a lead-in, frame the section; an image name is no statement
    problems, improvements = _statements(
        "五、存在的主要问题及改进措施\n我局及时推行信息公开,保障了公民的知情权,促进了依法行政。\n"
        "今年工作取得了新的进展,但我们也清醒地认识到离上级的要求还有一定差距。如公开的深度还需加强;制度有待完善。\n"
        "下一步,我局将推进公开载体规范化建设。\nfoot_img_01.png\n"
    )
    assert problems == ["如公开的深度还需加强;", "制度有待完善。"]
    assert improvements == ["下一步,我局将推进公开载体规范化建设。"]


def test_wild5_z_statement_wordings():
    # problems opened inline (…存在的问题:一是…) with no section heading; a site-worded plan label closes them
    problems, improvements = _statements(
        "2021年我局政府信息公开工作存在的问题:一是整体公开力度不够,部分信息未及时公开。二是动态公开力度还需加大。"
        "今后工作改进方向:\n一是提高认识,加大培训力度。\n"
    )
    assert problems == ["整体公开力度不够,部分信息未及时公开。", "动态公开力度还需加大。"]
    assert improvements == ["提高认识,加大培训力度。"]
    # a lead to the measures ending in a colon is framing; 还存在一些问题如… starts the problem after 如
    problems, improvements = _statements(
        "五、存在的主要问题及改进情况\n工作虽然取得了初步成效,但还存在一些问题如宣传培训不足,业务不熟。\n"
        "针对以上的存在问题,我局将采取以下措施加以改进:\n1.深化重点领域信息公开。\n"
    )
    assert problems == ["宣传培训不足,业务不熟。"]
    assert improvements == ["深化重点领域信息公开。"]


def test_a_named_shortcoming_is_not_a_framing_cue():
    # 认识仍有不足, / 存在不严谨的问题, name the problem; 存在一些问题和不足, only frames it
    problems, _ = _statements(
        "五、存在的主要问题及改进情况\n一是相关部门对重要性认识仍有不足,政策理解不够透彻;"
        "二是在工作存在不严谨的问题,比如稿件中存在错别字。\n"
    )
    assert problems == [
        "相关部门对重要性认识仍有不足,政策理解不够透彻;",
        "在工作存在不严谨的问题,比如稿件中存在错别字。",
    ]
    problems, _ = _statements(
        "五、存在的主要问题及改进情况\n但也存在一些问题和不足,如公开的认识还需增强。首先格式还不够规范。\n"
    )
    assert problems == ["公开的认识还需增强。", "格式还不够规范。"]


def test_review_findings_of_the_fifth_session():
    head = "五、存在的主要问题及改进情况\n"
    # numbered items closed by 。 under a sub-heading are items, not top-level sections
    problems, improvements = _statements(
        head + "(一)存在问题\n一、依申请公开答复文书不够规范。\n二、政策解读形式单一。\n"
        "(二)改进措施\n一、规范答复文书。\n二、丰富解读形式。\n"
    )
    assert problems == ["依申请公开答复文书不够规范。", "政策解读形式单一。"]
    assert improvements == ["规范答复文书。", "丰富解读形式。"]
    # an item's own headline is no section label: plans stay plans, a problem keeps its headline
    _, improvements = _statements(
        "五、存在的主要问题\n公开内容不够全面。\n六、下一步工作计划\n(一)强化问题导向:围绕群众关切,加大公开力度。\n"
        "(二)补齐短板弱项:加强人员培训,提升业务水平。\n"
    )
    assert improvements == ["强化问题导向:围绕群众关切,加大公开力度。", "补齐短板弱项:加强人员培训,提升业务水平。"]
    problems, _ = _statements(head + "(一)人员力量不足:工作人员多为兼职,流动性大。\n")
    assert problems == ["人员力量不足:工作人员多为兼职,流动性大。"]
    # the lead to the measures switches to the plan
    problems, improvements = _statements(
        head + "一是公开内容不够全面。二是队伍建设薄弱。\n针对以上的存在问题,我局将采取以下措施加以改进:\n"
        "一是拓展公开范围。二是开展业务培训。\n"
    )
    assert problems == ["公开内容不够全面。", "队伍建设薄弱。"]
    assert improvements == ["拓展公开范围。", "开展业务培训。"]
    # a concrete gap in an item is a problem
    problems, _ = _statements(head + "一是部分乡镇工作人员的业务能力与新形势新要求相比还有较大差距。\n")
    assert problems == ["部分乡镇工作人员的业务能力与新形势新要求相比还有较大差距。"]


def test_a_remedy_line_in_the_overview_opens_no_problems_section():
    from extract import extract_text

    report = extract_text(
        "2023年某县人民政府政府信息公开工作年度报告\n一、总体情况\n针对上年度报告中存在的问题:我县逐项整改到位。\n"
        "2023年,我县主动公开政府信息120条。\n三、存在的主要问题及改进情况\n一是公开不及时。\n"
    )
    assert report.fields["headline.proactive_total"].value == 120
    assert [s.text for s in report.problems] == ["公开不及时。"]


def test_wild8_plan_wordings():
    head = "三、存在的问题及改进措施\n"
    # 下步 is the short form of 下一步: the paragraph is split where the plan begins
    problems, improvements = _statements(
        head + "2018年,我局信息公开工作还存在认识不到位,公开还不全面等问题。下步,我局将严格按照条例要求做好公开。\n"
    )
    assert problems == ["2018年,我局信息公开工作还存在认识不到位,公开还不全面等问题。"]
    assert improvements == ["下步,我局将严格按照条例要求做好公开。"]
    # a transition without 将: the measure after its comma is the statement
    problems, improvements = _statements(
        head
        + "少数部门对公开工作重视不够,公开的力度不大。\n针对存在的问题,今后要进一步加强组织领导,扩大主动公开信息量。\n"
    )
    assert improvements == ["今后要进一步加强组织领导,扩大主动公开信息量。"]
    # …and a bare transition with nothing after it is still no statement
    _, improvements = _statements(head + "公开的力度不大。\n针对存在的问题,切实加以改进。\n")
    assert improvements == []


def test_a_transition_that_leads_to_items_is_no_measure():
    _, improvements = _statements(
        "三、存在的问题及改进措施\n公开的力度不大。\n针对上述问题,下一步着重抓好以下几项工作。\n一是加强业务培训。二是规范公开流程。\n"
    )
    assert improvements == ["加强业务培训。", "规范公开流程。"]


def test_wild11_statement_wordings():
    head = "五、存在的主要问题和改进措施\n"
    # the excerpt ends inside the lead-in: no problem named yet
    problems, _ = _statements(head + "今年来,某乡政府信息公开工作逐步规范化和正规化,但仍然")
    assert problems == []
    problems, _ = _statements(head + "我局政府信息公开工作从总体来看,运行状况较好,但是也有一")
    assert problems == []
    # …while a cut problem is kept
    problems, _ = _statements(head + "一是公开内容不够全")
    assert problems == ["公开内容不够全"]
    # 在以后的工作中 begins the plan
    problems, improvements = _statements(
        head + "2015年,我局存在一些不足,如信息更新不够及时。在以后的工作中,我局将继续深入贯彻条例,做到职责明确。\n"
    )
    assert improvements == ["在以后的工作中,我局将继续深入贯彻条例,做到职责明确。"]


def test_an_item_cut_inside_is_kept_unless_it_is_a_lead_in():
    problems, _ = _statements("五、存在的主要问题\n一是各股室工作进展参差不齐,个别股室信息报送")
    assert problems == ["各股室工作进展参差不齐,个别股室信息报送"]
    problems, _ = _statements("五、存在的主要问题\n2013年,某街道信息公开工作取得了一定的成")
    assert problems == []


def test_the_self_inspection_that_found_a_problem_is_no_part_of_it():
    problems, _ = _statements(
        "三、存在的不足和下一步工作思路\n根据区政府要求,我办对本年度政府信息公开工作进行了自查,"
        "主要在加强基础性日常管理和工作效率方面有待提高。\n"
    )
    assert problems == ["主要在加强基础性日常管理和工作效率方面有待提高。"]
    # a review clause without 根据…要求 before it is cut the same way
    problems, _ = _statements("三、存在的不足\n我办对本年度工作进行了自查,公开内容不够全面。\n")
    assert problems == ["公开内容不够全面。"]


def test_a_sentence_that_announces_the_measures_is_no_problem():
    problems, improvements = _statements(
        "二、存在的問題及改進情況\n信息公开的途径还不是很广泛,制度建设还有待进一步加强。在政府信息公开工作中,我委主要改进了以下工作。\n"
        "1.建立政务公开长效机制。\n"
    )
    assert problems == ["信息公开的途径还不是很广泛,制度建设还有待进一步加强。"]
    assert improvements == ["建立政务公开长效机制。"]


def test_a_turn_after_the_self_inspection_is_cut_too():
    problems, _ = _statements(
        "三、存在的不足\n我办对本年度工作进行了自查,但仍存在一些不足,如公开内容不够全面、更新不够及时。\n"
    )
    assert problems == ["公开内容不够全面、更新不够及时。"]


def test_a_problems_sub_heading_past_three_inside_the_first_section_ends_at_the_next_sub_heading():
    # a legacy report's (五)存在的主要问题及改进措施 under 一、…概况 (wild29/v09): before, no section was found
    text = (
        "某区民政局2018年度政府信息公开年度报告\n一、政府信息公开概况\n(一)主动公开政府信息的情况\n"
        "2018年度,我局主动公开信息共计106条。\n(五)存在的主要问题及改进措施\n"
        "2018年度我局总体运行良好,但也存在一些问题:一是信息发布渠道还有待拓宽;二是意见反馈工作还有待于加强。"
        "下一步,我局将积极拓宽发布渠道。\n(六)其他需要报告的事项\n无\n二、2018年政务公开工作要点落实情况\n"
        "我局按照工作要点要求推进公开。\n"
    )
    report = extract_text(text)
    assert [s.text for s in report.problems] == ["信息发布渠道还有待拓宽;", "意见反馈工作还有待于加强。"]
    assert [s.text for s in report.improvements] == ["下一步,我局将积极拓宽发布渠道。"]


def test_a_sub_heading_problems_section_keeps_its_own_remedy_part():
    # (一)存在问题 / (二)进一步整改: the second sub-heading is the section's own improvements
    text = (
        "某中心2020年政府信息公开工作年度报告\n(一)主动公开信息的数量:2020年,中心网站发布各类信息635条。\n"
        "(七)依申请公开工作情况:2020年度,中心未收到依申请公开件。\n"
        "(一)存在问题:一是信息量偏少;二是形式不够新颖。\n(二)进一步整改:一是提升信息化水平;二是深入调研。\n"
    )
    report = extract_text(text)
    assert [s.text for s in report.problems] == ["信息量偏少;", "形式不够新颖。"]
    assert [s.text for s in report.improvements] == ["提升信息化水平;", "深入调研。"]


def test_a_late_sub_heading_of_remedies_opens_no_problems_section():
    # (四)存在问题整改情况 in the overview reports last year's remedies; the problems are under 五、
    text = (
        "2023年某县政府信息公开工作年度报告\n一、总体情况\n(四)存在问题整改情况\n"
        "针对上年度报告中指出的问题,我局已完成整改。\n五、存在的主要问题及改进情况\n"
        "一是公开内容不够全面。二是解读形式单一。\n"
    )
    report = extract_text(text)
    assert [s.text for s in report.problems] == ["公开内容不够全面。", "解读形式单一。"]


def test_an_early_sub_heading_section_runs_on_over_its_plan_part_whatever_its_name():
    # (一)主要问题 / (二)下步工作: the section runs on to the next top heading, as before
    for second in ("下步工作", "工作举措", "2024年工作安排"):
        problems, improvements = _statements(
            f"(一)主要问题\n部分栏目更新不够及时。\n(二){second}\n一是加强业务培训;二是完善制度。\n"
        )
        assert problems == ["部分栏目更新不够及时。"], second
        assert improvements == ["加强业务培训;", "完善制度。"], second


def test_a_sub_heading_that_names_the_problems_without_main():
    # (一)存在的问题 (no 主要): the old pattern needed 主
    problems, _ = _statements("(一)存在的问题\n一是公开内容不够全面。二是解读形式单一。\n")
    assert problems == ["公开内容不够全面。", "解读形式单一。"]


def test_measures_after_a_transition_opened_by_jian_yu():
    # wild36/g02: 鉴于上述问题我局已采取了各项对策。一是… opens the measures
    problems, improvements = _statements(
        "二、政府信息公开工作中存在的问题及主要措施\n一是各科室不及时上报信息。二是对政府信息公开工作不够重视,监管不力。\n"
        "鉴于上述问题我局已采取了各项对策。一是重新建立了信息报送工作小组,每科室指定专人定期报送信息。\n"
    )
    assert problems == ["各科室不及时上报信息。", "对政府信息公开工作不够重视,监管不力。"]
    assert improvements == ["重新建立了信息报送工作小组,每科室指定专人定期报送信息。"]


def test_a_concession_the_excerpt_ends_inside_is_no_problem():
    # wild41/x05: 我局虽然已按上级要求及时 (cut there): no problem named yet
    text = "2014年某县科技局政府信息公开工作年度报告\n一、概述\n全年主动公开政府信息10条。\n六、存在的主要问题和改进措施\n\n   我局虽然已按上级要求及时"
    report = extract_text(text)
    assert report.problems == [] and report.improvements == []


def test_a_shortfall_against_the_standard_is_framing():
    # wild41/w05: …但与全区…的高标准、严要求相比,还存在些不足。一是…
    problems, _ = _statements(
        "五、存在的主要问题及改进措施\n2019年,政务信息公开工作取得了一定成绩,但与全区政务信息工作的高标准、严要求相比,"
        "还存在些不足。一是信息公开平台还需要进一步加强和优化。"
    )
    assert problems == ["信息公开平台还需要进一步加强和优化。"]


def test_a_shortfall_against_the_standard_after_a_concrete_one_stays_a_problem():
    # review of the thirteenth session: the framing reading needs nothing concrete before it
    problems, _ = _statements(
        "五、存在的主要问题及改进措施\n一是部分栏目信息更新不及时,与上级要求相比,还存在差距。二是解读形式单一。"
    )
    assert problems == ["部分栏目信息更新不及时,与上级要求相比,还存在差距。", "解读形式单一。"]
