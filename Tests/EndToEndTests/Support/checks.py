"""What the check_*.py scripts share: problems are collected, not raised, so one run lists them
all; `finish` prints them, one a line, and exits 1 when there is any."""
import datetime
import sys

problems = []


def expect(condition, message):
    if not condition:
        problems.append(message)


def day(text):
    """An ISO date from the XML as the datetime a spreadsheet cell holds, or None."""
    return datetime.datetime.fromisoformat(text) if text else None


def number(text):
    return float(text) if text not in (None, "") else None


def finish():
    for problem in problems:
        print(problem)
    sys.exit(1 if problems else 0)
