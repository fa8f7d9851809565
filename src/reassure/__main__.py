"""`python -m reassure`: the same command line as the `reassure` script."""

from reassure.cli import run

run()
