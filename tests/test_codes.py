import pytest

from cnbudget.normalizers.codes import is_total_label, row_label, split_code_name, subject_code, subject_level


@pytest.mark.parametrize(
    "parts, code",
    [
        (["204", "06", "07"], "2040607"),
        (["201", "", ""], "201"),
        (["201", "05", ""], "20105"),
        (["201", "05"], "20105"),
        ([" 204 ", "０６", "07"], "2040607"),
        (["204", "20406", "2040607"], "2040607"),  # columns repeating the parent
        (["21201"], "21201"),
        (["2120101"], "2120101"),
        (["204 06 07"], "2040607"),
        (["2040607"], "2040607"),
        (["301"], "301"),
        (["30101"], "30101"),
        (["301", "01"], "30101"),
        (["[2010301]"], "2010301"),
        (["", "", ""], None),
        ([], None),
        (["201", "", "07"], None),  # a gap
        (["20", "06", "07"], None),
        (["204", "6", "07"], None),
        (["2040"], None),
        (["204060"], None),
        (["合计"], None),
        (["合计", "", ""], None),
        (["001"], None),  # a row number, not a code
    ],
)
def test_subject_code(parts, code):
    assert subject_code(parts) == code


@pytest.mark.parametrize("code, level", [("201", 1), ("20105", 2), ("2010501", 3), ("2010", None), (None, None), ("", None), ("abc", None)])
def test_subject_level(code, level):
    assert subject_level(code) == level


@pytest.mark.parametrize(
    "text, want",
    [
        ("2010301 行政运行", ("2010301", "行政运行")),
        ("[2010301]行政运行", ("2010301", "行政运行")),
        ("【201】一般公共服务支出", ("201", "一般公共服务支出")),
        ("2010301行政运行", ("2010301", "行政运行")),
        ("201 03 01 行政运行", ("2010301", "行政运行")),
        ("30101 基本工资", ("30101", "基本工资")),
        ("301 工资福利支出", ("301", "工资福利支出")),
        ("２０１ 一般公共服务支出", ("201", "一般公共服务支出")),
        ("行政运行", (None, "行政运行")),
        ("2019年预算", (None, "2019年预算")),
        ("", (None, "")),
    ],
)
def test_split_code_name(text, want):
    assert split_code_name(text) == want


@pytest.mark.parametrize(
    "text, want",
    [
        ("一、一般公共服务支出", ("一", "一般公共服务支出", False)),
        ("十二、其他支出", ("十二", "其他支出", False)),
        ("1. 一般公共预算资金", ("1", "一般公共预算资金", False)),
        ("1、一般公共预算资金", ("1", "一般公共预算资金", False)),
        ("（一）基本支出", ("(一)", "基本支出", False)),
        ("(1)工资福利支出", ("(1)", "工资福利支出", False)),
        ("①公务接待费", ("①", "公务接待费", False)),
        ("其中：基本支出", (None, "基本支出", True)),
        ("其中:1.公务用车购置费", ("1", "公务用车购置费", True)),
        ("  其 中 ： 公务用车运行费", (None, "公务用车运行费", True)),
        ("合  计", (None, "合计", False)),
        ("一般公共服务支出", (None, "一般公共服务支出", False)),
        ("1.5倍", (None, "1.5倍", False)),
        ("", (None, "", False)),
    ],
)
def test_row_label(text, want):
    assert row_label(text) == want


@pytest.mark.parametrize(
    "text",
    ["合计", "合  计", "总计", "总 计", "小计", "本年收入合计", "本年支出合计", "收入总计", "支出总计",
     "收 入 总 计", "一、合计", "合计：", "共计"],
)
def test_is_total_label(text):
    assert is_total_label(text)


@pytest.mark.parametrize("text", ["一般公共服务支出", "合计数据服务费", "其中：基本支出", "", "计划生育事务"])
def test_is_not_total_label(text):
    assert not is_total_label(text)
