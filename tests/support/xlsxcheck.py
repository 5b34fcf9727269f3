#!/usr/bin/python3
"""Describes an .xlsx workbook as JSON, read independently of the code that wrote it.

Usage: xlsxcheck.py FILE.xlsx          (exit 0 and JSON on stdout; exit 3 when openpyxl is missing)

Two readers look at the file: openpyxl (cell values and types, number formats, freeze panes, autofilters,
tables, print setup, conditional formats, document properties) and the package itself through zipfile and
ElementTree (the raw cell types and formulas in the sheet XML, column widths and hidden columns, workbook.xml,
docProps/app.xml, and the chart parts with their series ranges and titles). The Qt tests in tests/export run it
and compare the description with what they wrote.
"""
import datetime
import json
import posixpath
import sys
import zipfile
import xml.etree.ElementTree as ET

try:
    import openpyxl
except ImportError:
    print("openpyxl is not installed", file=sys.stderr)
    sys.exit(3)

NS = {
    "m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
    "c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "xdr": "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
    "ep": "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
}
R_ID = "{%s}id" % NS["r"]


def json_value(v):
    if isinstance(v, (datetime.datetime, datetime.date)):
        return v.isoformat()
    return v


def rels_of(zf, part):
    """The relationships of a part: {rId: absolute target}."""
    folder, name = posixpath.split(part)
    rels = posixpath.join(folder, "_rels", name + ".rels")
    if rels not in zf.namelist():
        return {}
    out = {}
    for r in ET.fromstring(zf.read(rels)).findall("rel:Relationship", NS):
        target = r.get("Target")
        if target.startswith("/"):
            target = target[1:]
        else:
            target = posixpath.normpath(posixpath.join(folder, target))
        out[r.get("Id")] = target
    return out


def text_of(element):
    return "".join(t.text or "" for t in element.iter("{%s}t" % NS["a"])) if element is not None else None


def formula(element, path):
    f = element.find(path, NS) if element is not None else None
    return f.text if f is not None else None


def chart_description(zf, part):
    root = ET.fromstring(zf.read(part))
    chart = root.find("c:chart", NS)
    title = chart.find("c:title", NS)
    plots = []
    for plot in chart.find("c:plotArea", NS):
        tag = plot.tag.split("}")[1]
        if not tag.endswith("Chart"):
            continue
        info = {"type": tag, "series": []}
        for key in ("barDir", "grouping", "scatterStyle"):
            e = plot.find("c:" + key, NS)
            if e is not None:
                info[key] = e.get("val")
        for ser in plot.findall("c:ser", NS):
            trend = ser.find("c:trendline/c:trendlineType", NS)
            info["series"].append({
                "name": formula(ser, "c:tx/c:strRef/c:f"),
                "name_text": text_of(ser.find("c:tx", NS)) or formula(ser, "c:tx/c:v"),
                "categories": formula(ser, "c:cat//c:f"),
                "values": formula(ser, "c:val//c:f"),
                "x": formula(ser, "c:xVal//c:f"),
                "y": formula(ser, "c:yVal//c:f"),
                "trendline": trend.get("val") if trend is not None else None,
                "cached_points": len(ser.findall(".//c:val//c:pt", NS)) + len(ser.findall(".//c:yVal//c:pt", NS)),
            })
        plots.append(info)
    return {"part": part, "title": text_of(title) if title is not None else None, "plots": plots}


def raw_sheet(zf, part):
    """Cell types and formulas as stored, the <cols> widths, and the charts drawn on the sheet."""
    root = ET.fromstring(zf.read(part))
    cells = {}
    for c in root.iter("{%s}c" % NS["m"]):
        cells[c.get("r")] = {"t": c.get("t", "n"), "formula": c.find("m:f", NS) is not None}
    cols = []
    for col in root.iter("{%s}col" % NS["m"]):
        cols.append({"min": int(col.get("min")), "max": int(col.get("max")),
                     "width": float(col.get("width", "0")), "hidden": col.get("hidden") in ("1", "true")})
    charts = []
    rels = rels_of(zf, part)
    for drawing in root.findall("m:drawing", NS):
        drawing_part = rels[drawing.get(R_ID)]
        drawing_rels = rels_of(zf, drawing_part)
        droot = ET.fromstring(zf.read(drawing_part))
        for anchor in droot:
            frm = anchor.find("xdr:from", NS)
            for ch in anchor.iter("{%s}chart" % NS["c"]):
                desc = chart_description(zf, drawing_rels[ch.get(R_ID)])
                if frm is not None:
                    desc["anchor"] = [int(frm.find("xdr:row", NS).text), int(frm.find("xdr:col", NS).text)]
                charts.append(desc)
    return cells, cols, charts


def describe(path):
    zf = zipfile.ZipFile(path)
    book_root = ET.fromstring(zf.read("xl/workbook.xml"))
    book_rels = rels_of(zf, "xl/workbook.xml")
    sheet_parts = {}
    for s in book_root.find("m:sheets", NS):
        sheet_parts[s.get("name")] = book_rels[s.get(R_ID)]
    defined = {}
    for d in book_root.iter("{%s}definedName" % NS["m"]):
        defined.setdefault(d.get("name"), []).append(d.text)

    wb = openpyxl.load_workbook(path)
    props = wb.properties
    company = None
    if "docProps/app.xml" in zf.namelist():
        e = ET.fromstring(zf.read("docProps/app.xml")).find("ep:Company", NS)
        company = e.text if e is not None else None
    out = {
        "properties": {"title": props.title, "subject": props.subject, "creator": props.creator,
                       "company": company, "created": json_value(props.created)},
        "sheet_names": wb.sheetnames,
        "defined_names": defined,
        "sheets": [],
    }
    for ws in wb.worksheets:
        raw_cells, cols, charts = raw_sheet(zf, sheet_parts[ws.title])
        cells = {}
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is None:
                    continue
                raw = raw_cells.get(cell.coordinate, {})
                cells[cell.coordinate] = {
                    "v": json_value(cell.value), "t": cell.data_type, "fmt": cell.number_format,
                    "bold": bool(cell.font and cell.font.b), "xml_t": raw.get("t"), "formula": raw.get("formula"),
                }
        conditional = []
        for rng, rules in ws.conditional_formatting._cf_rules.items():
            for rule in rules:
                fill = rule.dxf.fill.fgColor.rgb if rule.dxf and rule.dxf.fill and rule.dxf.fill.fgColor else None
                bg = rule.dxf.fill.bgColor.rgb if rule.dxf and rule.dxf.fill and rule.dxf.fill.bgColor else None
                conditional.append({"range": str(rng.sqref), "type": rule.type, "operator": rule.operator,
                                    "formula": list(rule.formula or []), "fill": bg or fill})
        ps = ws.page_setup
        out["sheets"].append({
            "name": ws.title,
            "max_row": ws.max_row,
            "max_column": ws.max_column,
            "freeze": ws.freeze_panes,
            "autofilter": ws.auto_filter.ref,
            "tables": [{"name": t.name, "ref": t.ref, "headers": [c.name for c in t.tableColumns]}
                       for t in ws.tables.values()],
            "cols": cols,
            "cells": cells,
            "conditional": conditional,
            "print": {"orientation": ps.orientation, "fit_width": 1 if ps.fitToWidth is None else ps.fitToWidth,  # absent: the default 1
                      "fit_height": 1 if ps.fitToHeight is None else ps.fitToHeight,
                      "fit_to_page": bool(ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage),
                      "title_rows": ws.print_title_rows, "footer": ws.oddFooter.center.text},
            "charts": charts,
        })
    return out


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        sys.exit(1)
    json.dump(describe(sys.argv[1]), sys.stdout, ensure_ascii=False, indent=1)
