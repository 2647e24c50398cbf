"""Entry point of the packaged console command (`visadesk`): the same CLI as the venv's, which
opens the desktop app when no sub-command is given."""

from visadesk.cli.main import main

if __name__ == "__main__":
    raise SystemExit(main())
