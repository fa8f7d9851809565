"""`python -m reassure`: the same command line as the `reassure` script."""

from reassure._startup import hold_ctrl_c_while_starting

hold_ctrl_c_while_starting()  # a Ctrl-C while importing: one word, status 130 (`main()` restores)

from reassure.cli import run  # noqa: E402

run()
