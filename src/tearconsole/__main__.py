"""Allow ``python -m tearconsole``."""

from tearconsole.cli.main import main

raise SystemExit(main())
