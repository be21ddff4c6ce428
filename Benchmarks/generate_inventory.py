#!/usr/bin/env python3
"""Generates a valid inventory at scale for the benchmark (seeded, so runs are comparable).

usage: generate_inventory.py TASKS FLOWS SYSTEMS [chain] [holidays=N] > inventory.yaml
Tasks form a layered dependency graph (each depends on up to 3 earlier tasks), spread over
the three phases; flows and systems cycle through every kind. With `chain`, each task depends
on the one before it, so the plan's length grows with the number of tasks (the worst case for a
Gantt whose time axis spans the whole plan); its tasks take one day and every second one is a
milestone, so a chain of 30,000 still ends before the calendar does (2100). With `holidays=N`, the
programme's calendar names N holidays (one every 17 days from the start), so the benchmark
measures working-day arithmetic with holidays against the same plan without them.
"""
import random
import sys

SYSTEM_KINDS = ["crm", "chatbot", "automation", "campaign", "reporting", "measurement",
                "integration", "contact_centre", "cdp", "data_warehouse", "other"]
FLOW_KINDS = ["click_to_whatsapp", "inbound_service", "bot_journey", "authentication",
              "business_initiated", "campaign", "crm_lookup", "identity_verification"]
IDENTIFIERS = ["phone", "bsuid", "phone_then_bsuid", "unknown"]
STATUSES = ["not_started", "in_progress", "done"]
PHASES = ["planning", "implementation", "testing"]
CHECKLIST = ["R-P1", "R-P2", "R-P3", "R-P4", "R-I1", "R-I2", "R-I3", "R-I4",
             "R-T1", "R-T2", "R-T3", "R-C1", "R-C4", "R-C5"]


def calendar(holidays: int) -> list:
    """`holidays` dates, every 17 days from the start, in the default working week."""
    import datetime
    first = datetime.date(2026, 1, 5)
    days = [(first + datetime.timedelta(days=17 * i)).isoformat() for i in range(holidays)]
    return ["  calendar:", "    holidays: [" + ", ".join(days) + "]"]


def main(tasks: int, flows: int, systems: int, chain: bool = False, holidays: int = 0) -> None:
    rnd = random.Random(42)
    out = [
        "version: 1",
        "programme:",
        f"  name: Benchmark programme ({tasks} tasks, {flows} flows, {systems} systems)",
        "  organisation: Benchmark Org",
        "  start: 2026-01-05",
        "  as_of: 2026-06-15",
        "  stakeholders:",
        "    - { team: IT, owner: Owner 1, committed: true }",
        "    - { team: product, owner: Owner 2, committed: false }",
        "  wabas:",
        "    - { id: waba-a, business_portfolio: bp-a, bsp_bsuid_enabled: true, shares_user_ids_with: [waba-b], migration_date: 2027-01-10 }",
        "    - { id: waba-b, business_portfolio: bp-b, bsp_bsuid_enabled: false }",
    ] + (calendar(holidays) if holidays else []) + [
        "systems:",
    ]
    for i in range(systems):
        out += [
            f"  - id: sys-{i}",
            f"    name: System {i}",
            f"    kind: {SYSTEM_KINDS[i % len(SYSTEM_KINDS)]}",
            f"    owner: Owner {i % 40}",
            f"    needs_bsuid: {rnd.choice(['yes', 'no', 'unassessed'])}",
            f"    bsuid_field: {rnd.choice(STATUSES)}",
            f"    dedupe_key: {rnd.choice(['phone', 'bsuid', 'phone_then_bsuid', 'email'])}",
            f"    handles_missing_phone: {rnd.choice(['true', 'false'])}",
            f"    consumes_webhooks: {rnd.choice(['true', 'false'])}",
            f"    sends_messages: {rnd.choice(['true', 'false'])}",
            f"    status: {rnd.choice(STATUSES)}",
        ]
    out.append("flows:")
    for i in range(flows):
        kind = FLOW_KINDS[i % len(FLOW_KINDS)]
        out += [
            f"  - id: flow-{i}",
            f"    name: Flow {i}",
            f"    kind: {kind}",
            f"    systems: [sys-{i % systems}]",
            f"    primary_identifier: {IDENTIFIERS[i % len(IDENTIFIERS)]}",
            f"    owner: Owner {i % 40}",
            f"    monthly_conversations: {rnd.randint(100, 50000)}",
            f"    first_contact_share: {rnd.choice(['0.3', '0.6', '0.9'])}",
        ]
        if kind == "click_to_whatsapp":
            out.append(f"    monthly_ad_spend: {{ amount: {rnd.randint(500, 90000)}, currency: EUR }}")
        if kind in ("crm_lookup", "identity_verification"):
            out += ["    needs_phone_for: [crm_lookup]", "    phone_request: prompt"]
    out.append("tasks:")
    for i in range(tasks):
        phase = PHASES[min(2, i * 3 // max(1, tasks))]
        if chain:
            deps = [f"task-{i - 1}"] if i else []
        else:
            deps = sorted({f"task-{rnd.randrange(i)}" for _ in range(min(i, 3))}) if i else []
        out += [
            f"  - id: task-{i}",
            f"    title: Task {i}",
            f"    phase: {phase}",
            f"    owner: Owner {i % 40}",
            "    milestone: true" if chain and i % 2 else
            f"    duration: {1 if chain else rnd.randint(1, 5)}",
            f"    depends_on: [{', '.join(deps)}]",
            f"    progress: {rnd.choice([0, 0, 25, 50, 100])}",
            f"    covers: [{CHECKLIST[i % len(CHECKLIST)]}]",
        ]
    print("\n".join(out))


if __name__ == "__main__":
    modes = sys.argv[4:]
    holidays = [int(m.split("=", 1)[1]) for m in modes if m.startswith("holidays=")]
    rest = [m for m in modes if not m.startswith("holidays=")]
    if rest not in ([], ["chain"]) or len(holidays) > 1:
        sys.exit("usage: generate_inventory.py TASKS FLOWS SYSTEMS [chain] [holidays=N]")
    main(*(int(a) for a in sys.argv[1:4]), chain=rest == ["chain"], holidays=sum(holidays))
