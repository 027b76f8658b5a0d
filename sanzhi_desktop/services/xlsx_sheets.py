"""Why a workbook's roster sheet looks empty, when it is not: said instead of "缺少这一列".

Two cases that clerks meet and that the plain reader reports as missing
columns or empty cells:

- the roster is on another sheet than the one read (the first one holds a
  cover page or the 填写说明);
- the cells are formulas whose results were never saved in the file: a
  workbook written by a program (or a web system's export) keeps only the
  formula, and only Excel or WPS computes and stores the value when it saves.

Both are only looked for when the first reading found something missing,
so a good file is read once.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from sanzhi_desktop.domain.errors import RefusedError
from sanzhi_desktop.domain.lang import msg

#: Rows of each other sheet looked at for a header.
_SCAN_ROWS = 10
#: How many formula cells the message names.
_NAMED = 3


def _open(path: Path, *, data_only: bool) -> Any:
    from openpyxl import load_workbook

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_workbook(path, read_only=True, data_only=data_only)


def refuse_roster_elsewhere(
    path: Path, read_title: str, looks_like_header: Callable[[tuple[Any, ...]], bool]
) -> None:
    """Raise when another sheet of ``path`` holds the roster's header; else return."""
    try:
        workbook = _open(path, data_only=True)
    except Exception:  # the first reading succeeded; a second failure is no news
        return
    try:
        for sheet in workbook.worksheets:
            if sheet.title == read_title or not hasattr(sheet, "iter_rows"):
                continue
            for values in sheet.iter_rows(max_row=_SCAN_ROWS, values_only=True):
                if looks_like_header(tuple(values)):
                    raise RefusedError(
                        msg(
                            f"“{path.name}”里的花名册在工作表“{sheet.title}”上，"
                            f"而程序读的是工作表“{read_title}”。请在Excel或WPS里把"
                            f"“{sheet.title}”拖到最前面（或删掉其他工作表），保存后再导入。",
                            f"The roster in '{path.name}' is on the sheet '{sheet.title}', "
                            f"not on '{read_title}' which was read. Move it to the front "
                            "(or delete the other sheets) and save.",
                        )
                    )
    finally:
        workbook.close()


def refuse_uncached_formulas(
    path: Path,
    title: str,
    header_row: int,
    columns: Mapping[str, int],
    headers: Mapping[str, str],
) -> None:
    """Raise when cells of the roster's columns are formulas without a saved result."""
    try:
        formulas = _open(path, data_only=False)
        values = _open(path, data_only=True)
    except Exception:
        return
    found: list[tuple[int, str, str]] = []
    try:
        if title not in formulas.sheetnames:
            return
        by_index = {index: name for name, index in columns.items()}
        rows = zip(
            formulas[title].iter_rows(min_row=header_row + 1, values_only=True),
            values[title].iter_rows(min_row=header_row + 1, values_only=True),
            strict=False,
        )
        for number, (written, cached) in enumerate(rows, start=header_row + 1):
            for index, name in by_index.items():
                formula = written[index] if index < len(written) else None
                value = cached[index] if index < len(cached) else None
                if isinstance(formula, str) and formula.startswith("=") and value is None:
                    found.append((number, headers[name], formula))
            if len(found) >= _NAMED:
                break
    finally:
        formulas.close()
        values.close()
    if found:
        where = "；".join(f"第{row}行“{header}”：{formula[:40]}" for row, header, formula in found)
        raise RefusedError(
            msg(
                f"“{path.name}”里有公式，但文件没有保存公式的计算结果（{where}）。"
                "这种文件通常是其他程序生成、没有在Excel里保存过的。请在Excel或WPS里打开它，"
                "保存一次（或把这些单元格“复制→选择性粘贴→数值”）后再导入。",
                f"'{path.name}' has formulas whose results were never saved ({where}). Open "
                "it in Excel or WPS and save it once (or paste the cells as values), then "
                "import again.",
            )
        )
