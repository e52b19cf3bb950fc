"""The budget classifications the samples print: the 功能分类 catalogue (类/款/项) and
the 经济分类 of 基本支出, the function-classification leaves a department is given with
their amounts (``pick_leaves``), and their rows with 类/款 subtotals (``function_rows``,
``code_rows``)."""
from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Callable

from .amounts import fmt_amount
from .tables import BodyCell, plain_row


# 功能分类: 类 -> (name, {款: (name, {项: name})}); codes of the government-fund budget
# are marked in FUND_KUAN.
FUNCTIONS: dict[str, tuple[str, dict[str, tuple[str, dict[str, str]]]]] = {
    "201": ("一般公共服务支出", {
        "01": ("人大事务", {"01": "行政运行", "02": "一般行政管理事务", "99": "其他人大事务支出"}),
        "03": ("政府办公厅（室）及相关机构事务", {
            "01": "行政运行", "02": "一般行政管理事务", "03": "机关服务", "50": "事业运行",
            "99": "其他政府办公厅（室）及相关机构事务支出"}),
        "05": ("统计信息事务", {"01": "行政运行", "07": "专项普查活动", "08": "统计抽样调查"}),
        "06": ("财政事务", {"01": "行政运行", "02": "一般行政管理事务", "08": "财政委托业务支出"}),
        "13": ("商贸事务", {"01": "行政运行", "08": "招商引资"}),
        "38": ("市场监督管理事务", {"01": "行政运行", "10": "质量基础", "16": "食品安全监管"}),
    }),
    "204": ("公共安全支出", {
        "02": ("公安", {"01": "行政运行", "19": "信息化建设", "20": "执法办案"}),
        "06": ("司法", {"01": "行政运行", "02": "一般行政管理事务", "04": "基层司法业务",
                       "05": "普法宣传", "07": "公共法律服务", "10": "社区矫正",
                       "99": "其他司法支出"}),
    }),
    "205": ("教育支出", {
        "01": ("教育管理事务", {"01": "行政运行", "02": "一般行政管理事务"}),
        "08": ("进修及培训", {"03": "培训支出"}),
    }),
    "206": ("科学技术支出", {
        "07": ("科学技术普及", {"01": "机构运行", "02": "科普活动"}),
    }),
    "207": ("文化旅游体育与传媒支出", {
        "01": ("文化和旅游", {"01": "行政运行", "09": "群众文化", "12": "文化和旅游市场管理"}),
        "03": ("体育", {"07": "群众体育"}),
    }),
    "208": ("社会保障和就业支出", {
        "01": ("人力资源和社会保障管理事务", {"01": "行政运行", "09": "社会保险经办机构"}),
        "02": ("民政管理事务", {"01": "行政运行", "08": "基层政权建设和社区治理"}),
        "05": ("行政事业单位养老支出", {
            "01": "行政单位离退休", "02": "事业单位离退休",
            "05": "机关事业单位基本养老保险缴费支出", "06": "机关事业单位职业年金缴费支出"}),
        "10": ("社会福利", {"02": "老年福利", "04": "殡葬"}),
    }),
    "210": ("卫生健康支出", {
        "04": ("公共卫生", {"01": "疾病预防控制机构", "08": "基本公共卫生服务"}),
        "11": ("行政事业单位医疗", {"01": "行政单位医疗", "02": "事业单位医疗",
                                    "03": "公务员医疗补助"}),
    }),
    "211": ("节能环保支出", {
        "01": ("环境保护管理事务", {"01": "行政运行", "04": "生态环境保护宣传"}),
    }),
    "212": ("城乡社区支出", {
        "01": ("城乡社区管理事务", {"01": "行政运行", "04": "城管执法"}),
        "05": ("城乡社区环境卫生", {"01": "城乡社区环境卫生"}),
        "08": ("国有土地使用权出让收入安排的支出", {"01": "征地和拆迁补偿支出",
                                                   "03": "城市建设支出"}),
    }),
    "221": ("住房保障支出", {
        "02": ("住房改革支出", {"01": "住房公积金", "03": "购房补贴"}),
    }),
    "229": ("其他支出", {
        "60": ("彩票公益金安排的支出", {"02": "用于社会福利的彩票公益金支出"}),
    }),
}
FUND_KUAN = {"21208", "22960"}
# Items every department has (staff costs): basic expenditure only.
PERSONNEL = {"2080501", "2080502", "2080505", "2080506", "2101101", "2101102",
             "2101103", "2210201", "2210203"}
ALWAYS = ["2010301", "2080505", "2080506", "2101101", "2210201"]

ECONOMIC: dict[str, tuple[str, dict[str, str]]] = {
    "301": ("工资福利支出", {
        "01": "基本工资", "02": "津贴补贴", "03": "奖金", "07": "绩效工资",
        "08": "机关事业单位基本养老保险缴费", "09": "职业年金缴费",
        "10": "职工基本医疗保险缴费", "12": "其他社会保障缴费", "13": "住房公积金",
        "99": "其他工资福利支出"}),
    "302": ("商品和服务支出", {
        "01": "办公费", "05": "水费", "06": "电费", "07": "邮电费", "11": "差旅费",
        "13": "维修（护）费", "16": "培训费", "17": "公务接待费", "28": "工会经费",
        "29": "福利费", "31": "公务用车运行维护费", "39": "其他交通费用",
        "99": "其他商品和服务支出"}),
    "303": ("对个人和家庭的补助", {"02": "退休费", "05": "生活补助"}),
}


@dataclass
class Leaf:
    code: str  # 7 digits
    name: str
    basic: int = 0  # cents of the print unit, general public budget
    project: int = 0  # general public budget projects
    fund: int = 0  # government fund budget (projects)
    other: int = 0  # other income (projects)

    @property
    def total(self) -> int:
        return self.basic + self.project + self.fund + self.other

    @property
    def is_fund(self) -> bool:
        return self.code[:5] in FUND_KUAN


def _all_leaves() -> list[tuple[str, str]]:
    out = []
    for lei, (_, kuans) in FUNCTIONS.items():
        for kuan, (_, xiangs) in kuans.items():
            for xiang, name in xiangs.items():
                out.append((lei + kuan + xiang, name))
    return out


def pick_leaves(rng: random.Random, n: int, scale: int, with_fund: bool = True) -> list[Leaf]:
    """n function-classification 项 with amounts (integer cents of the print unit;
    ``scale`` is the typical size of one item in cents)."""
    allv = dict(_all_leaves())
    chosen = [c for c in ALWAYS if c in allv][:n]
    rest = [c for c in allv if c not in chosen and (with_fund or c[:5] not in FUND_KUAN)]
    rng.shuffle(rest)
    if with_fund:  # make sure one fund item is there
        fund = [c for c in rest if c[:5] in FUND_KUAN][:1]
        rest = fund + [c for c in rest if c not in fund]
    chosen += rest[: max(0, n - len(chosen))]
    leaves = []
    for code in sorted(chosen):
        lf = Leaf(code, allv[code])

        def amt(k: float = 1.0) -> int:
            return int(rng.uniform(0.05, 1.0) * scale * k)

        if lf.is_fund:
            lf.fund = amt(2)
        elif code in PERSONNEL:
            lf.basic = amt(0.4)
        elif lf.name in ("行政运行", "机构运行", "事业运行"):
            lf.basic = amt(1.5)
        else:
            r = rng.random()
            if r < 0.3:
                lf.basic, lf.project = amt(0.5), amt()
            else:
                lf.project = amt()
            if rng.random() < 0.15:
                lf.other = amt(0.2)
        # round amounts to whole yuan-ish numbers sometimes, like real tables
        for f in ("basic", "project", "fund", "other"):
            v = getattr(lf, f)
            if v and rng.random() < 0.5:
                setattr(lf, f, v - v % 100)
        leaves.append(lf)
    return leaves


def function_rows(leaves: list[Leaf], value: Callable[[Leaf], list[int]]
                  ) -> list[tuple[str, str, str, str, list[int]]]:
    """(类, 款, 项, name, values) rows with 类/款 subtotals, skipping all-zero leaves."""
    rows = []
    used = [lf for lf in leaves if any(value(lf))]
    leis = sorted({lf.code[:3] for lf in used})
    for lei in leis:
        in_lei = [lf for lf in used if lf.code[:3] == lei]
        lname, kuans = FUNCTIONS[lei]
        rows.append((lei, "", "", lname, sum_vals(in_lei, value)))
        for kuan in sorted({lf.code[3:5] for lf in in_lei}):
            in_kuan = [lf for lf in in_lei if lf.code[3:5] == kuan]
            rows.append((lei, kuan, "", kuans[kuan][0], sum_vals(in_kuan, value)))
            for lf in in_kuan:
                rows.append((lei, kuan, lf.code[5:], lf.name, value(lf)))
    return rows


def sum_vals(leaves: list[Leaf], value: Callable[[Leaf], list[int]]) -> list[int]:
    vals = [value(lf) for lf in leaves]
    return [sum(v[i] for v in vals) for i in range(len(vals[0]))]


def code_rows(rows, zero: str = "") -> list[list[BodyCell]]:
    return [plain_row([lei, kuan, xiang, name] + [fmt_amount(v, zero) for v in vals])
            for lei, kuan, xiang, name, vals in rows]
