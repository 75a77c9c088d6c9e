"""Messages a first-time user meets: init refusals (en/zh), file modes, option problems, OS errors."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from staffopt.cli import cli, main
from staffopt.commands import workbook_cmds
from staffopt.errors import EXIT_INPUT, FILE_SHEET, InputError, Problem
from staffopt.text import Msg


def run(*args: str) -> Result:
    result = CliRunner().invoke(cli, list(args))
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


@pytest.mark.parametrize(("lang", "words"), [("en", "is a file, not a folder"), ("zh", "是文件，不是文件夹")])
def test_init_under_a_file_says_so(lang: str, words: str, tmp_path: Path) -> None:
    blocker = tmp_path / "plans.xlsx"
    blocker.write_bytes(b"keep me")
    result = run("init", str(blocker / "new.xlsx"), "--lang", lang)
    assert result.exit_code == EXIT_INPUT
    assert words in result.output
    assert "Errno" not in result.output
    assert blocker.read_bytes() == b"keep me"


@pytest.mark.parametrize(("args", "zh"), [
    (["x.xls"], "必须以 .xlsx 结尾"),
    (["t.xlsx", "--example", "atlantis"], "没有名为 'atlantis' 的示例"),
])
def test_init_refusals_in_chinese(args: list[str], zh: str, tmp_path: Path) -> None:
    result = run("init", str(tmp_path / args[0]), *args[1:], "--lang", "zh")
    assert result.exit_code == EXIT_INPUT
    assert zh in result.output


def test_init_existing_file_in_chinese(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    path.write_bytes(b"keep me")
    result = run("init", str(path), "--lang", "zh")
    assert result.exit_code == EXIT_INPUT and "已存在" in result.output
    assert path.read_bytes() == b"keep me"


@pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")
def test_init_file_is_readable_by_others_per_umask(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        path = tmp_path / "t.xlsx"
        assert run("init", str(path)).exit_code == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644  # not mkstemp's owner-only 0o600


def test_option_problems_name_the_option_not_a_sheet() -> None:
    err = InputError([Problem("--set", None, "target.county", "abc", Msg("expect.float"))], source="--set")
    assert "option --set, key 'target.county': found 'abc'" in str(err.message)
    assert "sheet '--set'" not in str(err.message)
    out = InputError.single("--out", None, None, "/x", Msg("expect.out_folder"))
    assert out.message.startswith("1 problem(s) in the command line:")
    assert "  - option --out: found '/x'; expected a folder" in out.message


def test_file_problems_read_as_the_file() -> None:
    assert str(Problem(FILE_SHEET, None, None, "an empty file", Msg("expect.readable_xlsx"))).startswith(
        "the file: found 'an empty file'")


@pytest.mark.parametrize(("lang_args", "words"), [([], "cannot read or write /ro/out"),
                                                  (["--lang", "zh"], "无法读写 /ro/out")])
def test_unhandled_os_error_is_one_line_exit_2(lang_args: list[str], words: str,
                                              monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    def read_only(*_args: object, **_kw: object) -> str:
        raise OSError(30, "Read-only file system", "/ro/out")

    monkeypatch.setattr(workbook_cmds, "init", read_only)  # the module of ``init``
    with pytest.raises(SystemExit) as info:
        main(["init", "t.xlsx", *lang_args])
    assert info.value.code == EXIT_INPUT
    err = capsys.readouterr().err
    assert words in err and "Read-only file system" in err
    assert "Traceback" not in err


def test_set_refuses_a_decimal_comma_but_takes_thousands() -> None:
    from staffopt.errors import InputError
    from staffopt.settings import Settings

    base = Settings()
    assert base.with_overrides({"target.county": "5,000"})["target.county"] == 5000.0
    with pytest.raises(InputError) as info:
        base.with_overrides({"target.county": "5,5"})
    assert "11,4" in str(info.value) and "'5,5'" in str(info.value)
