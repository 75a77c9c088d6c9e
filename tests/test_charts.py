"""Charts render offline (self-contained HTML) and Chinese labels really render in PNGs."""

from __future__ import annotations

import json
import os
import re
import shutil
import struct
import zlib
from pathlib import Path
from typing import Any

import altair as alt
import pandas as pd
import pytest

from staffopt.report.charts import (
    CHARTS,
    cjk_font_available,
    configured,
    save_chart,
    write_charts,
)
from staffopt.report.labels import text
from test_report_support import fake_result, tiny_data


def _require_cjk_font() -> None:
    if cjk_font_available() is None:
        if os.environ.get("CI"):
            pytest.fail("no CJK font installed (fonts-noto-cjk); Chinese charts would be blank")
        pytest.skip("no CJK font installed (run `make system-deps`)")


def _png_ink(path: Path) -> int:
    """Number of pixels that are not (nearly) white or transparent, decoding the PNG by hand."""
    raw = path.read_bytes()
    assert raw[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width = 8, b"", 0
    height = depth = ctype = 0
    while pos < len(raw):
        (length,) = struct.unpack(">I", raw[pos:pos + 4])
        kind = raw[pos + 4:pos + 8]
        body = raw[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, ctype = struct.unpack(">IIBB", body[:10])
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    assert depth == 8 and ctype in (2, 6)
    bpp = 4 if ctype == 6 else 3
    data = zlib.decompress(idat)
    stride = width * bpp
    prev = bytearray(stride)
    ink = 0
    i = 0
    for _ in range(height):
        ftype = data[i]
        line = bytearray(data[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            if ftype == 1:
                line[x] = (line[x] + a) & 0xFF
            elif ftype == 2:
                line[x] = (line[x] + b) & 0xFF
            elif ftype == 3:
                line[x] = (line[x] + (a + b) // 2) & 0xFF
            elif ftype == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[x] = (line[x] + pred) & 0xFF
        for x in range(0, stride, bpp):
            alpha = line[x + 3] if bpp == 4 else 255
            if alpha > 64 and min(line[x:x + 3]) < 200:
                ink += 1
        prev = line
    return ink


def _text_only_chart(label: str) -> alt.Chart:
    frame = pd.DataFrame({"t": [label]})
    return alt.Chart(frame).mark_text(size=28).encode(text="t:N").properties(width=260, height=60)


def test_chinese_text_renders_with_the_configured_font(tmp_path: Path) -> None:
    _require_cjk_font()
    label = "人均负荷比 县(区)级"
    html, png = save_chart(_text_only_chart(label), tmp_path, "zh")
    with_font = _png_ink(png)
    # the same chart with a font that does not exist draws no glyphs at all: the check can fail
    missing = _text_only_chart(label).configure(font="No Such Font 123")
    missing.save(str(tmp_path / "missing.png"), format="png", scale_factor=2)
    assert _png_ink(tmp_path / "missing.png") == 0
    assert with_font > 500
    assert json.dumps(cjk_font_available()) in html.read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_report_charts_are_offline_html_and_png(tmp_path: Path, lang: str) -> None:
    _require_cjk_font()
    result = fake_result(tiny_data())
    files = write_charts(result, tmp_path, lang)  # type: ignore[arg-type]
    assert sorted(p.name for p in files) == sorted(f"{s}.{e}" for s in CHARTS for e in ("html", "png"))
    for path in files:
        assert path.stat().st_size > 1000
        if path.suffix == ".html":
            page = path.read_text(encoding="utf-8")
            assert not re.search(r"<script[^>]*\bsrc\s*=", page, re.IGNORECASE)
            assert not re.search(r"<link[^>]*href\s*=\s*[\"']https?:", page, re.IGNORECASE)
            assert "vegaEmbed" in page
            if path.stem == "load_ratio_by_level":
                assert json.dumps(text("chart.load_ratio", lang)) in page
        else:
            assert _png_ink(path) > 1000


def test_configured_sets_the_font_everywhere() -> None:
    spec = configured(_text_only_chart("x")).to_dict()
    font = spec["config"]["font"]
    assert spec["config"]["title"]["font"] == font
    assert spec["config"]["axis"]["labelFont"] == font


def test_fc_list_is_what_the_font_check_uses() -> None:
    if shutil.which("fc-list") is None:
        assert cjk_font_available() is None
    else:
        _require_cjk_font()
        assert cjk_font_available() in {"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei",
                                        "SimHei", "WenQuanYi Micro Hei", "PingFang SC"}


def test_office_names_cannot_break_out_of_the_html_script(tmp_path: Path) -> None:
    evil = "</script><script>alert(1)</script>"
    chart = _text_only_chart(evil)
    html, _ = save_chart(chart, tmp_path, "evil")
    page = html.read_text(encoding="utf-8")
    assert evil not in page
    assert page.count("</script>") == page.count("<script")  # only the page's own elements
    start = page.index("const spec = ") + len("const spec = ")
    spec = json.JSONDecoder().raw_decode(page[start:])[0]
    assert spec["datasets"][next(iter(spec["datasets"]))][0]["t"] == evil


def test_the_vega_bundle_is_kept_on_disk_and_read_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    import vl_convert

    from staffopt.report import charts

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    charts.cache_javascript_bundle()
    bundle: Any = vl_convert.javascript_bundle
    bundle.cache_clear()
    built = bundle()  # no file yet: built by vl-convert, then written
    files = list((tmp_path / "staffopt").glob("vega-bundle-*-default.js"))
    assert len(files) == 1 and files[0].read_text(encoding="utf-8") == built
    assert "<script src" not in built and len(built) > 100_000
    files[0].write_text("// read from the cache\n" + built, encoding="utf-8")
    bundle.cache_clear()
    assert bundle() == "// read from the cache\n" + built  # a new process reads the file
    bundle.cache_clear()


def test_the_same_chart_is_drawn_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import vl_convert

    from staffopt.report import charts

    drawn = []
    real = vl_convert.vegalite_to_png

    def counting(*args: Any, **kwargs: Any) -> Any:
        drawn.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(vl_convert, "vegalite_to_png", counting)
    chart = alt.Chart(pd.DataFrame({"a": [1, 2], "b": [3.5, 4.25]})).mark_bar().encode(x="a:O", y="b:Q")
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    first = charts.save_chart(chart, tmp_path / "one", "c")
    second = charts.save_chart(chart, tmp_path / "two", "c")
    assert first[1].read_bytes() == second[1].read_bytes() and first[1].read_bytes().startswith(b"\x89PNG")
    assert len(drawn) == 1  # the second one came from the cache
    other = alt.Chart(pd.DataFrame({"a": [1, 2], "b": [3.5, 5.0]})).mark_bar().encode(x="a:O", y="b:Q")
    charts.save_chart(other, tmp_path / "two", "d")
    assert len(drawn) == 2  # other data: drawn again
