"""``python -m sanzhi_desktop`` runs the same entry point as the ``sanzhi`` script."""

from sanzhi_desktop.cli import main

raise SystemExit(main())
