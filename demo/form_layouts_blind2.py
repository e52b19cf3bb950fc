"""Performance forms of provinces outside the corpus, written blind a second time (BLIND2):
by an author who had read neither the form reader nor the earlier layout sets, only their
gold format and page composer. The wording follows real disclosures (the seeds); the
emphasis is on project money blocks (2 to 6 columns, stacked or side by side, 万元 or 元 in
the header cell, the caption line or after the number), header fields (项目编码, 主管部门,
实施单位, 项目属性, 项目期限), self-evaluation forms of projects and departments as 决算
reports print them (预算执行情况, 预期目标 vs 实际完成情况, 年度指标值/实际完成值/分值/得分,
总分, 自评等级), split and prose targets, forms over pages, two forms on a page, landscape.

Gold is in the format of cnbudget.demo.form_layouts (benchmarks/eval_form_layouts.py scores
it): targets exactly as printed (split columns joined in reading order), parsed by the
contract (comparator >=, <=, >, <, =, range, qualitative; value; upper; unit as printed,
i.e. unscaled, in NFKC as every set publishes it: "台（套）" reads "台(套)"); a
deadline date has no comparator in the contract and its gold comparator is null (stays raw).
Self-evaluation forms carry no ``projects`` money gold (which figure is "the year's budget"
is the self-evaluation's budget/executed, scored there).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Callable

from .form_layouts import Q, FileGold, FormDoc, Ind, _gold_ind, _grid_rows, _Rows, _spec

# A deadline date (2024年11月底前, 每月10日前): the contract has no comparator for a date and
# "qualitative" is a phrase without a number, so the target stays raw (comparator null).
RAW = (None, None, None)


class _Form(_Rows):
    """Rows of a form; ``label`` merges a label cell down the rows added next."""

    def label(self, c: int, rs: int, cs: int, text: str) -> None:
        self.cells.append((self.n, c, rs, cs, text))


def _add(doc: FormDoc, project: str | None, inds: list[Ind]) -> None:
    doc.gold.indicators.extend(_gold_ind(project, i) for i in inds)


def _total(inds: list[Ind], extra: float = 0.0) -> float:
    return round(extra + sum(float(i.score) for i in inds), 2)


def _levels(spec: list[tuple[str | None, str | None, list[tuple]]]) -> list[Ind]:
    """Indicators from (一级, 二级, [(name, target, exp[, more Ind fields…]), …]) groups."""
    out: list[Ind] = []
    for l1, l2, rows in spec:
        for row in rows:
            name, target, exp, *rest = row
            kw = dict(zip(("weight", "actual", "score", "note"), rest))
            out.append(Ind(l1, l2, name, target, exp, **kw))
    return out


# --------------------------------------------------------------------------- 江西


def layout_jiangxi_money_six_columns(folder: Path, name: str) -> FileGold:
    """申报表 with the money block side by side in six columns under a label merged over two
    rows (项目资金（万元）): 中期资金总额, 年度资金总额, 财政资金, 上年结转, 自筹资金; 项目编码,
    项目属性 and 项目期限 in the head; an 指标值说明 column after the target."""
    dept = "江西省赣州市章贡区水利局"
    doc = FormDoc(name, "2024年项目支出绩效目标表", dept, 2024)
    projects = [
        ("农村饮水安全巩固提升工程", "36070224T000000012345", "经常性项目", "2024年1月-2024年12月",
         ("860.00", "420.00", "380.00", "40.00", "0.00"),
         "完成12处农村集中供水工程提质改造，巩固提升农村供水保障水平，农村自来水普及率稳定在90%以上。",
         _levels([
             ("产出指标", "数量指标", [("改造集中供水工程", "12处", ("=", 12, "处")),
                                   ("新建改造供水管网", "≥35公里", (">=", 35, "公里")),
                                   ("水质检测次数", "8-10次", ("range", 8, "次", 10))]),
             ("产出指标", "质量指标", [("工程验收合格率", "100%", ("=", 100, "%")),
                                   ("水质达标率", "≥95%", (">=", 95, "%"))]),
             ("产出指标", "时效指标", [("工程完工时间", "2024年11月底前", RAW)]),
             ("产出指标", "成本指标", [("单处工程平均造价", "≤35万元", ("<=", 35, "万元"))]),
             ("效益指标", "社会效益指标", [("受益人口", "≥3.2万人", (">=", 3.2, "万人")),
                                       ("农村自来水普及率", "较上年提高", Q)]),
             ("效益指标", "可持续影响指标", [("工程运行管护机制", "长效运行", Q)]),
             ("满意度指标", "服务对象满意度指标", [("受益群众满意度", "不低于90%", (">=", 90, "%"))]),
         ])),
        ("河湖长制工作经费", "36070224T000000012388", "经常性项目", "2024年1月-2024年12月",
         ("150.00", "50.00", "50.00", "", ""),
         "落实河湖长制各项任务，开展河湖巡查和“清四乱”专项行动，河湖水质持续改善。",
         _levels([
             ("产出指标", "数量指标", [("河湖巡查次数", "全年≥48次", (">=", 48, "次")),
                                   ("“清四乱”问题整改数", "≥20个", (">=", 20, "个"))]),
             ("产出指标", "质量指标", [("问题整改销号率", "≥95%", (">=", 95, "%"))]),
             ("产出指标", "时效指标", [("问题整改时限", "≤30天", ("<=", 30, "天"))]),
             ("效益指标", "生态效益指标", [("断面水质达标率", "100%", ("=", 100, "%")),
                                       ("水环境质量", "达到国家标准", Q)]),
             ("满意度指标", "服务对象满意度指标", [("沿河群众满意度", "≥90%", (">=", 90, "%"))]),
         ])),
    ]
    for pname, code, nature, period, money, goal, inds in projects:
        f = _Form()
        f.add((0, 1, "项目名称"), (1, 2, pname), (3, 1, "项目编码"), (4, 2, code))
        f.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 2, dept))
        f.add((0, 1, "项目属性"), (1, 2, nature), (3, 1, "项目期限"), (4, 2, period))
        f.label(0, 2, 1, "项目资金（万元）")
        f.add((1, 1, "中期资金总额"), (2, 1, "年度资金总额"), (3, 1, "财政资金"), (4, 1, "其中：上年结转"),
              (5, 1, "自筹资金"))
        f.add(*[(1 + i, 1, v) for i, v in enumerate(money)])
        f.add((0, 1, "年度绩效目标"), (1, 5, goal))
        f.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"), (5, 1, "指标值说明"))
        notes = {"水质检测次数": "按季度抽检", "受益人口": "以户籍人口计", "单处工程平均造价": "按批复概算"}
        _grid_rows(f, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, notes.get(i.name, ""))])
        doc.pages.grid(_spec(f.cells, f.n, [62, 80, 95, 88, 85, 85], title="项目支出绩效目标表",
                             editor=f"填报单位：{dept}"), fresh_page=True)
        _add(doc, pname, inds)
        doc.gold.project(pname, "万元", code=code, total=money[0], year=money[1], fiscal=money[2],
                         carried=money[3] or None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 广西


def layout_guangxi_stacked_money_split_target(folder: Path, name: str) -> FileGold:
    """Money stacked down a merged 资金情况 label in 元 (unit in the caption line); the target
    split over 指标性质 | 指标值 | 度量单位; 起止时间 as a date range; 项目类型 一次性项目."""
    dept = "广西壮族自治区柳州市鱼峰区卫生健康局"
    doc = FormDoc(name, "2024年度项目支出绩效目标表", dept, 2024)
    projects = [
        ("基本公共卫生服务项目", "45020324-0018", "经常性项目", "2024-01-01至2024-12-31",
         ("1,286,500.00", "1,180,000.00", "106,500.00", "0.00"),
         "为辖区常住居民免费提供12类国家基本公共卫生服务，提高居民健康素养水平。",
         _levels([
             ("产出指标", "数量指标", [("65岁及以上老年人健康管理人数", ("≥", "1.5", "万人"), (">=", 1.5, "万人")),
                                   ("适龄儿童国家免疫规划疫苗接种率", ("≥", "90", "%"), (">=", 90, "%")),
                                   ("高血压患者规范管理人数", ("≥", "6800", "人"), (">=", 6800, "人"))]),
             ("产出指标", "质量指标", [("居民电子健康档案建档率", ("≥", "90", "%"), (">=", 90, "%")),
                                   ("传染病报告及时率", ("＝", "100", "%"), ("=", 100, "%"))]),
             ("产出指标", "时效指标", [("资金拨付及时性", ("定性", "及时", ""), Q)]),
             ("效益指标", "社会效益指标", [("居民健康素养水平", ("≥", "25", "%"), (">=", 25, "%")),
                                       ("传染病疫情报告率", ("≤", "0.5", "‰"), ("<=", 0.5, "‰"))]),
             ("满意度指标", "服务对象满意度指标", [("居民满意度", ("≥", "85", "%"), (">=", 85, "%"))]),
         ])),
        ("计划生育家庭特别扶助金", "45020324-0031", "一次性项目", "2024-03-01至2024-11-30",
         ("934,800.00", "934,800.00", "", "0.00"),
         "按时足额发放计划生育特别扶助金，保障扶助对象基本生活。",
         _levels([
             ("产出指标", "数量指标", [("扶助对象人数", ("＝", "1038", "人"), ("=", 1038, "人"))]),
             ("产出指标", "质量指标", [("扶助资金足额发放率", ("＝", "100", "%"), ("=", 100, "%")),
                                   ("对象认定准确率", ("定性", "准确", ""), Q)]),
             ("产出指标", "时效指标", [("发放时限", ("≤", "10", "个工作日"), ("<=", 10, "个工作日"))]),
             ("效益指标", "社会效益指标", [("扶助对象生活水平", ("定性", "有所改善", ""), Q)]),
             ("满意度指标", "服务对象满意度指标", [("扶助对象满意度", ("≥", "95", "%"), (">=", 95, "%"))]),
         ])),
    ]
    for pname, code, kind, dates, money, goal, inds in projects:
        f = _Form()
        f.add((0, 1, "项目名称"), (1, 5, pname))
        f.add((0, 1, "项目代码"), (1, 2, code), (3, 1, "项目类型"), (4, 2, kind))
        f.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 2, dept))
        f.add((0, 1, "起止时间"), (1, 5, dates))
        f.label(0, 4, 1, "资金情况")
        for label, v in zip(("年度资金总额", "其中：财政资金", "上年结转", "其他资金"), money):
            f.add((1, 2, label), (3, 3, v))
        f.add((0, 1, "总体目标"), (1, 5, goal))
        f.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标性质"), (4, 1, "指标值"),
              (5, 1, "度量单位"))
        _grid_rows(f, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                             (5, 1, i.target[2])])
        doc.pages.grid(_spec(f.cells, f.n, [60, 80, 160, 60, 75, 60], title="项目支出绩效目标表",
                             unit_raw="单位：元"), fresh_page=True)
        _add(doc, pname, inds)
        doc.gold.project(pname, "元", code=code, year=money[0], fiscal=money[1], carried=money[2] or None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 贵州


def layout_guizhou_amount_after_number(folder: Path, name: str) -> FileGold:
    """Short forms, two on a page: amounts with 万元 after the number in a 4-column block
    (项目资金总额 | 年度资金 / 其中：财政资金 | 上年结转); prose targets in one cell."""
    dept = "贵州省遵义市红花岗区农业农村局"
    doc = FormDoc(name, "2024年部门预算项目绩效目标表", dept, 2024)
    projects = [
        ("高标准农田建设项目", "52030224T000001234567", "一次性项目", "2024年1月至2024年12月",
         ("356.80", "356.80", "300.00", "56.80"),
         _levels([
             ("产出指标", "数量指标", [("新建高标准农田面积", "≥1.2万亩", (">=", 1.2, "万亩"))]),
             ("产出指标", "质量指标", [("工程验收合格率", "100%", ("=", 100, "%"))]),
             ("产出指标", "成本指标", [("亩均投入", "≤3000元", ("<=", 3000, "元"))]),
             ("效益指标", "经济效益指标", [("项目区粮食增产", "≥1200万元", (">=", 1200, "万元"))]),
             ("满意度指标", "服务对象满意度指标", [("项目区农户满意度", "≥90%", (">=", 90, "%"))]),
         ])),
        ("动物疫病防控经费", "52030224T000001234602", "经常性项目", "2024年1月至2024年12月",
         ("48.50", "48.50", "48.50", ""),
         _levels([
             ("产出指标", "数量指标", [("春秋两季集中免疫", "全年≤3次", ("<=", 3, "次")),
                                   ("免疫密度", "≥90%", (">=", 90, "%"))]),
             ("产出指标", "时效指标", [("疫情处置时限", "≤24小时", ("<=", 24, "小时"))]),
             ("效益指标", "社会效益指标", [("重大动物疫病发生", "否", Q)]),
             ("满意度指标", "服务对象满意度指标", [("养殖户满意度", "95%以上", (">=", 95, "%"))]),
         ])),
        ("农产品质量安全监测", "52030224T000001234655", "经常性项目", "2024年3月至2024年11月",
         ("22.00", "22.00", "22.00", ""),
         _levels([
             ("产出指标", "数量指标", [("农产品抽检批次", "≥600批次", (">=", 600, "批次"))]),
             ("产出指标", "时效指标", [("检测报告出具时间", "≤10个工作日", ("<=", 10, "个工作日"))]),
             ("效益指标", "社会效益指标", [("农产品质量安全水平", "较上年提高", Q)]),
             ("满意度指标", "服务对象满意度指标", [("群众满意度", "≥85%", (">=", 85, "%"))]),
         ])),
    ]
    for k, (pname, code, nature, period, money, inds) in enumerate(projects):
        f = _Form()
        f.add((0, 1, "项目名称"), (1, 1, pname), (2, 1, "项目代码"), (3, 1, code))
        f.add((0, 1, "主管部门"), (1, 1, dept), (2, 1, "实施单位"), (3, 1, dept))
        f.add((0, 1, "项目属性"), (1, 1, nature), (2, 1, "项目期限"), (3, 1, period))
        total, year, fiscal, carried = money
        f.add((0, 1, "项目资金总额"), (1, 1, f"{total}万元"), (2, 1, "年度资金"), (3, 1, f"{year}万元"))
        f.add((0, 1, "其中：财政资金"), (1, 1, f"{fiscal}万元"), (2, 1, "上年结转"),
              (3, 1, f"{carried}万元" if carried else "—"))
        f.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"))
        _grid_rows(f, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw)])
        doc.pages.grid(_spec(f.cells, f.n, [90, 150, 135, 120], title="项目支出绩效目标表"),
                       fresh_page=k == 0)
        _add(doc, pname, inds)
        doc.gold.project(pname, "万元", code=code, total=total, year=year, fiscal=fiscal, carried=carried or None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 山西


_SELF_W = [50, 60, 85, 60, 60, 35, 35, 110]


def _self_eval_form(f: _Form, money_label: str, money_rows: list[tuple[str, ...]], goals: tuple[str, str],
                    inds: list[Ind], total: float, grade_label: str, grade: str, *, with_levels: bool = True) -> None:
    """预算执行情况 block (label | row name | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 |
    得分), 年度总体目标 预期目标 / 实际完成情况, the scored grid, 总分 and the grade row."""
    f.label(0, 1 + len(money_rows), 1, money_label)
    f.add((1, 1, ""), (2, 1, "年初预算数"), (3, 1, "全年预算数"), (4, 1, "全年执行数"), (5, 1, "分值"),
          (6, 1, "执行率"), (7, 1, "得分"))
    for row in money_rows:
        f.add(*[(1 + i, 1, v) for i, v in enumerate(row)])
    f.label(0, 2, 1, "年度总体目标")
    f.add((1, 4, "预期目标"), (5, 3, "实际完成情况"))
    f.add((1, 4, goals[0]), (5, 3, goals[1]))
    f.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "年度指标值"), (4, 1, "实际完成值"),
          (5, 1, "分值"), (6, 1, "得分"), (7, 1, "偏差原因分析及改进措施"))
    _grid_rows(f, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                         (6, 1, i.score), (7, 1, i.note)])
    f.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{total:g}"), (7, 1, ""))
    f.add((0, 5, grade_label), (5, 3, grade))


def layout_shanxi_project_self_eval_accounts(folder: Path, name: str) -> FileGold:
    """项目支出绩效自评表 in a 部门决算 report (text pages first): 万元 in the block label,
    the first form running over two pages with long 偏差原因 cells, 自评等级 after 总分."""
    dept = "山西省晋中市榆次区教育局"
    doc = FormDoc(name, "2023年度部门决算", dept, 2023,
                  cover=[("山西省晋中市榆次区教育局", 22), ("2023年度部门决算", 18)])
    doc.pages.text_page("第四部分 其他重要事项的情况说明", [
        "一、项目支出绩效自评情况：本部门对2023年度全部项目支出开展了绩效自评，涉及资金1,063.50万元，自评覆盖率100%。",
        "二、附件：项目支出绩效自评表。"])
    long_note = "受物价上涨影响部分采购延后，下一步将加强预算执行监控，提前做好采购计划。"
    forms = [
        ("义务教育薄弱环节改善与能力提升", "优",
         [("年度资金总额", "120.00", "135.50", "128.73", "10", "95.00%", "9.5"),
          ("其中：当年财政拨款", "120.00", "120.00", "113.23", "—", "94.36%", "—"),
          ("上年结转资金", "—", "15.50", "15.50", "—", "100.00%", "—"),
          ("其他资金", "—", "—", "—", "—", "—", "—")],
         ("改善6所农村学校办学条件，购置教学设备，提升义务教育均衡发展水平。",
          "完成6所学校改造及设备购置，均衡发展水平有效提升。"),
         [Ind("产出指标", "数量指标", "改造学校数量", "6所", ("=", 6, "所"), "6", "6所", "6"),
          Ind("产出指标", "数量指标", "购置教学设备", "≥320台（套）", (">=", 320, "台(套)"), "6", "326台（套）", "6"),
          Ind("产出指标", "数量指标", "改造校舍面积", "≥4500平方米", (">=", 4500, "平方米"), "6", "4620平方米", "6"),
          Ind("产出指标", "质量指标", "工程验收合格率", "100%", ("=", 100, "%"), "6", "100%", "6"),
          Ind("产出指标", "质量指标", "设备验收合格率", "100%", ("=", 100, "%"), "6", "100%", "6"),
          Ind("产出指标", "时效指标", "项目完成时间", "2023年12月底前", RAW, "6", "2024年1月", "4", long_note),
          Ind("产出指标", "成本指标", "生均改造成本", "≤2000元", ("<=", 2000, "元"), "5", "1890元", "5"),
          Ind("效益指标", "社会效益指标", "办学条件达标率", "≥95%", (">=", 95, "%"), "10", "96%", "10"),
          Ind("效益指标", "社会效益指标", "义务教育巩固率", "不低于99%", (">=", 99, "%"), "10", "99.2%", "10"),
          Ind("效益指标", "可持续影响指标", "设施设备使用年限", "≥8年", (">=", 8, "年"), "9", "≥8年", "9"),
          Ind("满意度指标", "服务对象满意度指标", "学生满意度", "≥90%", (">=", 90, "%"), "10", "93%", "10"),
          Ind("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%", (">=", 90, "%"), "10", "86%", "8",
              "部分家长对施工期间临时教室不满意，今后施工安排在假期。")]),
        ("学生资助补助经费", "良",
         [("年度资金总额", "930.00", "928.00", "881.60", "10", "95.00%", "9.5"),
          ("其中：当年财政拨款", "930.00", "928.00", "881.60", "—", "95.00%", "—"),
          ("上年结转资金", "—", "—", "—", "—", "—", "—"),
          ("其他资金", "—", "—", "—", "—", "—", "—")],
         ("按政策资助家庭经济困难学生，确保应助尽助。", "资助学生4870人次，资金按时足额发放。"),
         [Ind("产出指标", "数量指标", "资助学生人次", "≥4800人次", (">=", 4800, "人次"), "20", "4870人次", "20"),
          Ind("产出指标", "质量指标", "资助对象认定准确率", "100%", ("=", 100, "%"), "15", "98%", "12",
              "个别学生家庭情况变化未及时更新，已建立动态核查机制。"),
          Ind("产出指标", "时效指标", "资金发放及时率", "100%", ("=", 100, "%"), "15", "100%", "15"),
          Ind("效益指标", "社会效益指标", "因贫失学辍学人数", "0人", ("=", 0, "人"), "20", "0人", "20"),
          Ind("满意度指标", "服务对象满意度指标", "受助学生满意度", "≥90%", (">=", 90, "%"), "10", "88%", "8",
              "宣传不够到位，下一步加强政策宣传。")]),
    ]
    for pname, grade, money, goals, inds in forms:
        f = _Form()
        f.add((0, 1, "项目名称"), (1, 7, pname))
        f.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "实施单位"), (5, 3, dept))
        total = _total(inds, float(money[0][6]))
        _self_eval_form(f, "项目资金（万元）", money, goals, inds, total, "自评等级", grade)
        doc.pages.grid(_spec(f.cells, f.n, _SELF_W, title="项目支出绩效自评表", editor="（2023年度）",
                             kind="performance_self_evaluation"), fresh_page=True)
        _add(doc, pname, inds)
        doc.gold.self_evaluation(pname, "万元", money[0][2], money[0][3], total, grade)
    return doc.save(folder)


# --------------------------------------------------------------------------- 辽宁


def layout_liaoning_dept_self_eval_landscape(folder: Path, name: str) -> FileGold:
    """部门整体支出绩效自评表, landscape, over pages: 预算执行情况（万元） by 基本支出 / 项目支出,
    the grid with 年度指标值 / 实际完成值 / 分值 / 得分, 绩效等级 after 总分."""
    dept = "辽宁省鞍山市铁东区民政局"
    doc = FormDoc(name, "2023年度部门整体支出绩效自评表", dept, 2023)
    money = [("年度资金总额", "2,450.00", "2,612.30", "2,508.21", "10", "96.02%", "9.6"),
             ("其中：基本支出", "860.00", "872.30", "872.30", "—", "100.00%", "—"),
             ("项目支出", "1,590.00", "1,740.00", "1,635.91", "—", "94.02%", "—")]
    inds = [
        Ind("产出指标", "数量指标", "城乡低保保障人数", "≥5200人", (">=", 5200, "人"), "5", "5316人", "5"),
        Ind("产出指标", "数量指标", "特困人员供养人数", "≥380人", (">=", 380, "人"), "5", "392人", "5"),
        Ind("产出指标", "数量指标", "临时救助人次", "≥600人次", (">=", 600, "人次"), "5", "655人次", "5"),
        Ind("产出指标", "数量指标", "社区养老服务站点", "12个", ("=", 12, "个"), "5", "12个", "5"),
        Ind("产出指标", "数量指标", "婚姻登记办理量", "≥3000对", (">=", 3000, "对"), "4", "2870对", "3",
            "登记需求下降，属客观因素。"),
        Ind("产出指标", "质量指标", "低保对象认定准确率", "≥98%", (">=", 98, "%"), "5", "99%", "5"),
        Ind("产出指标", "质量指标", "救助资金发放准确率", "100%", ("=", 100, "%"), "5", "100%", "5"),
        Ind("产出指标", "质量指标", "养老机构安全事故", "0起", ("=", 0, "起"), "5", "0起", "5"),
        Ind("产出指标", "时效指标", "救助资金发放时间", "每月10日前", RAW, "5", "每月10日前", "5"),
        Ind("产出指标", "时效指标", "临时救助审批时限", "≤5个工作日", ("<=", 5, "个工作日"), "5", "4个工作日", "5"),
        Ind("产出指标", "成本指标", "城市低保标准", "≥750元/人·月", (">=", 750, "元/人·月"), "5", "760元/人·月", "5"),
        Ind("效益指标", "社会效益指标", "困难群众基本生活", "有效保障", Q, "8", "有效保障", "8"),
        Ind("效益指标", "社会效益指标", "社会救助政策知晓率", "较上年提高", Q, "6", "提高", "6"),
        Ind("效益指标", "可持续影响指标", "社会救助体系", "持续完善", Q, "6", "持续完善", "6"),
        Ind("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", (">=", 90, "%"), "6", "92%", "6"),
        Ind("满意度指标", "服务对象满意度指标", "养老服务对象满意度", "≥90%", (">=", 90, "%"), "6", "85%", "4",
            "服务内容较单一，下一步引入专业社会组织丰富服务。"),
    ]
    total = _total(inds, 9.6)
    grade = "良" if total < 90 else "优"
    f = _Form()
    f.add((0, 1, "部门（单位）名称"), (1, 7, dept))
    _self_eval_form(f, "预算执行情况（万元）", money,
                    ("保障城乡困难群众基本生活，完善养老服务体系，规范婚姻登记服务。",
                     "各项救助资金按时足额发放，养老服务站点全部建成运行。"),
                    inds, total, "绩效等级", grade)
    doc.pages.grid(_spec(f.cells, f.n, [70, 90, 160, 90, 90, 50, 50, 140], title="部门整体支出绩效自评表",
                         editor=f"部门名称：{dept}", landscape=True, kind="performance_self_evaluation"),
                   fresh_page=True)
    _add(doc, None, inds)
    doc.gold.self_evaluation(None, "万元", "2,612.30", "2,508.21", total, grade)
    return doc.save(folder)


# --------------------------------------------------------------------------- 黑龙江


def layout_heilongjiang_two_per_page_yuan_header(folder: Path, name: str) -> FileGold:
    """Short forms, two per page, 元 in the header cell (年度资金总额（元）); only the 二级 type
    printed (指标类型), then 指标名称 and 指标值."""
    dept = "黑龙江省齐齐哈尔市建华区文化广电和旅游局"
    doc = FormDoc(name, "2024年项目支出绩效目标表", dept, 2024)
    projects = [
        ("公共文化服务体系建设", "580,000.00", "580,000.00",
         [Ind(None, "数量指标", "开展群众文化活动", "≥60场", (">=", 60, "场")),
          Ind(None, "数量指标", "送戏下乡演出", "20场", ("=", 20, "场")),
          Ind(None, "质量指标", "活动安全事故发生次数", "0次", ("=", 0, "次")),
          Ind(None, "社会效益指标", "群众参与人次", "≥2万人次", (">=", 2, "万人次")),
          Ind(None, "服务对象满意度指标", "群众满意度", "≥90%", (">=", 90, "%"))]),
        ("文物安全保护经费", "215,000.00", "200,000.00",
         [Ind(None, "数量指标", "文物巡查次数", "≥24次", (">=", 24, "次")),
          Ind(None, "质量指标", "文物安全事故", "0起", ("=", 0, "起")),
          Ind(None, "时效指标", "隐患整改时限", "≤7天", ("<=", 7, "天")),
          Ind(None, "可持续影响指标", "文物保护长效机制", "健全", Q)]),
        ("图书馆免费开放补助", "120,000.00", "120,000.00",
         [Ind(None, "数量指标", "新增馆藏图书", "≥3000册", (">=", 3000, "册")),
          Ind(None, "数量指标", "年接待读者", "≥8万人次", (">=", 8, "万人次")),
          Ind(None, "时效指标", "每周开放时间", "≥56小时", (">=", 56, "小时")),
          Ind(None, "服务对象满意度指标", "读者满意度", "≥95%", (">=", 95, "%"))]),
    ]
    for k, (pname, year, fiscal, inds) in enumerate(projects):
        f = _Form()
        f.add((0, 1, "项目名称"), (1, 1, pname), (2, 1, "实施单位"), (3, 1, dept))
        f.add((0, 1, "年度资金总额（元）"), (1, 1, year), (2, 1, "其中：财政资金（元）"), (3, 1, fiscal))
        f.add((0, 1, "年度绩效目标"), (1, 3, f"完成{pname}各项任务，提升公共文化服务水平。"))
        f.add((0, 1, "指标类型"), (1, 1, "指标名称"), (2, 2, "指标值"))
        _grid_rows(f, inds, None, 0, lambda i: [(1, 1, i.name), (2, 2, i.raw)])
        doc.pages.grid(_spec(f.cells, f.n, [110, 150, 110, 125], title="项目支出绩效目标表",
                             editor=f"编制单位：{dept}"), fresh_page=k == 0)
        _add(doc, pname, inds)
        doc.gold.project(pname, "元", year=year, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 内蒙古


def layout_neimenggu_landscape_weights(folder: Path, name: str) -> FileGold:
    """Landscape 申报表: 项目类别 and 项目属性 in the head, a three-column money block
    (年度资金总额 | 其中：财政资金 | 其他资金) under 项目资金（万元）, levels printed with their
    weight (产出指标（50分）), a 分值 column and 指标解释 after the target."""
    dept = "内蒙古自治区包头市昆都仑区城市管理综合执法局"
    doc = FormDoc(name, "2024年项目支出绩效目标申报表", dept, 2024)
    projects = [
        ("城市道路清扫保洁服务", "15020324A000000000771", "特定目标类", "经常性项目", ("1,860.00", "1,860.00", "0.00"),
         [Ind("产出指标（50分）", "数量指标", "机械化清扫面积", "≥520万平方米", (">=", 520, "万平方米"), "15"),
          Ind("产出指标（50分）", "数量指标", "每日清扫保洁", "2次", ("=", 2, "次"), "10"),
          Ind("产出指标（50分）", "质量指标", "道路机械化清扫率", "≥85%", (">=", 85, "%"), "15"),
          Ind("产出指标（50分）", "时效指标", "垃圾日产日清", "是", Q, "10"),
          Ind("效益指标（30分）", "社会效益指标", "市容环境", "明显改善", Q, "15"),
          Ind("效益指标（30分）", "生态效益指标", "道路扬尘", "有效降低", Q, "15"),
          Ind("满意度指标（20分）", "服务对象满意度指标", "市民满意度", "≥85%", (">=", 85, "%"), "20")]),
        ("违法建设治理专项", "15020324A000000000802", "特定目标类", "一次性项目", ("95.00", "80.00", "15.00"),
         [Ind("产出指标（50分）", "数量指标", "拆除违法建设面积", "≥1.5万平方米", (">=", 1.5, "万平方米"), "20"),
          Ind("产出指标（50分）", "质量指标", "拆后场地清理率", "100%", ("=", 100, "%"), "15"),
          Ind("产出指标（50分）", "时效指标", "新增违建发现处置", "≤48小时", ("<=", 48, "小时"), "15"),
          Ind("效益指标（30分）", "社会效益指标", "新增违法建设", "零增长", Q, "30"),
          Ind("满意度指标（20分）", "服务对象满意度指标", "群众满意度", "≥80%", (">=", 80, "%"), "20")]),
    ]
    notes = {"每日清扫保洁": "主次干道每日两次", "道路机械化清扫率": "机扫面积/清扫总面积"}
    for pname, code, category, nature, money, inds in projects:
        f = _Form()
        f.add((0, 1, "项目名称"), (1, 3, pname), (4, 1, "项目编码"), (5, 2, code))
        f.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "实施单位"), (5, 2, dept))
        f.add((0, 1, "项目类别"), (1, 3, category), (4, 1, "项目属性"), (5, 2, nature))
        f.label(0, 2, 1, "项目资金（万元）")
        f.add((1, 2, "年度资金总额"), (3, 2, "其中：财政资金"), (5, 2, "其他资金"))
        f.add((1, 2, money[0]), (3, 2, money[1]), (5, 2, money[2]))
        f.add((0, 1, "年度目标"), (1, 6, f"按计划完成{pname}，改善城市环境面貌。"))
        f.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"), (5, 1, "分值"),
              (6, 1, "指标解释"))
        _grid_rows(f, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, i.weight),
                                             (6, 1, notes.get(i.name, ""))])
        doc.pages.grid(_spec(f.cells, f.n, [95, 105, 100, 110, 110, 60, 160], title="项目支出绩效目标申报表",
                             editor="（2024年度）", landscape=True), fresh_page=True)
        _add(doc, pname, inds)
        doc.gold.project(pname, "万元", code=code, year=money[0], fiscal=money[1])
    return doc.save(folder)


# --------------------------------------------------------------------------- 甘肃


def layout_gansu_dept_targets_tasks(folder: Path, name: str) -> FileGold:
    """部门整体支出绩效目标表: 部门名称, 年度预算 (资金总额 | 基本支出 | 项目支出 in 万元),
    年度主要任务 with their budget, 年度总体目标, then the department-wide grid."""
    dept = "甘肃省天水市秦州区生态环境局"
    doc = FormDoc(name, "2024年部门整体支出绩效目标表", dept, 2024)
    inds = _levels([
        ("产出指标", "数量指标", [("空气质量自动监测站运维", "6个", ("=", 6, "个")),
                              ("环境执法检查", "≥300家次", (">=", 300, "家次")),
                              ("环保宣传活动", "8-10次", ("range", 8, "次", 10))]),
        ("产出指标", "质量指标", [("监测数据有效率", "≥90%", (">=", 90, "%")),
                              ("危险废物规范化管理抽查合格率", "≥90%", (">=", 90, "%")),
                              ("放射源辐射事故发生率", "≤0.5‰", ("<=", 0.5, "‰"))]),
        ("产出指标", "时效指标", [("信访案件办结时限", "≤60日", ("<=", 60, "日"))]),
        ("效益指标", "生态效益指标", [("城区空气质量优良天数比例", "≥88%", (">=", 88, "%")),
                                  ("PM2.5平均浓度", "≤30微克/立方米", ("<=", 30, "微克/立方米")),
                                  ("地表水考核断面水质", "达到国家标准", Q)]),
        ("效益指标", "社会效益指标", [("突发环境事件", "0起", ("=", 0, "起"))]),
        ("满意度指标", "服务对象满意度指标", [("公众对生态环境满意度", "≥85%", (">=", 85, "%"))]),
    ])
    f = _Form()
    f.add((0, 1, "部门名称"), (1, 4, dept))
    f.label(0, 2, 1, "年度预算（万元）")
    f.add((1, 2, "资金总额"), (3, 1, "基本支出"), (4, 1, "项目支出"))
    f.add((1, 2, "1,126.40"), (3, 1, "486.40"), (4, 1, "640.00"))
    tasks = [("大气污染防治", "320.00"), ("环境监测与执法", "210.00"), ("生态环境宣传教育", "30.00")]
    f.label(0, len(tasks) + 1, 1, "年度主要任务")
    f.add((1, 2, "任务名称"), (3, 2, "预算金额（万元）"))
    for t, a in tasks:
        f.add((1, 2, t), (3, 2, a))
    f.add((0, 1, "年度总体目标"), (1, 4, "持续改善环境质量，空气质量优良天数比例稳定在88%以上，确保生态环境安全。"))
    f.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"))
    _grid_rows(f, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw)])
    doc.pages.grid(_spec(f.cells, f.n, [85, 95, 110, 100, 105], title="部门整体支出绩效目标表",
                         kind="dept_performance_targets"), fresh_page=True)
    _add(doc, None, inds)
    return doc.save(folder)


# --------------------------------------------------------------------------- 宁夏


def layout_ningxia_short_self_evals_yuan(folder: Path, name: str) -> FileGold:
    """Short project self-evaluations, two on a page, no level columns (绩效指标 | 年度指标值 |
    实际完成值 | 分值 | 得分 | 偏差原因), money in 元 (caption line), 评价等级 in the 总分 row."""
    dept = "宁夏回族自治区银川市金凤区司法局"
    doc = FormDoc(name, "2023年度项目支出绩效自评表", dept, 2023)
    forms = [
        ("人民调解以案定补经费", "优", ("300,000.00", "300,000.00", "291,600.00", "97.20%", "10"),
         [Ind(None, None, "调解案件数量", "≥600件", (">=", 600, "件"), "20", "648件", "20"),
          Ind(None, None, "调解成功率", "≥95%", (">=", 95, "%"), "20", "97.5%", "20"),
          Ind(None, None, "以案定补资金发放时间", "季度结束后15日内", ("<=", 15, "日"), "20", "按时发放", "20"),
          Ind(None, None, "矛盾纠纷激化引发刑事案件", "0件", ("=", 0, "件"), "15", "0件", "15"),
          Ind(None, None, "当事人满意度", "≥90%", (">=", 90, "%"), "15", "95%", "15")]),
        ("法律援助办案补贴", "良", ("450,000.00", "520,000.00", "468,000.00", "90.00%", "9"),
         [Ind(None, None, "办理法律援助案件", "≥420件", (">=", 420, "件"), "20", "401件", "16",
              "申请量少于预期，下一步加大宣传。"),
          Ind(None, None, "案件质量评查合格率", "100%", ("=", 100, "%"), "20", "100%", "20"),
          Ind(None, None, "补贴发放", "结案后30日内", ("<=", 30, "日"), "20", "30日内", "20"),
          Ind(None, None, "受援人满意度", "不低于90%", (">=", 90, "%"), "15", "92%", "15")]),
    ]
    for k, (pname, grade, money, inds) in enumerate(forms):
        f = _Form()
        f.add((0, 1, "项目名称"), (1, 5, pname))
        f.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 2, dept))
        f.add((0, 1, "项目资金"), (1, 1, "年初预算数"), (2, 1, "全年预算数"), (3, 1, "全年执行数"), (4, 1, "执行率"),
              (5, 1, "得分"))
        f.add((0, 1, "年度资金总额"), *[(1 + i, 1, v) for i, v in enumerate(money[:4])], (5, 1, money[4]))
        f.add((0, 1, "绩效指标"), (1, 1, "年度指标值"), (2, 1, "实际完成值"), (3, 1, "分值"), (4, 1, "得分"),
              (5, 1, "偏差原因及改进措施"))
        for i in inds:
            f.add((0, 1, i.name), (1, 1, i.raw), (2, 1, i.actual), (3, 1, i.weight), (4, 1, i.score), (5, 1, i.note))
        total = _total(inds, float(money[4]))
        f.add((0, 3, "总分"), (3, 1, "100"), (4, 1, f"{total:g}"), (5, 1, f"评价等级：{grade}"))
        doc.pages.grid(_spec(f.cells, f.n, [120, 80, 75, 45, 45, 130], title="项目支出绩效自评表",
                             unit_raw="单位：元", kind="performance_self_evaluation"), fresh_page=k == 0)
        _add(doc, pname, inds)
        doc.gold.self_evaluation(pname, "元", money[1], money[2], total, grade)
    return doc.save(folder)


# --------------------------------------------------------------------------- 新疆


def layout_xinjiang_long_form_repeated_header(folder: Path, name: str) -> FileGold:
    """A long target form over pages, the grid header repeated on every page and level cells
    cut by the page break; money in a five-column row under 资金投入（万元）."""
    dept = "新疆维吾尔自治区昌吉州昌吉市住房和城乡建设局"
    doc = FormDoc(name, "2024年项目支出绩效目标表", dept, 2024)
    pname = "老旧小区改造配套基础设施建设"
    money = ("4,860.00", "2,430.00", "2,100.00", "200.00", "130.00")
    names = ["改造小区数量", "改造楼栋数", "惠及居民户数", "改造供水管网", "改造供热管网", "改造燃气管网",
             "新建停车位", "加装电梯", "增设充电桩", "外墙保温改造面积", "屋面防水改造面积", "道路硬化面积"]
    targets = [("≥28个", (">=", 28, "个")), ("≥165栋", (">=", 165, "栋")), ("≥5600户", (">=", 5600, "户")),
               ("≥18公里", (">=", 18, "公里")), ("≥22公里", (">=", 22, "公里")), ("≥12公里", (">=", 12, "公里")),
               ("≥900个", (">=", 900, "个")), ("10-15部", ("range", 10, "部", 15)), ("≥120个", (">=", 120, "个")),
               ("≥26万平方米", (">=", 26, "万平方米")), ("≥9.5万平方米", (">=", 9.5, "万平方米")),
               ("≥6.8万平方米", (">=", 6.8, "万平方米"))]
    inds = [Ind("产出指标", "数量指标", n, t, e) for n, (t, e) in zip(names, targets)]
    inds += _levels([
        ("产出指标", "质量指标", [("工程竣工验收合格率", "100%", ("=", 100, "%")),
                              ("安全生产事故", "0起", ("=", 0, "起")),
                              ("工程质量", "达到国家标准", Q)]),
        ("产出指标", "时效指标", [("开工时间", "2024年4月底前", RAW),
                              ("完工率", "≥95%", (">=", 95, "%"))]),
        ("产出指标", "成本指标", [("户均改造投资", "≤0.9万元", ("<=", 0.9, "万元"))]),
        ("效益指标", "社会效益指标", [("居民居住条件", "明显改善", Q),
                                  ("小区物业管理覆盖率", "较上年提高", Q)]),
        ("效益指标", "生态效益指标", [("建筑能耗降低", "≥15%", (">=", 15, "%"))]),
        ("效益指标", "可持续影响指标", [("设施使用年限", "≥15年", (">=", 15, "年"))]),
        ("满意度指标", "服务对象满意度指标", [("小区居民满意度", "≥85%", (">=", 85, "%")),
                                          ("投诉办结率", "≥98%", (">=", 98, "%"))]),
    ])
    basis = {"改造小区数量": "自治区下达年度改造计划", "工程质量": "GB 50300-2013", "完工率": "完工小区数/计划数"}
    f = _Form()
    f.add((0, 1, "项目名称"), (1, 2, pname), (3, 1, "项目编码"), (4, 2, "65230124Z0012"))
    f.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 2, "昌吉市城市更新服务中心"))
    f.add((0, 1, "项目期限"), (1, 2, "2024.01.01-2025.12.31"), (3, 1, "项目属性"), (4, 2, "阶段性项目"))
    f.label(0, 2, 1, "资金投入（万元）")
    f.add((1, 1, "项目总金额"), (2, 1, "年度金额"), (3, 1, "财政拨款"), (4, 1, "上年结转"), (5, 1, "自筹资金"))
    f.add(*[(1 + i, 1, v) for i, v in enumerate(money)])
    f.add((0, 1, "年度绩效目标"), (1, 5, "完成28个老旧小区配套基础设施改造，改善5600户居民居住条件。"))
    head = f.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"),
                 (4, 2, "指标值设定依据"))
    _grid_rows(f, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 2, basis.get(i.name, "行业标准"))])
    doc.pages.grid(_spec(f.cells, f.n, [60, 75, 125, 85, 75, 75], title="项目支出绩效目标表",
                         editor=f"单位名称：{dept}"), repeat=(head, 1), fresh_page=True)
    _add(doc, pname, inds)
    doc.gold.project(pname, "万元", code="65230124Z0012", total=money[0], year=money[1], fiscal=money[2],
                     carried=money[3])
    return doc.save(folder)


# --------------------------------------------------------------------------- 海南


def layout_hainan_direction_unit_value(folder: Path, name: str) -> FileGold:
    """Split targets in the order 指标方向 | 度量单位 | 指标值 (the unit before the number);
    money side by side over two periods with 万元 in each header cell."""
    dept = "海南省三亚市天涯区旅游和文化广电体育局"
    doc = FormDoc(name, "2024年项目绩效目标表", dept, 2024)
    projects = [
        ("旅游宣传推广经费", ("680.00", "600.00", "260.00", "240.00"),
         [Ind("产出指标", "数量指标", "举办旅游推介会", ("≥", "场", "6"), (">=", 6, "场")),
          Ind("产出指标", "数量指标", "新媒体宣传发布", ("≥", "条", "500"), (">=", 500, "条")),
          Ind("产出指标", "质量指标", "宣传内容审核通过率", ("＝", "%", "100"), ("=", 100, "%")),
          Ind("产出指标", "时效指标", "推介活动完成时限", ("≤", "月", "11"), ("<=", 11, "月")),
          Ind("效益指标", "经济效益指标", "接待游客人次增长率", ("≥", "%", "8"), (">=", 8, "%")),
          Ind("效益指标", "社会效益指标", "旅游目的地知名度", ("定性", "", "提升"), Q),
          Ind("满意度指标", "服务对象满意度指标", "游客满意度", ("≥", "%", "90"), (">=", 90, "%"))]),
        ("全民健身设施维护", ("120.00", "120.00", "40.00", "40.00"),
         [Ind("产出指标", "数量指标", "维护健身路径", ("≥", "套", "45"), (">=", 45, "套")),
          Ind("产出指标", "质量指标", "设施完好率", ("≥", "%", "95"), (">=", 95, "%")),
          Ind("效益指标", "社会效益指标", "经常参加体育锻炼人数比例", ("≥", "%", "42"), (">=", 42, "%")),
          Ind("满意度指标", "服务对象满意度指标", "健身群众满意度", ("≥", "%", "90"), (">=", 90, "%"))]),
    ]
    for pname, money, inds in projects:
        f = _Form()
        f.add((0, 1, "项目名称"), (1, 5, pname))
        f.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 2, dept))
        f.label(0, 2, 1, "项目资金")
        f.add((1, 1, "实施期资金总额（万元）"), (2, 1, "其中：财政拨款（万元）"), (3, 1, "年度资金总额（万元）"),
              (4, 2, "其中：财政拨款（万元）"))
        f.add((1, 1, money[0]), (2, 1, money[1]), (3, 1, money[2]), (4, 2, money[3]))
        f.add((0, 1, "年度目标"), (1, 5, f"做好{pname}相关工作。"))
        f.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标方向"), (4, 1, "度量单位"),
              (5, 1, "指标值"))
        _grid_rows(f, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                             (5, 1, i.target[2])])
        doc.pages.grid(_spec(f.cells, f.n, [70, 85, 150, 60, 60, 70], title="项目支出绩效目标表"), fresh_page=True)
        _add(doc, pname, inds)
        doc.gold.project(pname, "万元", total=money[0], year=money[2], fiscal=money[3])
    return doc.save(folder)


# --------------------------------------------------------------------------- 青海


def layout_qinghai_title_in_grid(folder: Path, name: str) -> FileGold:
    """The form's title and 单位：元 printed inside the grid; money in one row of label/value
    pairs (年度资金总额 | v | 其中：财政拨款 | v | 其他资金 | v); 项目期限 and 项目属性."""
    dept = "青海省西宁市城西区教育局"
    doc = FormDoc(name, "2024年部门预算项目绩效目标", dept, 2024)
    projects = [
        ("学前教育保教费补助", ("2,436,000.00", "2,436,000.00", "0.00"),
         _levels([
             ("产出指标", "数量指标", [("补助幼儿人数", "≥2030人", (">=", 2030, "人"))]),
             ("产出指标", "质量指标", [("补助资金发放准确率", "100%", ("=", 100, "%"))]),
             ("产出指标", "时效指标", [("资金拨付时间", "每学期开学后1个月内", ("<=", 1, "个月"))]),
             ("产出指标", "成本指标", [("生均补助标准", "1200元/生·年", ("=", 1200, "元/生·年"))]),
             ("效益指标", "社会效益指标", [("学前三年毛入园率", "不低于90%", (">=", 90, "%")),
                                       ("家庭教育负担", "有效减轻", Q)]),
             ("满意度指标", "服务对象满意度指标", [("家长满意度", "≥85分", (">=", 85, "分"))]),
         ])),
        ("校园安保服务购买", ("1,080,000.00", "1,000,000.00", "80,000.00"),
         _levels([
             ("产出指标", "数量指标", [("配备专职保安学校数", "36所", ("=", 36, "所"))]),
             ("产出指标", "质量指标", [("保安持证上岗率", "100%", ("=", 100, "%")),
                                   ("校园安全等级", "优良", Q)]),
             ("效益指标", "社会效益指标", [("校园重大安全事故", "是否发生：否", Q),
                                       ("校园安全事故发生率", "＜1‰", ("<", 1, "‰"))]),
             ("满意度指标", "服务对象满意度指标", [("师生满意度", "≥90%", (">=", 90, "%"))]),
         ])),
    ]
    for pname, money, inds in projects:
        f = _Form()
        f.add((0, 6, "项目支出绩效目标表"))
        f.add((0, 6, "单位：元"))
        f.add((0, 1, "项目名称"), (1, 3, pname), (4, 1, "项目属性"), (5, 1, "经常性"))
        f.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "项目期限"), (5, 1, "2024年"))
        f.add((0, 1, "年度资金总额"), (1, 1, money[0]), (2, 1, "其中：财政拨款"), (3, 1, money[1]),
              (4, 1, "其他资金"), (5, 1, money[2]))
        f.add((0, 1, "年度绩效目标"), (1, 5, f"保障{pname}按政策落实到位。"))
        f.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 2, "指标值"))
        _grid_rows(f, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 2, i.raw)])
        doc.pages.grid(_spec(f.cells, f.n, [75, 90, 85, 85, 80, 80]), fresh_page=True)
        _add(doc, pname, inds)
        doc.gold.project(pname, "元", year=money[0], fiscal=money[1])
    return doc.save(folder)


# --------------------------------------------------------------------------- the set

Builder = Callable[[Path, str], FileGold]
BLIND2: dict[str, Builder] = {
    "jiangxi_money_six_columns": layout_jiangxi_money_six_columns,
    "guangxi_stacked_money_split_target": layout_guangxi_stacked_money_split_target,
    "guizhou_amount_after_number": layout_guizhou_amount_after_number,
    "shanxi_project_self_eval_accounts": layout_shanxi_project_self_eval_accounts,
    "liaoning_dept_self_eval_landscape": layout_liaoning_dept_self_eval_landscape,
    "heilongjiang_two_per_page_yuan_header": layout_heilongjiang_two_per_page_yuan_header,
    "neimenggu_landscape_weights": layout_neimenggu_landscape_weights,
    "gansu_dept_targets_tasks": layout_gansu_dept_targets_tasks,
    "ningxia_short_self_evals_yuan": layout_ningxia_short_self_evals_yuan,
    "xinjiang_long_form_repeated_header": layout_xinjiang_long_form_repeated_header,
    "hainan_direction_unit_value": layout_hainan_direction_unit_value,
    "qinghai_title_in_grid": layout_qinghai_title_in_grid,
}
SETS: dict[str, dict[str, Builder]] = {"blind2": BLIND2}


def write_layout(name: str, folder: str | Path) -> dict:
    """Write blind2 layout ``name`` as ``<name>.pdf`` with ``<name>.gold.json``; its gold."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    gold = BLIND2[name](folder, name)
    out = {"layout": name, "set": "blind2", **gold.__dict__}
    (folder / f"{name}.gold.json").write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    return out


def write_set(which: str, folder: str | Path) -> list[dict]:
    """Write every layout of ``which`` (only "blind2") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
