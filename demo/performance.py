"""The sample 项目支出绩效目标 disclosure: one form per project, with merged 一级/二级
indicator cells, targets in every comparator wording and contact rows holding personal
data (``SAMPLE_PERSONAL``) that the pipeline must never publish."""
from __future__ import annotations

import io
import os
import random
from pathlib import Path

from .amounts import fmt_amount
from .drawing import PdfWriter, draw_cover
from .gold import GoldDocument, GoldTable
from .tables import HeaderCell, TableSpec, draw_table


# (level1, level2, indicator, target as printed, basis) rows of a project's form; the
# target wording covers the comparators real forms print.
_INDICATOR_POOL: list[tuple[str, str, str, str, str]] = [
    ("产出指标", "数量指标", "完成培训人次", "不少于{n}人次", "年度工作计划"),
    ("产出指标", "数量指标", "设备购置数量", "{n}台", "采购计划"),
    ("产出指标", "数量指标", "档案数字化页数", "≥{n}万页", "上年完成情况"),
    ("产出指标", "质量指标", "验收合格率", "≥95%", "行业标准"),
    ("产出指标", "质量指标", "系统可用率", "≥99.5%", "运维合同"),
    ("产出指标", "质量指标", "差错率", "≤3%", "历史数据"),
    ("产出指标", "时效指标", "按时完成率", "=100%", "年度工作计划"),
    ("产出指标", "时效指标", "故障响应时间", "≤{d}小时", "运维合同"),
    ("产出指标", "成本指标", "项目成本控制率", "≤100%", "预算批复"),
    ("效益指标", "社会效益指标", "群众办事便利度", "有效提升", "社会调查"),
    ("效益指标", "社会效益指标", "案件办结率", "大于90%", "上年完成情况"),
    ("效益指标", "可持续影响指标", "长效管理机制", "建立健全", "部门规划"),
    ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "满意度调查"),
    ("满意度指标", "服务对象满意度指标", "投诉率", "小于2%", "信访记录"),
]
_PROJECTS = ["信息化系统运行维护", "档案数字化加工", "执法装备购置", "业务培训",
             "社区矫正工作经费", "法律援助服务", "公共法律服务平台运营"]
# Names and numbers printed in the contact rows of the sample forms: the pipeline must
# never publish them (see cnbudget.normalizers.privacy).
SAMPLE_PERSONAL = ("王晓明", "李红梅", "021-52564588", "13912345678")


def _performance_form(rng: random.Random, year: int, department: str, project: str,
                      code: str, amount: int, k: int) -> tuple[TableSpec, list[dict]]:
    picks = sorted(rng.sample(range(len(_INDICATOR_POOL)), 7))
    picks = sorted(set(picks) | {12})  # every form has a satisfaction indicator
    rows = [_INDICATOR_POOL[i] for i in picks]
    header: list[HeaderCell] = [
        (0, 0, 1, 2, "项目名称"), (0, 2, 1, 1, project), (0, 3, 1, 1, "项目代码"), (0, 4, 1, 1, code),
        (1, 0, 1, 2, "项目主管部门"), (1, 2, 1, 3, department),
        (2, 0, 1, 2, "项目负责人"), (2, 2, 1, 1, SAMPLE_PERSONAL[k % 2]),
        (2, 3, 1, 1, "联系电话"), (2, 4, 1, 1, SAMPLE_PERSONAL[2 + k % 2]),
        (3, 0, 1, 2, "项目当年预算"), (3, 2, 1, 1, fmt_amount(amount)),
        (3, 3, 1, 1, "其中：财政拨款"), (3, 4, 1, 1, fmt_amount(amount)),
        (4, 0, 1, 2, "年度绩效目标"),
        (4, 2, 1, 3, f"保障{project}工作按计划实施，提升{department[-4:]}履职能力和服务质量。"),
        (5, 0, 1, 1, "一级指标"), (5, 1, 1, 1, "二级指标"), (5, 2, 1, 1, "三级指标"),
        (5, 3, 1, 1, "指标值"), (5, 4, 1, 1, "指标值确定依据"),
    ]
    gold: list[dict] = []
    r = 6
    i = 0
    while i < len(rows):
        l1 = rows[i][0]
        j = i
        while j < len(rows) and rows[j][0] == l1:
            j += 1
        header.append((r, 0, j - i, 1, l1))
        k2 = i
        while k2 < j:
            l2 = rows[k2][1]
            m = k2
            while m < j and rows[m][1] == l2:
                m += 1
            header.append((r + k2 - i, 1, m - k2, 1, l2))
            k2 = m
        for q in range(i, j):
            _, l2, name, target, basis = rows[q]
            target = target.format(n=rng.choice([20, 50, 120, 300]), d=rng.choice([2, 4, 24]))
            header += [(r + q - i, 2, 1, 1, name), (r + q - i, 3, 1, 1, target),
                       (r + q - i, 4, 1, 1, basis)]
            gold.append({"project_name": project, "level1": l1, "level2": l2, "name": name,
                         "target_raw": target})
        r += j - i
        i = j
    header += [(r, 0, 1, 2, "填报人"), (r, 2, 1, 1, SAMPLE_PERSONAL[(k + 1) % 2]),
               (r, 3, 1, 1, "联系电话"), (r, 4, 1, 1, SAMPLE_PERSONAL[2 + (k + 1) % 2])]
    spec = TableSpec(f"{year}年项目支出绩效目标表", "project_performance_targets", "单位：元",
                     "yuan", f"编制部门：{department}", [62, 80, 150, 96, 110], header, r + 1, [],
                     ["c"] * 5, repeat_header=False)
    return spec, gold


def make_performance_targets_pdf(
    path: str | os.PathLike,
    *,
    department: str = "上海市普陀区示例局",
    region: str = "上海市普陀区",
    year: int = 2025,
    n_projects: int = 4,
    seed: int = 0,
) -> GoldDocument:
    """Write a 项目支出绩效目标 disclosure: one form per project under the same title
    (as departments print them), each with merged 一级/二级 cells, targets in every
    comparator wording, and contact rows that must never be published. The gold
    document's ``indicators`` lists what each form states."""
    rng = random.Random(f"performance|{seed}|{department}|{year}")
    doc_title = f"{department}{year}年项目支出绩效目标"
    buf = io.BytesIO()
    w = PdfWriter(buf, doc_title)
    draw_cover(w, [(doc_title, 22), (f"预算主管部门：{department}", 16)])
    tables: list[GoldTable] = []
    indicators: list[dict] = []
    for k, project in enumerate(rng.sample(_PROJECTS, n_projects)):
        code = f"31010725{year % 100:02d}{k + 1:04d}"
        amount = rng.randrange(20_000_000, 900_000_000, 100)
        spec, gold = _performance_form(rng, year, department, project, code, amount, k)
        t = draw_table(w, spec)
        t.header_rows = 0  # a form has no header band: its first row holds the code
        for c in t.cells:
            c.is_header = False
        tables.append(t)
        indicators += gold
    pages = w.finish()
    Path(path).write_bytes(buf.getvalue())
    # budget_scope None: a targets disclosure does not say 部门 or 单位
    doc = GoldDocument(Path(path).name, department, region, year, "performance_targets",
                       None, doc_title, pages, tables)
    doc.indicators = indicators
    return doc
