"""``python -m staffopt``: the same command line as the ``staffopt`` console script."""

from staffopt.cli import main

if __name__ == "__main__":
    main()
