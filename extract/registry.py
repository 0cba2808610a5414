"""The one field registry: every canonical id of FORMAT.md with its Chinese labels.

Labels are written in simplified characters and half-width punctuation, because
matching always happens on the normalized text. The tables module reads its row
and column templates from here; evaluation groups fields by `group`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Family = Literal["2021", "2019", "legacy", "any"]
Group = Literal["table", "headline", "legacy"]


@dataclass(frozen=True)
class FieldSpec:
    """One canonical field: id, the labels that name it, family, unit, evaluation group."""

    id: str
    labels: tuple[str, ...]
    family: Family
    unit: str
    group: Group


@dataclass(frozen=True)
class RowSpec:
    """One row of a table template: the row id and the label variants that name it."""

    id: str
    labels: tuple[str, ...]


# --- Table 3: rows and columns shared by the 2019 and 2021 families -------------

T3_COLUMNS: tuple[RowSpec, ...] = (
    RowSpec("natural_person", ("自然人",)),
    RowSpec("commercial", ("商业企业",)),
    RowSpec("research", ("科研机构",)),
    RowSpec("social_welfare", ("社会公益组织", "社会公益")),
    RowSpec("legal_services", ("法律服务机构",)),
    RowSpec("other_org", ("其他",)),
    RowSpec("total", ("总计",)),
)

_T3_HEAD: tuple[RowSpec, ...] = (
    RowSpec("new_received", ("本年新收政府信息公开申请数量", "本年新收")),
    RowSpec("carried_over", ("上年结转政府信息公开申请数量", "上年结转")),
    RowSpec("granted", ("予以公开",)),
    RowSpec("partially_granted", ("部分公开",)),
    RowSpec("denied.state_secret", ("属于国家秘密", "国家秘密")),
    RowSpec("denied.prohibited_by_law", ("其他法律行政法规禁止公开", "法律行政法规禁止公开")),
    RowSpec("denied.security_stability", ("危及三安全一稳定", "三安全一稳定")),
    RowSpec("denied.third_party", ("保护第三方合法权益", "第三方合法权益")),
    RowSpec("denied.internal_affairs", ("属于三类内部事务信息", "三类内部事务信息")),
    RowSpec("denied.process_info", ("属于四类过程性信息", "四类过程性信息")),
    RowSpec("denied.enforcement_files", ("属于行政执法案卷", "行政执法案卷")),
    RowSpec("denied.admin_query", ("属于行政查询事项", "行政查询事项")),
    RowSpec("unable.not_held", ("本机关不掌握相关政府信息", "不掌握相关政府信息")),
    RowSpec("unable.needs_creation", ("没有现成信息需要另行制作", "需要另行制作")),
    RowSpec("unable.unclear", ("补正后申请内容仍不明确", "申请内容仍不明确")),
    RowSpec("not_processed.complaint", ("信访举报投诉类申请", "信访举报投诉")),
    RowSpec("not_processed.duplicate", ("重复申请",)),
    RowSpec("not_processed.publication", ("要求提供公开出版物", "公开出版物")),
    RowSpec("not_processed.excessive", ("无正当理由大量反复申请", "大量反复申请")),
    RowSpec("not_processed.confirm_reissue", ("要求行政机关确认或重新出具已获取信息", "重新出具已获取信息")),
)
_T3_TAIL: tuple[RowSpec, ...] = (
    RowSpec("total_processed", ("总计",)),
    RowSpec("carried_forward", ("结转下年度继续办理", "结转下年度")),
)

T3_ROWS_2021: tuple[RowSpec, ...] = (
    _T3_HEAD
    + (
        RowSpec("other.no_correction", ("逾期不补正",)),
        RowSpec("other.unpaid_fee", ("逾期未按收费通知要求缴纳费用", "未按收费通知要求缴纳费用", "逾期未缴纳费用")),
        RowSpec("other.other", ("其他",)),
    )
    + _T3_TAIL
)
T3_ROWS_2019: tuple[RowSpec, ...] = _T3_HEAD + (RowSpec("other.other", ("其他处理",)),) + _T3_TAIL

# --- Table 4 -----------------------------------------------------------------

T4_GROUPS: tuple[RowSpec, ...] = (
    RowSpec("review", ("行政复议",)),
    RowSpec("suit_direct", ("未经复议直接起诉",)),
    RowSpec("suit_after_review", ("复议后起诉",)),
)
T4_RESULTS: tuple[RowSpec, ...] = (
    RowSpec("upheld", ("结果维持",)),
    RowSpec("corrected", ("结果纠正",)),
    RowSpec("other", ("其他结果",)),
    RowSpec("pending", ("尚未审结",)),
    RowSpec("total", ("总计",)),
)

# --- Table 1 -----------------------------------------------------------------
# Each row: (row id, labels, column ids). Columns follow the printed order.

T1_ROWS_2021: tuple[tuple[RowSpec, tuple[str, ...]], ...] = (
    (RowSpec("regulations", ("规章",)), ("issued", "repealed", "in_force")),
    (RowSpec("normative_docs", ("行政规范性文件", "规范性文件")), ("issued", "repealed", "in_force")),
    (RowSpec("licensing", ("行政许可",)), ("decisions",)),
    (RowSpec("punishment", ("行政处罚",)), ("decisions",)),
    (RowSpec("coercion", ("行政强制",)), ("decisions",)),
    (RowSpec("fees", ("行政事业性收费",)), ("amount",)),
)
T1_ROWS_2019: tuple[tuple[RowSpec, tuple[str, ...]], ...] = (
    (RowSpec("regulations", ("规章",)), ("new_made", "new_published", "total_published")),
    (RowSpec("normative_docs", ("规范性文件",)), ("new_made", "new_published", "total_published")),
    (RowSpec("licensing", ("行政许可",)), ("prev_year", "change", "decisions")),
    (RowSpec("other_services", ("其他对外管理服务事项",)), ("prev_year", "change", "decisions")),
    (RowSpec("punishment", ("行政处罚",)), ("prev_year", "change", "decisions")),
    (RowSpec("coercion", ("行政强制",)), ("prev_year", "change", "decisions")),
    (RowSpec("fees", ("行政事业性收费",)), ("prev_year", "change")),
    (RowSpec("procurement", ("政府集中采购",)), ("projects", "amount")),
)

# --- Legacy statistics table (政府信息公开情况统计表), in printed order ------------

LEGACY_ROWS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("proactive.total", ("主动公开政府信息数",), "条"),
    ("proactive.normative_docs", ("主动公开规范性文件数",), "条"),
    ("proactive.normative_docs_issued", ("制发规范性文件总数",), "件"),
    ("proactive.gazette", ("政府公报公开政府信息数",), "条"),
    ("proactive.website", ("政府网站公开政府信息数",), "条"),
    ("proactive.weibo", ("政务微博公开政府信息数",), "条"),
    ("proactive.wechat", ("政务微信公开政府信息数",), "条"),
    ("proactive.other_channels", ("其他方式公开政府信息数",), "条"),
    ("response.hot_topics", ("回应公众关注热点或重大舆情数",), "次"),
    ("response.press_conferences", ("参加或举办新闻发布会总次数",), "次"),
    ("response.press_conferences_leaders", ("主要负责同志参加新闻发布会次数",), "次"),
    ("response.online_interviews", ("政府网站在线访谈次数",), "次"),
    ("response.online_interviews_leaders", ("主要负责同志参加政府网站在线访谈次数",), "次"),
    ("response.interpretations", ("政策解读稿件发布数",), "篇"),
    ("response.weibo_wechat", ("微博微信回应事件数",), "次"),
    ("response.other", ("其他方式回应事件数",), "次"),
    ("applications.received", ("收到申请数",), "件"),
    ("applications.in_person", ("当面申请数",), "件"),
    ("applications.fax", ("传真申请数",), "件"),
    ("applications.online", ("网络申请数",), "件"),
    ("applications.letter", ("信函申请数",), "件"),
    ("applications.completed", ("申请办结数",), "件"),
    ("applications.on_time", ("按时办结数",), "件"),
    ("applications.extended", ("延期办结数",), "件"),
    ("answers.total", ("申请答复数",), "件"),
    ("answers.already_public", ("属于已主动公开范围数",), "件"),
    ("answers.granted", ("同意公开答复数",), "件"),
    ("answers.partially_granted", ("同意部分公开答复数",), "件"),
    ("answers.denied", ("不同意公开答复数",), "件"),
    ("answers.denied.state_secret", ("涉及国家秘密",), "件"),
    ("answers.denied.trade_secret", ("涉及商业秘密",), "件"),
    ("answers.denied.privacy", ("涉及个人隐私",), "件"),
    (
        "answers.denied.security_stability",
        ("危及国家安全、公共安全、经济安全和社会稳定", "危及国家安全、公共安全、经济安全和社会"),
        "件",
    ),
    ("answers.denied.not_gov_info", ("不是《条例》所指政府信息", "不是条例所指政府信息"), "件"),
    ("answers.denied.other_law", ("法律法规规定的其他情形",), "件"),
    ("answers.not_this_agency", ("不属于本行政机关公开数",), "件"),
    ("answers.not_exist", ("申请信息不存在数",), "件"),
    ("answers.correction_requested", ("告知作出更改补充数",), "件"),
    ("answers.other_channel", ("告知通过其他途径办理数",), "件"),
    ("application_types.total", ("申请类型数",), "件"),
    ("application_types.fiscal_budget", ("财政预决算",), "件"),
    ("application_types.expropriation", ("征收补偿",), "件"),
    ("application_types.planning", ("规划计划",), "件"),
    ("application_types.major_projects", ("重大建设项目审批及实施",), "件"),
    ("application_types.business_admin", ("工商管理",), "件"),
    ("application_types.food_drug", ("食品药品",), "件"),
    ("application_types.environment", ("环境保护",), "件"),
    ("application_types.public_resources", ("公共资源监管",), "件"),
    ("application_types.employment", ("劳动就业及社会保障",), "件"),
    ("application_types.social_assistance", ("社会救助及扶贫",), "件"),
    ("application_types.health", ("医疗卫生及计生",), "件"),
    ("application_types.education", ("教育信息",), "件"),
    ("application_types.statistics", ("统计信息",), "件"),
    ("application_types.punishment", ("行政处罚",), "件"),
    ("application_types.personnel", ("人事信息",), "件"),
    ("application_types.pricing", ("价格收费",), "件"),
    ("application_types.enterprise_credit", ("企业信用",), "件"),
    ("application_types.other", ("其它", "其他"), "件"),
    ("review.total", ("行政复议数量",), "件"),
    ("review.upheld", ("维持具体行政行为数",), "件"),
    ("review.corrected", ("被依法纠错数",), "件"),
    ("review.other", ("其他情形数",), "件"),
    ("suit.total", ("行政诉讼数量",), "件"),
    ("suit.upheld", ("维持具体行政行为或者驳回原告诉讼请求数",), "件"),
    ("suit.corrected", ("被依法纠错数",), "件"),
    ("suit.other", ("其他情形数",), "件"),
    ("complaints.total", ("举报投诉数量",), "件"),
    ("fees.amount", ("依申请公开信息收取的费用",), "万元"),
    ("staffing.offices", ("政府信息公开工作专门机构数",), "个"),
    ("staffing.reading_points", ("设置政府信息公开查阅点数",), "个"),
    ("staffing.staff_total", ("从事政府信息公开工作人员数",), "人"),
    ("staffing.full_time", ("专职人员数",), "人"),
    ("staffing.part_time", ("兼职人员数",), "人"),
    ("staffing.budget", ("政府信息公开专项经费",), "万元"),
    ("meetings.conferences", ("召开政府信息公开工作会议或专题会议数",), "次"),
    ("meetings.trainings", ("举办各类培训班数",), "次"),
    ("meetings.trainees", ("接受培训人员数",), "人次"),
)

# --- Legacy prose figures (stated in sentences, not in the statistics table) -----

LEGACY_PROSE: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("prose.applications_received", ("收到申请",), "件"),
    ("prose.granted", ("同意公开",), "件"),
    ("prose.partially_granted", ("部分公开",), "件"),
    ("prose.denied", ("不同意公开", "不予公开"), "件"),
    ("prose.not_this_agency", ("不属于本机关", "不属于本行政机关"), "件"),
    ("prose.not_exist", ("信息不存在",), "件"),
    ("prose.review", ("行政复议",), "件"),
    ("prose.suit", ("行政诉讼",), "件"),
    ("prose.fees", ("收费", "收取费用"), "元"),
)

HEADLINES: tuple[tuple[str, str], ...] = (
    ("proactive_total", "条"),
    ("applications_received", "件"),
    ("review_total", "件"),
    ("suit_total", "件"),
    ("fees_collected", "元"),
)

REPORT_FIELDS: tuple[str, ...] = ("report.year", "report.body", "report.family", "report.title", "report.published")


def _build() -> dict[str, FieldSpec]:
    specs: list[FieldSpec] = []
    for family, rows in (("2021", T1_ROWS_2021), ("2019", T1_ROWS_2019)):
        for row, columns in rows:
            for column in columns:
                unit = "万元" if column == "amount" and row.id == "fees" else ("元" if column == "amount" else "件")
                specs.append(FieldSpec(f"t1.{row.id}.{column}", row.labels, family, unit, "table"))
    for family, rows in (("2021", T3_ROWS_2021), ("2019", T3_ROWS_2019)):
        for row in rows:
            for column in T3_COLUMNS:
                specs.append(FieldSpec(f"t3.{row.id}.{column.id}", row.labels + column.labels, family, "件", "table"))
    for group in T4_GROUPS:
        for result in T4_RESULTS:
            specs.append(FieldSpec(f"t4.{group.id}.{result.id}", group.labels + result.labels, "any", "件", "table"))
    for path, labels, unit in LEGACY_ROWS + LEGACY_PROSE:
        specs.append(FieldSpec(f"legacy.{path}", labels, "legacy", unit, "legacy"))
    for name, unit in HEADLINES:
        specs.append(FieldSpec(f"headline.{name}", (), "any", unit, "headline"))
    registry: dict[str, FieldSpec] = {}
    for spec in specs:
        # t3/t1 ids shared by both families: keep one entry, family "any".
        if spec.id in registry and registry[spec.id].family != spec.family:
            spec = FieldSpec(spec.id, spec.labels, "any", spec.unit, spec.group)
        registry[spec.id] = spec
    return registry


FIELDS: dict[str, FieldSpec] = _build()
FIELD_IDS: tuple[str, ...] = tuple(FIELDS)


# --- the token-classification label set (BIO over characters) -------------------------
# Each entity type names the field its span fills; PROBLEM / IMPROVEMENT are statements.

ENTITY_FIELDS: dict[str, str] = {
    "PROACTIVE_TOTAL": "headline.proactive_total",
    "APPLICATIONS_RECEIVED": "headline.applications_received",
    "REVIEW_TOTAL": "headline.review_total",
    "SUIT_TOTAL": "headline.suit_total",
    "FEES_COLLECTED": "headline.fees_collected",
    "LEGACY_GRANTED": "legacy.prose.granted",
    "LEGACY_PARTIALLY_GRANTED": "legacy.prose.partially_granted",
    "LEGACY_DENIED": "legacy.prose.denied",
    "LEGACY_NOT_THIS_AGENCY": "legacy.prose.not_this_agency",
    "LEGACY_NOT_EXIST": "legacy.prose.not_exist",
    "BODY": "report.body",
    "PROBLEM": "problems",
    "IMPROVEMENT": "improvements",
}
ENTITY_TYPES: tuple[str, ...] = tuple(ENTITY_FIELDS)
LABELS: tuple[str, ...] = ("O",) + tuple(f"{prefix}-{t}" for t in ENTITY_TYPES for prefix in ("B", "I"))
