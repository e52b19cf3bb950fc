# %% [markdown]
# # A department's budget over the years
#
# What one department spends on, by 类 of the function classification (教育支出,
# 公共安全支出 …), and how its spending splits into 基本支出 (staff and running costs)
# and 项目支出 (projects), in every year its budgets (预算) or final accounts (决算) were
# read.
#
# Runs on the output of the README's main job, `cnbudget portal-demo`
# (`data/portal-demo/parquet`, the default here), or of `cnbudget extract` / `cnbudget demo`
# (give the folder). A Jupytext "percent" script: open it as a notebook (VS Code,
# JupyterLab with Jupytext), or run it, the figures saved where `--figures` says:
#
# `.venv/bin/python notebooks/department_budget_over_years.py [DATA] [--department NAME] [--figures DIR]`

# %%
import argparse
from pathlib import Path

import matplotlib.pyplot as plt

from cnbudget.datasets.report import plot_fonts
from cnbudget.datasets.views import connect

parser = argparse.ArgumentParser(description=__doc__)
parser.add_argument("data", nargs="?", default="data/portal-demo/parquet", help="output root (one folder per dataset)")
parser.add_argument("--department", help="the department (default: the one read in the most years)")
parser.add_argument("--figures", type=Path, help="save the figures in this folder (a script has no screen)")
args, _ = parser.parse_known_args()  # a Jupyter kernel passes arguments of its own
con = connect(args.data)  # one DuckDB view per dataset
plt.rcParams["font.family"] = plot_fonts()  # Chinese labels


def save(fig, name):
    if args.figures:
        args.figures.mkdir(parents=True, exist_ok=True)
        fig.savefig(args.figures / f"{name}.png", dpi=100, bbox_inches="tight")


# Figures of one kind per document: the 预算 columns of a budget, the 决算 columns of final
# accounts (a 决算 table also prints the year's 预算, which is not what was spent).
OWN_FIGURES = "((doc_type = 'budget' AND basis = 'budget') OR (doc_type = 'final_accounts' AND basis = 'final'))"

# %% [markdown]
# Which departments were read in which years. A department's budget includes its units'
# (budget_scope `department` vs `unit`): the two are never added, so one scope is chosen.

# %%
coverage = con.sql(f"""
    SELECT department, budget_scope, count(DISTINCT fiscal_year) AS years,
           list_sort(list(DISTINCT fiscal_year || ' ' || doc_type)) AS read
    FROM budget_lines
    WHERE table_kind = 'expenditure' AND measure = 'total' AND subject_level = 1 AND {OWN_FIGURES}
    GROUP BY department, budget_scope
    ORDER BY years DESC, budget_scope, department""").df()  # 'department' before 'unit' (consolidated first)
print(coverage.to_string(index=False))
if coverage.empty:
    raise SystemExit(f"{args.data}: no expenditure table (支出预算总表 / 支出决算表) was read")
pick = coverage[coverage.department == args.department] if args.department else coverage
if pick.empty:
    raise SystemExit(f"{args.department}: no expenditure table of this department; see the list above")
department, scope = pick.department.iloc[0], pick.budget_scope.iloc[0]
print(f"\n{department} ({scope}), read in {pick.years.iloc[0]} year(s)")

# %% [markdown]
# Expenditure by 类 and year, in 万元 (amounts are exact decimals in yuan; a 类 is printed
# once per expenditure table, so a document published twice is not counted twice).

# %%
by_class = con.execute(f"""
    SELECT fiscal_year || ' ' || CASE doc_type WHEN 'budget' THEN '预算' ELSE '决算' END AS year,
           coalesce(subject_code || ' ', '') || subject_name AS class, max(amount_yuan) / 10000 AS wan_yuan
    FROM budget_lines
    WHERE department = ? AND budget_scope = ? AND table_kind = 'expenditure' AND measure = 'total'
      AND subject_level = 1 AND NOT is_total AND amount_yuan IS NOT NULL AND {OWN_FIGURES}
    GROUP BY ALL ORDER BY year, class""", [department, scope]).df()
table = by_class.pivot(index="year", columns="class", values="wan_yuan").fillna(0).astype(float)
print(table.round(2).T.to_string())

# %%
fig, (absolute, share) = plt.subplots(1, 2, figsize=(13, 0.8 + 0.6 * max(3, len(table))), sharey=True)
table.plot.barh(stacked=True, ax=absolute, legend=False, colormap="tab20")
absolute.set_xlabel("万元")
absolute.set_title(f"{department}: expenditure by 类")
(table.div(table.sum(axis=1), axis=0) * 100).plot.barh(stacked=True, ax=share, colormap="tab20")
share.set_xlabel("% of the year's expenditure")
share.set_title("composition")
share.legend(fontsize=8, bbox_to_anchor=(1.01, 1), loc="upper left")
absolute.invert_yaxis()
save(fig, "composition_by_class")

# %% [markdown]
# 基本支出 and 项目支出 of the total row, by year: the measure vocabulary names them
# `basic` and `project` whatever the header printed (see docs/data-dictionary.md).

# %%
split = con.execute(f"""
    SELECT fiscal_year || ' ' || CASE doc_type WHEN 'budget' THEN '预算' ELSE '决算' END AS year,
           measure, max(amount_yuan) / 10000 AS wan_yuan
    FROM budget_lines
    WHERE department = ? AND budget_scope = ? AND table_kind = 'expenditure' AND is_total
      AND measure IN ('basic', 'project') AND amount_yuan IS NOT NULL AND {OWN_FIGURES}
    GROUP BY ALL ORDER BY year""", [department, scope]).df()
split = split.pivot(index="year", columns="measure", values="wan_yuan").fillna(0).astype(float)
print(split.round(2).to_string())
if not split.empty:
    fig, ax = plt.subplots(figsize=(7, 0.8 + 0.5 * max(3, len(split))))
    split.rename(columns={"basic": "基本支出", "project": "项目支出"}).plot.barh(stacked=True, ax=ax)
    ax.set_xlabel("万元")
    ax.set_title(f"{department}: 基本支出 and 项目支出")
    ax.invert_yaxis()
    save(fig, "basic_and_project")
