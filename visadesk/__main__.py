"""`python -m visadesk` runs the same entry point as the `visadesk` command."""

from visadesk.cli.main import main

raise SystemExit(main())
