# %% [markdown]
# # One performance indicator across departments and cities
#
# Departments word the same indicator differently (命案破案率 / 命案侦破率, "指标1：" or "①"
# before it). `indicators.indicator_key` is the name without numbering or punctuation,
# through a reviewed synonym list (normalizers/indicator_vocab.py), so one key gathers the
# same indicator from every department and city. This notebook finds the keys shared by
# the most departments and compares the targets set for one of them.
#
# Runs on the output of the README's main job, `cnbudget portal-demo`
# (`data/portal-demo/parquet`, the default here), or of `cnbudget extract` / `cnbudget demo`;
# several output folders can be given and are read together (a city's harvest beside
# another's). A Jupytext "percent" script: open it as a notebook, or run it:
#
# `.venv/bin/python notebooks/indicator_across_departments.py [DATA ...] [--key KEY] [--figures DIR]`

# %%
import argparse
from pathlib import Path

import duckdb
import matplotlib.pyplot as plt

from cnbudget.datasets.report import plot_fonts
from cnbudget.datasets.views import connect

parser = argparse.ArgumentParser(description=__doc__)
parser.add_argument("data", nargs="*", default=["data/portal-demo/parquet"], help="output roots")
parser.add_argument("--key", help="the indicator_key to compare (default: the one most departments share)")
parser.add_argument("--figures", type=Path, help="save the figures in this folder (a script has no screen)")
args, _ = parser.parse_known_args()  # a Jupyter kernel passes arguments of its own
plt.rcParams["font.family"] = plot_fonts()  # Chinese labels

# Each output root's rows, side by side; `indicators` and `documents` read them all.
con = duckdb.connect()
for i, root in enumerate(args.data):
    part = connect(root, ["documents", "indicators"])
    for name in ("documents", "indicators"):
        con.register(f"{name}_{i}", part.sql(f"SELECT * FROM {name}").df())
    part.close()
for name in ("documents", "indicators"):
    con.execute(f"CREATE VIEW {name} AS " + " UNION ALL BY NAME ".join(
        f"SELECT * FROM {name}_{i}" for i in range(len(args.data))))


def save(fig, name):
    if args.figures:
        args.figures.mkdir(parents=True, exist_ok=True)
        fig.savefig(args.figures / f"{name}.png", dpi=100, bbox_inches="tight")


# %% [markdown]
# Keys shared by the most departments, with the names printed under each (the wording
# the key brings together) and the cities (documents.region) they come from.

# %%
shared = con.sql("""
    SELECT i.indicator_key, count(DISTINCT i.department) AS departments, count(DISTINCT d.region) AS regions,
           count(*) AS targets, list_sort(list(DISTINCT i.name)) AS printed_as
    FROM indicators i JOIN documents d USING (doc_id)
    WHERE i.indicator_key IS NOT NULL
    GROUP BY i.indicator_key
    ORDER BY departments DESC, regions DESC, targets DESC, i.indicator_key""").df()
print(shared.head(15).to_string(index=False))
if shared.empty:
    raise SystemExit("no performance indicator in " + ", ".join(args.data))
key = args.key or shared.indicator_key.iloc[0]
if key not in set(shared.indicator_key):
    raise SystemExit(f"{key}: no indicator has this key; see the list above")

# %% [markdown]
# Every target set for that indicator: the target as printed beside its parse
# (comparator, value, upper, unit), by city, department and project.

# %%
targets = con.execute("""
    SELECT d.region, i.department, i.fiscal_year, coalesce(i.project_name, '(department-wide)') AS project,
           i.name, i.target_raw, i.comparator, i.value, i.upper, i.unit, i.level1, i.level2
    FROM indicators i JOIN documents d USING (doc_id)
    WHERE i.indicator_key = ?
    ORDER BY d.region, i.department, i.fiscal_year, project""", [key]).df()
print(f"indicator_key = {key}: {len(targets)} targets in {targets.department.nunique()} departments, "
      f"{targets.region.nunique()} cities")
print(targets.to_string(index=False))

# %% [markdown]
# The numeric targets side by side, one row per department and project, coloured by
# city: ▶ a floor (≥, >), ◀ a ceiling (≤, <), ● an exact figure, a bar for a range.
# Targets in different units are plotted apart; qualitative ones are counted below.

# %%
numeric = targets[targets.value.notna()].copy()
markers = {">=": ">", ">": ">", "<=": "<", "<": "<", "=": "o", "range": "|"}
for n, (unit, group) in enumerate(numeric.groupby(numeric.unit.fillna("")), 1):
    group = group.reset_index(drop=True)
    labels = [f"{r.region} · {r.department} · {r.project}"[:48] for r in group.itertuples()]
    regions = sorted(group.region.fillna("?").unique())
    colours = dict(zip(regions, plt.rcParams["axes.prop_cycle"].by_key()["color"] * 3))
    fig, ax = plt.subplots(figsize=(9, 0.8 + 0.45 * len(group)))
    for y, r in enumerate(group.itertuples()):
        colour = colours[r.region if isinstance(r.region, str) else "?"]
        if r.comparator == "range" and r.upper == r.upper:
            ax.plot([r.value, r.upper], [y, y], color=colour, linewidth=4)
        ax.scatter([r.value], [y], marker=markers.get(r.comparator, "o"), s=90, color=colour)
        ax.annotate(r.target_raw, (r.value, y), textcoords="offset points", xytext=(8, -3), fontsize=8)
    ax.set_yticks(range(len(group)), labels, fontsize=8)
    ax.invert_yaxis()
    ax.set_xlabel(unit or "(no unit)")
    ax.set_title(f"{key}: targets by department")
    for region, colour in colours.items():
        ax.scatter([], [], color=colour, label=region)
    ax.legend(fontsize=8, loc="lower right")
    ax.margins(x=0.25, y=0.1)
    save(fig, f"targets_{n}")

# %%
qualitative = targets[targets.value.isna()]
print(qualitative.groupby(["region", "department"]).target_raw.apply(list).to_string()
      if len(qualitative) else "no qualitative target for this indicator")
