"""The record kit: what every record page is built from (ARCHITECTURE.md, "The record kit").

- :mod:`.columns` — a named column of a record table (header, value, how it is shown);
- :mod:`.table_model` — the table model and the pinyin sort over one record class;
- :mod:`.detail_pane` — title, workflow steps, fields and the actions allowed now;
- :mod:`.record_tab` — filter bar + table + detail pane + empty state, one per record kind;
- :mod:`.record_page` — a page that hosts record tabs and knows nothing of their insides;
- :mod:`.form` / :mod:`.form_fields` / :mod:`.lines_editor` — one form component
  for every "new"/"edit"/workflow-step dialog.

Modules are imported by name (``from sanzhi_desktop.gui.kit.record_tab import
RecordTab``); this package imports nothing, so importing one part stays cheap.
"""
