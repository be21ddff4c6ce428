"""Counts the pages each sheet of a workbook prints on, from the PDF LibreOffice made of it.

Usage: print_pages.py WORKBOOK.pdf SHEET... ; prints "SHEET: N pages, text X pt" per sheet, then
one line per problem, and exits 1 when there is any: a sheet with no page, a page whose header
names no sheet, sheets out of order, or (when the text is set in Carlito, Calibri's metric twin)
body text printed smaller than 9 points (the median height of its words). A page's sheet is the
left part of its header (`&A`).
"""
import re
import statistics
import subprocess
import sys

from checks import expect, finish

WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')
PAGE = re.compile(r'<page [^>]*>(.*?)</page>', re.S)
# A word of Carlito text measures 1.3 times its size in points (12-point text at 100% is 15.6 pt
# tall). The header is the page's top line of words, the footer its bottom line.
HEIGHT_PER_POINT = 1.3


def main():
    pdf, sheets = sys.argv[1], sys.argv[2:]
    carlito = "Carlito" in subprocess.run(["pdffonts", pdf], capture_output=True, text=True).stdout
    xml = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, text=True).stdout
    pages = {}
    order = []
    sizes = {}
    for number, body in enumerate(PAGE.findall(xml), start=1):
        words = [(float(x0), float(y0), float(x1), float(y1), text)
                 for x0, y0, x1, y1, text in WORD.findall(body)]
        top = min((y0 for _, y0, _, _, _ in words), default=0)
        name = heading([(x0, x1, text) for x0, y0, x1, _, text in words if y0 < top + 2])
        expect(name in sheets, f"page {number}: header {name!r} names no sheet")
        pages[name] = pages.get(name, 0) + 1
        if not order or order[-1] != name:
            order.append(name)
        bottom = max((y1 for _, _, _, y1, _ in words), default=0)
        sizes.setdefault(name, []).extend(
            y1 - y0 for _, y0, _, y1, _ in words if top + 2 <= y0 and y1 < bottom - 2)
    for sheet in sheets:
        size = statistics.median(sizes[sheet]) / HEIGHT_PER_POINT if sizes.get(sheet) else 0
        print(f"{sheet}: {pages.get(sheet, 0)} pages, text {size:.1f} pt")
        expect(pages.get(sheet, 0) > 0, f"{sheet}: not printed")
        if carlito and sizes.get(sheet):
            expect(size >= 9, f"{sheet}: text prints at {size:.1f} pt")
    expect(order == [s for s in sheets if s in pages], f"sheets printed in the order {order}")
    finish()


def heading(words):
    """The header's left part: its words from the left up to the first wide gap."""
    name = []
    end = None
    for x0, x1, text in sorted(words):
        if end is not None and x0 - end > 20:
            break
        name.append(text)
        end = x1
    return " ".join(name)


main()
