from extract import extract_text


def _table3(new, carried, granted, total, forward):
    return (
        "本年新收政府信息公开申请数量\n"
        f"| 一、本年新收政府信息公开申请数量 | {new} | 0 | 0 | 0 | 0 | 0 | {new} |\n"
        f"| 二、上年结转政府信息公开申请数量 | {carried} | 0 | 0 | 0 | 0 | 0 | {carried} |\n"
        f"| (一)予以公开 | {granted} | 0 | 0 | 0 | 0 | 0 | {granted} |\n"
        f"| (七)总计 | {total} | 0 | 0 | 0 | 0 | 0 | {total} |\n"
        f"| 四、结转下年度继续办理 | {forward} | 0 | 0 | 0 | 0 | 0 | {forward} |\n"
    )


def _check(report, check_id):
    return next(c for c in report.checks if c.id == check_id)


def test_balance_identity_holds():
    report = extract_text(_table3(4, 1, 5, 5, 0))
    check = _check(report, "t3.balance.total")
    assert check.holds is True
    assert check.detail == "4 + 1 = 5 + 0"


def test_broken_identity_is_reported_and_lowers_confidence_but_keeps_the_number():
    report = extract_text(_table3(4, 1, 5, 6, 0))
    assert _check(report, "t3.balance.total").holds is False
    field = report.fields["t3.total_processed.total"]
    assert field.value == 6
    assert field.confidence < 0.9
    assert any("t3.balance.total" in w for w in report.warnings)


def test_identity_with_a_missing_value_is_null():
    report = extract_text(_table3(4, 1, 5, 5, 0))
    # the result rows other than 予以公开 are not printed, so the results sum cannot be checked
    assert _check(report, "t3.results.total").holds is None
