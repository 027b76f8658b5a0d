"""The to-do list imports only the services modules that hold a provider, and all of them."""

from __future__ import annotations

import subprocess
import sys

from sanzhi_desktop.services import todo


def test_every_provider_lives_in_a_module_the_list_imports() -> None:
    todo.import_every_services_module()
    assert todo.registered_provider_modules() == set(todo.PROVIDER_MODULES)


def test_the_list_imports_no_other_services_module() -> None:
    code = (
        "import sys\n"
        "from sanzhi_desktop.services import todo\n"
        "todo._import_services()\n"
        "print(','.join(sorted(todo.registered_provider_modules())))\n"
        "heavy = ('sanzhi_desktop.services.sync', 'sanzhi_desktop.services.keys',\n"
        "         'sanzhi_desktop.services.binder', 'reportlab', 'pyrage')\n"
        "print('HEAVY:' + ','.join(m for m in heavy if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    found, heavy = result.stdout.strip().splitlines()[-2:]
    assert set(found.split(",")) == set(todo.PROVIDER_MODULES)
    assert heavy == "HEAVY:"
