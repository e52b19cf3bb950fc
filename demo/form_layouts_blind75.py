"""BLIND75 performance forms: the self-evaluation side. Ten layouts as a 神农架林区 bureau, a
共青城 bureau, a 济源 bureau, a 龙口 school, an 阿坝 county, a 崇左 district, a 德宏 county, a
金昌 district, a 七台河 district and a 辽源 hospital print the 项目支出绩效自评表 and the
部门整体支出绩效自评表 of 2024 at the end of a 部门决算 or in a standalone 绩效自评报告, in the
财政部 template and its provincial variants, written by an author who had read neither the form
reader nor the earlier blind sets (only the gold helpers and page composer of ``form_layouts``,
the gold conventions of BLIND9's docstring and the real disclosures). Each layout writes one PDF
and its gold in the format of ``form_layouts.write_set``; the gold is written by hand with
``form_layouts._gold_ind`` and ``FileGold``, never by the normalizers.

hub_snj_accounts_ministry_filled  湖北 神农架 部门决算: accounts tables, then a 部门整体支出绩效
        自评表 and two 项目支出绩效自评表 in the 财政部 template (年初预算数 | 全年预算数 |
        全年执行数 | 分值 | 执行率 | 得分 over 年度资金总额 / 其中：当年财政拨款 / 上年结转资金 /
        其他资金, 上年结转 printed 0.00 in one); rules "filled"
jx_gqc_report_yuan_cause_fix_shaded  江西 共青城 standalone 绩效自评报告 附件: landscape forms in 元
        with separators, unit in the column heads (全年预算数（元）), 偏差原因分析 | 改进措施 split,
        自评等级 printed as words (良好); rules "cells", header rows shaded
ha_jy_accounts_rate_before_points_open  河南 济源 部门决算: two 项目支出绩效自评表 whose money
        columns put 执行率 before 分值, 项目名称 | 项目编码 in one row, fiscal named 财政拨款,
        其他资金 blank, no grade row; rules "open" (Word)
sd_lk_school_landscape_split_target  山东 龙口 school (二级单位) standalone: landscape forms whose
        target is split 指标方向 | 指标值 | 计量单位 and actual printed beside, money lines
        资金总额 / 其中：财政资金 / 其他资金; rules "filled"
sc_ab_accounts_turned_dept_and_project  四川 阿坝 county 部门决算: accounts tables, then on pages
        turned by /Rotate a 部门整体支出绩效自评表 and a 项目支出绩效自评表; rules "cells"
gx_cz_label_value_money_open_shaded  广西 崇左 district: money printed as label | value pairs
        (全年预算数（万元） | … | 全年执行数（万元） | …, then 其中：财政拨款 | … | 上年结转 | …),
        rate, points and score in their own row, 项目编码 beside the name, no grade row; rules
        "open", indicator header row shaded
yn_dh_dept_income_nature_lines  云南 德宏 county standalone: 部门整体支出绩效自评表 whose money
        lines are 按收入性质分 (财政拨款 / 其他资金) and 按支出性质分 (基本支出 / 项目支出), then a
        项目支出绩效自评表; rules "filled"
gs_jc_yuan_title_unit_plain  甘肃 金昌 district standalone: two 项目支出绩效自评表, money in 元
        without separators, the unit only in the title line (金额单位：元); rules "cells"
hlj_qth_accounts_no_level2_weights_in_l1  黑龙江 七台河 district 部门决算: accounts tables, then
        two 项目支出绩效自评表 with 一级 | 三级 only (no 二级 column), 一级 cells carrying their
        weight (产出指标（50分）), 自评总分 and 评价等级; rules "filled", header shaded
jl_ly_hospital_long_form_repeated_header  吉林 辽源 hospital standalone: one long
        项目支出绩效自评表 in 元 running over pages with its indicator header repeated, and a short
        second one; rules "cells"

Gold conventions: BLIND9's, with the round's addenda. Rulings of this set:

- A project self evaluation gives the project's money: year = the 年度资金总额 / 资金总额 line's
  全年预算数 (or the 全年预算数 pair), fiscal = the 财政拨款 / 财政资金 line's 全年预算数,
  carried = the 上年结转 line's 全年预算数 where a figure is printed there (0.00 is 0.00; a blank
  line or a dash is none). 年初预算数 is never the project's money.
- budget / executed = 全年预算数 / 全年执行数 of the total line; score = the printed 总分 /
  自评总分 (the execution 得分 plus the indicators' 得分); grade words read one character.
- A 部门整体 self evaluation's money is not a project's: no project row; its 基本支出 / 项目支出
  lines are not projects.
- A weight printed in a 一级 cell ("产出指标（50分）") stays in level1_raw; the indicators'
  weights are their 分值 cells.
"""
from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Callable

from .form_layouts import Q, FileGold, FormDoc, Ind, _accounts_front, _gold_ind, _grid_rows, _Rows, _spec

Builder = Callable[[Path, str], FileGold]

STD_HEADS = ("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")


def _dec(amount: str) -> Decimal:
    return Decimal(amount.replace(",", ""))


def _rate(budget: str, executed: str) -> tuple[str, str]:
    """执行率 and its 得分 (10 points at most) as the forms print them."""
    ratio = _dec(executed) / _dec(budget)
    return f"{ratio * 100:.2f}%", f"{min(Decimal(10), ratio * 10):.2f}"


def _total(rate_score: str, inds: list[Ind]) -> Decimal:
    return Decimal(rate_score) + sum(Decimal(i.score) for i in inds)


def _record(doc: FormDoc, project: str | None, unit: str, budget: str, executed: str, total: Decimal,
            grade: str | None, inds: list[Ind], *, fiscal: str | None = None, carried: str | None = None,
            l1_raw: Callable[[Ind], str] | None = None, code: str | None = None) -> None:
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind, l1=l1_raw(ind) if l1_raw else None))
    doc.gold.self_evaluation(project, unit, budget, executed, float(total), grade)
    if project:
        doc.gold.project(project, unit, code=code, year=budget, fiscal=fiscal, carried=carried)


# What an indicator column prints, by key.
_CELL: dict[str, Callable[[Ind], str]] = {
    "name": lambda i: i.name, "target": lambda i: i.raw, "actual": lambda i: i.actual or "",
    "weight": lambda i: i.weight or "", "score": lambda i: i.score or "", "note": lambda i: i.note,
    "cause": lambda i: i.note, "fix": lambda i: "下年度加强过程监控" if i.note else "",
    "cmp": lambda i: i.target[0], "val": lambda i: i.target[1], "unit": lambda i: i.target[2],
}
_HEAD = {"l1": "一级指标", "l2": "二级指标", "name": "三级指标", "target": "年度指标值", "actual": "实际完成值",
         "weight": "分值", "score": "得分", "note": "偏差原因分析及改进措施", "cause": "偏差原因分析",
         "fix": "改进措施", "cmp": "指标方向", "val": "指标值", "unit": "计量单位"}
STD_KEYS = ("l1", "l2", "name", "target", "actual", "weight", "score", "note")


def _money_lines(rows: _Rows, ncols: int, label: str, heads: tuple[str, ...],
                 lines: list[tuple[str, dict[str, str]]]) -> None:
    """Money block: label merged down column 0, line labels over columns 1-2, one column a head."""
    r = rows.n
    rows.put(r, 0, len(lines) + 1, 1, label)
    rows.put(r, 1, 1, 2, "")
    for k, head in enumerate(heads):
        span = ncols - 3 - k if k == len(heads) - 1 else 1
        rows.put(r, 3 + k, 1, span, head)
    for n, (line, values) in enumerate(lines, 1):
        rows.put(r + n, 1, 1, 2, line)
        for k, head in enumerate(heads):
            span = ncols - 3 - k if k == len(heads) - 1 else 1
            rows.put(r + n, 3 + k, 1, span, values.get(head, "—"))


def _goal(rows: _Rows, ncols: int, expected: str, actual: str) -> None:
    r = rows.n
    half = (ncols - 1) // 2
    rows.put(r, 0, 2, 1, "年度总体目标")
    rows.put(r, 1, 1, half, "预期目标")
    rows.put(r, 1 + half, 1, ncols - 1 - half, "实际完成情况")
    rows.put(r + 1, 1, 1, half, expected)
    rows.put(r + 1, 1 + half, 1, ncols - 1 - half, actual)


def _indicators(rows: _Rows, ncols: int, inds: list[Ind], keys: tuple[str, ...], total: Decimal, *,
                total_label: str = "总分", grade_label: str = "自评等级", grade_text: str | None = None,
                l1_text: Callable[[Ind], str] | None = None) -> int:
    """Indicator grid under a merged 绩效指标 cell, then the 总分 and grade rows; the header row."""
    r = rows.n
    rows.put(r, 0, len(inds) + 1, 1, "绩效指标")
    for k, key in enumerate(keys):
        span = ncols - 1 - k if k == len(keys) - 1 else 1
        rows.put(r, 1 + k, 1, span, _HEAD[key])
    rows.n = r + 1
    c1 = 1 + keys.index("l1") if "l1" in keys else None
    c2 = 1 + keys.index("l2") if "l2" in keys else None
    shown = [replace(i, l1=l1_text(i)) for i in inds] if l1_text else inds

    def cells(ind: Ind) -> list[tuple[int, int, str]]:
        out = []
        for k, key in enumerate(keys):
            if key in ("l1", "l2"):
                continue
            span = ncols - 1 - k if k == len(keys) - 1 else 1
            out.append((1 + k, span, _CELL[key](ind)))
        return out

    _grid_rows(rows, shown, c1, c2, cells)
    w = 1 + keys.index("weight")
    s = 1 + keys.index("score")
    rows.add((0, w, total_label), (w, 1, "100"), (s, ncols - s, f"{total:.2f}"))
    if grade_text:
        rows.add((0, w, grade_label), (w, ncols - w, grade_text))
    return r


def _draw(doc: FormDoc, rows: _Rows, widths: list[float], title: str, *, editor: str = "", unit_raw: str | None = None,
          rules: str = "cells", shaded: tuple[int, ...] = (), landscape: bool = False, turned: bool = False,
          repeat: tuple[int, int] | None = None) -> None:
    spec = _spec(rows.cells, rows.n, widths, title=title, editor=editor, unit_raw=unit_raw, landscape=landscape,
                 kind="performance_self_evaluation")
    doc.pages.grid(replace(spec, rules=rules, shaded_rows=shaded), fresh_page=True, turned=turned, repeat=repeat)


def _std_lines(initial: str, budget: str, executed: str, parts: list[tuple[str, str, str, str]],
               heads: tuple[str, ...] = STD_HEADS) -> list[tuple[str, dict[str, str]]]:
    """年度资金总额 line (with 分值 / 执行率 / 得分) then the part lines (label, 年初, 全年, 执行)."""
    rate, rate_score = _rate(budget, executed)
    first = {"年初预算数": initial, "全年预算数": budget, "全年执行数": executed, "分值": "10", "执行率": rate,
             "得分": rate_score}
    base = {h: h.split("（")[0] for h in heads}  # a head may carry its unit: 全年预算数（元）
    out = [("年度资金总额", {h: first[base[h]] for h in heads})]
    for label, a, b, c in parts:
        part = {"年初预算数": a, "全年预算数": b, "全年执行数": c}
        out.append((label, {h: part[base[h]] for h in heads if base[h] in part}))
    return out


def _project_head(rows: _Rows, ncols: int, project: str, dept: str, unit_name: str, code: str | None = None) -> None:
    half = (ncols - 1) // 2
    if code:
        rows.add((0, 1, "项目名称"), (1, half - 1, project), (half, 1, "项目编码"), (half + 1, ncols - half - 1, code))
    else:
        rows.add((0, 1, "项目名称"), (1, ncols - 1, project))
    rows.add((0, 1, "主管部门"), (1, half - 1, dept), (half, 1, "实施单位"), (half + 1, ncols - half - 1, unit_name))


def _ministry(doc: FormDoc, project: str | None, dept: str, unit_name: str, unit: str, money: tuple[str, str, str],
              parts: list[tuple[str, str, str, str]], goal: tuple[str, str], inds: list[Ind], grade: str | None, *,
              widths: list[float], heads: tuple[str, ...] = STD_HEADS, keys: tuple[str, ...] = STD_KEYS,
              money_label: str = "项目资金（万元）", grade_text: str | None = None, rules: str = "cells",
              shade_header: bool = False, landscape: bool = False, turned: bool = False, unit_raw: str | None = "单位：万元",
              title: str | None = None, editor: str | None = None, total_label: str = "总分",
              grade_label: str = "自评等级", fiscal: str | None = None, carried: str | None = None,
              l1_text: Callable[[Ind], str] | None = None, repeat: bool = False, code: str | None = None) -> None:
    """One self evaluation in the 财政部 template (project, or 部门整体 when project is None)."""
    ncols = len(widths)
    rows = _Rows()
    if project:
        _project_head(rows, ncols, project, dept, unit_name, code)
    else:
        rows.add((0, 2, "部门（单位）名称"), (2, ncols - 2, dept))
    money_head = rows.n
    _money_lines(rows, ncols, money_label, heads, _std_lines(*money, parts, heads))
    _goal(rows, ncols, *goal)
    budget, executed = money[1], money[2]
    total = _total(_rate(budget, executed)[1], inds)
    ind_head = _indicators(rows, ncols, inds, keys, total, total_label=total_label, grade_label=grade_label,
                           grade_text=grade_text if grade_text else grade, l1_text=l1_text)
    default_title = "项目支出绩效自评表" if project else "部门整体支出绩效自评表"
    _draw(doc, rows, widths, title or default_title, editor=editor if editor is not None else "（2024年度）",
          unit_raw=unit_raw, rules=rules, shaded=(money_head, ind_head) if shade_header else (),
          landscape=landscape, turned=turned, repeat=(ind_head, 1) if repeat else None)
    _record(doc, project, unit, budget, executed, total, grade, inds, fiscal=fiscal, carried=carried,
            l1_raw=l1_text, code=code)


def _w(ncols: int, landscape: bool = False) -> list[float]:
    """Column widths of a 9/10/11-column form."""
    if ncols == 9:
        base = [40, 48, 54, 84, 86, 76, 40, 46, 60]
    elif ncols == 10:
        base = [40, 50, 56, 76, 56, 58, 38, 38, 70, 70]
    else:
        base = [40, 48, 54, 74, 40, 46, 36, 58, 38, 38, 70]
    if landscape:
        k = 740 / sum(base)
        return [round(b * k, 1) for b in base]
    return base


# --------------------------------------------------------------------------- layouts


def layout_hub_snj_accounts_ministry_filled(folder: Path, name: str) -> FileGold:
    """湖北 神农架: 部门决算 then 部门整体 and two project self evaluations; rules "filled"."""
    dept = "神农架林区文化和旅游局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "2,468.30"), ("二、其他收入", "35.60")],
                    [("一、文化旅游体育与传媒支出", "2,210.45"), ("二、社会保障和就业支出", "293.45")])
    dept_inds = [
        Ind("产出指标", "数量指标", "接待游客人次", "≥1500万人次", (">=", 1500, "万人次"), "15", "1620万人次", "15"),
        Ind("产出指标", "数量指标", "公益性文化演出场次", "≥120场", (">=", 120, "场"), "10", "126场", "10"),
        Ind("产出指标", "质量指标", "A级景区安全事故发生数", "0起", ("=", 0, "起"), "10", "0起", "10"),
        Ind("产出指标", "时效指标", "文物保护项目完成时间", "2024年11月底前", (None, None, None), "10",
            "2024年11月完成", "10"),
        Ind("效益指标", "经济效益指标", "旅游综合收入增长率", "≥8%", (">=", 8, "%"), "15", "7.2%", "12",
            "下半年客源市场波动"),
        Ind("效益指标", "社会效益指标", "公共文化服务水平", "稳步提升", Q, "10", "稳步提升", "10"),
        Ind("效益指标", "生态效益指标", "景区生态环境质量", "保持优良", Q, "10", "保持优良", "10"),
        Ind("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", (">=", 90, "%"), "10", "93%", "10"),
    ]
    _ministry(doc, None, dept, dept, "万元", ("2,380.00", "2,535.60", "2,503.90"),
              [("其中：当年财政拨款", "2,350.00", "2,500.00", "2,468.30"), ("其他资金", "30.00", "35.60", "35.60")],
              ("推进全域旅游发展，提升公共文化服务水平，保护林区文化遗产。", "接待游客1620万人次，完成演出126场。"),
              dept_inds, "优", widths=_w(9), money_label="年度预算执行情况（万元）", rules="filled")
    inds = [
        Ind("产出指标", "数量指标", "旅游厕所新建改建数量", "≥12座", (">=", 12, "座"), "20", "12座", "20"),
        Ind("产出指标", "质量指标", "工程验收合格率", "100%", ("=", 100, "%"), "15", "100%", "15"),
        Ind("产出指标", "时效指标", "项目完工时间", "2024年10月底前", (None, None, None), "10", "2024年10月", "10"),
        Ind("产出指标", "成本指标", "单座建设成本", "≤25万元", ("<=", 25, "万元"), "10", "23.6万元", "10"),
        Ind("效益指标", "社会效益指标", "景区公共服务设施", "明显改善", Q, "15", "明显改善", "15"),
        Ind("效益指标", "可持续影响指标", "设施使用年限", "≥10年", (">=", 10, "年"), "10", "10年", "10"),
        Ind("满意度指标", "服务对象满意度指标", "游客如厕满意度", "≥85%", (">=", 85, "%"), "10", "82%", "8",
            "高峰时段排队时间长"),
    ]
    _ministry(doc, "旅游厕所建设补助", dept, "神农架林区旅游服务中心", "万元", ("300.00", "320.00", "301.20"),
              [("其中：当年财政拨款", "300.00", "300.00", "281.20"), ("上年结转资金", "0.00", "20.00", "20.00"),
               ("其他资金", "", "", "")],
              ("新建改建旅游厕所12座，提升景区公共服务水平。", "完成12座旅游厕所建设并投入使用。"),
              inds, "优", widths=_w(9), rules="filled", fiscal="300.00", carried="20.00")
    inds = [
        Ind("产出指标", "数量指标", "非遗项目记录数", "≥8项", (">=", 8, "项"), "20", "9项", "20"),
        Ind("产出指标", "数量指标", "非遗传承人培训人次", "≥200人次", (">=", 200, "人次"), "10", "215人次", "10"),
        Ind("产出指标", "质量指标", "记录资料归档率", "100%", ("=", 100, "%"), "15", "100%", "15"),
        Ind("产出指标", "时效指标", "资金拨付及时率", "≥95%", (">=", 95, "%"), "10", "90%", "8", "部分资金年底拨付"),
        Ind("效益指标", "社会效益指标", "非遗保护传承氛围", "更加浓厚", Q, "15", "更加浓厚", "15"),
        Ind("效益指标", "可持续影响指标", "非遗保护工作机制", "长效运行", Q, "10", "长效运行", "10"),
        Ind("满意度指标", "服务对象满意度指标", "传承人满意度", "≥90%", (">=", 90, "%"), "10", "95%", "10"),
    ]
    _ministry(doc, "非物质文化遗产保护", dept, "神农架林区文化馆", "万元", ("85.00", "85.00", "80.75"),
              [("其中：当年财政拨款", "85.00", "85.00", "80.75"), ("上年结转资金", "0.00", "0.00", "0.00"),
               ("其他资金", "", "", "")],
              ("完成非遗项目记录和传承人培训。", "记录非遗项目9项，培训传承人215人次。"),
              inds, "优", widths=_w(9), rules="filled", fiscal="85.00", carried="0.00")
    return doc.save(folder)


def layout_jx_gqc_report_yuan_cause_fix_shaded(folder: Path, name: str) -> FileGold:
    """江西 共青城 绩效自评报告: landscape, 元 with separators, cause | fix split; "cells", shaded."""
    dept = "共青城市农业农村局"
    doc = FormDoc(name, f"{dept}2024年度项目支出绩效自评报告", dept, 2024)
    doc.pages.text_page("2024年度项目支出绩效自评报告", [
        "一、项目基本情况。本局2024年度实施高标准农田建设和农村人居环境整治两个项目，资金由市财政安排。",
        "二、绩效自评结论。经自评，两个项目总体完成年度绩效目标，自评结果详见附件。",
        "附件：项目支出绩效自评表",
    ])
    keys = ("l1", "l2", "name", "target", "actual", "weight", "score", "cause", "fix")
    heads = ("年初预算数（元）", "全年预算数（元）", "全年执行数（元）", "分值", "执行率", "得分")
    projects = [
        ("高标准农田建设", "共青城市农田建设服务中心", ("4,800,000.00", "5,260,000.00", "5,012,780.00"),
         [("其中：财政拨款", "4,800,000.00", "4,860,000.00", "4,612,780.00"),
          ("上年结转", "", "400,000.00", "400,000.00"), ("其他资金", "", "", "")],
         "4,860,000.00", "400,000.00",
         ("建成高标准农田3000亩，提升耕地质量。", "建成高标准农田3050亩，通过县级验收。"), [
             Ind("产出指标", "数量指标", "新建高标准农田面积", "≥3000亩", (">=", 3000, "亩"), "20", "3050亩", "20"),
             Ind("产出指标", "质量指标", "工程验收合格率", "100%", ("=", 100, "%"), "15", "100%", "15"),
             Ind("产出指标", "时效指标", "项目竣工验收时间", "2024年12月底前", (None, None, None), "10",
                 "2024年12月", "10"),
             Ind("产出指标", "成本指标", "亩均财政投入", "≤1600元", ("<=", 1600, "元"), "10", "1594元", "10"),
             Ind("效益指标", "经济效益指标", "项目区粮食亩产增加", "≥50公斤", (">=", 50, "公斤"), "10", "45公斤", "8",
                 "夏季持续干旱影响产量"),
             Ind("效益指标", "可持续影响指标", "工程设施使用年限", "≥15年", (">=", 15, "年"), "10", "15年", "10"),
             Ind("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%", (">=", 90, "%"), "15", "92%", "15"),
         ], "良好", "良"),
        ("农村人居环境整治", "共青城市农村能源服务站", ("1,200,000.00", "1,200,000.00", "1,080,000.00"),
         [("其中：财政拨款", "1,200,000.00", "1,200,000.00", "1,080,000.00"),
          ("上年结转", "", "", ""), ("其他资金", "", "", "")],
         "1,200,000.00", None,
         ("完成农村户厕改造和生活垃圾收运体系建设。", "改造户厕420户，建成垃圾收集点36个。"), [
             Ind("产出指标", "数量指标", "农村户厕改造户数", "≥400户", (">=", 400, "户"), "15", "420户", "15"),
             Ind("产出指标", "数量指标", "垃圾收集点建设数", "≥40个", (">=", 40, "个"), "10", "36个", "7",
                 "两个村选址未落实"),
             Ind("产出指标", "质量指标", "户厕改造合格率", "≥95%", (">=", 95, "%"), "15", "97%", "15"),
             Ind("产出指标", "时效指标", "改造任务完成时限", "2024年11月30日前", (None, None, None), "10",
                 "2024年11月28日", "10"),
             Ind("效益指标", "社会效益指标", "农村生活垃圾收运处置率", "≥90%", (">=", 90, "%"), "15", "91%", "15"),
             Ind("效益指标", "生态效益指标", "村庄环境面貌", "明显改善", Q, "10", "明显改善", "10"),
             Ind("满意度指标", "服务对象满意度指标", "村民满意度", "≥85%", (">=", 85, "%"), "15", "88%", "15"),
         ], "良好", "良"),
    ]
    for project, unit_name, money, parts, fiscal, carried, goal, inds, words, grade in projects:
        _ministry(doc, project, dept, unit_name, "元", money, parts, goal, inds, grade, widths=[50, 60, 70, 96, 96, 90, 50, 56, 86, 86],
                  heads=heads, keys=keys, money_label="项目资金", grade_text=words, landscape=True,
                  shade_header=True, unit_raw=None, fiscal=fiscal, carried=carried)
    return doc.save(folder)


def layout_ha_jy_accounts_rate_before_points_open(folder: Path, name: str) -> FileGold:
    """河南 济源 部门决算: 执行率 before 分值; rules "open"."""
    dept = "济源示范区卫生健康委员会"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算公开", 22)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "8,925.40"), ("二、事业收入", "1,230.00")],
                    [("一、卫生健康支出", "9,640.20"), ("二、社会保障和就业支出", "515.20")])
    heads = ("年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分")
    inds = [
        Ind("产出指标", "数量指标", "家庭医生签约服务人数", "≥18万人", (">=", 18, "万人"), "15", "18.6万人", "15"),
        Ind("产出指标", "数量指标", "老年人健康体检人数", "≥4.5万人", (">=", 4.5, "万人"), "10", "4.7万人", "10"),
        Ind("产出指标", "质量指标", "电子健康档案建档率", "≥90%", (">=", 90, "%"), "15", "92.3%", "15"),
        Ind("产出指标", "时效指标", "补助资金拨付时间", "2024年9月底前", (None, None, None), "10", "2024年9月", "10"),
        Ind("效益指标", "社会效益指标", "居民健康素养水平", "≥28%", (">=", 28, "%"), "15", "29.1%", "15"),
        Ind("效益指标", "可持续影响指标", "基本公共卫生服务均等化水平", "持续提高", Q, "10", "持续提高", "10"),
        Ind("满意度指标", "服务对象满意度指标", "居民满意度", "≥85%", (">=", 85, "%"), "15", "87%", "15"),
    ]
    _ministry(doc, "基本公共卫生服务补助", dept, "济源示范区疾病预防控制中心", "万元", ("2,150.00", "2,310.00", "2,288.45"),
              [("其中：财政拨款", "2,150.00", "2,310.00", "2,288.45"), ("上年结转", "", "", ""),
               ("其他资金", "", "", "")],
              ("为辖区常住居民免费提供基本公共卫生服务。", "完成各项基本公共卫生服务任务。"), inds, None,
              widths=_w(9), heads=heads, rules="open", fiscal="2,310.00", code="419001241000000315")
    inds = [
        Ind("产出指标", "数量指标", "妇女两癌筛查人数", "≥2.2万人", (">=", 2.2, "万人"), "15", "2.1万人", "13",
            "部分农村妇女参检意愿不足"),
        Ind("产出指标", "数量指标", "孕产妇产前筛查人数", "＞6000人", (">", 6000, "人"), "10", "6120人", "10"),
        Ind("产出指标", "质量指标", "筛查结果随访率", "≥95%", (">=", 95, "%"), "15", "96%", "15"),
        Ind("产出指标", "时效指标", "筛查结果反馈时间", "≤15个工作日", ("<=", 15, "个工作日"), "10", "12个工作日", "10"),
        Ind("效益指标", "社会效益指标", "孕产妇死亡率", "＜10/10万", ("<", 10, "/10万"), "15", "0", "15"),
        Ind("效益指标", "社会效益指标", "妇女健康意识", "明显增强", Q, "10", "明显增强", "10"),
        Ind("满意度指标", "服务对象满意度指标", "受检妇女满意度", "≥90%", (">=", 90, "%"), "15", "93%", "15"),
    ]
    _ministry(doc, "妇幼健康服务项目", dept, "济源示范区妇幼保健院", "万元", ("460.00", "520.00", "478.40"),
              [("其中：财政拨款", "460.00", "460.00", "418.40"), ("上年结转", "", "60.00", "60.00"),
               ("其他资金", "", "", "")],
              ("开展妇女两癌筛查和孕产妇产前筛查。", "完成筛查2.1万人，产前筛查6120人。"), inds, None,
              widths=_w(9), heads=heads, rules="open", fiscal="460.00", carried="60.00", code="419001241000000327")
    return doc.save(folder)


def layout_sd_lk_school_landscape_split_target(folder: Path, name: str) -> FileGold:
    """山东 龙口 school: landscape, target split 指标方向 | 指标值 | 计量单位; rules "filled"."""
    dept = "龙口市第一中学"
    doc = FormDoc(name, f"{dept}2024年度项目支出绩效自评", dept, 2024,
                  cover=[("龙口市教育和体育局所属单位", 18), (dept, 24), ("2024年度项目支出绩效自评表", 20)])
    keys = ("l1", "l2", "name", "cmp", "val", "unit", "actual", "weight", "score", "note")
    projects = [
        ("教学设备购置", ("180.00", "196.50", "192.70"),
         [("其中：财政资金", "180.00", "196.50", "192.70"), ("其他资金", "", "", "")], "196.50",
         ("更新理化生实验室设备，满足新课标实验教学需要。", "更新实验设备326台套，实验开出率100%。"), [
             Ind("产出指标", "数量指标", "实验设备购置数量", ("≥", "300", "台套"), (">=", 300, "台套"), "20", "326台套", "20"),
             Ind("产出指标", "质量指标", "设备验收合格率", ("＝", "100", "%"), ("=", 100, "%"), "15", "100%", "15"),
             Ind("产出指标", "时效指标", "设备安装调试完成时间", ("≤", "60", "天"), ("<=", 60, "天"), "10", "52天", "10"),
             Ind("产出指标", "成本指标", "采购价格节约率", ("≥", "5", "%"), (">=", 5, "%"), "10", "3.8%", "8",
                 "部分设备市场价格上涨"),
             Ind("效益指标", "社会效益指标", "学生实验开出率", ("≥", "95", "%"), (">=", 95, "%"), "15", "100%", "15"),
             Ind("效益指标", "可持续影响指标", "设备使用年限", ("≥", "8", "年"), (">=", 8, "年"), "10", "8年", "10"),
             Ind("满意度指标", "服务对象满意度指标", "师生满意度", ("≥", "90", "%"), (">=", 90, "%"), "10", "94%", "10"),
         ]),
        ("学生资助资金", ("96.00", "104.40", "104.40"),
         [("其中：财政资金", "96.00", "104.40", "104.40"), ("其他资金", "", "", "")], "104.40",
         ("按政策足额发放国家助学金和免学费补助。", "资助学生522人次，资金足额发放。"), [
             Ind("产出指标", "数量指标", "资助学生人次", ("≥", "500", "人次"), (">=", 500, "人次"), "20", "522人次", "20"),
             Ind("产出指标", "质量指标", "资助对象认定准确率", ("＝", "100", "%"), ("=", 100, "%"), "15", "100%", "15"),
             Ind("产出指标", "时效指标", "资助资金发放时限", ("≤", "30", "天"), ("<=", 30, "天"), "15", "25天", "15"),
             Ind("产出指标", "成本指标", "生均资助标准", ("＝", "2000", "元/年"), ("=", 2000, "元/年"), "10",
                 "2000元/年", "10"),
             Ind("效益指标", "社会效益指标", "家庭经济困难学生辍学率", ("＜", "1", "%"), ("<", 1, "%"), "10", "0%", "10"),
             Ind("效益指标", "社会效益指标", "资助政策知晓率", ("≥", "95", "%"), (">=", 95, "%"), "10", "96%", "10"),
             Ind("满意度指标", "服务对象满意度指标", "受助学生满意度", ("≥", "95", "%"), (">=", 95, "%"), "10",
                 "97%", "10"),
         ]),
    ]
    for project, money, parts, fiscal, goal, inds in projects:
        rows = _Rows()
        ncols = 11
        _project_head(rows, ncols, project, "龙口市教育和体育局", dept)
        lines = _std_lines(*money, parts)
        lines[0] = ("资金总额", lines[0][1])
        _money_lines(rows, ncols, "项目资金（万元）", STD_HEADS, lines)
        _goal(rows, ncols, *goal)
        total = _total(_rate(money[1], money[2])[1], inds)
        _indicators(rows, ncols, inds, keys, total)
        _draw(doc, rows, [60, 64, 96, 84, 56, 60, 60, 70, 44, 44, 104], "项目支出绩效自评表",
              editor=f"单位名称：{dept}", unit_raw="（2024年度）", rules="filled", landscape=True)
        _record(doc, project, "万元", money[1], money[2], total, None, inds, fiscal=fiscal)
    return doc.save(folder)


def layout_sc_ab_accounts_turned_dept_and_project(folder: Path, name: str) -> FileGold:
    """四川 阿坝 county 部门决算: turned pages, 部门整体 then project; rules "cells"."""
    dept = "汶川县交通运输局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年部门决算", dept, year, cover=[(dept, 24), (f"{year}年部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "5,620.80"), ("二、政府性基金预算财政拨款收入", "1,400.00")],
                    [("一、交通运输支出", "6,780.30"), ("二、城乡社区支出", "240.50")])
    dept_inds = [
        Ind("产出指标", "数量指标", "农村公路养护里程", "≥680公里", (">=", 680, "公里"), "15", "692公里", "15"),
        Ind("产出指标", "数量指标", "危桥改造座数", "≥6座", (">=", 6, "座"), "10", "6座", "10"),
        Ind("产出指标", "质量指标", "农村公路优良中等路率", "≥80%", (">=", 80, "%"), "15", "83%", "15"),
        Ind("产出指标", "时效指标", "水毁道路抢通时间", "≤72小时", ("<=", 72, "小时"), "10", "48小时", "10"),
        Ind("效益指标", "社会效益指标", "乡镇通客车率", "100%", ("=", 100, "%"), "10", "100%", "10"),
        Ind("效益指标", "社会效益指标", "道路交通安全形势", "总体平稳", Q, "10", "总体平稳", "10"),
        Ind("效益指标", "可持续影响指标", "农村公路管养长效机制", "不断健全", Q, "10", "不断健全", "9"),
        Ind("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥85%", (">=", 85, "%"), "10", "89%", "10"),
    ]
    _ministry(doc, None, dept, dept, "万元", ("6,500.00", "7,210.50", "7,020.80"),
              [("其中：财政拨款", "5,100.00", "5,810.50", "5,620.80"), ("政府性基金", "1,400.00", "1,400.00", "1,400.00")],
              ("完成农村公路养护、危桥改造和道路运输安全监管任务。", "养护农村公路692公里，改造危桥6座。"),
              dept_inds, "优", widths=_w(9, True), money_label="年度预算执行情况（万元）", landscape=True, turned=True,
              editor=f"部门名称：{dept}", unit_raw="单位：万元")
    inds = [
        Ind("产出指标", "数量指标", "危桥改造数量", "6座", ("=", 6, "座"), "20", "6座", "20"),
        Ind("产出指标", "质量指标", "改造桥梁验收合格率", "100%", ("=", 100, "%"), "15", "100%", "15"),
        Ind("产出指标", "时效指标", "项目完工时间", "2024年10月31日前", (None, None, None), "10", "2024年10月25日", "10"),
        Ind("产出指标", "成本指标", "项目总成本", "≤1150万元", ("<=", 1150, "万元"), "10", "1098.60万元", "10"),
        Ind("效益指标", "社会效益指标", "桥梁通行安全隐患", "全部消除", Q, "15", "全部消除", "15"),
        Ind("效益指标", "可持续影响指标", "桥梁设计使用年限", "≥50年", (">=", 50, "年"), "10", "50年", "10"),
        Ind("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", (">=", 90, "%"), "10", "88%", "8",
            "施工期间绕行不便"),
    ]
    _ministry(doc, "农村公路危桥改造", dept, "汶川县农村公路管理所", "万元", ("1,150.00", "1,150.00", "1,098.60"),
              [("其中：当年财政拨款", "1,150.00", "1,150.00", "1,098.60"), ("上年结转资金", "", "", ""),
               ("其他资金", "", "", "")],
              ("完成6座农村公路危桥改造。", "6座危桥改造全部完工并通过验收。"), inds, "优",
              widths=_w(9, True), landscape=True, turned=True, fiscal="1,150.00")
    return doc.save(folder)


def _pairs_form(doc: FormDoc, project: str, code: str, dept: str, unit_name: str, money: tuple[str, str, str],
                parts: tuple[str, str, str], goal: tuple[str, str], inds: list[Ind]) -> Decimal:
    """Money as label | value pairs; rules "open", the indicator header shaded."""
    ncols = 9
    rows = _Rows()
    _project_head(rows, ncols, project, dept, unit_name, code)
    budget, executed = money[1], money[2]
    rate, rate_score = _rate(budget, executed)
    rows.add((0, 2, "年初预算数（万元）"), (2, 1, money[0]), (3, 2, "全年预算数（万元）"), (5, 1, budget),
             (6, 2, "全年执行数（万元）"), (8, 1, executed))
    rows.add((0, 2, "其中：财政拨款"), (2, 1, parts[0]), (3, 2, "上年结转"), (5, 1, parts[1]), (6, 2, "其他资金"),
             (8, 1, parts[2]))
    rows.add((0, 2, "预算执行率"), (2, 1, rate), (3, 2, "分值"), (5, 1, "10"), (6, 2, "得分"), (8, 1, rate_score))
    _goal(rows, ncols, *goal)
    total = _total(rate_score, inds)
    ind_head = _indicators(rows, ncols, inds, STD_KEYS, total)
    _draw(doc, rows, _w(9), "项目支出绩效自评表", editor="（2024年度）", unit_raw=None, rules="open",
          shaded=(ind_head,))
    return total


def layout_gx_cz_label_value_money_open_shaded(folder: Path, name: str) -> FileGold:
    """广西 崇左 district: label | value money pairs; rules "open", indicator header shaded."""
    dept = "崇左市江州区水利局"
    doc = FormDoc(name, f"{dept}2024年度项目支出绩效自评表", dept, 2024)
    items = [
        ("农村饮水安全巩固提升", "崇左市江州区农村供水服务站", ("420.00", "486.00", "462.30"), ("406.00", "80.00", "0.00"),
         "406.00", "80.00",
         ("维修改造农村供水工程，保障农村群众饮水安全。", "完成28处供水工程维修改造。"), [
             Ind("产出指标", "数量指标", "供水工程维修改造处数", "≥25处", (">=", 25, "处"), "20", "28处", "20"),
             Ind("产出指标", "质量指标", "农村集中供水水质达标率", "≥90%", (">=", 90, "%"), "15", "92%", "15"),
             Ind("产出指标", "时效指标", "工程完工时间", "2024年12月20日前", (None, None, None), "10", "2024年12月", "10"),
             Ind("效益指标", "社会效益指标", "农村自来水普及率", "≥88%", (">=", 88, "%"), "15", "89%", "15"),
             Ind("效益指标", "社会效益指标", "受益人口", "≥3.2万人", (">=", 3.2, "万人"), "10", "3.4万人", "10"),
             Ind("效益指标", "可持续影响指标", "工程长效运行管护", "有效落实", Q, "10", "有效落实", "10"),
             Ind("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", (">=", 90, "%"), "10", "91%", "10"),
         ]),
        ("小型水库安全运行管护", "崇左市江州区水库管理所", ("150.00", "150.00", "127.50"), ("150.00", "", ""),
         "150.00", None,
         ("落实小型水库专业化管护，保障度汛安全。", "完成42座小型水库管护，未发生安全事故。"), [
             Ind("产出指标", "数量指标", "管护小型水库数量", "42座", ("=", 42, "座"), "20", "42座", "20"),
             Ind("产出指标", "质量指标", "水库安全鉴定完成率", "100%", ("=", 100, "%"), "15", "90%", "12",
                 "部分鉴定报告尚在审查"),
             Ind("产出指标", "时效指标", "汛前检查完成时间", "2024年4月30日前", (None, None, None), "10",
                 "2024年4月25日", "10"),
             Ind("产出指标", "成本指标", "单座水库年管护经费", "≤3.6万元", ("<=", 3.6, "万元"), "10", "3.04万元", "10"),
             Ind("效益指标", "社会效益指标", "水库安全度汛", "无垮坝事故", Q, "15", "无垮坝事故", "15"),
             Ind("效益指标", "可持续影响指标", "专业化管护覆盖率", "≥95%", (">=", 95, "%"), "10", "95%", "10"),
             Ind("满意度指标", "服务对象满意度指标", "下游群众满意度", "≥85%", (">=", 85, "%"), "10", "86%", "10"),
         ]),
    ]
    codes = ["45140224000010021", "45140224000010037"]
    for (project, unit_name, money, parts, fiscal, carried, goal, inds), code in zip(items, codes):
        total = _pairs_form(doc, project, code, dept, unit_name, money, parts, goal, inds)
        _record(doc, project, "万元", money[1], money[2], total, None, inds, fiscal=fiscal, carried=carried, code=code)
    return doc.save(folder)


def layout_yn_dh_dept_income_nature_lines(folder: Path, name: str) -> FileGold:
    """云南 德宏 county: 部门整体 self evaluation with 按收入性质分 / 按支出性质分 lines; "filled"."""
    dept = "盈江县林业和草原局"
    doc = FormDoc(name, f"{dept}2024年度部门整体支出绩效自评报告", dept, 2024)
    doc.pages.text_page("2024年度部门整体支出绩效自评报告", [
        "一、部门基本情况。本局主要负责全县森林资源保护、林草生态修复和森林草原防灭火工作。",
        "二、绩效自评情况。本局对2024年度部门整体支出和重点项目支出开展了自评，结果见下表。",
    ])
    dept_inds = [
        Ind("产出指标", "数量指标", "完成营造林面积", "≥2.5万亩", (">=", 2.5, "万亩"), "15", "2.62万亩", "15"),
        Ind("产出指标", "数量指标", "生态护林员选聘人数", "≥1200人", (">=", 1200, "人"), "10", "1236人", "10"),
        Ind("产出指标", "质量指标", "造林成活率", "≥85%", (">=", 85, "%"), "15", "88%", "15"),
        Ind("产出指标", "时效指标", "森林火灾处置时限", "≤24小时", ("<=", 24, "小时"), "10", "12小时", "10"),
        Ind("效益指标", "生态效益指标", "森林覆盖率", "≥78.5%", (">=", 78.5, "%"), "15", "78.6%", "15"),
        Ind("效益指标", "社会效益指标", "森林火灾受害率", "≤0.9‰", ("<=", 0.9, "‰"), "10", "0.2‰", "10"),
        Ind("效益指标", "可持续影响指标", "林长制工作机制", "全面落实", Q, "5", "全面落实", "5"),
        Ind("满意度指标", "服务对象满意度指标", "林农满意度", "≥90%", (">=", 90, "%"), "10", "90%", "10"),
    ]
    budget, executed = "5,846.20", "5,702.35"
    rate, rate_score = _rate(budget, executed)
    ncols = 9
    rows = _Rows()
    rows.add((0, 2, "部门（单位）名称"), (2, ncols - 2, dept))
    money_head = rows.n
    rows.put(money_head, 0, 7, 1, "年度预算执行情况（万元）")
    rows.put(money_head, 1, 1, 2, "")
    for k, head in enumerate(STD_HEADS):
        rows.put(money_head, 3 + k, 1, 1, head)
    lines = [("年度资金总额", ("5,420.00", budget, executed, "10", rate, rate_score)),
             ("按收入性质分：财政拨款", ("5,120.00", "5,546.20", "5,402.35", "—", "—", "—")),
             ("其他资金", ("300.00", "300.00", "300.00", "—", "—", "—")),
             ("按支出性质分：基本支出", ("1,860.00", "1,906.20", "1,906.20", "—", "—", "—")),
             ("项目支出", ("3,560.00", "3,940.00", "3,796.15", "—", "—", "—")),
             ("其中：上年结转", ("", "260.00", "245.60", "—", "—", "—"))]
    for n, (label, values) in enumerate(lines, 1):
        rows.put(money_head + n, 1, 1, 2, label)
        for k, v in enumerate(values):
            rows.put(money_head + n, 3 + k, 1, 1, v)
    _goal(rows, ncols, "加强森林资源保护，推进国土绿化，严防森林草原火灾。", "完成营造林2.62万亩，全年未发生重大森林火灾。")
    total = _total(rate_score, dept_inds)
    _indicators(rows, ncols, dept_inds, STD_KEYS, total, grade_label="绩效自评等级", grade_text="优")
    _draw(doc, rows, _w(9), "部门整体支出绩效自评表", editor="（2024年度）",
          unit_raw="单位：万元", rules="filled")
    _record(doc, None, "万元", budget, executed, total, "优", dept_inds)
    inds = [
        Ind("产出指标", "数量指标", "天然林管护面积", "≥86万亩", (">=", 86, "万亩"), "20", "86.4万亩", "20"),
        Ind("产出指标", "质量指标", "管护区森林资源损失率", "≤1‰", ("<=", 1, "‰"), "15", "0.3‰", "15"),
        Ind("产出指标", "时效指标", "管护人员劳务费发放", "按季度发放", Q, "10", "按季度发放", "10"),
        Ind("效益指标", "生态效益指标", "天然林资源", "持续恢复", Q, "15", "持续恢复", "15"),
        Ind("效益指标", "社会效益指标", "带动脱贫户就业人数", "≥300人", (">=", 300, "人"), "10", "312人", "10"),
        Ind("效益指标", "可持续影响指标", "天然林保护成效", "长期稳定", Q, "10", "长期稳定", "10"),
        Ind("满意度指标", "服务对象满意度指标", "护林员满意度", "≥90%", (">=", 90, "%"), "10", "96%", "10"),
    ]
    _ministry(doc, "天然林资源保护", dept, "盈江县国有林场", "万元", ("1,290.00", "1,290.00", "1,290.00"),
              [("其中：当年财政拨款", "1,290.00", "1,290.00", "1,290.00"), ("上年结转资金", "", "", ""),
               ("其他资金", "", "", "")],
              ("管护天然林86万亩，保障护林员劳务报酬。", "管护天然林86.4万亩，劳务费按季足额发放。"), inds, "优",
              widths=_w(9), rules="filled", fiscal="1,290.00")
    return doc.save(folder)


def layout_gs_jc_yuan_title_unit_plain(folder: Path, name: str) -> FileGold:
    """甘肃 金昌 district: 元 without separators, unit in the title line; rules "cells"."""
    dept = "金昌市金川区民政局"
    doc = FormDoc(name, f"{dept}2024年度项目支出绩效自评", dept, 2024)
    items = [
        ("城乡居民最低生活保障", "金川区社会救助服务中心", ("18600000.00", "19250000.00", "19250000.00"),
         [("其中：当年财政拨款", "18600000.00", "19250000.00", "19250000.00"), ("上年结转资金", "", "", ""),
          ("其他资金", "", "", "")], "19250000.00",
         ("保障城乡低保对象基本生活，做到应保尽保。", "全年保障低保对象4860人，资金按月足额发放。"), [
             Ind("产出指标", "数量指标", "保障城乡低保对象人数", "≥4800人", (">=", 4800, "人"), "20", "4860人", "20"),
             Ind("产出指标", "质量指标", "低保对象认定准确率", "≥98%", (">=", 98, "%"), "15", "99%", "15"),
             Ind("产出指标", "时效指标", "低保金发放及时率", "100%", ("=", 100, "%"), "10", "100%", "10"),
             Ind("产出指标", "成本指标", "城市低保标准", "≥790元/人·月", (">=", 790, "元/人·月"), "10",
                 "790元/人·月", "10"),
             Ind("效益指标", "社会效益指标", "困难群众基本生活", "有效保障", Q, "15", "有效保障", "15"),
             Ind("效益指标", "可持续影响指标", "社会救助兜底保障机制", "持续完善", Q, "10", "持续完善", "10"),
             Ind("满意度指标", "服务对象满意度指标", "低保对象满意度", "≥90%", (">=", 90, "%"), "10", "95%", "10"),
         ], "优"),
        ("社区居家养老服务", "金川区养老服务指导中心", ("1500000.00", "1680000.00", "1428000.00"),
         [("其中：当年财政拨款", "1500000.00", "1500000.00", "1248000.00"), ("上年结转资金", "", "180000.00", "180000.00"),
          ("其他资金", "", "", "")], "1500000.00",
         ("建设社区老年人日间照料中心，开展居家养老上门服务。", "建成日间照料中心4个，上门服务2.6万人次。"), [
             Ind("产出指标", "数量指标", "新建日间照料中心", "≥5个", (">=", 5, "个"), "20", "4个", "15",
                 "一个中心选址调整"),
             Ind("产出指标", "数量指标", "居家养老上门服务人次", "≥2.5万人次", (">=", 2.5, "万人次"), "10",
                 "2.6万人次", "10"),
             Ind("产出指标", "质量指标", "服务质量抽查合格率", "≥95%", (">=", 95, "%"), "10", "96%", "10"),
             Ind("产出指标", "时效指标", "照料中心投入运营时间", "2024年12月底前", (None, None, None), "10",
                 "2024年12月", "10"),
             Ind("效益指标", "社会效益指标", "社区养老服务覆盖率", "≥80%", (">=", 80, "%"), "15", "76%", "12",
                 "新建中心未全部投用"),
             Ind("效益指标", "可持续影响指标", "居家养老服务网络", "逐步健全", Q, "10", "逐步健全", "10"),
             Ind("满意度指标", "服务对象满意度指标", "服务老人满意度", "≥90%", (">=", 90, "%"), "15", "92%", "15"),
         ], "良"),
    ]
    for project, unit_name, money, parts, fiscal, goal, inds, grade in items:
        carried = parts[1][2] or None
        _ministry(doc, project, dept, unit_name, "元", money, parts, goal, inds, grade,
                  widths=_w(9), money_label="项目资金", unit_raw="金额单位：元",
                  editor=f"填报单位：{dept}", fiscal=fiscal, carried=carried)
    return doc.save(folder)


def layout_hlj_qth_accounts_no_level2_weights_in_l1(folder: Path, name: str) -> FileGold:
    """黑龙江 七台河 部门决算: 一级 | 三级 only, weights in the 一级 cells; "filled", shaded."""
    dept = "七台河市茄子河区住房和城乡建设局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 22), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "3,684.20"), ("二、其他收入", "12.00")],
                    [("一、城乡社区支出", "3,250.70"), ("二、住房保障支出", "445.50")])
    keys = ("l1", "name", "target", "actual", "weight", "score", "note")
    items = [
        ("老旧小区改造", "七台河市茄子河区城市建设服务中心", ("1,600.00", "1,820.00", "1,794.60"),
         [("其中：财政拨款", "1,600.00", "1,820.00", "1,794.60"), ("上年结转", "", "", ""), ("其他资金", "", "", "")],
         "1,820.00", None, {"产出指标": "50", "效益指标": "30", "满意度指标": "10"},
         ("完成8个老旧小区改造，改善居民居住条件。", "完成8个小区改造，惠及居民1960户。"), [
             Ind("产出指标", None, "改造老旧小区数量", "8个", ("=", 8, "个"), "15", "8个", "15"),
             Ind("产出指标", None, "改造惠及居民户数", "≥1900户", (">=", 1900, "户"), "10", "1960户", "10"),
             Ind("产出指标", None, "工程质量合格率", "100%", ("=", 100, "%"), "15", "100%", "15"),
             Ind("产出指标", None, "改造工程完工时间", "2024年10月15日前", (None, None, None), "10", "2024年10月12日", "10"),
             Ind("效益指标", None, "小区基础设施条件", "明显改善", Q, "15", "明显改善", "15"),
             Ind("效益指标", None, "小区物业管理覆盖率", "≥80%", (">=", 80, "%"), "15", "75%", "12", "部分小区未引入物业"),
             Ind("满意度指标", None, "改造小区居民满意度", "≥90%", (">=", 90, "%"), "10", "91%", "10"),
         ], "优"),
        ("城市供热管网改造", "七台河市茄子河区供热管理站", ("900.00", "960.00", "894.30"),
         [("其中：财政拨款", "900.00", "900.00", "834.30"), ("上年结转", "", "60.00", "60.00"), ("其他资金", "", "", "")],
         "900.00", "60.00", {"产出指标": "50", "效益指标": "25", "满意度指标": "15"},
         ("改造老旧供热管网，降低管网热损失。", "改造供热管网12.5公里，采暖季运行平稳。"), [
             Ind("产出指标", None, "改造供热管网长度", "≥12公里", (">=", 12, "公里"), "20", "12.5公里", "20"),
             Ind("产出指标", None, "管网打压试验合格率", "100%", ("=", 100, "%"), "10", "100%", "10"),
             Ind("产出指标", None, "改造完工时间", "2024年9月30日前", (None, None, None), "10", "2024年9月28日", "10"),
             Ind("产出指标", None, "每公里改造成本", "≤75万元", ("<=", 75, "万元"), "10", "71.5万元", "10"),
             Ind("效益指标", None, "管网热损失率", "≤8%", ("<=", 8, "%"), "15", "7.6%", "15"),
             Ind("效益指标", None, "采暖季室温达标率", "≥98%", (">=", 98, "%"), "10", "97%", "9", "个别末端用户温度偏低"),
             Ind("满意度指标", None, "供热用户满意度", "≥85%", (">=", 85, "%"), "15", "88%", "15"),
         ], "优"),
    ]
    for project, unit_name, money, parts, fiscal, carried, l1w, goal, inds, grade in items:
        def l1_text(i: Ind, l1w=l1w) -> str:
            return f"{i.l1}（{l1w[i.l1]}分）"
        _ministry(doc, project, dept, unit_name, "万元", money, parts, goal, inds, grade,
                  widths=[44, 64, 70, 92, 78, 62, 40, 40, 44], keys=keys, rules="filled", shade_header=True,
                  total_label="自评总分", grade_label="评价等级", fiscal=fiscal, carried=carried, l1_text=l1_text)
    return doc.save(folder)


def layout_jl_ly_hospital_long_form_repeated_header(folder: Path, name: str) -> FileGold:
    """吉林 辽源 hospital: one long form in 元 over pages, header repeated; rules "cells"."""
    dept = "辽源市中心医院"
    doc = FormDoc(name, f"{dept}2024年度项目支出绩效自评表", dept, 2024,
                  cover=[("辽源市卫生健康委员会所属单位", 18), (dept, 24), ("2024年度项目支出绩效自评", 20)])
    heads = ("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")
    inds = [
        Ind("产出指标", "数量指标", "购置医疗设备台数", "≥12台", (">=", 12, "台"), "6", "12台", "6"),
        Ind("产出指标", "数量指标", "重点专科建设数", "≥2个", (">=", 2, "个"), "5", "2个", "5"),
        Ind("产出指标", "数量指标", "医护人员进修培训人次", "≥80人次", (">=", 80, "人次"), "5", "86人次", "5"),
        Ind("产出指标", "数量指标", "远程会诊例数", "大于600例", (">", 600, "例"), "4", "642例", "4"),
        Ind("产出指标", "质量指标", "设备验收合格率", "100%", ("=", 100, "%"), "5", "100%", "5"),
        Ind("产出指标", "质量指标", "设备完好率", "≥95%", (">=", 95, "%"), "5", "98%", "5"),
        Ind("产出指标", "质量指标", "医疗质量控制指标达标率", "≥90%", (">=", 90, "%"), "5", "93%", "5"),
        Ind("产出指标", "质量指标", "医院感染发生率", "≤3%", ("<=", 3, "%"), "3", "2.1%", "3"),
        Ind("产出指标", "质量指标", "门诊预约诊疗率", "≥60%", (">=", 60, "%"), "2", "64%", "2"),
        Ind("产出指标", "时效指标", "设备采购完成时间", "2024年8月31日前", (None, None, None), "5", "2024年8月20日", "5"),
        Ind("产出指标", "时效指标", "设备安装调试周期", "≤30天", ("<=", 30, "天"), "5", "26天", "5"),
        Ind("产出指标", "成本指标", "设备采购成本节约率", "≥3%", (">=", 3, "%"), "5", "4.2%", "5"),
        Ind("效益指标", "经济效益指标", "设备年使用率", "≥85%", (">=", 85, "%"), "5", "80%", "4", "部分设备开机不足"),
        Ind("效益指标", "社会效益指标", "危急重症患者外转率", "≤5%", ("<=", 5, "%"), "5", "4.1%", "5"),
        Ind("效益指标", "社会效益指标", "平均住院日", "≤8.5天", ("<=", 8.5, "天"), "5", "8.3天", "5"),
        Ind("效益指标", "社会效益指标", "区域医疗服务能力", "明显提升", Q, "5", "明显提升", "5"),
        Ind("效益指标", "可持续影响指标", "设备使用年限", "≥8年", (">=", 8, "年"), "5", "8年", "5"),
        Ind("满意度指标", "服务对象满意度指标", "住院患者满意度", "≥90%", (">=", 90, "%"), "5", "94%", "5"),
        Ind("满意度指标", "服务对象满意度指标", "医务人员满意度", "≥85%", (">=", 85, "%"), "5", "87%", "5"),
    ]
    _ministry(doc, "医疗服务能力提升", dept, dept, "元", ("6,800,000.00", "7,350,000.00", "7,168,420.00"),
              [("其中：财政拨款", "6,800,000.00", "6,800,000.00", "6,618,420.00"),
               ("上年结转", "", "550,000.00", "550,000.00"), ("其他资金", "", "", "")],
              ("购置CT、彩超等医疗设备，建设心血管内科、呼吸内科两个重点专科，选派医护人员进修，开展远程会诊，提升区域医疗服务能力。",
               "购置设备12台，建成重点专科2个，进修培训86人次，远程会诊642例。"), inds, "优",
              widths=_w(9), heads=heads, money_label="项目资金（元）",
              unit_raw="单位：元", editor=f"单位名称：{dept}", fiscal="6,800,000.00", carried="550,000.00", repeat=True)
    inds = [
        Ind("产出指标", "数量指标", "家庭医生团队组建数", "≥15个", (">=", 15, "个"), "20", "15个", "20"),
        Ind("产出指标", "质量指标", "签约居民随访率", "≥90%", (">=", 90, "%"), "15", "91%", "15"),
        Ind("产出指标", "时效指标", "随访服务时限", "≤7天", ("<=", 7, "天"), "10", "5天", "10"),
        Ind("效益指标", "社会效益指标", "慢病患者规范管理率", "≥70%", (">=", 70, "%"), "15", "72%", "15"),
        Ind("效益指标", "社会效益指标", "基层首诊意识", "有所增强", Q, "10", "有所增强", "10"),
        Ind("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%", (">=", 90, "%"), "20", "88%", "17",
            "个别团队响应不及时"),
    ]
    _ministry(doc, "医联体家庭医生签约服务", dept, dept, "元", ("850,000.00", "850,000.00", "796,500.00"),
              [("其中：财政拨款", "850,000.00", "850,000.00", "796,500.00"), ("上年结转", "", "", ""),
               ("其他资金", "", "", "")],
              ("组建家庭医生团队，开展签约居民随访服务。", "组建团队15个，随访签约居民1.2万人次。"), inds, "良",
              widths=_w(9), heads=heads, money_label="项目资金（元）",
              unit_raw="单位：元", editor=f"单位名称：{dept}", fiscal="850,000.00", grade_text="良好")
    return doc.save(folder)


BLIND75: dict[str, Builder] = {
    "hub_snj_accounts_ministry_filled": layout_hub_snj_accounts_ministry_filled,
    "jx_gqc_report_yuan_cause_fix_shaded": layout_jx_gqc_report_yuan_cause_fix_shaded,
    "ha_jy_accounts_rate_before_points_open": layout_ha_jy_accounts_rate_before_points_open,
    "sd_lk_school_landscape_split_target": layout_sd_lk_school_landscape_split_target,
    "sc_ab_accounts_turned_dept_and_project": layout_sc_ab_accounts_turned_dept_and_project,
    "gx_cz_label_value_money_open_shaded": layout_gx_cz_label_value_money_open_shaded,
    "yn_dh_dept_income_nature_lines": layout_yn_dh_dept_income_nature_lines,
    "gs_jc_yuan_title_unit_plain": layout_gs_jc_yuan_title_unit_plain,
    "hlj_qth_accounts_no_level2_weights_in_l1": layout_hlj_qth_accounts_no_level2_weights_in_l1,
    "jl_ly_hospital_long_form_repeated_header": layout_jl_ly_hospital_long_form_repeated_header,
}
SETS: dict[str, dict[str, Builder]] = {"blind75": BLIND75}


def write_layout(name: str, folder: str | Path) -> dict:
    """Write layout ``name`` as ``<name>.pdf`` with its gold ``<name>.gold.json`` in folder;
    returns the gold (as ``form_layouts.write_layout``)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    which = next(k for k, layouts in SETS.items() if name in layouts)
    gold = SETS[which][name](folder, name)
    out = {"layout": name, "set": which, **gold.__dict__}
    (folder / f"{name}.gold.json").write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    return out


def write_set(which: str, folder: str | Path) -> list[dict]:
    """Write every layout of ``which`` ("blind75") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
