"""An independent reading of a Jira CSV export, compared with the tasks in workbook.xml: every
issue but the epics is a task with its key as id, its summary, assignee, status (Jira's words
mapped as the README says), phase (the first label naming one), start and due date (Jira's
dd/Mon/yy), duration (Original Estimate in seconds over HOURS per day, rounded up, at least 1;
1 when there is neither estimate nor due date) and the issues that block it. Prints one line per
problem and "ok: N tasks"; exits 1 on any problem.

Usage: check_jira.py EXPORT.csv WORKBOOK.xml HOURS_PER_DAY
"""
import csv
import datetime
import math
import sys
import xml.etree.ElementTree as ET

export, workbook, hours = sys.argv[1], sys.argv[2], float(sys.argv[3])
statuses = {"to do": "not_started", "backlog": "not_started", "in progress": "in_progress",
            "in review": "in_progress", "done": "done", "blocked": "blocked"}


def day(text):
    if not text:
        return None
    return datetime.datetime.strptime(text.split(" ")[0], "%d/%b/%y").date().isoformat()


rows = list(csv.reader(open(export, encoding="utf-8")))
header = rows[0]
issues = [r for r in rows[1:] if r[header.index("Issue Type")] != "Epic"]
col = {name: [i for i, h in enumerate(header) if h == name] for name in header}
expected, blockers = {}, {}
for r in issues:
    key = r[col["Issue key"][0]]
    labels = [r[i] for i in col["Labels"] if r[i] in ("planning", "implementation", "testing")]
    estimate, due = r[col["Original Estimate"][0]], r[col["Due date"][0]]
    if due:
        days = None
    elif estimate:
        days = str(max(1, math.ceil(int(estimate) / 3600 / hours)))
    else:
        days = "1"
    expected[key] = {"title": r[col["Summary"][0]], "owner": r[col["Assignee"][0]] or None,
                     "status": statuses[r[col["Status"][0]].lower()], "phase": labels[0],
                     "start": day(r[col["Custom field (Start date)"][0]]), "end": day(due),
                     "days": days}
    for i in col["Outward issue link (Blocks)"]:
        if r[i]:
            blockers.setdefault(r[i], []).append(key)
ns = {"w": "urn:bsuid-readiness:workbook:1"}
tasks = {t.get("id"): t for t in ET.parse(workbook).getroot().find("w:timeline", ns).findall("w:task", ns)}
problems = []
if set(tasks) != set(expected):
    problems.append(f"tasks differ: {sorted(set(tasks) ^ set(expected))[:10]}")
for key, want in expected.items():
    task = tasks.get(key)
    if task is None:
        continue
    got = {"title": task.get("title"), "owner": task.get("owner"), "status": task.get("status"),
           "phase": task.get("phase")}
    for name in got:
        if got[name] != want[name]:
            problems.append(f"{key}: {name} is {got[name]!r}, the export says {want[name]!r}")
    # A given start on a weekend moves to the next working day; a due date is the end.
    if want["start"] and task.get("start") < want["start"]:
        problems.append(f"{key}: starts {task.get('start')}, before {want['start']}")
    if want["end"] and task.get("end") != want["end"]:
        problems.append(f"{key}: ends {task.get('end')}, the due date is {want['end']}")
    if want["days"] and task.get("working-days") != want["days"]:
        problems.append(f"{key}: {task.get('working-days')} working days, the estimate gives {want['days']}")
    deps = sorted(d.get("task") for d in task.findall("w:depends-on", ns))
    if deps != sorted(blockers.get(key, [])):
        problems.append(f"{key}: depends on {deps}, blocked by {sorted(blockers.get(key, []))}")
for problem in problems[:40]:
    print(problem)
print(f"ok: {len(tasks)} tasks" if not problems else f"{len(problems)} problems")
sys.exit(1 if problems else 0)
