"""The one text catalog of staffopt: every text a user sees, in every language.

A text is named by a key (``"input.offices.level"``, ``"problem.line"`` …) and rendered at the
edge with :func:`t` from the key, a language and its parameters; code never spells a user-facing
sentence itself. Each language is one module of this package holding one dict ``TEXTS``
(key → template); a template names its parameters as :meth:`str.format` does
(``"{n} problem(s) in {source}"``). A key missing from a language is an error
(:class:`MissingText`), never a silent fall back to English.

Why one module of dicts and not gettext catalogs: the message ids of gettext are the English
sentences, and gettext answers a missing translation with that English sentence, which is the
fallback this project forbids; ``.po`` files also need an extract/compile step (Babel) and
compiled ``.mo`` files in the package. A dict per language is plain Python: the test suite
checks that every key exists in every language with the same placeholders, mypy and ruff see
it, and nothing has to be built.

Adding a language (see ``docs/architecture.md``): copy ``en.py`` to ``<code>.py`` and translate
every value, then add the code to :data:`LANGS` and :data:`Lang` below (and its locale prefix to
:data:`LOCALE_PREFIXES`). Everything else — the ``--lang`` choices, the header spellings the
reader accepts, the choice values accepted in cells and ``--set`` — is derived from the catalog.
"""

from __future__ import annotations

import importlib
import string
from collections.abc import Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, Literal, cast

Lang = Literal["en", "zh"]
#: Every language staffopt speaks, in the order ``--lang`` lists them; the first is the default
#: when neither the workbook, ``STAFFOPT_LANG`` nor the system locale says otherwise.
LANGS: tuple[Lang, ...] = ("en", "zh")
#: Locale names that select a language (``zh_CN.UTF-8`` → ``zh``); compared case-insensitively.
LOCALE_PREFIXES: dict[str, Lang] = {"zh": "zh", "en": "en"}


#: Placeholders a translation may leave out (every other one it must use, as English does): the
#: other-language names English shows beside a sheet or column name, and click's English type name.
OPTIONAL_PLACEHOLDERS: frozenset[str] = frozenset({"also_sheet", "also_column", "number_type"})


class MissingText(KeyError):  # noqa: N818 - reads as "the text is missing"
    """A key that the catalog of a language does not have (a bug: every key exists in every language)."""


_CATALOGS: dict[str, Mapping[str, str]] = {}
_EXTRA: list[Lang] = []


def languages() -> tuple[Lang, ...]:
    """Every language with a catalog: :data:`LANGS` and any registered with :func:`register_language`."""
    return (*LANGS, *_EXTRA)


def catalog(lang: str) -> Mapping[str, str]:
    """The texts of ``lang`` (key → template); :class:`MissingText` for a language staffopt does not speak."""
    found = _CATALOGS.get(lang)
    if found is None:
        if lang not in LANGS:
            raise MissingText(f"no text catalog for language {lang!r}")
        module = importlib.import_module(f"staffopt.text.{lang}")
        found = _CATALOGS[lang] = module.TEXTS
    return found


def register_language(lang: str, texts: Mapping[str, str]) -> None:
    """Make ``texts`` the catalog of ``lang`` (a test shows so that a new language needs only a catalog)."""
    _CATALOGS[lang] = texts
    if lang not in LANGS and lang not in _EXTRA:
        _EXTRA.append(cast(Lang, lang))  # a language only a test speaks


def unregister_language(lang: str) -> None:
    """Forget a catalog registered with :func:`register_language` (a test's clean-up)."""
    if lang not in LANGS:
        _CATALOGS.pop(lang, None)
        if lang in _EXTRA:
            _EXTRA.remove(lang)


_CURRENT: ContextVar[str] = ContextVar("staffopt_lang", default=LANGS[0])


def set_lang(lang: str) -> None:
    """Make ``lang`` the language of the command line from now on (the edge: errors, help, click)."""
    _CURRENT.set(lang)


def current_lang() -> Lang:
    """The language the command line speaks (set by :func:`set_lang`; English until then)."""
    return cast(Lang, _CURRENT.get())


def has(key: str, lang: str = "en") -> bool:
    """Tell whether ``key`` exists (in ``lang``'s catalog)."""
    return key in catalog(lang)


def t(key: str, lang: str, /, **params: Any) -> str:
    """Render text ``key`` in ``lang`` with ``params`` (a :class:`Msg` parameter is rendered in ``lang`` too).

    Raises :class:`MissingText` when ``lang``'s catalog lacks ``key``: no other language stands in.
    """
    texts = catalog(lang)
    try:
        template = texts[key]
    except KeyError:
        raise MissingText(f"text {key!r} is missing from the {lang!r} catalog") from None
    if not params:
        return template.format()
    return template.format(**{name: render(value, lang) for name, value in params.items()})


def render(value: Any, lang: str) -> Any:
    """``value`` as shown in ``lang``: a :class:`Msg` is rendered, anything else is returned as it is."""
    return value.render(lang) if isinstance(value, Msg) else value


def placeholders(template: str) -> frozenset[str]:
    """Names of the parameters a template uses (``"{n} of {total:,d}"`` → ``{"n", "total"}``)."""
    return frozenset(name for _, name, _, _ in string.Formatter().parse(template) if name)


@dataclass(frozen=True)
class Msg:
    """A text not yet rendered: its key and parameters. Rendered at the edge in the user's language.

    ``str(msg)`` is the English text (for logs, ``repr`` and exceptions nobody shows a user).
    """

    key: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def __init__(self, key: str, /, **params: Any) -> None:
        """A message ``key`` with ``params`` (values may be :class:`Msg` themselves)."""
        object.__setattr__(self, "key", key)
        object.__setattr__(self, "params", params)

    def render(self, lang: str) -> str:
        """The text in ``lang``."""
        return t(self.key, lang, **self.params)

    def __str__(self) -> str:
        """The English text."""
        return self.render("en")

    def __contains__(self, part: object) -> bool:
        """Tell whether ``part`` is a substring of the English text (``"row 2" in problem.expected``)."""
        return isinstance(part, str) and part in str(self)

    def __hash__(self) -> int:
        """Hash of key and parameters (parameters that cannot be hashed count by their text)."""
        return hash((self.key, tuple(sorted((k, repr(v)) for k, v in self.params.items()))))


@dataclass(frozen=True, init=False)
class Join(Msg):
    """Several texts joined by the list separator of the language (``", "`` / ``"、"``)."""

    def __init__(self, items: tuple[Any, ...], sep: str = "list.sep") -> None:
        """Join ``items`` (texts, numbers or :class:`Msg`) with the separator text ``sep``."""
        super().__init__(sep, items=tuple(items))

    def render(self, lang: str) -> str:
        """The items in ``lang``, separated."""
        sep = t(self.key, lang)
        return sep.join(str(render(item, lang)) for item in self.params["items"])


@dataclass(frozen=True, init=False)
class Verbatim(Msg):
    """A text that is the same in every language (a file name, a key, a formula): rendered as it is."""

    def __init__(self, text: str) -> None:
        """Wrap ``text``."""
        super().__init__("", text=text)

    def render(self, lang: str) -> str:
        """``text`` itself."""
        return str(self.params["text"])


def all_langs(key: str, /, **params: Any) -> tuple[str, ...]:
    """``key`` rendered in every language (for the spellings the reader accepts)."""
    return tuple(t(key, lang, **params) for lang in languages())
