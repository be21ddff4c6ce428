"""Checks a portfolio.xlsx against the portfolio.xml of the same run, as a spreadsheet user sees it.

Usage: check_portfolio_xlsx.py PORTFOLIO.xlsx PORTFOLIO.xml ; prints one line per problem
(nothing when the workbook is right) and exits 1 when there is any. Opens the file with openpyxl:
sheet names, one Clients row per evaluated client in the XML's (worst-first) order, numbers as
numbers with their formats, dates as dates, a frozen header and a filter on every sheet, no
formulas, each client's change since the previous run, and the Trend sheet's runs.
"""
import sys
import xml.etree.ElementTree as ET

import openpyxl

from checks import day, expect, finish, number

NS = {"p": "urn:bsuid-readiness:portfolio:1"}
PHASES = ["planning", "implementation", "testing"]


def near(a, b, places):
    """True when the cell's `a` is the XML's `b`, which is `a` rounded half away from zero."""
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 0.5 * 10**-places + 1e-9


def main():
    book = openpyxl.load_workbook(sys.argv[1])
    root = ET.parse(sys.argv[2]).getroot()
    clients = root.findall("p:client", NS)
    valid = [c for c in clients if c.get("valid") == "true"]
    invalid = [c for c in clients if c.get("valid") == "false"]
    trend = root.find("p:trend", NS)
    sheets = ["Clients"] + (["Not evaluated"] if invalid else []) + (["Trend"] if trend is not None else [])
    expect(book.sheetnames == sheets, f"sheets: {book.sheetnames}, expected {sheets}")
    expect(book.properties.created == day(root.get("as-of")), f"created {book.properties.created}")
    for sheet in book.worksheets:
        expect(sheet.freeze_panes == "A2", f"{sheet.title}: header row not frozen")
        expect(bool(sheet.auto_filter.ref), f"{sheet.title}: no autofilter")
        for row in sheet.iter_rows():
            for cell in row:
                expect(cell.data_type != "f", f"{sheet.title}!{cell.coordinate} is a formula")
    sheet = book["Clients"]
    header = [cell.value for cell in sheet[1]]
    expect(header[:4] == ["Client", "File", "As of", "Overall"], f"header {header[:4]}")
    expect(sheet.max_row == len(valid) + 1, f"{sheet.max_row - 1} rows for {len(valid)} clients")
    for index, client in enumerate(valid, start=2):
        row = {name: sheet.cell(index, column + 1) for column, name in enumerate(header)}
        where = f"Clients row {index}"
        score = client.find("p:score", NS)
        expect(row["Client"].value == client.get("name"), f"{where}: name {row['Client'].value!r}")
        expect(row["File"].value == client.get("file"), f"{where}: file {row['File'].value!r}")
        expect(row["As of"].is_date and row["As of"].value == day(client.get("as-of")), f"{where}: as-of")
        overall = row["Overall"]
        expect(near(overall.value, number(score.get("value")), 1), f"{where}: overall {overall.value}")
        expect(overall.number_format == "0.0", f"{where}: overall format {overall.number_format}")
        expect(row["RAG"].value == score.get("rag"), f"{where}: RAG")
        expect(row["Why"].value == (score.text or None), f"{where}: why {row['Why'].value!r}")
        for phase in client.findall("p:phases/p:phase", NS):
            name = phase.get("id").capitalize()
            expect(near(row[name].value, number(phase.get("score")), 1), f"{where}: {name}")
            expect(row[f"{name} RAG"].value == phase.get("rag"), f"{where}: {name} RAG")
        risks = row["Critical risks"]
        expect(risks.value == number(client.find("p:critical-risks", NS).get("count")), f"{where}: risks")
        exposure = client.find("p:exposure", NS)
        conversations = row["Conversations at risk / month"]
        expect(near(conversations.value, number(exposure.get("conversations")), 0), f"{where}: exposure")
        expect(conversations.number_format == "#,##0", f"{where}: exposure format")
        expect(near(row["At adoption"].value, number(exposure.get("adoption")), 4), f"{where}: adoption")
        expect(row["Report"].value == client.get("report"), f"{where}: report")
        change(row, client, trend, where)
    if invalid:
        rows = list(book["Not evaluated"].iter_rows(min_row=2, values_only=True))
        expect([r[0] for r in rows] == [c.get("file") for c in invalid], "Not evaluated: files")
    if trend is not None:
        runs(book["Trend"], trend)
    finish()


def change(row, client, trend, where):
    if trend is None:
        return
    since = trend.get("previous-as-of")
    cell = row.get(f"Change since {since}")
    expect(cell is not None, f"{where}: no change column")
    element = client.find("p:change", NS)
    if element is None:
        expect(cell.value == "new", f"{where}: change {cell.value!r} for an unmatched client")
        return
    expect(near(cell.value, number(element.get("delta")), 1), f"{where}: delta {cell.value}")
    expect(cell.number_format == "+0.0;-0.0;0.0", f"{where}: delta format {cell.number_format}")
    expect(row[f"RAG on {since}"].value == element.get("from-rag"), f"{where}: RAG then")
    new = [r.get("id") for r in element.findall("p:new-critical-risk", NS)]
    expect(row["New critical risks"].value == (", ".join(new) or None), f"{where}: new risks")


def runs(sheet, trend):
    elements = trend.findall("p:run", NS)
    expect(sheet.max_row == len(elements) + 1, f"Trend: {sheet.max_row - 1} rows")
    for index, run in enumerate(elements, start=2):
        cells = [sheet.cell(index, column) for column in range(1, 8)]
        expect(cells[0].is_date and cells[0].value == day(run.get("as-of")), f"Trend row {index}: date")
        for cell, name in zip(cells[1:], ["clients", "evaluated", "average", "red", "amber", "green"]):
            places = 1 if name == "average" else 0
            expect(near(cell.value, number(run.get(name)), places), f"Trend row {index}: {name}")


main()
