"""briefing.docx: read back with python-docx and checked for its content, not only its existence."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn

import staffopt.report as report
from helpers_solve import scale_appropriation, solve_data, tiny_data
from staffopt.report import BRIEFING_FILE, write_run_folder
from staffopt.report.atomic import MARKER, leftovers
from staffopt.report.briefing import EAST_ASIA_FONT, RUN_CHARTS
from staffopt.report.headline import headline
from staffopt.report.quality import plan_warnings
from staffopt.report.reform_text import t


@pytest.fixture(scope="module")
def tight() -> tuple[Any, Any]:
    data = scale_appropriation(tiny_data(), 0.9)  # the budget binds and workload is left unmet
    return data, solve_data(data)[1]


def _text(doc: Any) -> str:
    return "\n".join(p.text for p in doc.paragraphs)


def _cells(table: Any) -> list[list[str]]:
    return [[c.text for c in row.cells] for row in table.rows]


@pytest.fixture(scope="module", params=["en", "zh"])
def brief(request: pytest.FixtureRequest, tight: tuple[Any, Any],
          tmp_path_factory: pytest.TempPathFactory) -> Any:
    data, result = tight
    lang = request.param
    prov = {"staffopt_version": "9.9", "highs_version": "1.2.3", "input": "tiny.xlsx",
            "input_sha256": "ab" * 32, "command_line": "staffopt solve tiny.xlsx",
            "time": "2026-01-01T00:00:00+08:00"}
    out = write_run_folder(result, data, tmp_path_factory.mktemp("brief") / "run", lang, provenance=prov)
    return lang, result, out, docx.Document(str(out / BRIEFING_FILE))


def test_the_headline_leads_in_plain_language(brief: Any) -> None:
    lang, result, _, doc = brief
    head = headline(result)
    body = _text(doc)
    assert doc.paragraphs[0].text == t("brief.title", lang, years=head.years(lang))
    sentence = t("brief.cost", lang, years=head.years(lang), cost=f"{head.cost_total:,.0f}",
                 disc=f"{head.cost_discounted:,.0f}", base=head.base_year,
                 yuan=f"{head.cost_per_person_time_yuan:,.2f}")
    assert sentence in body
    assert f"{head.unmet_person_times:,.0f}" in body and t("cause.budget", lang) in body
    assert (lang == "zh") == bool(re.search(r"[\u4e00-\u9fff]", body.split("\n")[2]))


def test_the_key_table_holds_the_headline_figures(brief: Any) -> None:
    lang, result, _, doc = brief
    head = headline(result)
    rows = {r[0]: r[1:] for r in _cells(doc.tables[0])}
    assert rows[t("headline.status", lang)][0] == head.status_text(lang)
    label = t("headline.cost_total", lang, years=head.years(lang))
    assert rows[label] == [f"{head.cost_total:,.2f}", t("unit.money", lang)]
    per = rows[t("headline.cost_per_person_time", lang)]
    assert per == [f"{head.cost_per_person_time_yuan:,.2f}", t("unit.yuan_per_person_time", lang)]
    assert rows[t("headline.standards_met", lang)][0] == t("headline.no", lang)
    levels = _cells(doc.tables[1])
    assert len(levels) == 1 + 4  # header, three levels and all
    bly = result.by_level_year
    final = bly[(bly["level"] == "county") & (bly["year"] == bly["year"].max())].iloc[0]
    county = next(r for r in levels if r[0] in ("county", "县(区)级"))
    assert county[3] == f"{final['load_ratio_effective']:,.0f}" and county[4] == f"{final['target']:,.0f}"


def test_the_charts_warnings_and_marginal_values_are_in_it(brief: Any) -> None:
    lang, result, out, doc = brief
    assert len(doc.inline_shapes) == len(RUN_CHARTS) == len(list((out / "charts").glob("*.png")))
    body = _text(doc)
    warnings = plan_warnings(result)[1 if lang == "zh" else 0]
    assert warnings and all(w in body for w in warnings)
    assert t("brief.marginal.what", lang) in body
    budget = result.budget
    top = budget["marginal_budget"].max()
    assert top > 0 and f"{top:,.2f}" in body  # the largest marginal value of budget, in its sentence
    assert t("brief.marginal.above_one", lang) in body  # > 1: money serves unmet workload


def test_provenance_closes_the_briefing(brief: Any) -> None:
    lang, _, _, doc = brief
    rows = {r[0]: r[1] for r in _cells(doc.tables[-1])}
    assert rows[t("prov.input_sha256", lang)] == "ab" * 32
    assert rows[t("prov.command_line", lang)] == "staffopt solve tiny.xlsx"


def test_cjk_font_and_language_are_set(brief: Any) -> None:
    _, _, _, doc = brief
    normal = doc.styles["Normal"].element.rPr
    assert normal.rFonts.get(qn("w:eastAsia")) == EAST_ASIA_FONT
    assert normal.find(qn("w:lang")).get(qn("w:eastAsia")) == "zh-CN"
    runs = [r for p in doc.paragraphs for r in p.runs if r.text.strip()]
    assert runs and all(r._r.rPr.rFonts.get(qn("w:eastAsia")) == EAST_ASIA_FONT for r in runs)
    # the header row of every table repeats on each page
    assert all(tab.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None for tab in doc.tables)


def test_the_briefing_is_part_of_the_atomic_run_folder(tight: tuple[Any, Any], tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    data, result = tight
    out = write_run_folder(result, data, tmp_path / "run")
    marker = json.loads((out / MARKER).read_text(encoding="utf-8"))
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert BRIEFING_FILE in marker["entries"] and BRIEFING_FILE in summary["files"]
    before = (out / "plan.xlsx").read_bytes()

    def broken(*args: Any, **kwargs: Any) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(report, "write_run_briefing", broken)
    with pytest.raises(OSError, match="disk full"):
        write_run_folder(result, data, out)
    assert (out / "plan.xlsx").read_bytes() == before and not leftovers(tmp_path)  # the old folder stays


@pytest.mark.libreoffice
def test_a_word_processor_opens_the_chinese_briefing(brief: Any, tmp_path: Path) -> None:
    lang, result, out, _ = brief
    exe = shutil.which("soffice")
    writer = Path("/usr/lib/libreoffice/program/libswlo.so")
    if exe is None or shutil.which("pdftotext") is None or (not writer.exists() and os.name == "posix"):
        if os.environ.get("CI"):
            pytest.fail("LibreOffice Writer and poppler are required under CI: run `make system-deps`")
        pytest.skip("LibreOffice Writer or poppler not installed")
    subprocess.run([exe, f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}", "--headless", "--norestore",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(out / BRIEFING_FILE)],
                   capture_output=True, timeout=180, check=False)
    pdf = tmp_path / "briefing.pdf"
    assert pdf.is_file() and pdf.stat().st_size > 0
    shown = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    flat = re.sub(r"\s+", "", shown)
    assert re.sub(r"\s+", "", t("brief.h.marginals", lang)) in flat
    assert f"{headline(result).cost_total:,.2f}" in flat
