#!/usr/bin/env python3
"""Compares a workbook.xml written by the tool with the oracle's JSON for the same inventory.

usage: compare_workbook.py ORACLE.json WORKBOOK.xml   — prints each difference; exit 1 if any.
The oracle (readiness_oracle.py) is written from SPEC independently of the Swift engine.
"""
import json
import re
import sys
import xml.etree.ElementTree as ET

NS = {"w": "urn:bsuid-readiness:workbook:1"}


def num(text):
    return None if text is None else float(text)


def close(a, b, tolerance=1e-6):
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) <= tolerance


def xml_text(text):
    """text as workbook.xml can hold it: characters XML 1.0 forbids become U+FFFD."""
    if text is None:
        return None
    allowed = lambda c: c in "\t\n\r" or "\x20" <= c <= "\ud7ff" or "\ue000" <= c <= "\ufffd" or c >= "\U00010000"
    return "".join(c if allowed(c) else "\ufffd" for c in text)


def compare(oracle, root):
    diffs = []

    def check(what, mine, theirs, numeric=False):
        same = close(mine, theirs, 0.00051) if numeric else mine == theirs
        if not same:
            diffs.append(f"{what}: workbook {mine!r}, oracle {theirs!r}")

    score = root.find("w:score", NS)
    check("overall score", num(score.get("overall")), oracle["overall"]["score"], True)
    check("overall rag", score.get("rag"), oracle["overall"]["rag"])
    for phase in root.findall("w:phases/w:phase", NS):
        want = oracle["phases"][phase.get("id")]
        for key in ("start", "end"):
            check(f"phase {phase.get('id')} {key}", phase.get(key), want[key])
        for key in ("score", "expected"):
            check(f"phase {phase.get('id')} {key}", num(phase.get(key)), want.get(key), True)
        if want.get("rag") is not None:
            check(f"phase {phase.get('id')} rag", phase.get("rag"), want["rag"])
    for item in root.findall("w:checklist/w:item", NS):
        want = oracle["checklist"][item.get("id")]
        check(f"{item.get('id')} completion", num(item.get("completion")), want["completion"], True)
        check(f"{item.get('id')} status", item.get("status"), want["status"])
        check(f"{item.get('id')} attested", item.get("attested"), str(want["attested"]).lower())
        refs = sorted((p.get("ref"), p.get("owner") or "") for p in item.findall("w:pending", NS))
        check(f"{item.get('id')} pending", refs,
              sorted((p["ref"], p.get("owner") or "") for p in want.get("pending", [])))
    for flow in root.findall("w:flows/w:flow", NS):
        states = {s.get("id"): s.get("outcome") for s in flow.findall("w:state", NS)}
        check(f"flow {flow.get('id')}", states, oracle["flows"][flow.get("id")])
    def scenario_rows(observed):
        return sorted(
            (float(s.get("adoption")), float(s.get("conversations")), s.get("currency"), num(s.get("spend")))
            for s in root.findall("w:exposure/w:scenario", NS) if (s.get("observed") == "true") == observed)

    def expected_rows(scenarios):
        return sorted(
            (s["adoption"], float(s["conversations"]), currency, amount)
            for s in scenarios
            for currency, amount in (sorted(s["spend"].items()) or [(None, None)]))

    check("exposure scenarios", scenario_rows(False), expected_rows(oracle["exposure"]["scenarios"]))
    observed = oracle["exposure"].get("observed")
    check("observed exposure scenario", scenario_rows(True), expected_rows([observed] if observed else []))
    check("observed measurement",
          sorted({(s.get("measured-to"), s.get("sample-size"))
                  for s in root.findall("w:exposure/w:scenario", NS) if s.get("observed") == "true"}),
          [(observed["measured_to"], str(observed["sample_size"]))] if observed else [])
    # [v3] tasks-late's ref lists its task ids, worst slip first: compared as a list (the order
    # counts), whichever of space, comma or semicolon the workbook separates them with.
    def risk_key(kind, ref, severity):
        return (kind, " ".join(re.split(r"[\s,;]+", ref.strip())) if kind == "tasks-late" and ref else ref, severity)

    mine = sorted(risk_key(r.get("kind"), r.get("ref"), r.get("severity")) for r in root.findall("w:risks/w:risk", NS))
    theirs = sorted(risk_key(r["kind"], r["ref"], r["severity"]) for r in oracle["risks"])
    check("risks", mine, theirs)
    for username in root.findall("w:usernames/w:username", NS):
        handle = username.get("handle")
        check(f"username {handle} risk", username.get("risk"), oracle["usernames"].get(handle))
    order = [(r.get("open", "true") == "true", r.get("severity")) for r in root.findall("w:risks/w:risk", NS)]
    check("risk register order (open first, worst first)", order, [tuple(k) for k in oracle["risk_order"]])
    # [v3] a workbook that writes the forecast critical path (driving-chain on <timeline>) is held
    # to all of it; an older one (before the tool writes them) is compared on the rest.
    v3 = root.find("w:timeline[@driving-chain]", NS) is not None or any(
        t.get("forecast-critical") is not None for t in root.findall("w:timeline/w:task", NS))
    for task in root.findall("w:timeline/w:task", NS):
        want = oracle["schedule"][task.get("id")]
        for key in ("start", "end", "forecast-start", "forecast-end"):
            check(f"task {task.get('id')} {key}", task.get(key), want[key])
        check(f"task {task.get('id')} slip", int(task.get("slip")), want["slip"])
        for key in ("critical", "late"):
            check(f"task {task.get('id')} {key}", task.get(key), str(want[key]).lower())
        if task.get("slack") is not None:
            check(f"task {task.get('id')} slack", int(task.get("slack")), want["slack"])
        if v3:
            # §9: forecast-slack is absent exactly for the fixed points (done tasks, dated
            # milestones nothing pushes).
            check(f"task {task.get('id')} forecast-critical", task.get("forecast-critical"),
                  str(want["forecast-critical"]).lower())
            slack = task.get("forecast-slack")
            check(f"task {task.get('id')} forecast-slack", None if slack is None else int(slack),
                  want["forecast-slack"])
    timeline = root.find("w:timeline", NS)
    want = oracle.get("timeline", {})
    for key in ("planned-finish", "forecast-finish"):
        if timeline is not None and (timeline.get(key) is not None or v3):
            check(f"timeline {key}", timeline.get(key), want.get(key))
    if v3:
        check("timeline driving-chain", (timeline.get("driving-chain") or "").split(),
              want.get("driving-chain", []))
    for milestone in root.findall("w:timeline/w:milestone", NS):
        want = oracle["milestones"].get(milestone.get("id"))
        check(f"milestone {milestone.get('id')}", milestone.get("date"), want and want["date"])
    actions = root.find("w:actions", NS)
    want = oracle["actions"]
    check("actions window", actions is not None and (actions.get("window-start"), actions.get("window-end")),
          (want["window_start"], want["window_end"]))
    mine = [(o.get("name"), [(a.get("kind"), a.get("ref"), a.get("due"), a.get("urgent"))
                             for a in o.findall("w:action", NS)])
            for o in ([] if actions is None else actions.findall("w:owner", NS))]
    theirs = [(xml_text(o["name"]), [(a["kind"], a["ref"], a["due"], str(a["urgent"]).lower()) for a in o["actions"]])
              for o in want["owners"]]
    check("actions by owner", mine, theirs)
    return diffs


def main(oracle_path, workbook_path):
    diffs = compare(json.load(open(oracle_path, encoding="utf-8")), ET.parse(workbook_path).getroot())
    for diff in diffs:
        print(diff)
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
