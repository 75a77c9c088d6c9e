"""Ctrl-C (SIGINT) and SIGTERM: one line, exit status 130, no worker process and no partial output left.

:func:`install` (called first by the ``staffopt`` entry point, :mod:`staffopt.__main__`, before
the command's modules are imported, and again by :func:`staffopt.cli.main`) replaces Python's
handlers of SIGINT and SIGTERM. The first signal raises :class:`Interrupted`, a
``BaseException``: no ``except Exception`` (ours or a library's) swallows it, and every cleanup
on the way out runs — ``atomic_folder`` removes its temporary folder, a sweep cancels its tasks
and closes its Dask cluster. From that moment the libraries' loggers are silenced
(:func:`quiet`: a cluster that is shut down early logs ``CancelledError`` tracebacks) and
further signals are ignored, so the cleanup is not cut short. :func:`stop` then kills any
child process still alive (:func:`reap_children`), prints one line and exits with status 130.
A command that ends otherwise ignores both signals from then on (its exit is not cut short);
:func:`restore` gives a caller that ran it in-process (:func:`staffopt.cli.main`) its own
handlers back.

Worker processes must not react to the terminal's Ctrl-C themselves (the terminal sends it to
the whole process group): :func:`sigint_blocked` blocks SIGINT while a local cluster starts, so
the cluster's threads and the workers they start inherit the block (a forked worker also
inherits the handler below, which ignores SIGINT in any process but the command's own). They
are stopped by the command instead.
"""

from __future__ import annotations

# Only modules Python has loaded at start-up: this module is imported first by the entry point,
# and an interrupt before install() ran would still print a traceback. Others are imported
# where they are needed.
import os
import signal
import sys
from typing import TYPE_CHECKING, Any, NoReturn

if TYPE_CHECKING:
    from collections.abc import Iterator
    from contextlib import AbstractContextManager
    from types import FrameType

#: Exit status of a command stopped by SIGINT or SIGTERM (128 + SIGINT, as shells report Ctrl-C).
EXIT_INTERRUPTED = 130
#: Signals that stop a command cleanly.
SIGNALS: tuple[signal.Signals, ...] = (signal.SIGINT, signal.SIGTERM)
#: Loggers silenced once a command is interrupted (their shutdown noise is not the user's concern).
NOISY_LOGGERS = ("distributed", "dask", "tornado", "asyncio", "bokeh")

_state: dict[str, Any] = {"owner": None, "interrupted": False, "signum": None}


class Interrupted(BaseException):
    """The command received SIGINT or SIGTERM (``signum``)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum

    @property
    def name(self) -> str:
        """The signal's name, e.g. ``SIGINT``."""
        return signal.Signals(self.signum).name


def _handler(signum: int, _frame: FrameType | None) -> None:
    if os.getpid() != _state["owner"]:
        # a worker forked from the command inherits this handler: Ctrl-C is the command's
        # business; SIGTERM (the command stopping it) ends it as by default
        if signum == signal.SIGTERM:
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
        return
    if _state["interrupted"]:
        return  # already stopping: let the cleanup finish
    _state["interrupted"] = True
    _state["signum"] = signum
    quiet()
    raise Interrupted(signum)


def install() -> bool:
    """Handle SIGINT and SIGTERM as described above; returns False off the main thread (nothing done)."""
    _state["owner"] = os.getpid()
    _state["interrupted"] = False
    _state["signum"] = None
    try:
        for sig in SIGNALS:
            signal.signal(sig, _handler)
    except ValueError:  # not the main thread: signals are the main thread's
        return False
    return True


def handlers() -> dict[signal.Signals, Any]:
    """The handlers of :data:`SIGNALS` in place now, to give back with :func:`restore`."""
    return {sig: signal.getsignal(sig) for sig in SIGNALS}


def restore(previous: dict[signal.Signals, Any]) -> None:
    """Give back the handlers ``previous`` (:func:`handlers`) once a command run in-process is over.

    The command ends with its signals ignored (a late one must not cut its exit short); a caller
    that ran it in its own process (a test, a script calling :func:`staffopt.cli.main`) gets its
    own handlers back. Two cases keep the signals ignored instead: ``previous`` is this module's
    own handler — the ``staffopt`` entry point installed it and ends the process next, and a
    signal during that exit must not print a traceback — or the main thread is not this one.
    A handler not set from Python (``None``) comes back as ``SIG_DFL``.
    """
    for sig, handler in previous.items():
        if handler is _handler:
            continue
        try:
            signal.signal(sig, signal.SIG_DFL if handler is None else handler)
        except ValueError:  # not the main thread: signals are the main thread's
            return


def interrupted() -> bool:
    """Tell whether this process (the command's, with :func:`install` done) has received a signal."""
    return bool(_state["interrupted"]) and _state["owner"] == os.getpid()


def installed() -> bool:
    """Tell whether :func:`install` ran in this process (the command's own, not a worker)."""
    return _state["owner"] == os.getpid()


def check() -> None:
    """Raise :class:`Interrupted` again if a signal arrived whose exception was lost.

    An exception raised while C++ code runs a Python callback (a HiGHS progress callback) is
    swallowed at that boundary; code that called such C++ code calls this when it returns.
    """
    if interrupted():
        raise Interrupted(_state["signum"])


def quiet() -> None:
    """Silence the libraries' loggers, warnings and thread/unraisable-exception hooks for good."""
    import logging
    import threading
    import warnings

    manager = logging.Logger.manager
    for name in list(manager.loggerDict):
        if name.split(".")[0] in NOISY_LOGGERS:
            logger = logging.getLogger(name)
            logger.setLevel(logging.CRITICAL + 1)
            logger.disabled = True
    for name in NOISY_LOGGERS:
        logging.getLogger(name).disabled = True
    warnings.simplefilter("ignore")
    threading.excepthook = lambda _args: None
    sys.unraisablehook = lambda _args: None


def sigint_blocked() -> AbstractContextManager[None]:
    """Block SIGINT in this thread for the block; threads begun inside (and their processes) keep it blocked.

    A signal that arrives meanwhile stays pending and is handled when the block ends. Where
    ``pthread_sigmask`` does not exist (Windows) nothing is blocked.
    """
    import threading
    from contextlib import contextmanager

    @contextmanager
    def blocked() -> Iterator[None]:
        if not hasattr(signal, "pthread_sigmask") or threading.current_thread() != threading.main_thread():
            yield
            return
        old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        try:
            yield
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, old)

    return blocked()


def reap_children(timeout: float = 1.0) -> list[int]:
    """Stop every process this one started that is still alive; return their ids.

    Each gets SIGTERM, and SIGKILL after ``timeout`` seconds (multiprocessing's resource tracker
    ignores SIGTERM).
    """
    import psutil

    try:
        children = psutil.Process().children(recursive=True)
    except psutil.Error:
        return []
    for child in children:
        try:
            child.terminate()
        except psutil.Error:
            continue
    _gone, alive = psutil.wait_procs(children, timeout=timeout)
    for child in alive:
        try:
            child.kill()
        except psutil.Error:
            continue
    psutil.wait_procs(alive, timeout=timeout)
    return [c.pid for c in children]


def lang_of(argv: list[str]) -> str:
    """``zh`` when the command line asks for ``--lang zh`` (:func:`stop` speaks the run's own)."""
    for i, arg in enumerate(argv):
        if arg == "--lang=zh" or (arg == "--lang" and argv[i + 1:i + 2] == ["zh"]):
            return "zh"
    return "en"


def stop(exc: Interrupted, argv: list[str]) -> NoReturn:
    """End the process after an interrupt: children stopped, one line on stderr, exit status 130.

    The cleanups (temporary folders, the Dask cluster) ran while :class:`Interrupted` unwound;
    ``os._exit`` then skips the interpreter's own shutdown, where library threads and exit
    handlers would print again.
    """
    from contextlib import suppress

    from staffopt.text import current_lang

    quiet()
    reap_children()
    with suppress(OSError, ValueError):  # a closed pipe
        sys.stdout.flush()
    with suppress(OSError, ValueError):
        sys.stderr.write(message(exc, current_lang()) + "\n")
        sys.stderr.flush()
    os._exit(EXIT_INTERRUPTED)


def message(exc: Interrupted, lang: str = "en") -> str:
    """The one line printed for an interrupted command."""
    key = "Ctrl-C" if exc.signum == signal.SIGINT else exc.name
    from staffopt.text import t

    return t("cli.interrupted", lang, key=key)
