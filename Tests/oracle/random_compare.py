#!/usr/bin/env python3
"""Random plans with progress, scheduled by the oracle and by the tool: every timeline figure.

usage: random_compare.py --binary PATH [--seeds N] [--tasks N] [--variant weekdays|full] [--done-milestones]

TaskJuggler (Tests/EndToEndTests/Support/tj3_compare.py) checks the plan; this checks what tj3
has no counterpart for: the forecast (progress, as_of in the middle of the plan, tasks done,
running and not started), slip, lateness against a phase end, plan and forecast slack and
critical path, the driving chain and the finishes, with compare_workbook.py's rules. The plans
are tj3_compare.py's with progress added (Monday–Friday, or with --variant full the seed's own
working week and holidays, once the tool reads programme.calendar); --done-milestones also marks some
milestones done while their dependencies are not (SPEC §5: a done task is forecast as planned).
Prints each seed's differences; exit 1 when there is any.
"""
import argparse
import datetime as dt
import json
import os
import random
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "EndToEndTests", "Support"))
import tj3_compare  # noqa: E402
from compare_workbook import compare  # noqa: E402


def inventory(seed, tasks, variant, done_milestones):
    """A tj3_compare plan with an as_of inside it, progress and a phase end it may overrun."""
    rnd = random.Random(seed * 7919)
    plan = tj3_compare.Plan(seed, tasks, variant)
    text = plan.inventory(calendar=variant == "full")
    as_of = plan.start + dt.timedelta(days=rnd.randrange(0, 200))
    text = text.replace(f"  as_of: {plan.start - dt.timedelta(days=7)}", f"  as_of: {as_of}")
    far = (plan.start + dt.timedelta(days=5 * 365)).isoformat()
    end = (plan.start + dt.timedelta(days=rnd.randrange(60, 300))).isoformat()
    text = text.replace(f"implementation: {{ start: {plan.start}, end: {far} }}",
                        f"implementation: {{ start: {plan.start}, end: {end} }}")
    milestones = {t["id"] for t in plan.tasks if t.get("milestone")}
    out, current = [], None
    for line in text.splitlines():
        out.append(line)
        if line.startswith("  - id: "):
            current = line[len("  - id: "):]
        if line == "    phase: implementation" and (done_milestones or current not in milestones):
            draw = rnd.random()
            if draw < 0.2:
                out.append("    status: done")
            elif draw < 0.5:
                out.append(f"    progress: {rnd.randint(1, 99)}")
            elif draw < 0.55:
                out.append("    progress: 100")
    return "\n".join(out) + "\n", as_of


def run(seed, args):
    text, as_of = inventory(seed, args.tasks, args.variant, args.done_milestones)
    folder = tempfile.mkdtemp(prefix="random-compare-")
    with open(os.path.join(folder, "inventory.yaml"), "w") as f:
        f.write(text)
    oracle = subprocess.run([sys.executable, os.path.join(HERE, "readiness_oracle.py"), "inventory.yaml"],
                            cwd=folder, capture_output=True, text=True)
    tool = subprocess.run([os.path.abspath(args.binary), "report", "inventory.yaml", "--out", "out", "--format",
                           "xml", "--no-history", "--quiet"], cwd=folder, capture_output=True, text=True)
    if oracle.returncode or tool.returncode:
        return [f"oracle exit {oracle.returncode} {oracle.stderr[:300]}; tool exit {tool.returncode} "
                f"{tool.stderr[:300]}"], folder, as_of
    diffs = compare(json.loads(oracle.stdout), ET.parse(os.path.join(folder, "out", "workbook.xml")).getroot())
    # The timeline only: risks and actions follow from it and are compared on the examples.
    return [d for d in diffs if d.startswith(("task ", "timeline"))], folder, as_of


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--seeds", type=int, default=20)
    parser.add_argument("--tasks", type=int, default=80)
    parser.add_argument("--variant", choices=("weekdays", "full"), default="weekdays")
    parser.add_argument("--done-milestones", action="store_true")
    args = parser.parse_args()
    failed = 0
    for seed in range(1, args.seeds + 1):
        diffs, folder, as_of = run(seed, args)
        if diffs:
            failed += 1
            print(f"seed {seed} (as_of {as_of}): {len(diffs)} difference(s), files in {folder}")
            for line in diffs[:8]:
                print("  " + line)
    print(f"{args.seeds} random plans of {args.tasks} tasks: {failed} differ from the oracle")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
