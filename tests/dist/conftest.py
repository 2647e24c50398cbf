"""tests/dist: the packaged app, tested as a user would run it. Collected only by `make test-dist`
(VISADESK_TEST_DIST=1, after `make dist`), never by the default `make test`."""

import os

collect_ignore_glob = [] if os.environ.get("VISADESK_TEST_DIST") else ["test_*.py"]
