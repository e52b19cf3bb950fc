"""Form layouts that print personal data (names and phone numbers of 填报人, 联系人,
项目负责人 …) in the ways real disclosures do, beyond the sample forms' one
"label | value" row: label and value in one cell with or without a colon, the value in
the cell to the right, labels in one row with the values in the row below, name and
number in one cell, a list with a 负责人 column, a phone number in free text, and every
printed form of a phone number (+86, area code with extension, brackets, spaced groups,
full-width digits). Each layout also prints what must survive the redaction: indicators
and amounts, some of them 8- or 11-digit yuan amounts that look like phone numbers.

``write_personal_forms(folder)`` writes one PDF per layout (drawn with
``demo.tables.write_tables_pdf``) and returns what was planted in each, for the test
that no dataset publishes any of it (tests/test_privacy.py).
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from .tables import BodyCell, HeaderCell, TableSpec, plain_row, write_tables_pdf

DEPARTMENT = "上海市普陀区示例局"
YEAR = 2025
_WIDTHS = [62, 80, 150, 96, 110]

# (level1, level2, name, target) of every form's indicator grid
_INDICATORS = [
    ("产出指标", "数量指标", "完成培训人次", "≥300人次"),
    ("产出指标", "质量指标", "验收合格率", "≥95%"),
    ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
]


@dataclass
class PersonalForm:
    """One layout: its PDF, the personal data planted in it and what must still come out."""

    layout: str  # what the layout is, in words
    path: Path
    names: tuple[str, ...]
    phones: tuple[str, ...]  # as printed
    indicators: tuple[str, ...] = ()  # indicator names the indicators dataset must hold
    amounts: tuple[Decimal, ...] = ()  # yuan amounts that budget_lines or projects must hold


def _form(project: str, code: str, amount: str, top: list[HeaderCell] = (),
          bottom: list[HeaderCell] = (), goal: str | None = None,
          editor: str = f"编制部门：{DEPARTMENT}") -> TableSpec:
    """A 项目支出绩效目标表 (five columns) with contact rows ``top`` (after the project
    rows) and ``bottom`` (after the indicator grid); their row numbers count from 0 at
    their own place."""
    cells: list[HeaderCell] = [
        (0, 0, 1, 2, "项目名称"), (0, 2, 1, 1, project), (0, 3, 1, 1, "项目代码"), (0, 4, 1, 1, code),
        (1, 0, 1, 2, "项目主管部门"), (1, 2, 1, 3, DEPARTMENT),
    ]
    r = 2
    n_top = max((c[0] + c[2] for c in top), default=0)
    cells += [(r + c[0], *c[1:]) for c in top]
    r += n_top
    cells += [
        (r, 0, 1, 2, "项目当年预算"), (r, 2, 1, 1, amount), (r, 3, 1, 1, "其中：财政拨款"), (r, 4, 1, 1, amount),
        (r + 1, 0, 1, 2, "年度绩效目标"),
        (r + 1, 2, 1, 3, goal or f"保障{project}工作按计划实施，提升履职能力和服务质量。"),
        (r + 2, 0, 1, 1, "一级指标"), (r + 2, 1, 1, 1, "二级指标"), (r + 2, 2, 1, 1, "三级指标"),
        (r + 2, 3, 1, 1, "指标值"), (r + 2, 4, 1, 1, "指标值确定依据"),
    ]
    r += 3
    for i, (l1, l2, name, target) in enumerate(_INDICATORS):
        cells += [(r + i, 0, 1, 1, l1), (r + i, 1, 1, 1, l2), (r + i, 2, 1, 1, name),
                  (r + i, 3, 1, 1, target), (r + i, 4, 1, 1, "年度工作计划")]
    r += len(_INDICATORS)
    n_bottom = max((c[0] + c[2] for c in bottom), default=0)
    cells += [(r + c[0], *c[1:]) for c in bottom]
    r += n_bottom
    return TableSpec(f"{YEAR}年项目支出绩效目标表", "project_performance_targets", "单位：元", "yuan",
                     editor, _WIDTHS, cells, r, [], ["c"] * 5, repeat_header=False)


_FORM_TITLE = f"{DEPARTMENT}{YEAR}年项目支出绩效目标"
_NAMES = tuple(i[2] for i in _INDICATORS)


def _layouts() -> list[tuple[str, list[TableSpec], str, tuple[str, ...], tuple[str, ...],
                             tuple[str, ...], tuple[Decimal, ...]]]:
    """(layout, tables, document title, names, phones, indicators, amounts) of each layout."""
    out = []

    def form(layout, names, phones, amount, **kw):
        spec = _form(f"业务项目{len(out) + 1}", f"31010725{len(out) + 1:04d}", amount, **kw)
        out.append((layout, [spec], _FORM_TITLE, names, phones, _NAMES,
                    (Decimal(amount.replace(",", "")),)))

    form("label and value in one cell, no colon", ("张伟",), ("13812345678",), "1,200,000.00",
         top=[(0, 0, 1, 3, "项目负责人 张伟"), (0, 3, 1, 2, "联系电话 13812345678")])
    form("项目负责人姓名 / 手机号码 with the value to the right; +86 and spaced groups",
         ("李娜",), ("+86 139 1234 5678",), "860,000.00",
         top=[(0, 0, 1, 2, "项目负责人姓名"), (0, 2, 1, 1, "李娜"), (0, 3, 1, 1, "手机号码"),
              (0, 4, 1, 1, "+86 139 1234 5678")])
    form("联系人及电话 with name and number in one cell", ("王芳",), ("13712345678",), "450,000.00",
         bottom=[(0, 0, 1, 5, "联系人及电话：王芳 13712345678")])
    form("项目单位负责人 / 固定电话 with a bracketed area code; an 11-digit yuan amount",
         ("赵强",), ("(021)62345678",), "18600001234",
         top=[(0, 0, 1, 2, "项目单位负责人"), (0, 2, 1, 1, "赵强"), (0, 3, 1, 1, "固定电话"),
              (0, 4, 1, 1, "(021)62345678")])
    form("labels in one row, the values in the row below; an extension number",
         ("刘洋", "陈静"), ("0571-87654321-8023",), "2,300,000.00",
         bottom=[(0, 0, 1, 2, "填报人"), (0, 2, 1, 1, "联系人"), (0, 3, 1, 2, "联系电话"),
                 (1, 0, 1, 2, "刘洋"), (1, 2, 1, 1, "陈静"), (1, 3, 1, 2, "0571-87654321-8023")])
    form("two label：value pairs in one cell (full-width space), 审核人 to the right",
         ("孙磊", "周敏"), ("0755-8371 2496",), "380,000.00",
         bottom=[(0, 0, 1, 3, "经办人：孙磊　办公电话：0755-8371 2496"), (0, 3, 1, 1, "审核人"),
                 (0, 4, 1, 1, "周敏")])
    form("full-width digits, a spaced two-character name", ("马丽",), ("１５９１２３４５６７８",),
         "62,340,000.00",
         top=[(0, 0, 1, 2, "联系人"), (0, 2, 1, 1, "马  丽"), (0, 3, 1, 1, "手机"),
              (0, 4, 1, 1, "１５９１２３４５６７８")])
    form("a merged 联系人 label over 姓名 / 电话 rows; dashed mobile groups",
         ("郭涛",), ("138-2345-6789",), "990,000.00",
         top=[(0, 0, 2, 1, "联系人"), (0, 1, 1, 1, "姓名"), (0, 2, 1, 3, "郭涛"),
              (1, 1, 1, 1, "电话"), (1, 2, 1, 3, "138-2345-6789")])
    form("a name and numbers in the free text of the goal", ("杨帆",),
         ("021-52345678转806", "+86-186-2468-1357"), "1,500,000.00",
         goal="由项目负责人杨帆同志牵头实施，联系电话021-52345678转806，手机+86-186-2468-1357。")
    form("personal data on the 编制部门 line above the table; 负责人/电话 with a slash",
         ("何静", "唐亮"), ("020-83456789", "64567890"), "720,000.00",
         editor=f"编制部门：{DEPARTMENT}　填报人：何静　电话：020-83456789",
         bottom=[(0, 0, 1, 2, "负责人/电话"), (0, 2, 1, 3, "唐亮/64567890")])
    form("a compound surname and a name of four characters", ("欧阳雪", "阿依古丽"),
         ("0991-3726154",), "310,000.00",
         top=[(0, 0, 1, 2, "填表人"), (0, 2, 1, 1, "欧阳雪"), (0, 3, 1, 1, "项目联系人"),
              (0, 4, 1, 1, "阿依古丽")],
         bottom=[(0, 0, 1, 2, "联系方式（座机）"), (0, 2, 1, 3, "0991-3726154")])

    # A budget table in yuan whose amounts are 11 and 8 digits long, with a contact row
    # at its foot: the amounts are money and must stay.
    header: list[HeaderCell] = [(0, 0, 1, 1, "科目编码"), (0, 1, 1, 1, "科目名称"), (0, 2, 1, 1, "合计"),
                                (0, 3, 1, 1, "基本支出"), (0, 4, 1, 1, "项目支出")]
    amounts = ["13512345678", "13449000000", "63345678"]
    body: list[list[BodyCell]] = [
        plain_row(["201", "一般公共服务支出", *amounts]),
        plain_row(["20101", "人大事务", *amounts]),
        plain_row(["2010101", "行政运行", *amounts]),
        plain_row(["", "合计", *amounts]),
        [(0, 5, "填报人：吴刚　联系电话：（010）6523 4567转123")],
    ]
    budget = TableSpec(f"{YEAR}年部门支出预算表", "expenditure", "单位：元", "yuan",
                       f"编制部门：{DEPARTMENT}", [70, 130, 100, 100, 100], header, 1, body,
                       ["c", "l", "r", "r", "r"])
    out.append(("a budget table in yuan with phone-like amounts and a contact row at its foot",
                [budget], f"{DEPARTMENT}{YEAR}年部门预算", ("吴刚",), ("（010）6523 4567转123",), (),
                tuple(Decimal(a) for a in amounts)))

    # A project list with a 项目负责人 and a 联系电话 column.
    header = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 1, "项目负责人"), (0, 2, 1, 1, "金额"),
              (0, 3, 1, 1, "联系电话")]
    rows = [("档案数字化加工", "胡军", "350,000.00", "186 1234 5678"),
            ("执法装备购置", "朱琳", "1,280,000.00", "0512-6851 2345"),
            ("法律援助服务", "高翔", "640,000.00", "13698765432")]
    body = [plain_row(list(r)) for r in rows] + [plain_row(["合计", "", "2,270,000.00", ""])]
    plist = TableSpec(f"{YEAR}年项目支出预算表", "project_expenditure", "单位：元", "yuan",
                      f"编制部门：{DEPARTMENT}", [150, 100, 100, 120], header, 1, body,
                      ["l", "c", "r", "c"])
    out.append(("a project list with 项目负责人 and 联系电话 columns", [plist],
                f"{DEPARTMENT}{YEAR}年部门预算", tuple(r[1] for r in rows), tuple(r[3] for r in rows),
                (), tuple(Decimal(r[2].replace(",", "")) for r in rows)))
    return out


def write_personal_forms(folder: str | os.PathLike) -> list[PersonalForm]:
    """Write one PDF per layout into folder; what each plants and what must survive."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    forms = []
    for k, (layout, specs, title, names, phones, indicators, amounts) in enumerate(_layouts()):
        path = write_tables_pdf(folder / f"personal{k:02d}.pdf", specs, title)
        forms.append(PersonalForm(layout, path, names, phones, indicators, amounts))
    return forms
