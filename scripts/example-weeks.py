#!/usr/bin/env python3
"""Writes the bundled example as it stood two weeks and one week before 2026-11-25.

Usage: example-weeks.py EXAMPLE.yaml FOLDER  ->  FOLDER/week-2026-11-11.yaml, week-2026-11-18.yaml

Each week is the example with a few earlier values put back, so that comparing the weeks shows
every kind of change: scores, items and tasks moving, a task finishing, a new and a re-graded
risk, a username changing status, exposure falling.
"""
import sys
from pathlib import Path

# (what the example says now, what it said a week earlier)
ONE_WEEK_EARLIER = [
    ("    progress: 70\n    status: in_progress\n    covers: [R-C1]",
     "    progress: 60\n    status: in_progress\n    covers: [R-C1]"),
    ("    progress: 80\n    status: in_progress\n    covers: [R-P3]",
     "    progress: 70\n    status: in_progress\n    covers: [R-P3]"),
    ("owner: Priya Raman, severity: low, due: 2026-12-04",
     "owner: Priya Raman, severity: medium, due: 2026-12-04"),
    ("    monthly_conversations: 9500\n", "    monthly_conversations: 10500\n"),
    ("    e2e_tested: true\n    monthly_conversations: 2100\n",
     "    e2e_tested: false\n    monthly_conversations: 2100\n"),
]
# ... and what changed in the week before that.
TWO_WEEKS_EARLIER = ONE_WEEK_EARLIER + [
    ("    progress: 60\n    status: in_progress\n    covers: [R-C1]",
     "    progress: 50\n    status: in_progress\n    covers: [R-C1]"),
    ("    verified_badge: false\n    status: requested\n",
     "    verified_badge: false\n    status: eligible\n"),
    ("    depends_on: [planning-gate]\n    status: done\n    covers: [R-C2]",
     "    depends_on: [planning-gate]\n    progress: 60\n    status: in_progress\n    covers: [R-C2]"),
    ("  - { id: agent-training, title: Agents not yet trained for chats without a phone number,"
     " owner: Sipho Ndlovu, severity: medium, due: 2026-12-15 }\n", ""),
    ("    phone_request_validated: true\n    e2e_tested: true\n    monthly_conversations: 42000",
     "    phone_request_validated: false\n    e2e_tested: false\n    monthly_conversations: 42000"),
    ("    team: Digital\n    stores: [phone, bsuid]\n    needs_bsuid: yes\n    bsuid_field: done\n    dedupe_key: bsuid\n    handles_missing_phone: true\n    consumes_webhooks: true\n    handles_id_changes: true\n",
     "    team: Digital\n    stores: [phone, bsuid]\n    needs_bsuid: yes\n    bsuid_field: done\n    dedupe_key: bsuid\n    handles_missing_phone: true\n    consumes_webhooks: true\n    handles_id_changes: false\n"),
]


def edited(text, edits, as_of):
    for now, before in edits:
        if text.count(now) != 1:
            sys.exit(f"example-weeks.py: expected one {now!r} in the example")
        text = text.replace(now, before)
    return text.replace("as_of: 2026-11-25", f"as_of: {as_of}")


def main():
    example, folder = Path(sys.argv[1]), Path(sys.argv[2])
    text = example.read_text(encoding="utf-8")
    for as_of, edits in (("2026-11-11", TWO_WEEKS_EARLIER), ("2026-11-18", ONE_WEEK_EARLIER)):
        (folder / f"week-{as_of}.yaml").write_text(edited(text, edits, as_of), encoding="utf-8")


if __name__ == "__main__":
    main()
