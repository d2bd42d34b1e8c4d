"""Prints the first worksheet of an .xlsx file as JSON, each cell with the type openpyxl read:
{"t": "str" | "num" | "datetime" | "none", "v": value}. Used by the export tests as a real reader."""
import json
import sys

import openpyxl

book = openpyxl.load_workbook(sys.argv[1], read_only=True)
sheet = book.worksheets[0]
rows = []
for row in sheet.iter_rows(values_only=True):
    cells = []
    for value in row:
        if value is None:
            cells.append({"t": "none", "v": None})
        elif isinstance(value, bool):
            cells.append({"t": "bool", "v": value})
        elif isinstance(value, (int, float)):
            cells.append({"t": "num", "v": value})
        elif hasattr(value, "isoformat"):
            cells.append({"t": "datetime", "v": value.isoformat()})
        else:
            cells.append({"t": "str", "v": str(value)})
    rows.append(cells)
json.dump({"sheet": sheet.title, "rows": rows}, sys.stdout, ensure_ascii=False)
