"""Checks a milestones.ics against the workbook.xml of the same run, as a calendar client reads it.

Usage: check_ics.py MILESTONES.ics WORKBOOK.xml [LANG] ; prints one line per problem (nothing
when the calendar is right) and exits 1 when there is any. Lines end in CRLF and fold at 75
octets; the file parses with PyPI icalendar; there is one all-day event per milestone, phase end
and task, each with its stable UID, its date and its text intact after unescaping. With LANG (a
calendar written in another language), each summary and description carries LANGUAGE=LANG, a
task's summary holds its title, and no summary is the English one.
"""
import datetime
import sys
import xml.etree.ElementTree as ET

import re

from icalendar import Calendar

from checks import expect, finish

NS = {"w": "urn:bsuid-readiness:workbook:1"}


def uid(slug, kind, ident):
    safe = "".join(c if c.isascii() and (c.isalnum() or c in "-.") else
                   "".join(f"_{b:02X}" for b in c.encode()) for c in ident)
    return f"{slug}.{kind}.{safe}@bsuid-readiness"


def text(value):
    """What an iCalendar TEXT value holds for `value` from workbook.xml: CR and DEL are replaced."""
    return value.replace("\r\n", "\n").replace("\r", "\ufffd").replace("\x7f", "\ufffd")


def main():
    raw = open(sys.argv[1], "rb").read()
    lang = sys.argv[3] if len(sys.argv) > 3 else None
    root = ET.parse(sys.argv[2]).getroot()
    lines = raw.split(b"\r\n")
    expect(lines[-1] == b"" and b"\n" not in raw.replace(b"\r\n", b""), "lines do not all end in CRLF")
    for number, line in enumerate(lines, start=1):
        expect(len(line) <= 75, f"line {number} is {len(line)} octets")
        line.decode("utf-8")  # a fold never splits a character
    calendar = Calendar.from_ical(raw)
    slug = root.find("w:programme", NS).get("slug")
    as_of = datetime.date.fromisoformat(root.get("as-of"))
    want = {}
    for m in root.findall(".//w:timeline/w:milestone", NS):
        want[uid(slug, "milestone", m.get("id"))] = (m.get("date"), text("Milestone: " + m.get("title")))
    for p in root.findall(".//w:phases/w:phase", NS):
        want[uid(slug, "phase-end", p.get("id"))] = (p.get("end"), "Phase ends: " + p.get("id"))
    for t in root.findall(".//w:timeline/w:task", NS):
        want[uid(slug, "task", t.get("id"))] = (t.get("end"), text("Due: " + t.get("title")))
    name = text(root.find("w:programme", NS).get("name"))
    # icalendar leaves RFC 7986's NAME as an unknown value, still escaped: unescape it as TEXT.
    escaped = calendar.get("NAME").to_ical().decode("utf-8")
    got = re.sub(r"\\([\\;,nN])", lambda m: "\n" if m[1] in "nN" else m[1], escaped)
    expect(got == name, f"calendar NAME {got!r} != {name!r}")
    events = calendar.walk("VEVENT")
    uids = [str(event["UID"]) for event in events]
    expect(len(uids) == len(set(uids)), "UIDs repeat")
    expect(set(uids) == set(want), f"UIDs differ: {sorted(set(uids) ^ set(want))[:5]}")
    for event in events:
        key = str(event["UID"])
        if key not in want:
            continue
        date, summary = want[key]
        start = event.decoded("DTSTART")
        expect(start == datetime.date.fromisoformat(date), f"{key}: starts {start}, not {date}")
        expect(event.decoded("DTEND") - start == datetime.timedelta(days=1), f"{key}: not one day")
        if lang is None:
            expect(str(event["SUMMARY"]) == summary, f"{key}: summary {str(event['SUMMARY'])!r} != {summary!r}")
        else:
            for name in ("SUMMARY", "DESCRIPTION"):
                expect(event[name].params.get("LANGUAGE") == lang, f"{key}: {name} has no LANGUAGE={lang}")
            got = str(event["SUMMARY"])
            expect(got != summary, f"{key}: summary {got!r} is the English one")
            if ".task." in key:
                title = summary.split(": ", 1)[1]
                expect(title in got, f"{key}: summary {got!r} lacks the title {title!r}")
        expect(event.decoded("DTSTAMP").date() == as_of, f"{key}: DTSTAMP is not as-of")
    finish()


main()
