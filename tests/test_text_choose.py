"""The language of a run without --lang: the workbook's, else STAFFOPT_LANG, else the locale (issue 11.2)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from helpers_text import clear_language
from helpers_workbook import write_xlsx
from staffopt.text.choose import choose_lang, lang_of_name, system_lang, workbook_lang

MakeInput = Callable[..., Path]


@pytest.fixture(autouse=True)
def _no_language_in_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    clear_language(monkeypatch)


def test_workbook_language_from_its_headers(make_input: MakeInput, tmp_path: Path) -> None:
    assert workbook_lang(make_input(lang="zh")) == "zh"
    assert workbook_lang(make_input(lang="en")) == "en"
    # keys as headers say nothing (office_id is no label); the Chinese sheet name decides
    keys = [["office_id", "actual_staff", "cost_staff"], ["P1", 3, 1.0]]
    assert workbook_lang(write_xlsx(tmp_path / "k.xlsx", {"机构": keys})) == "zh"
    assert workbook_lang(write_xlsx(tmp_path / "k2.xlsx", {"offices": keys})) is None
    assert workbook_lang(write_xlsx(tmp_path / "k3.xlsx", {"Sheet1": keys})) is None
    # not a workbook, or no file at all: no language
    (tmp_path / "x.xlsx").write_text("not a zip", encoding="utf-8")
    assert workbook_lang(tmp_path / "x.xlsx") is None
    assert workbook_lang(None) is None and workbook_lang(tmp_path / "missing.xlsx") is None


def test_order_of_the_sources(make_input: MakeInput, monkeypatch: pytest.MonkeyPatch) -> None:
    zh_book, en_book = make_input(lang="zh"), make_input(lang="en")
    assert choose_lang(None, None) == "en"  # nothing says otherwise
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert choose_lang(None, None) == "zh"  # the locale
    monkeypatch.setenv("STAFFOPT_LANG", "en")
    assert choose_lang(None, None) == "en"  # STAFFOPT_LANG before the locale
    assert choose_lang(None, zh_book) == "zh"  # the workbook before STAFFOPT_LANG
    monkeypatch.setenv("STAFFOPT_LANG", "zh")
    assert choose_lang(None, en_book) == "en"
    assert choose_lang("en", zh_book) == "en" and choose_lang("zh", en_book) == "zh"  # --lang first


@pytest.mark.parametrize(("env", "lang"), [
    ({"LANG": "zh_CN.UTF-8"}, "zh"), ({"LANG": "zh_TW"}, "zh"), ({"LANG": "en_US.UTF-8"}, "en"),
    ({"LC_ALL": "zh_CN.GB18030", "LANG": "en_US"}, "zh"), ({"LC_ALL": "C", "LANG": "zh_CN"}, None),
    ({"LC_MESSAGES": "zh_SG", "LANG": "en_GB"}, "zh"), ({}, None),
])
def test_system_locale(env: dict[str, str], lang: str | None, monkeypatch: pytest.MonkeyPatch) -> None:
    for var, value in env.items():
        monkeypatch.setenv(var, value)
    assert system_lang() == lang


def test_windows_locale_names() -> None:
    assert lang_of_name("Chinese (Simplified)_China.936") == "zh"
    assert lang_of_name("English_United States.1252") is None  # an unknown name: no language
    assert lang_of_name("zh-Hans") == "zh" and lang_of_name("ZH") == "zh" and lang_of_name("") is None
