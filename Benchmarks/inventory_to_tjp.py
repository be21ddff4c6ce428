#!/usr/bin/env python3
"""Writes the plan of a generated inventory (generate_inventory.py) as a TaskJuggler project,
so `tj3` schedules the same tasks and draws the same Gantt chart as `report`.

usage: inventory_to_tjp.py inventory.yaml > plan.tjp
Reads only the lines generate_inventory.py writes for tasks; durations are working days
(TaskJuggler's `length`), dependencies `depends`, progress `complete`.
"""
import re
import sys


def tasks(lines):
    task = None
    for line in lines:
        if m := re.match(r"  - id: (task-\d+)$", line):
            if task:
                yield task
            task = {"id": m.group(1), "deps": [], "progress": 0}
        elif task is None:
            continue
        elif m := re.match(r"    title: (.*)$", line):
            task["title"] = m.group(1)
        elif m := re.match(r"    duration: (\d+)$", line):
            task["duration"] = int(m.group(1))
        elif m := re.match(r"    depends_on: \[(.*)\]$", line):
            task["deps"] = [d.strip() for d in m.group(1).split(",") if d.strip()]
        elif m := re.match(r"    progress: (\d+)$", line):
            task["progress"] = int(m.group(1))
    if task:
        yield task


def ident(task_id):
    return task_id.replace("-", "_")


def main(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    start = next(l.split(":", 1)[1].strip() for l in lines if l.startswith("  start:"))
    out = [f'project bench "Benchmark" {start} +5y {{', '  timezone "UTC"', "  now 2026-06-15", "}"]
    for task in tasks(lines):
        out.append(f'task {ident(task["id"])} "{task["title"]}" {{')
        out.append(f'  length {task["duration"]}d')
        if task["deps"]:
            out.append("  depends " + ", ".join(ident(d) for d in task["deps"]))
        else:
            out.append(f"  start {start}")
        out.append(f'  complete {task["progress"]}')
        out.append("}")
    out.append('taskreport gantt "gantt" {')
    out.append("  formats html")
    out.append("  columns no, name, start, end, complete, chart")
    out.append("}")
    print("\n".join(out))


if __name__ == "__main__":
    main(sys.argv[1])
