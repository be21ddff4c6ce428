"""Reads plan.xml with MPXJ (the library MS Project importers and ProjectLibre build on) and
compares every task, found by the inventory id it carries in Text1, with workbook.xml: name,
start and finish (the forecast), baseline finish
(the saved baseline, else the plan), % complete, predecessors and the milestone flag; then the
phases as summary tasks and the holidays as calendar exceptions. Prints one line per problem and
"ok: N tasks" at the end; exits 1 on any problem.

Usage: check_mspdi.py PLAN.xml WORKBOOK.xml
"""
import sys
import xml.etree.ElementTree as ET

import jpype
import mpxj  # noqa: F401  (puts MPXJ's jars on the class path)

plan, workbook = sys.argv[1], sys.argv[2]
jpype.startJVM()
from org.mpxj.reader import UniversalProjectReader  # noqa: E402

project = UniversalProjectReader().read(plan)
ns = {"w": "urn:bsuid-readiness:workbook:1"}
timeline = ET.parse(workbook).getroot().find("w:timeline", ns)
phases = ["planning", "implementation", "testing"]
expected = sorted(timeline.findall("w:task", ns), key=lambda t: phases.index(t.get("phase")))
problems = []

def day(value):
    return None if value is None else str(value.toString())[:10]

read = [t for t in project.getTasks() if t.getUniqueID() is not None and int(t.getOutlineLevel() or 0) >= 1]
summaries = [t for t in read if t.getSummary()]
leaves = [t for t in read if not t.getSummary()]
ids = {int(t.getUniqueID()): str(t.getText(1)) for t in leaves if t.getText(1) is not None}
by_id = {str(t.getText(1)): t for t in leaves if t.getText(1) is not None}
missing = [w.get("id") for w in expected if w.get("id") not in by_id]
if missing:
    problems.append(f"tasks missing from plan.xml (by Text1): {missing}")
for want in expected:
    task = by_id.get(want.get("id"))
    if task is None:
        continue
    name = str(task.getName())
    checks = [
        ("name", name, want.get("title")),
        ("start", day(task.getStart()), want.get("forecast-start")),
        ("finish", day(task.getFinish()), want.get("forecast-end")),
        ("baseline finish", day(task.getBaselineFinish()), want.get("baseline-end") or want.get("end")),
        ("% complete", int(round(float(task.getPercentageComplete().doubleValue()))), round(float(want.get("progress")))),
        ("milestone", bool(task.getMilestone()), want.get("milestone") == "true"),
    ]
    tasks = {t.get("id") for t in expected}
    wanted = sorted(d.get("task") for d in want.findall("w:depends-on", ns) if d.get("task") in tasks)
    got = sorted(ids.get(int(r.getPredecessorTask().getUniqueID()), "?") for r in task.getPredecessors()
                 if ids.get(int(r.getPredecessorTask().getUniqueID())))
    checks.append(("predecessors", got, wanted))
    for label, value, target in checks:
        if value != target:
            problems.append(f"{want.get('id')}: {label} is {value!r}, workbook.xml says {target!r}")
used = {t.get("phase") for t in expected}
names = [str(t.getName()) for t in summaries]
for phase, title in zip(phases, ["Planning", "Implementation", "Testing & launch"]):
    if phase in used and title not in names:
        problems.append(f"no summary task for {phase}")
holidays = {h.get("date") for h in timeline.find("w:calendar", ns).findall("w:holiday", ns)}
calendar = project.getDefaultCalendar()
exceptions = {day(e.getFromDate()) for e in calendar.getCalendarExceptions()}
if not holidays <= exceptions:
    problems.append(f"holidays missing from the calendar: {sorted(holidays - exceptions)}")
for problem in problems:
    print(problem)
print(f"ok: {len(expected)} tasks" if not problems else f"{len(problems)} problems")
sys.exit(1 if problems else 0)
