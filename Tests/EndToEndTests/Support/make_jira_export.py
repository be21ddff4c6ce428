"""Writes a Jira Cloud-style CSV export for the Jira reader's tests: COUNT issues (3 epics,
sub-tasks, repeated Labels and "Outward issue link (Blocks)" columns, non-ASCII names, Jira's
date and estimate formats), deterministic.

Usage: make_jira_export.py OUT.csv COUNT
"""
import csv
import random
import sys

out, count = sys.argv[1], int(sys.argv[2])
rng = random.Random(7)
people = ["Dana Ruiz", "Mehmet Yılmaz", "Zoë Ngọc Lan", "سارا احمدی", "Li Wei", ""]
statuses = ["To Do", "In Progress", "In Review", "Done", "Blocked", "Backlog"]
phases = ["planning", "implementation", "testing"]
months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
header = ["Summary", "Issue key", "Issue id", "Issue Type", "Status", "Priority", "Assignee",
          "Reporter", "Created", "Due date", "Labels", "Labels", "Component/s",
          "Original Estimate", "Custom field (Start date)", "Outward issue link (Blocks)",
          "Outward issue link (Blocks)", "Inward issue link (Blocks)", "Parent id", "Sprint"]
links = {}
for n in range(4, count - 40):
    if n % 3 == 0:
        links[n] = [f"BSU-{m}" for m in sorted(rng.sample(range(n + 1, n + 40), 2))]
links[50] = ["OTHER-9"]  # an issue in another project, not in the export
blocked = {target for targets in links.values() for target in targets}
rows = []
for n in range(1, count + 1):
    key = f"BSU-{n}"
    kind = "Epic" if n <= 3 else ("Sub-task" if n % 10 == 0 else rng.choice(["Task", "Story"]))
    phase = phases[min(2, (n - 1) * 3 // count)]
    labels = [phase, rng.choice(["whatsapp", "bsuid", ""])]
    start = f"{rng.randint(1, 28):02d}/{months[rng.randint(2, 10)]}/26"
    estimate = str(rng.choice([0, 14400, 28800, 57600, 144000])) if n % 4 else ""
    # A due date, a working day late in the year, on issues nothing else must finish first.
    due = "18/Dec/26 12:00 AM" if n % 7 == 0 and f"BSU-{n}" not in blocked else ""
    blocks = links.get(n, []) + [""] * (2 - len(links.get(n, [])))
    # A start date only where no other issue must finish first, as a planner would set it.
    given_start = start if n % 5 and key not in blocked else ""
    rows.append([f"Issue {n}: “{rng.choice(['BSUID', 'usernames', 'webhooks'])}” ✓ بدون هاتف",
                 key, str(10000 + n), kind, rng.choice(statuses), "Medium", rng.choice(people),
                 "Dana Ruiz", f"02/Mar/26 9:{n % 60:02d} AM", due, labels[0], labels[1],
                 "", estimate, given_start, blocks[0], blocks[1], "",
                 "10002" if kind == "Sub-task" else "", "Sprint 1"])
with open(out, "w", newline="", encoding="utf-8") as f:
    writer = csv.writer(f)
    writer.writerow(header)
    writer.writerows(rows)
