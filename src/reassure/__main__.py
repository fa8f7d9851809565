"""`python -m reassure`: the same command line as the `reassure` script. (Ctrl-C while
importing is held by the package itself, `reassure/__init__.py`, before this file runs.)"""

from reassure.cli import run

run()
