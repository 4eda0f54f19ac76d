"""The command line: write, facts, explain, rules, check, diff, review, tune.

Errors in the input are one line naming the file and what is wrong, exit
status 1; wrong usage exits 2.
"""

from __future__ import annotations

import click

from narrate.cli.checking import check_command
from narrate.cli.reviewing import diff_command, review_command, tune_command
from narrate.cli.writing import (
    explain_command,
    facts_command,
    rules_command,
    write_command,
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="narrate")
def main() -> None:
    """narrate writes statistics articles in bokmål, nynorsk and English from statistics tables."""


for command in (write_command, facts_command, explain_command, rules_command, check_command, diff_command, review_command, tune_command):
    main.add_command(command)
