#!/usr/bin/python3
# Dumps an .xlsx workbook as JSON with python3-openpyxl, an independent reader for the export tests: every sheet's
# cells with their type ("s", "n", "b", "d" for dates) and number format, hidden columns, frozen pane, autofilter.
# Usage: /usr/bin/python3 xlsxdump.py FILE.xlsx
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": []}
for ws in wb.worksheets:
    rows = []
    for row in ws.iter_rows():
        cells = []
        for c in row:
            if c.value is None:
                cells.append(None)
            elif c.is_date:
                cells.append(["d", c.value.isoformat(), c.number_format])
            else:
                cells.append([c.data_type, c.value, c.number_format])
        rows.append(cells)
    hidden = [k for k, d in ws.column_dimensions.items() if d.hidden]
    # A range of hidden columns is one dimension entry: spread it over its letters.
    for k, d in list(ws.column_dimensions.items()):
        if d.hidden and d.min and d.max:
            hidden += [openpyxl.utils.get_column_letter(i) for i in range(d.min, d.max + 1)]
    out["sheets"].append({"name": ws.title, "rows": rows, "hidden": sorted(set(hidden)),
                          "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref})
print(json.dumps(out, default=str))
