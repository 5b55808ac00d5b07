"""``--help`` in the chosen language, without touching how each command is declared.

Commands keep their help in English where they are defined; ``TranslatedParser`` looks
every help, description and argparse's own words ("usage:", "options") up in the
catalogue when help is printed (context ``CliHelp``, from ``memory_ja.tsv``). In English
nothing is read. Subcommand parsers are of the same class, so they are translated too.
"""

from __future__ import annotations

import argparse
from typing import Any

from tearconsole.i18n import current_language, translate


def _words(text: str) -> str:
    return translate("CliHelp", text) if text and current_language() != "en" else text


class TranslatedFormatter(argparse.HelpFormatter):
    def _expand_help(self, action: argparse.Action) -> str:
        if action.help:
            action.help = _words(action.help)
        return super()._expand_help(action)

    def add_text(self, text: str | None) -> None:
        super().add_text(_words(text) if text and text != argparse.SUPPRESS else text)

    def start_section(self, heading: str | None) -> None:
        super().start_section(_words(heading) if heading else heading)

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        # argparse asks with prefix "" to build a subcommand's name: that stays "".
        super().add_usage(usage, actions, groups, _words("usage: ") if prefix is None else prefix)


class TranslatedParser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", TranslatedFormatter)
        super().__init__(*args, **kwargs)
