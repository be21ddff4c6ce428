"""Checks a workbook.xlsx against the workbook.xml of the same run, as a spreadsheet user sees it.

Usage: check_xlsx.py WORKBOOK.xlsx WORKBOOK.xml ; prints one line per problem (nothing when the
workbook is right) and exits 1 when there is any. Opens the file with openpyxl: sheet names,
values and their types (numbers are numbers, dates are dates, percentages 12.5% and 25%, money
in its currency's format), vocabulary in words (no raw code with "_"), frozen header rows and
filters, conditional formats, no formulas anywhere, the Summary's native charts, and every
sheet's print setup (landscape, fit to one page wide, header row repeated, header and footer
with the sheet's name and page number, gridlines).
"""
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

import openpyxl
from openpyxl.chart import BarChart, LineChart

from checks import day, expect, finish, number

NS = {"w": "urn:bsuid-readiness:workbook:1"}


def main():
    book = openpyxl.load_workbook(sys.argv[1])
    root = ET.parse(sys.argv[2]).getroot()
    points = root.findall(".//w:trend/w:point", NS)
    sheets = ["Summary", "Checklist", "Flows", "Systems", "Usernames", "Risks", "Issues",
              "Decisions", "Actions", "Owner load", "Timeline", "Gantt"]
    expect(book.sheetnames == sheets + (["Trend"] if points else []), f"sheets: {book.sheetnames}")
    as_of = day(root.get("as-of"))
    expect(book.properties.created == as_of, f"created {book.properties.created}, as-of {as_of}")
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                expect(cell.data_type != "f", f"{sheet.title}!{cell.coordinate} is a formula")
        if sheet.title != "Summary":
            expect(sheet.freeze_panes in ("A2", "C2"), f"{sheet.title}: header row not frozen")
            expect(bool(sheet.auto_filter.ref), f"{sheet.title}: no autofilter")
            expect(sheet.print_title_rows in ("1:1", "$1:$1"), f"{sheet.title}: prints {sheet.print_title_rows}")
        printable(sheet)
        no_raw_codes(sheet)
        formats(sheet)
    # Excel reads _xHHHH_ in a cell as U+HHHH: a literal one must have its "_" escaped as _x005F_.
    # (Below U+0020 they are libxlsxwriter's own escapes of control characters, such as CR.)
    strings = zipfile.ZipFile(sys.argv[1]).read("xl/sharedStrings.xml").decode("utf-8")
    codes = re.findall(r"_x([0-9A-Fa-f]{4})_", strings.replace("_x005F_", ""))
    literal = [code for code in codes if int(code, 16) >= 0x20]
    expect(not literal, f"sharedStrings.xml has an unescaped _x{literal[0] if literal else ''}_")
    for title in ["Summary", "Flows", "Risks"]:
        expect(len(book[title].conditional_formatting) > 0, f"{title}: no conditional formats")
    summary(book["Summary"], root, as_of, len(points))
    checklist(book["Checklist"], root)
    risks(book["Risks"], root)
    issues(book["Issues"], root)
    owner_load(book["Owner load"], root)
    decisions(book["Decisions"], root)
    actions(book["Actions"], root)
    timeline(book["Timeline"], book["Gantt"], root)
    exposure(book["Flows"], root)
    if points:
        trend = book["Trend"]
        for index, point in enumerate(points, start=2):
            expect(trend.cell(index, 1).value == day(point.get("as-of")), f"Trend row {index} date")
            expect(trend.cell(index, 2).value == number(point.get("overall")), f"Trend row {index} score")
    finish()


def summary(sheet, root, as_of, points):
    score = root.find("w:score", NS)
    name = root.find("w:programme", NS).get("name")
    expect(sheet["B1"].value == name, f"programme name {sheet['B1'].value!r} != {name!r}")
    expect(sheet["B3"].value == as_of and sheet["B3"].is_date, "Summary!B3 is not the as-of date")
    expect(sheet["B4"].value == number(score.get("overall")), f"overall score {sheet['B4'].value}")
    expect(sheet["C4"].value == score.get("rag"), "overall RAG")
    if score.get("set-rag") is None:
        expect(sheet["B5"].value == score.get("rag-reason"), "overall RAG reason")
    else:
        shown = f"{score.get('set-rag').upper()}, set by {score.get('set-by')}: {score.get('set-reason')}"
        expect(sheet["B5"].value.startswith(shown + " (computed " + score.get("rag").upper()),
               f"overall RAG set by the PM: {sheet['B5'].value!r}")
        expect(sheet["D4"].value == f"set by the PM: {score.get('set-rag')}", "Summary!D4")
    for index, phase in enumerate(root.findall(".//w:phases/w:phase", NS), start=12):
        row = [cell.value for cell in sheet[index]][:7]
        want = [phase.get("id"), day(phase.get("start")), day(phase.get("end")),
                number(phase.get("score")), number(phase.get("expected")), phase.get("rag"),
                number(phase.get("weight"))]
        expect(row == want, f"Summary row {index}: {row} != {want}")
        expect(sheet.cell(index, 2).is_date, f"Summary row {index}: start is not a date")
    charts = sheet._charts
    expect(any(isinstance(chart, BarChart) for chart in charts), "Summary has no bar chart")
    expect(any(isinstance(chart, LineChart) for chart in charts) == (points > 0),
           "Summary's line chart is there exactly when history exists")


def checklist(sheet, root):
    items = root.findall(".//w:checklist/w:item", NS)
    expect(sheet.max_row == len(items) + 1, f"Checklist has {sheet.max_row - 1} rows for {len(items)} items")
    for index, item in enumerate(items, start=2):
        expect(sheet.cell(index, 1).value == item.get("id"), f"Checklist row {index} id")
        completion = sheet.cell(index, 5)
        want = number(item.get("completion"))
        same = completion.value == want or (
            None not in (completion.value, want) and abs(completion.value - want) <= 0.00005)  # xml: 4 places
        expect(same, f"{item.get('id')} completion {completion.value} != {want}")
        expect(completion.value is None or "%" in completion.number_format, f"{item.get('id')}: not a %")
        expect(sheet.cell(index, 3).value == item.get("title"), f"{item.get('id')} title")
        status = sheet.cell(index, 4).value
        expect(status == words(item.get("status")), f"{item.get('id')} status {status!r}")


def exposure(sheet, root):
    """The scenario rows of the exposure table, the observed one labelled so, as in the XML."""
    rows = {("observed" if str(row[0].value).startswith("observed, measured to") else "assumed",
             row[1].value, row[2].value)
            for row in sheet.iter_rows()
            if row[0].value == "all breaking flows" or str(row[0].value).startswith("observed,")}
    want = {("observed" if s.get("observed") == "true" else "assumed", number(s.get("adoption")),
             number(s.get("conversations")))
            for s in root.findall(".//w:exposure/w:scenario", NS)}
    expect(rows == want, f"Flows exposure scenarios: {sorted(rows)} != {sorted(want)}")


def risks(sheet, root):
    """The register in the XML's order, the id first (the one an override names), in words."""
    rows = root.findall(".//w:risks/w:risk", NS)
    ids = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    expect(ids == [risk.get("id") for risk in rows], f"Risks ids {ids}")
    for index, risk in enumerate(rows, start=2):
        row = [cell.value for cell in sheet[index]][:10]
        severity = risk.get("severity")
        if risk.get("computed-severity"):
            severity += f", set by the PM; computed: {risk.get('computed-severity')}"
        want = [risk.get("id"), severity, risk.get("likelihood"), risk.get("impact"),
                risk.get("status"), risk.get("title"), risk.get("owner"), risk.get("action"),
                day(risk.get("due")), day(risk.get("review"))]
        expect(row == want, f"Risks row {index}: {row} != {want}")


def issues(sheet, root):
    rows = root.findall(".//w:issues/w:issue", NS)
    expect(sheet.max_row == len(rows) + 1, f"Issues has {sheet.max_row - 1} rows for {len(rows)}")
    for index, issue in enumerate(rows, start=2):
        row = [cell.value for cell in sheet[index]][:8]
        want = [issue.get("id"), words(issue.get("severity")), issue.get("title"), issue.get("owner"),
                day(issue.get("raised")), day(issue.get("due")), words(issue.get("status")),
                issue.get("link")]
        expect(row == want, f"Issues row {index}: {row} != {want}")


def owner_load(sheet, root):
    actions = root.find(".//w:actions", NS)
    for index, owner in enumerate(actions.findall("w:owner", NS), start=2):
        row = [cell.value for cell in sheet[index]][:4]
        flagged = owner.get("overloaded") == "true"
        want = [owner.get("name") or "Unassigned", number(owner.get("load")),
                number(actions.get("load-limit")), "OVERLOADED" if flagged else None]
        expect(row == want, f"Owner load row {index}: {row} != {want}")


def decisions(sheet, root):
    rows = root.findall(".//w:decisions/w:decision", NS)
    expect(sheet.max_row == len(rows) + 1, f"Decisions has {sheet.max_row - 1} rows for {len(rows)}")
    for index, decision in enumerate(rows, start=2):
        row = [cell.value for cell in sheet[index]][:6]
        want = [decision.get("id"), decision.get("title"), words(decision.get("status")),
                decision.get("owner"), day(decision.get("needed-by")), day(decision.get("date"))]
        expect(row == want, f"Decisions row {index}: {row} != {want}")


def actions(sheet, root):
    """One row per action of each owner, in the XML's order."""
    want = [[owner.get("name") or "Unassigned", action.get("kind"), action.get("ref"),
             action.get("title"), day(action.get("due")), action.get("urgent") == "true"]
            for owner in root.findall(".//w:actions/w:owner", NS)
            for action in owner.findall("w:action", NS)]
    rows = [list(row[:6]) for row in sheet.iter_rows(min_row=2, values_only=True)]
    expect(rows == want, f"Actions rows: {rows} != {want}")


def timeline(sheet, gantt, root):
    headers = [cell.value for cell in sheet[1]]
    for index, task in enumerate(root.findall(".//w:timeline/w:task", NS), start=2):
        row = [cell.value for cell in sheet[index]][:8]
        want = [task.get("id"), task.get("title"), task.get("phase"), task.get("owner"),
                day(task.get("start")), day(task.get("end")), day(task.get("forecast-start")),
                day(task.get("forecast-end"))]
        expect(row == want, f"Timeline row {index}: {row} != {want}")
        cells = [cell.value for cell in sheet[index]]
        slack = task.get("forecast-slack")
        current = [number(slack) if slack is not None else None,
                   task.get("forecast-critical") == "true"]
        expect(cells[13:15] == current, f"Timeline row {index} forecast: {cells[13:15]} != {current}")
        if "Baseline start" in headers:
            saved = cells[15:17]
            want = [day(task.get("baseline-start")), day(task.get("baseline-end"))]
            expect(saved == want, f"Timeline row {index} baseline: {saved} != {want}")
        else:
            expect(task.get("baseline-start") is None, f"Timeline row {index}: no baseline columns")
        expect(gantt.cell(index, 1).value == task.get("id"), f"Gantt row {index} is not {task.get('id')}")
        drawn = [cell for cell in gantt[index][2:]
                 if cell.value == "◆" or cell.fill.fgColor.rgb not in (None, "00000000")]
        expect(bool(drawn), f"Gantt row {index}: no Gantt cells")


def printable(sheet):
    """Landscape, one page wide (the Gantt: as many as its weeks need), gridlines, and the sheet's
    name and page number in the header and footer."""
    setup = sheet.page_setup
    expect(setup.orientation == "landscape", f"{sheet.title}: orientation {setup.orientation}")
    expect(sheet.sheet_properties.pageSetUpPr.fitToPage, f"{sheet.title}: not fitted to the page")
    if sheet.title != "Gantt":
        expect(int(setup.fitToWidth or 1) == 1, f"{sheet.title}: fit to {setup.fitToWidth} wide")
    expect(int(setup.fitToHeight) == 0, f"{sheet.title}: fit to {setup.fitToHeight} tall")
    expect(sheet.print_options.gridLines, f"{sheet.title}: no gridlines printed")
    expect("&A" in str(sheet.oddHeader.left.text), f"{sheet.title}: header {sheet.oddHeader.left.text!r}")
    expect("&P" in str(sheet.oddFooter.center.text), f"{sheet.title}: footer {sheet.oddFooter.center.text!r}")


VOCABULARY = {"Status", "Kind", "Severity", "Stores", "Needs BSUID", "BSUID field", "Dedupe key",
              "BSUID send field", "Primary identifier", "Likelihood", "Impact", "Risk", "S-A",
              "S-B", "S-C"}


def words(value):
    """A vocabulary value as the sheets write it: `in_progress` is "in progress"."""
    return value.replace("_", " ") if value else value


def no_raw_codes(sheet):
    """No `_` in a column of vocabulary values (the Risks sheet's "Risk" column holds ids)."""
    header = next(sheet.iter_rows(max_row=1), [])
    for cell in header:
        if cell.value in VOCABULARY - ({"Risk"} if sheet.title == "Risks" else set()):
            for (value,) in sheet.iter_rows(min_row=2, min_col=cell.column, max_col=cell.column,
                                            values_only=True):
                expect("_" not in str(value or ""), f"{sheet.title}: {cell.value} {value!r} is a raw code")


def formats(sheet):
    """Percentages show one decimal exactly when they are not whole; money shows its currency."""
    for row in sheet.iter_rows():
        for cell in row:
            code = cell.number_format
            if "%" in code and isinstance(cell.value, float):
                whole = round(cell.value * 100, 1) == round(cell.value * 100)
                expect(code == ("0%" if whole else "0.0%"), f"{sheet.title}!{cell.coordinate}: {cell.value} as {code}")
            if code.startswith("[$"):
                currency = sheet.cell(cell.row, cell.column + 1).value
                expect(code.startswith(f"[${currency}] #,##0"), f"{sheet.title}!{cell.coordinate}: {code} for {currency}")

main()
