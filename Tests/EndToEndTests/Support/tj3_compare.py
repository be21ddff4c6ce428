#!/usr/bin/env python3
"""Differential test of the scheduler against TaskJuggler (`tj3`): one random plan, both tools.

usage: tj3_compare.py --binary PATH|--oracle PATH [--seed N] [--tasks N] [--variant full|weekdays] [--keep DIR]

For a seed it generates a plan of N tasks with finish-to-start dependencies (a DAG), milestones
placed by their dependencies, dated milestones (some after their dependencies' end), tasks
depending on dated milestones and on programme milestones, and durations in working days. Variant `full` (the default) works a week
that is not Monday–Friday (chosen by the seed) with holidays; `weekdays` works Monday–Friday
without holidays. The plan is written twice: as an inventory for `bsuid-readiness report`
(every task in the implementation phase, whose window starts at the project start; as_of a week
before it, so the forecast is the plan) and as a .tjp project for tj3 with the same working days
(`workinghours … off`) and holidays (global `leaves holiday`), `length` in days, `depends`, and
milestones (`milestone`, with `start` when dated). Every task's start and end from workbook.xml
is compared with tj3's CSV task report. `--oracle Tests/oracle/readiness_oracle.py` schedules with
the Python oracle instead (the oracle reads programme.calendar).

Normalising tj3's times (working hours are 0:00–24:00, so every time is midnight): tj3's start is
the moment a task may begin, e.g. a dependency's end at midnight after its last day, or a dated
milestone's midnight on a day nobody works; the first working day on or after that date is ours.
tj3's end is exclusive (midnight after the last working day): the last working day before that
date is our inclusive end. A milestone has one moment T: for a dated one, T's date is its date as
written; for one placed by its dependencies, T is their exclusive end, so the last working day
before T's date is ours (SPEC §9: "its date shown is the last working day before it").

Prints the disagreements (the first 20) and exits 1 when there is any, keeping the files (a run
that agrees removes them unless --keep names a folder); exit 2 when a tool fails;
exit 3 when bsuid-readiness does not read programme.calendar yet (full variant only).
"""
import argparse
import csv
import datetime as dt
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
WEEKS = {"sun-thu": ["sun", "mon", "tue", "wed", "thu"], "sat-thu": ["sat", "sun", "mon", "tue", "wed", "thu"],
         "tue-sat": ["tue", "wed", "thu", "fri", "sat"], "mon-thu": ["mon", "tue", "wed", "thu"]}
PROGRAMME_MILESTONES = {"claim-window": "2026-06-29", "bsuid-webhooks": "2026-04-06"}


class Plan:
    """A random plan: tasks in dependency order, the working week and the holidays."""

    def __init__(self, seed, count, variant):
        rnd = random.Random(seed)
        week = WEEKS[rnd.choice(sorted(WEEKS))] if variant == "full" else list(DAYS[:5])
        self.week = [DAYS.index(d) for d in week]
        self.week_names = week
        start = dt.date(2026, 1, 5) + dt.timedelta(days=rnd.randrange(60))
        holidays = {start + dt.timedelta(days=rnd.randrange(1, 400)) for _ in range(12)} if variant == "full" else set()
        self.holidays = sorted(holidays)
        while not self.working(start):
            start += dt.timedelta(days=1)
        self.start = start
        self.milestones = dict(PROGRAMME_MILESTONES, **{"board-review": (start + dt.timedelta(days=rnd.randrange(30, 200))).isoformat()})
        self.tasks = []
        for n in range(count):
            task = {"id": f"t{n:03d}"}
            earlier = [t["id"] for t in self.tasks]
            kind = rnd.random()
            roots = [t for t in self.tasks if "duration" in t and not t.get("depends_on")]
            if kind < 0.05:  # a dated milestone, at times on a day nobody works
                task.update(milestone=True, end=start + dt.timedelta(days=rnd.randrange(0, 200)))
            elif kind < 0.08 and roots:
                # A dated milestone after its dependencies' end, from the day after it on (tj3
                # refuses one that its dependencies reach; SPEC then places it by them). Its
                # dependencies start at their given start or the project start, so their last day
                # is plain counting.
                deps = rnd.sample(roots, min(len(roots), rnd.randint(1, 2)))
                last = max(self.nth(self.step(t.get("start", start), 1, True), t["duration"]) for t in deps)
                task.update(milestone=True, end=last + dt.timedelta(days=rnd.randint(1, 20)),
                            depends_on=[t["id"] for t in deps])
            elif kind < 0.12 and earlier:  # a milestone placed by its dependencies
                task.update(milestone=True, depends_on=rnd.sample(earlier, min(len(earlier), rnd.randint(1, 4))))
            else:
                task["duration"] = rnd.randint(1, 15)
                if earlier and rnd.random() < 0.8:
                    task["depends_on"] = rnd.sample(earlier, min(len(earlier), rnd.randint(1, 3)))
                    dated = [t["id"] for t in self.tasks if "end" in t]
                    if dated and rnd.random() < 0.15:
                        task["depends_on"] = sorted(set(task["depends_on"]) | {rnd.choice(dated)})
                elif rnd.random() < 0.3:
                    task["depends_on"] = [rnd.choice(sorted(self.milestones))]
                elif rnd.random() < 0.3:  # a given start, at times on a day nobody works (SPEC §9
                    # moves it to the next working day, where tj3's work begins)
                    task["start"] = start + dt.timedelta(days=rnd.randrange(0, 90))
            self.tasks.append(task)

    def nth(self, first, count):
        """The count-th working day from `first` (a working day) on, `first` being day 1."""
        day = first
        for _ in range(count - 1):
            day = self.step(day, 1)
        return day

    def working(self, day):
        return day.weekday() in self.week and day not in self.holidays

    def inventory(self, calendar):
        far = (self.start + dt.timedelta(days=5 * 365)).isoformat()
        lines = ["version: 1", "programme:", "  name: TaskJuggler agreement", f"  start: {self.start}",
                 f"  as_of: {self.start - dt.timedelta(days=7)}", "  phases:"]
        lines += [f"    {p}: {{ start: {self.start}, end: {far} }}" for p in ("planning", "implementation", "testing")]
        lines += ["  milestones:"] + [f"    - {{ id: {k}, date: {v} }}" for k, v in sorted(self.milestones.items())]
        if calendar:
            lines += ["  calendar:", f"    working_days: [{', '.join(self.week_names)}]",
                      f"    holidays: [{', '.join(d.isoformat() for d in self.holidays)}]"]
        lines.append("tasks:")
        for t in self.tasks:
            lines += [f"  - id: {t['id']}", f"    title: Task {t['id']}", "    phase: implementation"]
            lines += [f"    {key}: {t[key]}" for key in ("start", "end", "duration") if key in t]
            if t.get("milestone"):
                lines.append("    milestone: true")
            if t.get("depends_on"):
                lines.append(f"    depends_on: [{', '.join(t['depends_on'])}]")
        return "\n".join(lines) + "\n"

    def tjp(self):
        off = [d for d in DAYS if DAYS.index(d) not in self.week]
        out = [f'project agreement "Agreement" {self.start} +6y {{', '  timezone "UTC"',
               '  timeformat "%Y-%m-%d %H:%M"', f"  workinghours {', '.join(self.week_names)} 0:00 - 24:00"]
        out += [f"  workinghours {', '.join(off)} off"] if off else []
        out += ["  dailyworkinghours 24", f"  now {self.start - dt.timedelta(days=7)}", "}"]
        out += [f'leaves holiday "h{n}" {day}' for n, day in enumerate(self.holidays)]
        out += [f'task {tj(k)} "{k}" {{ milestone start {v} }}' for k, v in sorted(self.milestones.items())]
        for t in self.tasks:
            body = ["milestone"] if t.get("milestone") else [f"length {t['duration']}d"]
            if "end" in t or "start" in t:
                body.append(f"start {t.get('end') or t['start']}")
            if t.get("depends_on"):
                body.append("depends " + ", ".join(tj(d) for d in t["depends_on"]))
            out.append(f'task {tj(t["id"])} "{t["id"]}" {{ {" ".join(body)} }}')
        out += ['taskreport dates "dates" {', "  formats csv", "  columns id, start, end",
                '  timeformat "%Y-%m-%d %H:%M"', "}"]
        return "\n".join(out) + "\n"

    def normalised(self, task, start, end):
        """tj3's (start, end) moments as our inclusive dates (see the module's notes)."""
        first, last = day_of(start), day_of(end)
        if task.get("milestone"):
            shown = last if "end" in task else self.step(last, -1)
            return shown, shown
        while not self.working(first):
            first += dt.timedelta(days=1)
        return first, self.step(last, -1)

    def step(self, day, direction, inclusive=False):
        """The nearest working day before (-1) or after (+1) `day`, or `day` itself if inclusive."""
        if inclusive and self.working(day):
            return day
        day += dt.timedelta(days=direction)
        while not self.working(day):
            day += dt.timedelta(days=direction)
        return day


def tj(task_id):
    return "pm_" + task_id.replace("-", "_") if task_id in PROGRAMME_MILESTONES or task_id == "board-review" else task_id


def day_of(moment):
    if not re.fullmatch(r"\d{4}-\d\d-\d\d 00:00", moment):
        raise SystemExit(f"tj3 time {moment!r} is not at midnight: the working hours are not 0:00-24:00")
    return dt.date.fromisoformat(moment[:10])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    engine = parser.add_mutually_exclusive_group(required=True)
    engine.add_argument("--binary", help="the bsuid-readiness binary")
    engine.add_argument("--oracle", help="Tests/oracle/readiness_oracle.py, scheduled instead of the binary")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--tasks", type=int, default=300)
    parser.add_argument("--variant", choices=("full", "weekdays"), default="full")
    parser.add_argument("--keep", help="folder to keep the inventory, .tjp and outputs in")
    args = parser.parse_args()
    if shutil.which("tj3") is None:
        print("tj3 is not installed: run scripts/install-deps --test (Debian package tj3)")
        return 2
    plan = Plan(args.seed, args.tasks, args.variant)
    folder = args.keep or tempfile.mkdtemp(prefix="tj3-agreement-")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "inventory.yaml"), "w") as f:
        f.write(plan.inventory(calendar=args.variant == "full"))
    with open(os.path.join(folder, "plan.tjp"), "w") as f:
        f.write(plan.tjp())
    if args.oracle:
        tool = subprocess.run([sys.executable, os.path.abspath(args.oracle), "inventory.yaml"], cwd=folder,
                              capture_output=True, text=True)
    else:
        tool = subprocess.run([os.path.abspath(args.binary), "report", "inventory.yaml", "--out", "out",
                               "--format", "xml", "--no-history", "--quiet"], cwd=folder, capture_output=True, text=True)
    if tool.returncode != 0:
        unread = args.variant == "full" and re.search(r"calendar", tool.stderr) and "unknown" in tool.stderr.lower()
        print(f"bsuid-readiness exited {tool.returncode} on {folder}/inventory.yaml:\n{tool.stderr[:2000]}")
        return 3 if unread else 2
    tj3 = subprocess.run(["tj3", "--silent", "--no-color", "-o", folder, "plan.tjp"], cwd=folder,
                         capture_output=True, text=True)
    if tj3.returncode != 0:
        print(f"tj3 exited {tj3.returncode} on {folder}/plan.tjp:\n{tj3.stdout[:1000]}{tj3.stderr[:1000]}")
        return 2
    with open(os.path.join(folder, "dates.csv"), newline="") as f:
        theirs = {row["Id"]: (row["Start"], row["End"]) for row in csv.DictReader(f, delimiter=";")}
    if args.oracle:
        ours = {k: (v["start"], v["end"]) for k, v in json.loads(tool.stdout)["schedule"].items()}
    else:
        ns = {"w": "urn:bsuid-readiness:workbook:1"}
        root = ET.parse(os.path.join(folder, "out", "workbook.xml")).getroot()
        ours = {t.get("id"): (t.get("start"), t.get("end")) for t in root.findall("w:timeline/w:task", ns)}
    problems = []
    for task in plan.tasks:
        if task["id"] not in ours:
            problems.append(f"{task['id']}: missing from workbook.xml")
            continue
        want = [d.isoformat() for d in plan.normalised(task, *theirs[task["id"]])]
        for what, mine, other, raw in zip(("start", "end"), ours[task["id"]], want, theirs[task["id"]]):
            if mine != other:
                problems.append(f"{task['id']} {what}: ours {mine}, tj3 {other} (tj3 wrote {raw}) {task}")
    week = ",".join(plan.week_names)
    kept = f", files in {folder}" if problems or args.keep else ""
    print(f"seed {args.seed}, {len(plan.tasks)} tasks, week {week}, {len(plan.holidays)} holidays{kept}: "
          + (f"{len(problems)} disagreement(s)" if problems else "every start and end agrees"))
    for line in problems[:20]:
        print("  " + line)
    if not problems and not args.keep:
        shutil.rmtree(folder)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
