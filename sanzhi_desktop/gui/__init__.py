"""The Qt GUI: the only package that imports PySide6.

Widgets never write to the database themselves: they call a service and, when
it returns, announce the change on :class:`~sanzhi_desktop.gui.context.Bus`
so every page that shows that table refreshes.
"""
