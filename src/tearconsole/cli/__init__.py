"""The ``tearconsole`` command: the GUI by default, every capability as a subcommand."""
