"""The ``staffopt`` entry point (console script and ``python -m staffopt``).

Ctrl-C and SIGTERM are handled from here on (:mod:`staffopt.interrupts`), before the command's
modules are imported (which takes seconds): an interrupt during the imports also ends with one
line and exit status 130, not a traceback.
"""

import sys

from staffopt import interrupts


def main() -> None:
    """Install the interrupt handlers, then import and run the command line."""
    interrupts.install()
    try:
        from staffopt.cli import main as run
    except interrupts.Interrupted as exc:
        interrupts.stop(exc, sys.argv[1:])
    run()


if __name__ == "__main__":
    main()
