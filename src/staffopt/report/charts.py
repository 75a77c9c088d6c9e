"""Altair charts of a run, saved as self-contained HTML (no network) and PNG.

Reusable pieces for other reports (comparisons, frontiers):

* :func:`save_chart` writes any altair chart as ``<stem>.html`` (vega inlined) and ``<stem>.png``
  with the CJK font configured, so Chinese labels never render as boxes or blanks;
* :func:`cjk_font_available` / :func:`register_fonts` for the font set-up (``fonts-noto-cjk`` on
  Debian/Ubuntu; Microsoft YaHei / SimHei on Windows);
* the chart builders take a :class:`~staffopt.results.Result` and a language and compute nothing
  beyond selecting and relabelling rows of the result tables.
"""

from __future__ import annotations

import functools
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
from collections import OrderedDict
from pathlib import Path
from typing import Any

import altair as alt
import pandas as pd

from staffopt.report.labels import text
from staffopt.results import Result
from staffopt.schema import (
    COST_LINES,
    LEVELS,
    OUTPUT_COLUMNS_BY_KEY,
    PERSONS,
    Lang,
    level_label,
    output_label,
)
from staffopt.tolerances import OVER_TARGET as _OVER_TARGET

#: Font families tried in order (the first one installed is used for every chart).
CJK_FONTS: tuple[str, ...] = ("Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "SimHei",
                              "WenQuanYi Micro Hei", "PingFang SC")
#: Folders holding CJK fonts on common systems (registered with vl-convert when present).
FONT_DIRS: tuple[str, ...] = (
    "/usr/share/fonts/opentype/noto", "/usr/share/fonts/noto-cjk", "/usr/share/fonts/google-noto-cjk",
    "/System/Library/Fonts", os.path.join(os.environ.get("WINDIR", r"C:\Windows"), "Fonts"),
)
WIDTH = 520
HEIGHT = 300
#: An effective load ratio more than this share above its target is flagged (solver round-off below).
OVER_TARGET = _OVER_TARGET
_SCRIPT_SRC = re.compile(r"<script[^>]*\bsrc\s*=", re.IGNORECASE)


class HtmlSafeEncoder(json.JSONEncoder):
    """JSON for inside a ``<script>`` element: ``<``, ``>`` and ``&`` escaped.

    Office names come from the user's workbook; a name such as ``</script><script>…`` must not
    end the page's script element (the spec is still the same JSON to a parser).
    """

    def encode(self, o: Any) -> str:
        """Encode ``o`` and escape the characters HTML treats specially."""
        return super().encode(o).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


@functools.cache
def register_fonts() -> tuple[str, ...]:
    """Register the existing :data:`FONT_DIRS` with vl-convert once; return those registered."""
    import vl_convert

    done = []
    for folder in FONT_DIRS:
        if os.path.isdir(folder):
            try:
                vl_convert.register_font_directory(folder)
            except Exception:  # noqa: BLE001, S112 - an unreadable folder only means fewer fonts
                continue
            done.append(folder)
    return tuple(done)


@functools.cache
def cjk_font_available() -> str | None:
    """Return the first of :data:`CJK_FONTS` installed on this machine (via ``fc-list``), else ``None``."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return _font_from_files()
    try:
        out = subprocess.run([fc_list, ":", "family"], capture_output=True, text=True, timeout=20,
                             check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    families = {name.strip() for line in out.splitlines() for name in line.split(",")}
    for font in CJK_FONTS:
        if font in families:
            return font
    return None


#: Font files that identify a CJK family where there is no ``fc-list`` (Windows, macOS).
FONT_FILES: tuple[tuple[str, str], ...] = (
    ("msyh.ttc", "Microsoft YaHei"), ("simhei.ttf", "SimHei"), ("PingFang.ttc", "PingFang SC"),
    ("NotoSansCJK-Regular.ttc", "Noto Sans CJK SC"), ("SourceHanSansSC-Regular.otf", "Source Han Sans SC"),
)


def _font_from_files() -> str | None:
    for folder in FONT_DIRS:
        for filename, family in FONT_FILES:
            if os.path.isfile(os.path.join(folder, filename)):
                return family
    return None


def chart_font() -> str:
    """Font family for charts: an installed CJK font (Latin glyphs included), else the first choice."""
    return cjk_font_available() or CJK_FONTS[0]


def configured(chart: alt.TopLevelMixin) -> alt.TopLevelMixin:
    """``chart`` with the chart font on every title, axis and legend."""
    font = chart_font()
    return chart.configure(font=font).configure_title(font=font, anchor="start").configure_axis(
        labelFont=font, titleFont=font).configure_legend(labelFont=font, titleFont=font)


def bundle_cache_dir() -> Path:
    """Where the vega JavaScript bundle is kept between processes (``$XDG_CACHE_HOME/staffopt``)."""
    root = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(root) / "staffopt"


@functools.cache
def cache_javascript_bundle() -> None:
    """Keep vl-convert's vega bundle on disk, so only the first process on a machine pays for it.

    A self-contained page inlines vega, vega-lite and vega-embed (0.9 MB); vl-convert builds that
    bundle in its JavaScript runtime, ≈ 2 s CPU in every process (a sweep's workers each paid it
    for their first chart). The bundle depends only on the vl-convert version and the vega-lite
    version asked for, so it is kept as ``vega-bundle-<vl-convert>-<vega-lite>.js`` in
    :func:`bundle_cache_dir` (written atomically) and read from there; when that folder cannot
    be written the bundle is simply built each time, as before.
    """
    import vl_convert

    build: Any = vl_convert.javascript_bundle  # the stub makes the (optional) snippet required
    version = getattr(vl_convert, "__version__", "unknown")

    @functools.cache
    def bundle(snippet: str | None = None, vl_version: str | None = None) -> str:
        if snippet is not None:
            return str(build(snippet, vl_version=vl_version))
        path = bundle_cache_dir() / f"vega-bundle-{version}-{vl_version or 'default'}.js"
        try:
            return path.read_text(encoding="utf-8")
        except OSError:
            pass
        code = str(build(vl_version=vl_version))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
            tmp.write_text(code, encoding="utf-8")
            os.replace(tmp, path)
        except OSError:
            pass
        return code

    vl_convert.javascript_bundle = bundle  # what altair calls for an inline page


def save_chart(chart: alt.TopLevelMixin, directory: Path, stem: str) -> tuple[Path, Path]:
    """Save ``chart`` as ``directory/stem.html`` (self-contained) and ``directory/stem.png``.

    Raises :class:`RuntimeError` if the HTML would load a script from the network.
    """
    register_fonts()
    cache_javascript_bundle()
    spec = _SpecOnce(configured(chart))
    html = directory / f"{stem}.html"
    png = directory / f"{stem}.png"
    _save(spec, str(html), format="html", inline=True, json_kwds={"cls": HtmlSafeEncoder})
    page = html.read_text(encoding="utf-8")
    if _SCRIPT_SRC.search(page):
        raise RuntimeError(f"{html} would load a script from the network")
    key = hashlib.sha256(page.encode("utf-8")).hexdigest()  # the page holds the whole spec and data
    image = _PNG_CACHE.get(key)
    if image is None:
        buffer = io.BytesIO()
        _save(spec, buffer, format="png", scale_factor=2)
        image = buffer.getvalue()
        _PNG_CACHE[key] = image
        while len(_PNG_CACHE) > PNG_CACHE_SIZE:
            _PNG_CACHE.popitem(last=False)
    else:
        _PNG_CACHE.move_to_end(key)
    png.write_bytes(image)
    return html, png


class _SpecOnce:
    """A chart whose vega-lite spec is built (and validated) once, for both the HTML and the PNG.

    ``Chart.save`` builds the spec from the chart objects and checks it against the vega-lite
    schema on every call: about 0.03 s a chart (half of it the schema check), twice per chart.
    Both saves ask for the same spec (``context={"pre_transform": False}``, data inlined), so the
    first answer is kept; the files are the same as from ``Chart.save``.
    """

    def __init__(self, chart: alt.TopLevelMixin) -> None:
        self.chart = chart
        self.spec: dict[str, Any] | None = None

    def to_dict(self, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """The chart's spec (built on the first call, as ``Chart.save`` builds it), validated."""
        if self.spec is None:
            spec = self.chart.to_dict(*args, **{**kwargs, "validate": False})
            validate_once(self.chart, spec)
            self.spec = spec
        return self.spec


#: Keys of the chart specs found valid in this process (:func:`validate_once`).
_VALID: set[str] = set()
VALID_CACHE_SIZE = 256


def validate_once(chart: alt.TopLevelMixin, spec: dict[str, Any]) -> None:
    """Check ``spec`` (``chart``'s) against the vega-lite schema unless a spec of the same shape passed.

    The schema check is most of the cost of building a spec (≈ 0.03 s of a chart). A sweep draws
    the same charts again and again with other numbers: what the check can reject lies outside
    the inline data (``datasets``: records of any values, which the schema does not constrain),
    so the spec without its data — the datasets' content-hashed names numbered in order — is the
    key, and a key that passed once passes again. An invalid spec raises
    :class:`~altair.utils.schemapi.SchemaValidationError`, as ``Chart.to_dict`` does.
    """
    import jsonschema
    from altair.utils.schemapi import SchemaValidationError

    kind: Any = type(chart)  # a SchemaBase class (Chart, LayerChart, …)
    shape = {k: v for k, v in spec.items() if k != "datasets"}
    text = json.dumps(shape, sort_keys=True, default=str)
    for i, name in enumerate(spec.get("datasets", {})):
        text = text.replace(json.dumps(name), f'"dataset {i}"')
    key = hashlib.sha256(f"{kind.__module__}.{kind.__qualname__}\n{text}".encode()).hexdigest()
    if key in _VALID:
        return
    try:
        kind.validate(shape)
    except jsonschema.ValidationError as err:
        raise SchemaValidationError(chart, err) from None  # type: ignore[arg-type]
    if len(_VALID) >= VALID_CACHE_SIZE:
        _VALID.clear()
    _VALID.add(key)


def _save(spec: _SpecOnce, fp: Any, **kwargs: Any) -> None:
    """``Chart.save`` of ``spec``'s chart (same versions, data transformer and files)."""
    from altair.utils.save import save
    from altair.vegalite.v6.display import VEGA_VERSION, VEGAEMBED_VERSION, VEGALITE_VERSION

    with alt.data_transformers.disable_max_rows():
        save(chart=spec, fp=fp, vegalite_version=VEGALITE_VERSION, vega_version=VEGA_VERSION,
             vegaembed_version=VEGAEMBED_VERSION, **kwargs)


#: PNG images of the charts drawn last, by the hash of their page (spec and data): the same chart
#: again (a sweep's scenarios whose parameter does not bind give the same plan) is not re-drawn —
#: drawing is 0.3–0.7 s a chart, most of a sweep's report time. The same spec draws the same bytes.
_PNG_CACHE: OrderedDict[str, bytes] = OrderedDict()
PNG_CACHE_SIZE = 64


# ---------------------------------------------------------------------------------------------
# data selection (rows of the result tables, relabelled; nothing recomputed)
# ---------------------------------------------------------------------------------------------
def _num(value: Any) -> float:
    """Convert a table cell to a float (NaN when empty)."""
    return float(value) if value is not None and not pd.isna(value) else float("nan")


def base_and_final(result: Result) -> tuple[pd.DataFrame, pd.DataFrame, int, int]:
    """Return ``(base, final, base_year, final_year)``: ``by_level_year`` rows by level.

    ``base`` holds the status quo, ``final`` the final plan year.
    """
    bly = result.by_level_year
    is_base = bly["is_base"].astype(bool)
    base = bly[is_base].set_index("level")
    plan = bly[~is_base]
    final_year = int(plan["year"].max())
    final = plan[plan["year"] == final_year].set_index("level")
    base_year = int(bly[is_base]["year"].max()) if is_base.any() else result.settings.int("base_year")
    return base, final, base_year, final_year


def _level_order(lang: Lang, with_all: bool = True) -> list[str]:
    return [level_label(lv, lang) for lv in (*LEVELS, "all")[: 4 if with_all else 3]]


def load_ratio_frame(result: Result, lang: Lang) -> pd.DataFrame:
    """Rows (level, series, value): status-quo and final-year load ratios, and the target.

    The final year has both the nominal ratio (workload per head, the measure a standard is set
    in) and the effective one (manual workload per staff-equivalent: contract staff counted at
    ``contract.effective_worth``, training added), a quality figure. Missing values (the target
    of ``all``) are left out.
    """
    base, final, _, _ = base_and_final(result)
    rows = []
    for lv in (*LEVELS, "all"):
        if lv not in base.index or lv not in final.index:
            continue
        label = level_label(lv, lang)
        rows.append((label, text("summary.status_quo", lang), base.at[lv, "load_ratio_nominal"]))
        rows.append((label, text("chart.plan_nominal", lang), final.at[lv, "load_ratio_nominal"]))
        rows.append((label, text("chart.plan_effective", lang), final.at[lv, "load_ratio_effective"]))
        rows.append((label, output_label("target", lang, with_unit=False), final.at[lv, "target"]))
    return pd.DataFrame(rows, columns=["level", "series", "value"]).dropna()


def load_ratio_axis_title(lang: Lang) -> str:
    """Axis title of charts holding nominal and effective load ratios: "load ratio (unit)"."""
    unit = OUTPUT_COLUMNS_BY_KEY["load_ratio_nominal"].unit
    return f"{text('chart.load_ratio.axis', lang)} ({unit.text(lang)})"


def load_ratio_chart(result: Result, lang: Lang) -> alt.Chart:
    """Draw grouped bars: load ratio by level, status quo / plan nominal / plan effective / target."""
    data = load_ratio_frame(result, lang)
    series_order = list(dict.fromkeys(data["series"]))
    return alt.Chart(data, width=WIDTH, height=HEIGHT, title=alt.Title(
        text("chart.load_ratio", lang), subtitle=text("chart.load_ratio.sub", lang))).mark_bar().encode(
        x=alt.X("level:N", sort=_level_order(lang), title=output_label("level", lang),
                axis=alt.Axis(labelAngle=0)),
        xOffset=alt.XOffset("series:N", sort=series_order),
        y=alt.Y("value:Q", title=load_ratio_axis_title(lang), axis=alt.Axis(format=",.0f")),
        color=alt.Color("series:N", sort=series_order, title=text("chart.series", lang),
                        scale=alt.Scale(range=["#9e9e9e", "#9ecae1", "#1f77b4", "#d62728"])),
        tooltip=[alt.Tooltip("level:N"), alt.Tooltip("series:N"), alt.Tooltip("value:Q", format=",.0f")],
    )


def headcount_frame(result: Result, lang: Lang) -> pd.DataFrame:
    """Rows (level, measure, value): final plan year minus status quo, for posts, staff, contract."""
    base, final, _, _ = base_and_final(result)
    rows = []
    for lv in LEVELS:
        if lv not in base.index or lv not in final.index:
            continue
        for key in ("posts", "staff", "contract"):
            rows.append((level_label(lv, lang), output_label(key, lang, with_unit=False),
                         _num(final.at[lv, key]) - _num(base.at[lv, key])))
    return pd.DataFrame(rows, columns=["level", "measure", "value"])


def headcount_chart(result: Result, lang: Lang) -> alt.Chart:
    """Draw grouped bars: change of posts, established and contract staff by level (persons)."""
    data = headcount_frame(result, lang)
    order = list(dict.fromkeys(data["measure"]))
    unit = PERSONS.text(lang)
    return alt.Chart(data, width=WIDTH, height=HEIGHT, title=alt.Title(
        text("chart.headcount", lang), subtitle=text("chart.headcount.sub", lang))).mark_bar().encode(
        x=alt.X("level:N", sort=_level_order(lang, with_all=False), title=output_label("level", lang),
                axis=alt.Axis(labelAngle=0)),
        xOffset=alt.XOffset("measure:N", sort=order),
        y=alt.Y("value:Q", title=f"{text('summary.change', lang)} ({unit})", axis=alt.Axis(format=",.0f")),
        color=alt.Color("measure:N", sort=order, title=text("chart.measure", lang)),
        tooltip=[alt.Tooltip("level:N"), alt.Tooltip("measure:N"), alt.Tooltip("value:Q", format=",.0f")],
    )


def cost_frame(result: Result, lang: Lang) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(cost rows: year, line, value) for all levels and (cap rows: year, value) from ``budget``."""
    bly = result.by_level_year
    allrows = bly[bly["level"] == "all"]
    cost = allrows.melt(id_vars=["year"], value_vars=list(COST_LINES), var_name="key", value_name="value")
    cost["line"] = [output_label(k, lang, with_unit=False) for k in cost["key"]]
    cost["order"] = [COST_LINES.index(k) for k in cost["key"]]
    cost["year"] = cost["year"].astype(int).astype(str)
    budget = result.budget
    if budget.empty or budget["budget_cap"].isna().all():
        cap = pd.DataFrame({"year": pd.Series(dtype=str), "value": pd.Series(dtype=float)})
    else:
        sums = budget.groupby("year")["budget_cap"].sum(min_count=1).dropna()
        cap = pd.DataFrame({"year": [str(int(y)) for y in sums.index], "value": sums.to_numpy()})
    return cost[["year", "line", "order", "value"]], cap


def cost_chart(result: Result, lang: Lang) -> alt.TopLevelMixin:
    """Draw stacked bars of cost by line and year (万元) with the total budget cap as a line."""
    cost, cap = cost_frame(result, lang)
    order = list(dict.fromkeys(cost.sort_values("order")["line"]))
    years = sorted(set(cost["year"]))
    money = output_label("cost_total", lang)
    bars = alt.Chart(cost).mark_bar().encode(
        x=alt.X("year:O", sort=years, title=output_label("year", lang), axis=alt.Axis(labelAngle=0)),
        y=alt.Y("value:Q", stack="zero", title=money, axis=alt.Axis(format=",.0f")),
        color=alt.Color("line:N", sort=order, title=text("chart.line", lang)),
        order=alt.Order("order:Q"),
        tooltip=[alt.Tooltip("year:O"), alt.Tooltip("line:N"), alt.Tooltip("value:Q", format=",.1f")],
    )
    title = alt.Title(text("chart.cost", lang))
    if cap.empty:
        return bars.properties(width=WIDTH, height=HEIGHT, title=title)
    cap_label = output_label("budget_cap", lang, with_unit=False)
    cap = cap.assign(series=cap_label)
    line = alt.Chart(cap).mark_line(point=alt.OverlayMarkDef(color="black"), color="black",
                                    strokeDash=[6, 3]).encode(
        x=alt.X("year:O", sort=years), y=alt.Y("value:Q"),
        shape=alt.Shape("series:N", title=""),
        tooltip=[alt.Tooltip("year:O"), alt.Tooltip("value:Q", title=cap_label, format=",.1f")],
    )
    return alt.layer(bars, line).properties(width=WIDTH, height=HEIGHT, title=title)


def top_offices_frame(result: Result, lang: Lang, n: int = 15) -> pd.DataFrame:
    """Select the ``n`` offices whose final-year *effective* load ratio is furthest above the target.

    The effective ratio (after online service and training) is the one held to the target: an
    office whose nominal ratio is above it but whose effective ratio meets it is not flagged.
    """
    oy = result.office_year
    final_year = base_and_final(result)[3]
    final = oy[(oy["year"] == final_year) & ~oy["is_base"].astype(bool)].copy()
    final = final[final["target"] > 0]
    final["times"] = final["load_ratio_effective"] / final["target"]
    final = final[final["times"] > 1 + OVER_TARGET].sort_values("times", ascending=False).head(n)
    final["office"] = [f"{name} ({level_label(lv, lang)})" for name, lv in zip(final["name"], final["level"],
                                                                                 strict=True)]
    return final[["office", "load_ratio_effective", "target", "times"]]


def top_offices_chart(result: Result, lang: Lang, n: int = 15) -> alt.TopLevelMixin:
    """Draw horizontal bars: the offices furthest above their target (effective ratio), target as a tick."""
    data = top_offices_frame(result, lang, n)
    title = alt.Title(text("chart.top_offices", lang), subtitle=text("chart.top_offices.sub", lang))
    if data.empty:
        note = pd.DataFrame({"note": [text("chart.no_data", lang)]})
        return alt.Chart(note).mark_text(size=16).encode(text="note:N").properties(
            width=WIDTH, height=80, title=title)
    order = list(data["office"])
    ratio = output_label("load_ratio_effective", lang)
    base = alt.Chart(data)
    bars = base.mark_bar(color="#d62728").encode(
        y=alt.Y("office:N", sort=order, title=None, axis=alt.Axis(labelLimit=400)),
        x=alt.X("load_ratio_effective:Q", title=ratio, axis=alt.Axis(format=",.0f")),
        tooltip=[alt.Tooltip("office:N"), alt.Tooltip("load_ratio_effective:Q", format=",.0f"),
                 alt.Tooltip("target:Q", format=",.0f"),
                 alt.Tooltip("times:Q", title=text("chart.ratio_to_target", lang), format=".2f")],
    )
    ticks = base.mark_tick(color="black", thickness=3, size=16).encode(
        y=alt.Y("office:N", sort=order), x=alt.X("target:Q"))
    return alt.layer(bars, ticks).properties(width=WIDTH, height=max(120, 22 * len(data)), title=title)


#: File stem -> builder, in the order the charts are listed in the report.
CHARTS = {
    "load_ratio_by_level": load_ratio_chart,
    "headcount_change_by_level": headcount_chart,
    "cost_by_line": cost_chart,
    "offices_above_target": top_offices_chart,
}


def write_charts(result: Result, directory: Path, lang: Lang) -> list[Path]:
    """Write every chart of :data:`CHARTS` into ``directory`` (HTML + PNG); return the files."""
    directory.mkdir(parents=True, exist_ok=True)
    files: list[Path] = []
    for stem, build in CHARTS.items():
        files.extend(save_chart(build(result, lang), directory, stem))
    return files
