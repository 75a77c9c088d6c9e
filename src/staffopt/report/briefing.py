"""``briefing.docx``: a Word briefing of a run or a comparison, to hand to leaders.

Written with python-docx (a maintained library that builds the document in code, so no binary
template has to be kept in the repository). Every figure comes from the result tables through
:func:`~staffopt.report.headline.headline` and the same tables as the workbook; the charts are
the run folder's own PNG files. A briefing holds, in the report's language:

1. a plain-language headline (what the plan costs, whether every standard is met and, if not,
   what decides it; how staff change against the status quo; the budget regime);
2. the key table (the headline figures) and the load ratio by level;
3. the charts;
4. the warnings and messages of the run;
5. what the marginal values mean, with this plan's own figures;
6. the provenance (versions, input and its SHA-256, command line, time).

Text is set in Calibri with the east-Asian font :data:`EAST_ASIA_FONT` on every style and run
(``w:rFonts w:eastAsia``), and the document language is marked (``zh-CN`` / ``en-GB``), so
Chinese renders in Word and WPS without font substitution surprises. Pages are A4 portrait.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd
from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml.shared import OxmlElement
from docx.shared import Cm, Pt

from staffopt.report.headline import Headline, binding_pools, headline
from staffopt.report.labels import localized_messages
from staffopt.report.labels import text as report_text
from staffopt.report.provenance import rows as provenance_rows
from staffopt.report.quality import plan_warning_msgs
from staffopt.report.reform_text import scenario_label as label_of
from staffopt.report.reform_text import t
from staffopt.results import Result
from staffopt.schema import LEVELS, Lang, level_label
from staffopt.tolerances import REPORT_ZERO

#: File name of the briefing in a run or comparison folder.
BRIEFING_FILE = "briefing.docx"
#: Latin and east-Asian fonts of every style and run (SimSun ships with every Chinese Windows).
LATIN_FONT = "Calibri"
EAST_ASIA_FONT = "SimSun"
#: Font size of table text.
TABLE_SIZE = Pt(9.5)
#: A cell shown right-aligned: a number (or ``-``, ``<0.01%``).
_NUMBER = re.compile(r"[-+<]?[\d,.]*%?|-")
#: Width of an embedded chart.
CHART_WIDTH = Cm(16)
#: Charts of a run folder, in order (file stem, caption text key of :mod:`staffopt.report.labels`).
RUN_CHARTS: tuple[tuple[str, str], ...] = (
    ("load_ratio_by_level", "chart.load_ratio"), ("cost_by_line", "chart.cost"),
    ("headcount_change_by_level", "chart.headcount"), ("offices_above_target", "chart.top_offices"),
)
_STYLES = ("Normal", "Title", "Subtitle", "Heading 1", "Heading 2", "Caption", "List Bullet", "Table Grid")


# ------------------------------------------------------------------------------------------
# document set-up
# ------------------------------------------------------------------------------------------
def _fonts(element: Any) -> None:
    """Set the Latin and east-Asian fonts on a style's or run's ``rPr`` (schema order kept)."""
    fonts = element.get_or_add_rPr().get_or_add_rFonts()
    for attr, font in (("w:ascii", LATIN_FONT), ("w:hAnsi", LATIN_FONT), ("w:eastAsia", EAST_ASIA_FONT),
                       ("w:cs", LATIN_FONT)):
        fonts.set(qn(attr), font)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)  # a theme font would win over the name


#: ``w:rPr`` children that the schema puts after ``w:lang``.
_AFTER_LANG = ("w:eastAsianLayout", "w:specVanish", "w:oMath")


def _language(doc: DocxDocument) -> None:
    """Mark the Normal style's text as en-GB with zh-CN for east-Asian characters."""
    rpr = doc.styles["Normal"].element.get_or_add_rPr()
    node = rpr.find(qn("w:lang"))
    if node is None:
        node = OxmlElement("w:lang")
        later = next((rpr.find(qn(tag)) for tag in _AFTER_LANG if rpr.find(qn(tag)) is not None), None)
        if later is not None:
            later.addprevious(node)
        else:
            rpr.append(node)
    node.set(qn("w:val"), "en-GB")
    node.set(qn("w:eastAsia"), "zh-CN")


def new_document(title: str, lang: Lang) -> DocxDocument:
    """An A4 document whose styles use :data:`LATIN_FONT` and :data:`EAST_ASIA_FONT`."""
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.2)
    section.top_margin = section.bottom_margin = Cm(2.0)
    for name in _STYLES:
        try:
            style = doc.styles[name]
        except KeyError:  # pragma: no cover - every name is in python-docx's default template
            continue
        _fonts(style.element)
    doc.styles["Normal"].font.size = Pt(10.5)
    _language(doc)
    doc.core_properties.title = title
    doc.core_properties.author = "staffopt"
    doc.core_properties.language = t("brief.doc_language", lang)
    return doc


def _paragraph(doc: DocxDocument, text: str, style: str | None = None, bold: bool = False) -> Any:
    p = doc.add_paragraph(style=style)
    run = p.add_run(text)
    run.bold = bold
    _fonts(run._r)
    return p


def _heading(doc: DocxDocument, text: str, level: int) -> None:
    h = doc.add_heading(level=level)
    _fonts(h.add_run(text)._r)


def _table(doc: DocxDocument, header: Sequence[str], rows: Sequence[Sequence[str]],
           numeric: Sequence[bool] | None = None) -> Any:
    table = doc.add_table(rows=1 + len(rows), cols=len(header))
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    # each row's cells taken once: ``table.cell(i, j)`` walks every cell of the table on each call
    lines = list(table.rows)
    for head, cell in zip(header, lines[0].cells, strict=True):
        cell.text = ""
        run = cell.paragraphs[0].add_run(head)
        run.bold = True
        run.font.size = TABLE_SIZE
        _fonts(run._r)
    _repeat_header(lines[0])
    for i, row in enumerate(rows, start=1):
        cells = lines[i].cells
        for j, value in enumerate(row):
            cell = cells[j]
            cell.text = ""
            par = cell.paragraphs[0]
            run = par.add_run(value)
            run.font.size = TABLE_SIZE
            _fonts(run._r)
            if numeric is not None and numeric[j] and _NUMBER.fullmatch(value):
                par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return table


def _repeat_header(row: Any) -> None:
    """Repeat a table's header row on every page (``w:tblHeader``)."""
    trpr = row._tr.get_or_add_trPr()
    node = OxmlElement("w:tblHeader")
    node.set(qn("w:val"), "true")
    trpr.append(node)


def _charts(doc: Any, charts: Sequence[tuple[Path, str]], lang: Lang) -> None:
    """The charts section: each chart drawn (PNG) with its caption; no section when none was drawn."""
    drawn = [(path, caption) for path, caption in charts if path.is_file()]
    if drawn:
        _heading(doc, t("brief.h.charts", lang), 1)
        for path, caption in drawn:
            _picture(doc, path, caption)


def _picture(doc: DocxDocument, path: Path, caption: str) -> None:
    doc.add_picture(str(path), width=CHART_WIDTH)
    doc.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
    _paragraph(doc, caption, style="Caption").alignment = WD_ALIGN_PARAGRAPH.CENTER


def _bullets(doc: DocxDocument, lines: Sequence[str]) -> None:
    for line in lines:
        _paragraph(doc, line, style="List Bullet")


# ------------------------------------------------------------------------------------------
# wording
# ------------------------------------------------------------------------------------------
def num(value: Any, decimals: int = 0) -> str:
    """``1,234`` (``-`` for a missing or non-numeric value)."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return "-"
    return f"{number:,.{decimals}f}" if math.isfinite(number) else "-"


def headline_sentences(head: Headline, result: Result, lang: Lang) -> list[str]:
    """The plain-language headline: cost and standards, staff against the status quo, the budget."""
    if not head.has_plan:
        return [t("brief.no_plan", lang, status=head.status_text(lang))]
    years = head.years(lang)
    cost = t("brief.cost", lang, years=years, cost=num(head.cost_total), disc=num(head.cost_discounted),
             base=head.base_year, yuan=num(head.cost_per_person_time_yuan, 2))
    if head.standards_met:
        cost += t("brief.met", lang)
    else:
        share = _unmet_share(result, head)
        cost += t("brief.not_met", lang, unmet=num(head.unmet_person_times), share=share,
                  cause=t(f"cause.{head.cause or 'limits'}", lang))
    out = [cost]
    bly = result.by_level_year
    rows = bly[bly["level"] == "all"].sort_values("year")
    base, final = rows[rows["is_base"].astype(bool)], rows[~rows["is_base"].astype(bool)]
    if not base.empty and not final.empty:
        b, f = base.iloc[-1], final.iloc[-1]
        out.append(t("brief.staff", lang, final=int(f["year"]), base=int(b["year"]), posts=num(f["posts"]),
                     staff=num(f["staff"]), contract=num(f["contract"]), posts0=num(b["posts"]),
                     staff0=num(b["staff"]), contract0=num(b["contract"])))
    regime = result.settings.str("budget.regime")
    use = pd.to_numeric(result.budget.get("budget_use", pd.Series(dtype=float)), errors="coerce").dropna()
    regime_text = report_text(f"regime.{regime}", lang)
    if use.empty:
        out.append(t("brief.budget_none", lang, regime=regime_text))
    else:
        out.append(t("brief.budget", lang, regime=regime_text, use=f"{float(use.max()):.1%}",
                     n=len(binding_pools(result))))
    return out


def _unmet_share(result: Result, head: Headline) -> str:
    bly = result.by_level_year
    plan = bly[(bly["level"] == "all") & ~bly["is_base"].astype(bool)]
    workload = float(pd.to_numeric(plan["workload"], errors="coerce").sum())
    if workload <= 0 or head.unmet_person_times is None:
        return "-"
    share = head.unmet_person_times / workload
    return "<0.01%" if share < 5e-5 else f"{share:.2%}"


def headline_table(head: Headline, lang: Lang) -> list[list[str]]:
    """Rows (figure, value, unit) of the key table."""
    out = []
    for label, value, unit, fmt in head.rows(lang):
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            decimals = 0 if fmt == "#,##0" else 2
            shown = num(float(value), decimals)
        else:
            shown = "-" if value is None else str(value)
        out.append([label, shown, unit])
    return out


def level_rows(result: Result, lang: Lang) -> list[list[str]]:
    """Rows per level: workload and effective load ratio (status quo, final year), target, unmet."""
    bly = result.by_level_year
    base = bly[bly["is_base"].astype(bool)].set_index("level")
    plan = bly[~bly["is_base"].astype(bool)]
    final = plan[plan["year"] == plan["year"].max()].set_index("level")
    rows = []
    for lv in (*LEVELS, "all"):
        if lv not in base.index or lv not in final.index:
            continue
        unmet = float(pd.to_numeric(plan[plan["level"] == lv]["unmet"], errors="coerce").sum())
        rows.append([level_label(lv, lang), num(base.at[lv, "load_ratio_nominal"]),
                     num(final.at[lv, "load_ratio_nominal"]), num(final.at[lv, "load_ratio_effective"]),
                     num(final.at[lv, "target"]) if lv != "all" else "-", num(unmet)])
    return rows


def marginal_sentences(result: Result, lang: Lang) -> list[str]:
    """What the marginal values mean, with this plan's figures (workload in 元, budget in 万元)."""
    out = [t("brief.marginal.what", lang)]
    marg = result.marginals
    if not marg.empty and "marginal_workload" in marg:
        final = marg[marg["year"] == marg["year"].max()]
        parts = []
        for lv in LEVELS:
            row = final[final["level"] == lv]
            if row.empty:
                continue
            value = float(pd.to_numeric(row["marginal_workload"], errors="coerce").iloc[0])
            if math.isfinite(value):
                parts.append(t("brief.marginal.level", lang, level=level_label(lv, lang),
                               yuan=num(value * 10_000, 2)))
        if parts:
            sep = t("list.comma", lang)
            year = int(final["year"].iloc[0])
            out.append(t("brief.marginal.workload", lang, year=year, parts=sep.join(parts)))
    budget = result.budget
    values = pd.to_numeric(budget.get("marginal_budget", pd.Series(dtype=float)), errors="coerce")
    binding = budget[values > REPORT_ZERO] if not budget.empty else budget
    if result.settings.str("budget.regime") == "none":
        out.append(t("brief.marginal.no_budget", lang))
    elif binding.empty:
        out.append(t("brief.marginal.slack", lang))
    else:
        records = binding.assign(value=values[values > REPORT_ZERO]).sort_values("value", ascending=False)
        top = records.iloc[0]
        out.append(t("brief.marginal.budget", lang, n=len(binding), value=num(float(top["value"]), 2),
                     pool=str(top["pool"]), year=int(top["year"])))
        if float(top["value"]) > 1.0:
            out.append(t("brief.marginal.above_one", lang))
    return out


def warning_lines(result: Result, lang: Lang) -> list[str]:
    """The plan's warnings, then the run's messages, in ``lang``."""
    warnings = [w.render(lang) for w in plan_warning_msgs(result)]
    return warnings + list(localized_messages(result.messages, result.messages_zh, lang))


# ------------------------------------------------------------------------------------------
# the run briefing
# ------------------------------------------------------------------------------------------
def run_briefing(result: Result, lang: Lang, *, charts_dir: Path | None = None,
                 provenance: Mapping[str, Any] | None = None,
                 scenario_label: str | None = None) -> DocxDocument:
    """The briefing of one run (see the module docstring)."""
    head = headline(result)
    years = head.years(lang)
    title = t("brief.title", lang, years=years)
    doc = new_document(title, lang)
    _heading(doc, title, 0)
    scenario = scenario_label or (label_of(result.scenario, lang) if result.scenario
                                  else t("brief.base_settings", lang))
    _paragraph(doc, t("brief.subtitle", lang, scenario=scenario,
                      regime=report_text(f"regime.{result.settings.str('budget.regime')}", lang)))
    _heading(doc, t("brief.h.headline", lang), 1)
    for sentence in headline_sentences(head, result, lang):
        _paragraph(doc, sentence)
    _heading(doc, t("brief.h.key_table", lang), 1)
    _table(doc, [t("brief.col.figure", lang), t("brief.col.value", lang), t("brief.col.unit", lang)],
           headline_table(head, lang), numeric=[False, True, False])
    if result.has_plan:
        _paragraph(doc, "")
        ratio = t("unit.ratio", lang)
        _table(doc, [t("brief.col.level", lang), t("brief.col.ratio_base", lang, unit=ratio),
                     t("brief.col.ratio_nominal", lang, unit=ratio),
                     t("brief.col.ratio_effective", lang, unit=ratio),
                     t("brief.col.target", lang, unit=ratio),
                     t("brief.col.unmet", lang, unit=t("unit.person_times_total", lang))],
               level_rows(result, lang), numeric=[False, True, True, True, True, True])
        _paragraph(doc, t("brief.ratio_note", lang))
    if charts_dir is not None and result.has_plan:
        _charts(doc, [(charts_dir / f"{stem}.png", report_text(key, lang)) for stem, key in RUN_CHARTS], lang)
    _heading(doc, t("brief.h.warnings", lang), 1)
    lines = warning_lines(result, lang)
    if lines:
        _bullets(doc, lines)
    else:
        _paragraph(doc, t("brief.no_warnings", lang))
    if result.has_plan:
        _heading(doc, t("brief.h.marginals", lang), 1)
        for sentence in marginal_sentences(result, lang):
            _paragraph(doc, sentence)
    _provenance(doc, provenance, lang)
    return doc


def _provenance(doc: DocxDocument, provenance: Mapping[str, Any] | None, lang: Lang) -> None:
    if not provenance:
        return
    _heading(doc, t("prov.title", lang), 1)
    _table(doc, [t("brief.col.item", lang), t("brief.col.value", lang)],
           [[label, value] for label, value in provenance_rows(provenance, lang)])


def write_run_briefing(result: Result, path: Path, lang: Lang, *, charts_dir: Path | None = None,
                       provenance: Mapping[str, Any] | None = None) -> Path:
    """Write the run briefing to ``path`` (callers write into a temporary run folder)."""
    run_briefing(result, lang, charts_dir=charts_dir, provenance=provenance).save(str(path))
    return path


# ------------------------------------------------------------------------------------------
# the comparison briefing
# ------------------------------------------------------------------------------------------
def comparison_briefing(
    names: Sequence[str], results: Sequence[Result], lang: Lang, *, labels: Sequence[str] | None = None,
    charts: Sequence[tuple[Path, str]] = (), notes: Sequence[str] = (),
    provenance: Mapping[str, Any] | None = None,
) -> DocxDocument:
    """The briefing of a comparison: one headline per scenario, the key table, charts, warnings.

    ``labels`` are the scenario names as shown (in ``lang``); ``charts`` (PNG, caption) pairs.
    """
    shown = list(labels) if labels is not None else list(names)
    heads = [headline(r) for r in results]
    years = next((h.years(lang) for h in heads if h.has_plan), "")
    title = t("brief.compare_title", lang, years=years)
    doc = new_document(title, lang)
    _heading(doc, title, 0)
    _heading(doc, t("brief.h.headline", lang), 1)
    for label, head, result in zip(shown, heads, results, strict=True):
        sentences = headline_sentences(head, result, lang)
        _paragraph(doc, f"{label}{': ' if lang == 'en' else '：'}{sentences[0]}")
    cheapest = _cheapest_meeting(shown, heads)
    if cheapest is not None:
        _paragraph(doc, t("brief.cheapest", lang, name=cheapest[0], cost=num(cheapest[1])), bold=True)
    else:
        _paragraph(doc, t("brief.none_meets", lang), bold=True)
    _heading(doc, t("brief.h.key_table", lang), 1)
    header = [t("brief.col.scenario", lang), t("headline.status", lang),
              t("brief.col.cost", lang, unit=t("unit.money", lang)),
              t("brief.col.disc", lang, unit=t("unit.money", lang)), t("headline.standards_met", lang),
              t("brief.col.unmet", lang, unit=t("unit.person_times_total", lang)),
              t("brief.col.per", lang, unit=t("unit.yuan_per_person_time", lang))]
    rows = []
    for label, head in zip(shown, heads, strict=True):
        met = ("-" if head.standards_met is None
               else t("headline.yes" if head.standards_met else "headline.no", lang))
        rows.append([label, head.status_text(lang), num(head.cost_total), num(head.cost_discounted), met,
                     num(head.unmet_person_times), num(head.cost_per_person_time_yuan, 2)])
    _table(doc, header, rows, numeric=[False, False, True, True, False, True, True])
    _charts(doc, charts, lang)
    _heading(doc, t("brief.h.warnings", lang), 1)
    lines = list(notes)
    for label, result in zip(shown, results, strict=True):
        lines += [f"{label}{': ' if lang == 'en' else '：'}{w}" for w in warning_lines(result, lang)]
    if lines:
        _bullets(doc, lines)
    else:
        _paragraph(doc, t("brief.no_warnings", lang))
    _heading(doc, t("brief.h.marginals", lang), 1)
    _paragraph(doc, t("brief.marginal.what", lang))
    for label, result in zip(shown, results, strict=True):
        if result.has_plan:
            _paragraph(doc, f"{label}{': ' if lang == 'en' else '：'}" + " ".join(marginal_sentences(result,
                                                                                                   lang)[1:]))
    _provenance(doc, provenance, lang)
    return doc


def _cheapest_meeting(labels: Sequence[str], heads: Sequence[Headline]) -> tuple[str, float] | None:
    meeting = [(label, h.cost_total) for label, h in zip(labels, heads, strict=True)
               if h.standards_met and h.cost_total is not None]
    return min(meeting, key=lambda x: x[1]) if meeting else None


def write_comparison_briefing(path: Path, names: Sequence[str], results: Sequence[Result], lang: Lang,
                              **kwargs: Any) -> Path:
    """Write the comparison briefing to ``path`` (keyword arguments of :func:`comparison_briefing`)."""
    comparison_briefing(names, results, lang, **kwargs).save(str(path))
    return path
