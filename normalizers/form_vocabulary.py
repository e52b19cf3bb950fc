"""The words performance forms print, as regex tables and the classifiers over them.

No grid, no cells: labels (项目名称, 主管部门, 自评等级 …), money labels and their budget
stages (年初预算数 / 全年预算数 / 全年执行数), period and year words (实施期 / 年度), list and
header words, grade words and the indicator-name cleanup. Read by form_grid, form_money,
form_lists and form_read; imports nothing of theirs.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from cnbudget.normalizers.indicators import is_level1_name, split_weight
# the numbering rule name_form strips for the key (private there: one rule, shared on purpose)
from cnbudget.normalizers.indicators import ENUM_PREFIX
from cnbudget.normalizers.privacy import is_personal_label
from cnbudget.schemas.text import compact, nfkc


# --------------------------------------------------------------------------- text helpers


@functools.lru_cache(maxsize=1 << 14)  # asked of the same cell texts over and over
def _label(s: str | None) -> str:
    """A row label without spaces, trailing colon, score note: "产出 指标 (40分)" -> "产出指标"."""
    s = compact(s).rstrip(":")
    return re.sub(r"\(\d+(\.\d+)?分\)$", "", s)


# A head naming the target's comparison or its direction (比较 / 比较符 / 比较方式 / 比较类型 /
# 符号 / 运算符 / 关系 / 方向 / 指标方向 / 指标性质 …): the comparator column of a split target.
# Matched as a whole head only, so 比较基准 / 方向性说明 stay other columns.
_SPLIT_COMPARATOR = r"指标性质|(指标)?方向|比较(符号?|方式|关系|类型)?|(运算|关系)符号?|符号|关系"
_HEADER_WORD = re.compile(
    r"^(年度绩效指标|项目年度绩效指标|绩效指标|一级指标|二级指标|三级指标|指标名称|指标内容|具体指标.*|"
    r"(年度)?指标值|(年度)?目标值|绩效标准|近两年指标值|\d{4}年|前年|上年|预期当年实现值|备注|指标值确定依据|"
    r"指标分类|指标类型|指标类别|全年完成值|实际完成值|(自评)?得分|自评分|(分值|权重)(\((%|分)\))?|未完成原因.*|绩效指标描述|评\(?[扣计]?\)?分标准|"
    rf"{_SPLIT_COMPARATOR}|数值|计量单位|度量单位|指标值内容|指标值类型|指标解释|指标值说明|指标说明|偏差原因.*|(年度)?绩效指标名称)$"
)
# The sub-heads of a target printed over columns (比较符 | 数值 | 计量单位, 符号 | 数值 | 单位,
# 比较方式 | 数值 | 单位 …), in any order, under a merged 指标值 / 目标值 or not: the comparator's,
# the value's and the unit's.
_SPLIT_VALUE = r"数值|值|(年度)?指标值|(年度)?目标值"
_SPLIT_UNIT = r"计量单位|度量单位|单位"
_SPLIT_SUBHEAD = re.compile(rf"^({_SPLIT_COMPARATOR}|{_SPLIT_VALUE}|{_SPLIT_UNIT})$")


# The head of a column numbering the rows (序号 | 绩效指标 | 指标值): part of a header row.
_ROW_NUMBER_HEADS = ("序号", "编号")
_NAME_HEADER = re.compile(r"^(三级指标|(年度)?绩效指标名称|指标名称|具体指标)$")
_TARGET_HEADER = re.compile(r"^((年度|预期)?指标值|(年度)?目标值|预期当年实现值)")


# The budget stage a money figure is read at, one vocabulary wherever the stage is named:
# a column head (年初预算数 | 全年预算数 | 全年执行数), a turned block's row label, a row led
# by its stage, a label | value pair or sentence, or fused into a part's label
# (财政拨款全年预算数, 年初财政拨款). "opening": the budget set at the year's start;
# "year": the full-year budget — the adjusted one (调整后预算数, 预算数（调整后）) is what is
# executed against, so it wins over 年初预算 / 当年预算 printed beside it; "executed": what
# was spent (执行数, 实际支出数). A bare 预算 names no stage (a form's money word).
_STAGES = (
    ("opening", r"年初预算(数|金额)?|预算(数|金额)?\(年初\)"),
    ("year", r"(全年)?预算(数|金额)|全年预算|调整后(全年)?预算(数|金额)?|(全年)?预算(数|金额)?\(调整后\)"),
    ("executed", r"(全年|实际|预算)?执行(数|金额)?|(全年)?实际支出(数|金额)"),
)
_STAGE_RX = tuple((stage, re.compile(rf"^({words})$")) for stage, words in _STAGES)
# (全年预算数（A） / 全年执行数(B): the letters a self-evaluation names its columns by)
_STAGE_NOTE = re.compile(r"(\([A-Za-z]\)|[A-Za-z])$")


def budget_stage(label: str | None) -> str | None:
    """The budget stage a label names ("opening", "year", "executed"), else None."""
    x = _STAGE_NOTE.sub("", _key(label))
    return next((stage for stage, rx in _STAGE_RX if rx.match(x)), None)


# The money block of a form, wherever it sits: label -> _Form attribute. A value is the
# next cell of the row, or the cell below the label where labels head columns.
# The multi-year sum is named by its period (实施期, 中期, 项目期, 项目周期, 总) before a money
# word; the year's by the year (年度, 当年, 本年, 2024年) before one. A bare 项目资金 is the
# block's own label, and 资金总额 (资金合计) alone the year's sum (the forms that print one sum), as is
# 项目金额 (a form printing one amount beside the project's name; 本年度项目金额 too). The period or the year
# may follow the money word in brackets instead (项目总金额（实施期）, 资金总额（年度）).
_PERIOD_WORD = r"((项目)?实施期|(项目)?中期|项目期|项目周期|实施周期|项目全周期|全周期|项目总|总)"
# (the project may name itself before its year: 本项目年度预算, 该项目年度资金)
_YEAR_WORD = r"((本|该)?项目)?(年度|当年度?|本年度?|(19|20)\d{2}年度?)"
_MONEY_WORD = r"(资金总额|资金合计|资金|总额|总金额|金额|总预算|预算|预算总额|总投资|投资)"
# What a 申报表 asks for: 申请金额 / 申报资金 is the year's sum (after a period word, the total's);
# after a year word the money word may go unsaid (本年度申请, 2025年申报).
_REQUEST_WORD = r"(申请|申报)(资金总额|资金|金额|数)"
# A part is named under its sum as 其中, or with the sum it is part of: 本年度资金中：财政拨款,
# 年度资金中的财政拨款, 年度资金总额其中：上年结转 (the year's sum; a period's would be the total's);
# a part the whole sum is comes as 全部为 / 均为 (本项目年度预算18.00万元，全部为财政拨款18.00万元).
_WHEREOF = rf"(其中:?|全部为|全部是|均为|全额为|{_YEAR_WORD}?{_MONEY_WORD}(其中|中的?):?)"
# The government level a fiscal source may be named with (市级财政拨款, 本级财政资金).
_GOV_LEVEL = r"(本级|省级|市级|州级|盟级|县级|区级|旗级|乡级|镇级|乡镇级)"
_MONEY_LABELS = (
    (re.compile(rf"^(项目资金总额|项目总额|{_PERIOD_WORD}({_MONEY_WORD}|{_REQUEST_WORD})"
                rf"|(项目)?{_MONEY_WORD}\({_PERIOD_WORD}内?\))$"), "total"),
    # (本年安排 / 本年度预算安排: what the year arranges is the year's sum; 年度项目资金 /
    # 本年度项目预算: the year's project money, as is a bare 项目预算 — no period word)
    (re.compile(rf"^(资金总额|资金合计|总额|{_YEAR_WORD}({_MONEY_WORD}|预算数|预算资金|预算金额|(预算)?安排(资金|数)?)|预算数|预算金额|(?:{_YEAR_WORD})?项目(预算)?金额|项目预算数?|项目资金"
                rf"|{_YEAR_WORD}项目(预算|资金)"
                rf"|{_YEAR_WORD}?{_REQUEST_WORD}|{_YEAR_WORD}(申请|申报)|(项目)?{_MONEY_WORD}\({_YEAR_WORD}\))$"), "amount"),
    # (本年拨款 / 本年财政拨款 beside 上年结转: what is appropriated this year is the fiscal part)
    # (本年财政资金 / 年度财政资金 too: a year word before any fiscal word — never a period's)
    # (市级财政拨款 / 县级财政资金 / 本级财政拨款: the 财政拨款 named with its government level,
    # printed beside 中央补助 / 单位自有资金, which are no fiscal part)
    (re.compile(rf"^{_WHEREOF}?({_YEAR_WORD}?{_GOV_LEVEL}?(财政拨款(资金)?|财政资金|财政性资金)|(本年|当年)度?拨款)(小计|合计)?$"),
     "fiscal"),
    # (上年结转结余 / 上年结转和结余 / 以前年度结转 / 结转资金: carried all the same; the
    # hand-typed 上年结余 / 上年度结余资金 / 以前年度结余 / 结余资金 too — 结余 names the
    # carried money only with its year or its 资金, never alone: 结余率, 结余原因)
    (re.compile(rf"^{_WHEREOF}?((上年度?|以前年度)(结转和?结余|结转|结余)(资金)?|(结转和?结余|结转|结余)资金)$"),
     "carried"),
)
# A bare sum (总额, 资金总额, 项目资金) is the year's only where the form or list prints no
# year's own sum beside it; beside one (本年预算, 当年预算, 年度预算, 本年安排 …) it is the
# project's total.
_BARE_SUM = re.compile(r"^((资金)?总额|资金合计|项目资金)$")
_YEAR_SUM = re.compile(rf"^{_YEAR_WORD}")


def _money_label(key: str, beside: Iterable[str] = ()) -> str | None:
    """What a money label names ("total", "amount", "fiscal", "carried"; else None), read
    with the labels printed beside it (its row's, or its fellow sub-heads')."""
    attr = next((attr for rx, attr in _MONEY_LABELS if rx.match(key)), None)
    if attr == "amount" and _BARE_SUM.match(key) and any(
            _YEAR_SUM.match(b) and not _BARE_SUM.match(b)
            and _list_amount(b) for b in beside):
        return "total"
    return attr


# A part's label with a budget stage fused to it, after (财政拨款全年预算数, 上年结转的执行数)
# or before, maybe without its 预算 (年初财政拨款, 全年财政拨款): the part at that stage.
_STAGE_WORDS = "|".join(words for _, words in _STAGES)
_STAGE_FUSED = (re.compile(rf"^(?P<part>.+?)的?(?P<stage>{_STAGE_WORDS})$"),
                re.compile(rf"^(?P<stage>年初|全年|调整后|{_STAGE_WORDS})的?(?P<part>.+)$"))


def _staged_part(key: str) -> tuple[str, str] | None:
    """(part, stage) for a source part's label naming its stage (("fiscal", "year") for
    其中：财政拨款全年预算数); None for any other label."""
    rest = re.sub(r"^其中:?", "", key)
    for rx in _STAGE_FUSED:
        m = rx.match(rest)
        stage = m and budget_stage(m["stage"] + ("预算" if m["stage"] in ("年初", "全年", "调整后") else ""))
        if stage and (part := _money_label(m["part"])) in ("fiscal", "carried"):
            return part, stage
    return None


# The number of an item in a list of sources (9.上年结转, (九)上年结转, 九、上年结转).
_ITEM_NUMBER = re.compile(r"^(\d{1,2}[.、](?!\d)|\(\d{1,2}\)|[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\))")
# A line of a sources list naming a kind of 财政拨款 income (1.一般公共预算财政拨款收入,
# 2.政府性基金预算财政拨款收入, 国有资本经营预算财政拨款收入; the first may be led by 其中：,
# the lines being the sum's parts): the fiscal money is the sum of
# those printing an amount (their 其中：申请当年预算拨款 lines are parts, never added); a line
# naming its kind may leave out 收入 (其中：一般公共预算财政拨款). A source not named 财政拨款
# (一般公共预算, 政府性基金, 专项债券, 上级补助) is never fiscal.
_FISCAL_INCOME = re.compile(r"^(其中:?)?((一般公共预算|政府性基金预算?|国有资本经营预算)财政拨款(收入)?|财政拨款收入)$")
# Header fields printed as label | value.
_TEXT_LABELS = (
    (re.compile(r"^项目(属性|性质)$"), "nature"),
    (re.compile(r"^项目(类别|类型|分类)$"), "category"),
    (re.compile(r"^(项目)?(起止时间|起止日期|实施期限|实施周期|项目期限|执行期限|项目期)$"), "period"),
    (re.compile(r"^(项目)?(年度)?(绩效|总体)?目标$|^(项目)?年度(总体)?绩效目标$|^绩效目标$"), "goal"),
)
_NAME_LABELS = ("项目名称",)
# The department-wide form's header field (部门整体支出绩效自评表 has no 项目名称).
_DEPT_LABEL = re.compile(r"^(部门|单位|部门\(单位\))名称$|^部门\(单位\)$")
_DEPT_TITLE = re.compile(r"部门整体|整体支出")
# Self-evaluation results: the grade (优/良/中/差, or spelled out) and the total score.
_GRADE_LABEL = re.compile(r"^(自评|综合|绩效|评价)?(等[次级]|评价|结论)(等[次级]|结果|结论)?$"
                          r"|^(绩效|项目|综合)?自评(等[次级]|结论|结果)")
_GRADES = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "合格": "中",
           "差": "差", "较差": "差", "不合格": "差"}
_TOTAL_LABEL = re.compile(r"^(总分|合计得分|总得分|自评总分|综合得分)$")
_CODE_LABELS = ("项目代码", "项目编码", "编码", "项目编号")
# A project printed as "<code>-<name>" in its 项目名称 cell: a code of letters and digits
# (six or more, a digit among them) before a dash, the name after it.
_CODE_NAME = re.compile(r"^(?P<code>(?=[0-9A-Za-z]*\d)[0-9A-Za-z]{6,})\s*[-—－_]\s*(?P<name>[^\d\s].*)$")
# The sum closing a money block listed by source (财政拨款, 上年结转, 合计).
_SUM_LABEL = re.compile(r"^(合计|小计|资金合计|合计金额)$")
# A cell holding one figure (an amount or a rate), not a label.
_FIGURE = re.compile(r"^-?[\d,]+(\.\d+)?%?$")
# An amount in a value cell, its unit after the number ("1,250,000.00元").
_FIGURE_AMOUNT = re.compile(r"^-?[\d,]+(\.\d+)?(%|万元|元)?$")
# A list of projects (单位名称 | 项目名称 | 金额 | 绩效目标 …): column header words.
_LIST_NAME = re.compile(r"^(一级|二级)?项目名称$")
# The implementing unit's column of a list (单位名称 | 项目名称 | …): part of a project's identity.
_LIST_OWNER = re.compile(r"^(预算|实施|项目|填报|主管|申报)?单位(名称)?$")
# A list's money column is headed as a form's money is labelled (_money_label: 本年预算,
# 申请资金, 项目总金额 …). The list-only allowance, the one difference: a list may head the
# year's column with a bare word a form never labels its sum with (金额, 资金, 项目资金,
# 预算资金, 预算安排, 资金金额: in a form they head its sources' figures or name its block),
# and a head may print a note in brackets after its money word (预算金额（千元）).
_LIST_ONLY_AMOUNT = re.compile(rf"^{_YEAR_WORD}?(金额|资金金额|预算安排|预算资金|项目资金|资金)$")
_HEAD_NOTE = re.compile(r"\([^()]*\)$")
_LIST_GOAL = re.compile(r"^(项目)?(年度)?(总体)?(绩效|总体)?目标(内容)?$|(绩效|总体|年度)目标")
# One cell per indicator (Guangdong): "1-产出指标；11-数量指标；<name>；…；年度指标值:…".
_ONE_CELL = re.compile(r"^\s*\d+\s*-\s*([^;]*?指标)\s*;\s*\d+\s*-\s*([^;]*?指标)\s*;\s*([^;]+?)\s*;(.*)$", re.S)
_NAME_PREFIX = re.compile(r"^(?:指标\s*\d+\s*[:：]|\d+\s*[:：])\s*")
# A second numbered item inside a cell ("1、破案560宗；2、逮捕200人"): a list, kept whole.
_MORE_ITEMS = re.compile(r"[;；。,，\s](?:\d+[、.:：](?!\d)|[(（]\d+[)）]|[②-⑳])")


def indicator_name(name: str) -> str:
    """The printed name without its numbering prefix ("指标1：", "1.", "（1）", "一、", "①"),
    with the rule ``name_form`` uses for the key; a cell listing several numbered items
    keeps its numbering (stripping the first number alone would misstate it).

    Not yet applied to the published ``name``: tests/test_performance.py matches the seed
    gold by printed name (72 of 620 gold names are numbered), so the switch waits for
    that matcher to compare names in this form."""
    text = name.strip()
    if _MORE_ITEMS.search(nfkc(text)):
        return text
    for _ in range(2):  # "1、指标内容：…": a number, then a label
        m = ENUM_PREFIX.match(text)
        if m is None and ENUM_PREFIX.match(nfkc(text)):  # ⑩, fullwidth digits: NFKC only then
            text = nfkc(text)
            m = ENUM_PREFIX.match(text)
        if m is None or m.end() >= len(text):
            break
        text = text[m.end():].strip()
    return text


_GRADE_WORDS = r"(优秀|良好|中等|合格|不合格|较差|优|良|中|差)"
# A grade stated in a conclusion's prose: "项目自评得分97.08分，自评等级为优。"
_GRADE_IN_PROSE = re.compile(rf"(?:等[级次]|评价结果|评级)(?:为|是|:)?[\"'“‘]?{_GRADE_WORDS}(?![\u4e00-\u9fff])")


def _grade(text: str | None) -> str | None:
    """优/良/中/差 from a printed grade ("良", "良好", "优秀（90分以上）"), or from the
    sentence of a 评价结论 that states it ("自评等级为优")."""
    s = compact(text)
    if s in _GRADES:
        return _GRADES[s]
    m = re.match(rf"^{_GRADE_WORDS}(?![\u4e00-\u9fff])", s) or _GRADE_IN_PROSE.search(s)
    return _GRADES[m.group(1)] if m else None


# A grade printed as a letter: "A", "B级", "C等".
_GRADE_LETTER = re.compile(r"^([A-Ea-e])(级|等)?$")
# The key a form prints for its letters: "A为优（90分及以上）", "B：良好", "C（中）", "D-差".
_LETTER_KEY = re.compile(rf"(?<![A-Za-z])([A-E])(?:级|等)?(?:为|是|表示|代表|对应|:|=|-|—|\()\(?{_GRADE_WORDS}"
                         rf"(?![\u4e00-\u9fff])")


def _letter_key(texts) -> dict[str, str]:
    """Letter -> 优/良/中/差 as the key printed among ``texts`` states it (empty where none is
    printed: a letter is never read through a guessed key)."""
    key: dict[str, str] = {}
    for text in texts:
        for m in _LETTER_KEY.finditer(compact(text)):
            key.setdefault(m.group(1), _GRADES[m.group(2)])
    return key


def _key(text: str | None) -> str:
    """A label without spaces, colon, score note or unit: "年度资金总额（万元）：" -> "年度资金总额"."""
    return re.sub(r"\((万?元|万元)\)$", "", _label(text)).rstrip(":")


def _part_key(text: str | None) -> str:
    """The key of a money part's label, a sources list's item number dropped ("9.上年结转" ->
    "上年结转", "(一)一般公共预算财政拨款收入" -> "一般公共预算财政拨款收入")."""
    return _ITEM_NUMBER.sub("", _key(text))


# A list's 执行率 head (never 执行率得分, the rate's score).
_RATE_HEAD = re.compile(r"^(预算)?执行率(\(%\))?$")
# A results row's label naming the score and the grade together (总分及自评等级): its grade
# is the grade word printed in the row.
_RESULTS_LABEL = re.compile(r"^(总分|自评总分|总得分|综合得分|自评得分)(及|和|与|、)(自评|评价|绩效)?(等级|等次|结果)$")

# A unit's field label (主管部门, 实施单位, 预算单位名称 …).
_UNIT_FIELD = re.compile(r"^(预算|实施|项目|填报|主管|申报|归口)?(单位|部门)(名称)?$")


def _is_header_label(text: str) -> bool:
    """A form's header field label (项目编码, 主管部门, 实施单位, money, goal …), not a value."""
    return _is_field_label(text) or bool(_UNIT_FIELD.match(_key(text)))


def _list_amount(key: str) -> bool:
    """A list's head naming the year's money: a form's year's label or a list-only word
    (_LIST_ONLY_AMOUNT), maybe with a note in brackets after it."""
    return any(_LIST_ONLY_AMOUNT.match(x) or _money_label(x) == "amount" for x in {key, _HEAD_NOTE.sub("", key)})


def _list_money(key: str, beside: Iterable[str] = ()) -> str | None:
    """What a list's column head names, as a form's money label would: "total" (项目总金额),
    "amount" (the year's: 本年预算, 年度资金, 本年安排 …), "fiscal" or "carried"; else None.
    ``beside``: the heads printed with it (a bare 总额 beside 本年预算 is the total)."""
    attr = _money_label(key, beside)
    return "amount" if attr is None and _list_amount(key) else attr


def _is_level_text(text: str) -> bool:
    """A level's name (产出指标, 数量指标, 社会效益指标, 满意度), never a project's."""
    label, _ = split_weight(text)
    return bool(label) and (is_level1_name(label) or bool(re.search(r"指标$", compact(label)))
                            or bool(_HEADER_WORD.match(_label(label))))


def _is_label(text: str) -> bool:
    x = _key(text)
    return bool(x in _NAME_LABELS or x in _CODE_LABELS or _HEADER_WORD.match(x)
                or any(rx.match(x) for rx, _ in _MONEY_LABELS) or any(rx.match(x) for rx, _ in _TEXT_LABELS)
                or is_personal_label(x))


def _is_field_label(label: str) -> bool:
    """A label the form reader knows as a header field, money, result or budget head."""
    x = _key(label)
    return bool(_is_label(x) or _DEPT_LABEL.match(x) or _GRADE_LABEL.match(x) or _TOTAL_LABEL.match(x)
                or re.match(r"^(全年)?(预算|执行)数|执行率$", x) or budget_stage(x) is not None
                or re.match(r"^(项目)?(单位|负责人)$", x))
