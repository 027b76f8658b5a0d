"""The program's parts, one sub-package each, one tab and one form spec per record kind.

``parts/<part>/page.py`` hosts the part's tabs (``kit.record_page.RecordPage``);
``parts/<part>/<kind>_tab.py`` is one record kind's tab (``kit.record_tab.RecordTab``)
and ``parts/<part>/<kind>_form.py`` the fields of its forms (``kit.form_fields``).
"""
