"""Checks a workbook.xlsx written in another language against the workbook.xml of the same run.

Usage: check_xlsx_language.py WORKBOOK.xlsx WORKBOOK.xml CATALOGUE INVENTORY
       check_xlsx_language.py portfolio.xlsx messages.pot (a roll-up in the pseudo-locale)
CATALOGUE is the language's PO file (its texts are what the sheets must show; an id it lacks
shows its English), or messages.pot for the pseudo-locale en-XA, whose every text must differ
from English. Opens the file with openpyxl: sheet names valid for Excel and translated, a header
and RAG words translated, numbers still numbers, days still dates in the language's format, and
each conditional format keyed on a hidden code column (never on a word), colouring exactly the
rows whose code it names with the fill the cell was written with. For en-XA, no English word of
the workbook's messages in any cell the reader sees, beyond the inventory's own text. Prints one
line per problem and exits 1 when there is any.
"""
import os
import re
import sys
import xml.etree.ElementTree as ET

import openpyxl

from checks import day, expect, finish, number

NS = {"w": "urn:bsuid-readiness:workbook:1"}
ENGLISH_SHEETS = ["Summary", "Checklist", "Flows", "Systems", "Usernames", "Risks", "Issues",
                  "Decisions", "Actions", "Owner load", "Timeline", "Gantt", "Trend"]
# Each code a rule may name, with the family of its word (`word.<family>.<code>`).
CODES = {"red": "rag", "amber": "rag", "green": "rag", "works": "outcome", "unaffected": "outcome",
         "degraded": "outcome", "breaks": "outcome", "unknown": "outcome", "critical": "severity",
         "high": "severity", "medium": "severity", "low": "severity", "done": "status",
         "blocked": "status", "in_progress": "status"}


def catalogue(path):
    """msgctxt → (msgid, msgstr) of a PO file; a plural entry gives its last form."""
    entries, current, field = {}, {}, None
    for line in open(path, encoding="utf-8").read().splitlines() + [""]:
        match = re.match(r'(msgctxt|msgid_plural|msgid|msgstr)(\[\d+\])? "(.*)"$', line)
        if match:
            field = match.group(1)
            current[field] = unescape(match.group(3))
        elif line.startswith('"') and field:
            current[field] += unescape(line[1:-1])
        elif not line.strip():
            if "msgctxt" in current:
                entries[current["msgctxt"]] = (current.get("msgid", ""), current.get("msgstr", ""))
            current, field = {}, None
    return entries


def unescape(text):
    return text.replace('\\"', '"').replace("\\n", "\n").replace("\\\\", "\\")


def portfolio():
    """The portfolio's sheet names and headers made strange, its RAGs coloured by code."""
    book = openpyxl.load_workbook(sys.argv[1])
    english = catalogue(sys.argv[2])
    clients = book.worksheets[0]
    expect(clients.title not in ("Clients", ""), f"sheet {clients.title!r} is English")
    expect(clients["A1"].value != english["xlsx.column.client"][0], "Clients!A1 is English")
    rag = lambda id: lambda value: value and english[id][0] not in value
    expect(colours(clients, rag) >= 4 * clients.max_row - 4, "the RAG cells are not all coloured")
    finish()


def main():
    if sys.argv[1].endswith("portfolio.xlsx"):
        return portfolio()
    book = openpyxl.load_workbook(sys.argv[1])
    root = ET.parse(sys.argv[2]).getroot()
    entries = catalogue(sys.argv[3])
    pseudo = sys.argv[3].endswith(".pot")
    english = catalogue(os.path.join(os.path.dirname(sys.argv[3]), "messages.pot"))

    def shown(id):
        """The text the catalogue gives `id`; its English when it has none; None in the
        pseudo-locale, whose texts are made as the program runs."""
        return None if pseudo else entries.get(id, ("", ""))[1] or english[id][0]

    def word(id):
        """`shown`, or in the pseudo-locale anything but English."""
        return (lambda value: value and english[id][0] not in value) if pseudo else (
            lambda value: value is not None and value.startswith(shown(id)))

    def translated(value, id):
        if pseudo:
            expect(value and value != english[id][0], f"{id}: {value!r} is English")
        else:
            expect(value == shown(id), f"{id}: {value!r} != {shown(id)!r}")

    names = book.sheetnames
    expect(len({name.lower() for name in names}) == len(names), f"sheet names repeat: {names}")
    for name, source in zip(names, ENGLISH_SHEETS):
        expect(0 < len(name.encode("utf-16-le")) // 2 <= 31, f"sheet name {name!r} too long")
        expect(not any(c in name for c in "[]:*?/\\"), f"sheet name {name!r} has a forbidden character")
        expect(not name.startswith("'") and not name.endswith("'"), f"sheet name {name!r}")
        translated(name, f"xlsx.sheet.{source[0].lower() + source[1:].replace(' l', 'L')}")
    summary, checklist = book.worksheets[0], book.worksheets[1]
    translated(checklist["A1"].value, "xlsx.column.item")
    translated(summary["A2"].value, "xlsx.summary.organisation")

    score = root.find("w:score", NS)
    expect(summary["B4"].value == number(score.get("overall")) and summary["B4"].data_type == "n",
           f"Summary!B4 {summary['B4'].value!r} is not the overall score as a number")
    as_of = day(root.get("as-of"))
    expect(summary["B3"].is_date and summary["B3"].value == as_of, "Summary!B3 is not the as-of date")
    expect(summary["B3"].number_format == "dd/mm/yyyy", f"date format {summary['B3'].number_format}")
    expect(word(f"word.rag.{score.get('rag')}")(summary["C4"].value), f"Summary!C4 {summary['C4'].value!r}")
    phases = root.findall(".//w:phases/w:phase", NS)
    for row, phase in enumerate(phases, start=12):
        expect(word(f"word.rag.{phase.get('rag')}")(summary.cell(row, 6).value), f"Summary row {row} RAG")
        expect(summary.cell(row, 4).data_type == "n", f"Summary row {row}: score is not a number")
        expect(summary.cell(row, 2).is_date, f"Summary row {row}: start is not a date")
    items = root.findall(".//w:checklist/w:item", NS)
    for row, item in enumerate(items, start=2):
        cell = checklist.cell(row, 5)
        expect(cell.value is None or ("%" in cell.number_format and cell.data_type == "n"),
               f"Checklist!E{row} {cell.value!r} is not a percentage")
    coloured = 0
    for sheet in book.worksheets:
        coloured += colours(sheet, word)
    expect(coloured > 20, f"only {coloured} cells coloured by a conditional format")
    if pseudo:
        no_english(book, entries, open(sys.argv[4], encoding="utf-8").read().lower())
    finish()


def colours(sheet, word):
    """Each rule compares a hidden code cell with a code; the cells whose code it names show
    that code's word (at their start: a PM's severity goes on), and a cell written with a fill
    of its own has the rule's. Returns the cells it checked."""
    checked = 0
    for formatting in sheet.conditional_formatting:
        for rule in formatting.rules:
            formula = " ".join(rule.formula or [])
            match = re.fullmatch(r'\$([A-Z]+)(\d+)="([a-z_]+)"', formula)
            expect(rule.type == "expression" and match is not None,
                   f"{sheet.title} {formatting.sqref}: rule {rule.type} {formula!r} is not keyed on a code")
            if not match:
                continue
            column, top, code = match.groups()
            expect(code in CODES, f"{sheet.title}: rule names {code!r}, not a code")
            if code not in CODES:
                continue
            shows = word(f"word.{CODES[code]}.{code}")
            expect(sheet.column_dimensions[column].hidden, f"{sheet.title}: code column {column} shown")
            fill = rule.dxf.fill if rule.dxf else None
            want = (fill.bgColor.rgb or fill.fgColor.rgb) if fill else None
            for area in formatting.sqref.ranges:
                expect(area.min_row == int(top), f"{sheet.title}: rule for {area} starts at {top}")
                for row in sheet.iter_rows(min_row=area.min_row, max_row=area.max_row,
                                           min_col=area.min_col, max_col=area.max_col):
                    for cell in row:
                        if sheet[f"{column}{cell.row}"].value != code:
                            continue
                        checked += 1
                        expect(shows(cell.value),
                               f"{sheet.title}!{cell.coordinate} {cell.value!r} has the code {code}")
                        own = str(cell.fill.fgColor.rgb)
                        expect(own == "00000000" or own[-6:] == str(want)[-6:],
                               f"{sheet.title}!{cell.coordinate} ({code}) is {own}, its rule {want}")
    return checked


def no_english(book, entries, inventory):
    english = {word.lower() for id, (msgid, _) in entries.items() if id.startswith("xlsx.")
               for word in re.findall(r"[A-Za-z]{3,}", re.sub(r"\{[^}]*\}", " ", msgid))}
    english -= {"bsuid", "whatsapp", "rag"}
    for sheet in book.worksheets:
        hidden = {letter for letter, dimension in sheet.column_dimensions.items() if dimension.hidden}
        for row in sheet.iter_rows():
            for cell in row:
                if not isinstance(cell.value, str) or cell.column_letter in hidden:
                    continue
                # Ids (`operational-silence:ctwa-ev`, `tasks-late`) are never translated.
                prose = re.sub(r"[a-z]+(-[a-z]+)*:[^\s)|,;]+|tasks-late", " ", cell.value)
                words = {w.lower() for w in re.findall(r"[A-Za-z]+", prose)}
                left = {w for w in words & english if w not in inventory}
                expect(not left, f"{sheet.title}!{cell.coordinate}: English {sorted(left)} in {cell.value!r}")


main()
