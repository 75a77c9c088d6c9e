"""plan.xlsx opens in a real spreadsheet program: LibreOffice re-saves it and prints it to PDF,
and the re-saved workbook still solves to the same plan.

soffice exits 0 even when a conversion fails, so every check looks for the output file.
Skipped only when soffice is missing *and* CI is not set; under CI=true a missing soffice fails.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from staffopt.cli import cli
from staffopt.report.labels import text
from test_report_support import INJECTION, write_tiny_workbook

pytestmark = pytest.mark.libreoffice


def _soffice() -> str:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        if os.environ.get("CI"):
            pytest.fail("soffice (LibreOffice) is required under CI: run `make system-deps`")
        pytest.skip("soffice (LibreOffice) not installed; run `make system-deps`")
    return exe


def _poppler(tool: str) -> None:
    """Skip (fail under CI) when the poppler-utils program ``tool`` is missing."""
    if shutil.which(tool) is None:
        if os.environ.get("CI"):
            pytest.fail(f"{tool} (poppler-utils) is required under CI")
        pytest.skip(f"{tool} (poppler-utils) not installed")


def _convert(exe: str, src: Path, target: str, outdir: Path, profile: Path) -> Path:
    outdir.mkdir(parents=True, exist_ok=True)
    proc = subprocess.run(
        [exe, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
         "--convert-to", target, "--outdir", str(outdir), str(src)],
        capture_output=True, text=True, timeout=180, check=False,
    )
    ext = target.split(":")[0]
    out = outdir / f"{src.stem}.{ext}"
    assert out.is_file() and out.stat().st_size > 0, (
        f"soffice produced no {out.name} (exit {proc.returncode}): {proc.stdout} {proc.stderr}")
    return out


@pytest.fixture(scope="module")
def solved(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    root = tmp_path_factory.mktemp("lo")
    src = write_tiny_workbook(root / "tiny.xlsx", lang="zh")
    res = CliRunner().invoke(cli, ["solve", str(src), "--out", str(root / "run"), "--lang", "zh", "-q"],
                             catch_exceptions=False)
    assert res.exit_code == 0, res.output
    summary = json.loads((root / "run" / "summary.json").read_text(encoding="utf-8"))
    return root, summary


def test_libreoffice_resaves_and_prints_the_report(solved: tuple[Path, dict]) -> None:
    exe = _soffice()
    root, summary = solved
    plan = root / "run" / "plan.xlsx"
    profile = root / "lo-profile"
    resaved = _convert(exe, plan, "xlsx:Calc MS Excel 2007 XML", root / "resaved", profile)
    pdf = _convert(exe, plan, "pdf", root / "pdf", profile)
    assert pdf.read_bytes()[:5] == b"%PDF-"

    wb = openpyxl.load_workbook(resaved)
    assert text("sheet.summary", "zh") in wb.sheetnames and "机构" in wb.sheetnames
    assert len(wb[text("sheet.summary", "zh")]._charts) == 2  # native charts survive
    names = [c.value for c in wb["机构"]["B"]]
    assert INJECTION in names  # still text after a real spreadsheet program saved it

    res = CliRunner().invoke(cli, ["solve", str(resaved), "--out", str(root / "run2"), "-q"],
                             catch_exceptions=False)
    assert res.exit_code == 0, res.output
    again = json.loads((root / "run2" / "summary.json").read_text(encoding="utf-8"))
    assert again["status"] == summary["status"]
    assert again["objective"] == pytest.approx(summary["objective"], rel=1e-6)
    assert again["settings"] == summary["settings"]
    for a, b in zip(again["by_level_year"], summary["by_level_year"], strict=True):
        assert a["level"] == b["level"] and a["year"] == b["year"]
        assert a["cost_total"] == pytest.approx(b["cost_total"], rel=1e-6)
        assert a["staff"] == pytest.approx(b["staff"])


def test_pdf_renders_chinese(solved: tuple[Path, dict]) -> None:
    exe = _soffice()
    _poppler("pdffonts")
    root, _ = solved
    pdf = _convert(exe, root / "run" / "plan.xlsx", "pdf", root / "pdf-fonts", root / "lo-profile2")
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "CJK" in fonts or "Hei" in fonts or "Han" in fonts, fonts


def test_pdf_summary_is_one_page_with_headers_repeated(solved: tuple[Path, dict]) -> None:
    """In a real renderer the summary (run, key figures, cost, budget use) fills page 1 and the
    plan sheet's header row is printed again on its following pages."""
    exe = _soffice()
    _poppler("pdftotext")
    root, _ = solved
    pdf = _convert(exe, root / "run" / "plan.xlsx", "pdf", root / "pdf-pages", root / "lo-profile3")

    def page(n: int) -> str:
        return subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), str(pdf), "-"],
                              capture_output=True, text=True, check=True).stdout

    first = page(1)
    for key in ("summary.title", "summary.key_figures", "summary.cost_by_line", "summary.budget_use"):
        assert text(key, "zh") in first, key
    assert text("summary.chart_data", "zh") not in first  # outside the print area
    footer = text("sheet.plan", "zh")
    plan_pages = [n for n in range(2, 12) if re.search(rf"^{footer}\s+{n} / ", page(n), re.M)]
    assert len(plan_pages) >= 2  # the plan sheet spans pages (two across at least)
    for n in plan_pages:
        assert "机构编号" in page(n) or "机构名称" in page(n), n  # title columns/header repeated
