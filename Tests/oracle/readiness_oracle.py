#!/usr/bin/env python3
"""Test oracle for bsuid-readiness.

Written independently from /work/shared/SPEC.md ([inventory]-[timeline]) without reading the
Swift engine, so that the engine's figures can be checked against a second,
separate reading of the spec. Python 3 + PyYAML, standard library otherwise.

    python3 Tests/oracle/readiness_oracle.py INVENTORY [--as-of YYYY-MM-DD]

Prints one JSON document (sorted keys) to stdout. Where SPEC is ambiguous the
reading taken here is written as a comment starting with "READING:".
"""

import argparse
import bisect
import csv
import datetime as dt
import json
import math
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

import yaml

PHASES = ("planning", "implementation", "testing")
INBOUND = ("click_to_whatsapp", "inbound_service", "bot_journey")
OUTBOUND = ("authentication", "business_initiated", "campaign")
LOOKUP = ("crm_lookup", "identity_verification")
PHONE_KINDS = ("authentication", "crm_lookup", "identity_verification")
REQUESTS = ("prompt", "native_flow")
CONNECTED = ("automation", "campaign", "reporting", "measurement", "integration")
SEVERITIES = ("low", "medium", "high", "critical")
RAG_ORDER = ("green", "amber", "red")
DEFAULT_WINDOWS = {
    "planning": ("2026-01-01", "2026-03-31"),
    "implementation": ("2026-01-01", "2026-06-30"),
    "testing": ("2026-04-01", "2026-12-31"),
}
DEFAULT_PROGRAMME_START = "2026-01-01"
# [timeline] catch-up plan: first and last working day of each phase, day 1 = the programme start.
CATCH_UP_DAYS = {"planning": (1, 20), "implementation": (11, 70), "testing": (41, 100)}
DEFAULT_MILESTONES = {
    "bsuid-webhooks": "2026-04-06", "test-countries": "2026-06-01",
    "claim-window": "2026-06-29", "send-to-bsuid": "2026-07-01",
    "phone-request": "2026-07-01", "global-rollout": "2026-12-31",
}
ITEMS = (
    ("R-P1", "planning"), ("R-P2", "planning"), ("R-P3", "planning"), ("R-P4", "planning"),
    ("R-I1", "implementation"), ("R-I2", "implementation"), ("R-I3", "implementation"),
    ("R-I4", "implementation"), ("R-C1", "implementation"), ("R-C2", "implementation"),
    ("R-C3", "implementation"), ("R-C4", "implementation"), ("R-C5", "implementation"),
    ("R-C6", "implementation"), ("R-C7", "implementation"),
    ("R-T1", "testing"), ("R-T2", "testing"), ("R-T3", "testing"),
)
# Keys whose CSV cell is a ';'-separated list.
CSV_LIST_KEYS = {"stores", "systems", "needs_phone_for", "sources", "alternates", "depends_on", "covers"}
# READING: "not ending in a domain (.com, .org, .net, …)": a final label that is a
# common top-level domain. The list is ours; examples avoid other dotted endings.
TLDS = {"com", "org", "net", "edu", "gov", "mil", "int", "info", "biz", "io", "co", "me",
        "app", "dev", "eu", "uk", "nl", "de", "fr", "es", "it", "us", "online", "shop", "store",
        "ai", "xyz", "site", "tech", "br", "in", "mx", "ar", "id", "ng", "za", "au", "ca"}


class InputError(Exception):
    """An inventory the oracle refuses (cycles, unknown ids, impossible dates)."""


# ---------------------------------------------------------------- loading ([inventory])

def load_inventory(path):
    with open(path, "rb") as f:
        raw = f.read().decode("utf-8-sig")
    if path.endswith(".json"):
        doc = json.loads(raw)
    else:
        # BaseLoader: every scalar stays a string (dates, 012, yes) and is
        # interpreted below by the key's meaning, as a user means it.
        doc = yaml.load(raw, Loader=yaml.BaseLoader)
    base = os.path.dirname(os.path.abspath(path))
    doc["_base"] = base  # [v3] where calendar ICS files are read from
    for key, value in list(doc.items()):
        if isinstance(value, dict) and set(value) in ({"csv"}, {"csv", "delimiter"}):
            doc[key] = load_csv(os.path.join(base, value["csv"]), value.get("delimiter", ","))
    scenarios = (doc.get("programme") or {}).get("scenarios") or {}
    if scenarios.get("observed"):
        # [v2] measure's `--out` file, relative to the inventory: read here, used by exposure.
        with open(os.path.join(base, scenarios["observed"]), encoding="utf-8-sig") as f:
            scenarios["observed"] = (yaml.load(f, Loader=yaml.BaseLoader) or {}).get("observed") or {}
    return doc


def load_csv(path, delimiter=","):
    """[v2] `delimiter: ";"` reads semicolon files; lists in a cell are then split by ','."""
    if delimiter not in (",", ";"):
        raise InputError(f"delimiter {delimiter!r} is neither ',' nor ';'")
    list_separator = "," if delimiter == ";" else ";"
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=delimiter))
    header, records = rows[0], []
    for row in rows[1:]:
        if not any(cell.strip() for cell in row):
            continue
        record = {}
        for key, cell in zip(header, row):
            if cell == "":
                continue  # an empty cell means the key is absent
            key = key.strip()
            value = [part.strip() for part in cell.split(list_separator)] if key in CSV_LIST_KEYS else cell
            put_dotted(record, key, value)
        records.append(record)
    return records


def put_dotted(record, key, value):
    *parents, leaf = key.split(".")
    for part in parents:
        record = record.setdefault(part, {})
    record[leaf] = value


def as_bool(value, default=False):
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in ("true", "yes", "on", "y")


def as_num(value, default=None):
    if value is None or value == "":
        return default
    return float(value)


def as_list(value):
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def as_date(value):
    return dt.date.fromisoformat(str(value)) if value not in (None, "") else None


def tri_state(value):
    """needs_bsuid: yes | no | unassessed; true/false accepted too."""
    if value is None:
        return "unassessed"
    if isinstance(value, bool):
        return "yes" if value else "no"
    text = str(value).strip().lower()
    return {"true": "yes", "false": "no", "on": "yes", "off": "no"}.get(text, text)


def half_up(value, places):
    # READING (docs/spec-readings.md): round the figure as a person writes it, read back to 15
    # significant digits, so 90 x 0.5 x 0.7 = 31.5 (31.4999... in binary) rounds to 32.
    quantum = Decimal(1).scaleb(-places)
    return float(Decimal("%.15g" % value).quantize(quantum, rounding=ROUND_HALF_UP))


# ---------------------------------------------------------------- dates ([timeline], §9 calendar)

EPOCH = dt.date(2000, 1, 3)  # a Monday: day offset k from it has weekday k % 7
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class WorkCalendar:
    """[v3] programme.calendar: the working week and the holidays. Working-day index i is the
    i-th working day counted from an arbitrary origin; boundary b is the start of day b."""

    def __init__(self, working_days=None, holidays=()):
        names = [str(d).strip().lower() for d in as_list(working_days)] or list(WEEKDAYS[:5])
        for name in names:
            if name not in WEEKDAYS:
                raise InputError(f"unknown working day {name!r} (mon..sun)")
        self.week = sorted({WEEKDAYS.index(n) for n in names})
        # Only a holiday on a working weekday removes a working day.
        self.holidays = sorted({h for h in holidays if h.weekday() in self.week})
        self._holiday_set = set(self.holidays)

    def is_working(self, day):
        return day.weekday() in self.week and day not in self._holiday_set

    def count_through(self, day):
        """Working days up to and including `day` (a running count: differences are exact)."""
        weeks, rest = divmod((day - EPOCH).days, 7)
        weekly = weeks * len(self.week) + sum(1 for w in self.week if w <= rest)
        return weekly - bisect.bisect_right(self.holidays, day)

    def start_index(self, day):
        """Index of `day`, or of the next working day when it is not one."""
        return self.count_through(day) + (0 if self.is_working(day) else 1)

    def finish_index(self, day):
        """Index of `day`, or of the previous working day when it is not one."""
        return self.count_through(day)

    def index_date(self, index):
        """The working day with this index: the first day whose running count reaches it."""
        low, high = -60000, 60000  # day offsets from EPOCH: 1835 to 2164
        while low < high:
            mid = (low + high) // 2
            if self.count_through(EPOCH + dt.timedelta(days=mid)) >= index:
                high = mid
            else:
                low = mid + 1
        return EPOCH + dt.timedelta(days=low)


def read_calendar(programme, base):
    """[v3] programme.calendar as a WorkCalendar; `base` is the inventory's folder for ICS files."""
    entry = programme.get("calendar") or {}
    holidays = []
    for item in as_list(entry.get("holidays")):
        if isinstance(item, dict) and "ics" in item:
            holidays += ics_holidays(os.path.join(base or ".", item["ics"]))
        elif isinstance(item, dict):
            holidays.append(as_date(item["date"]))
        else:
            holidays.append(as_date(item))
    return WorkCalendar(entry.get("working_days"), holidays)


def ics_holidays(path):
    """All-day VEVENTs of an ICS file; a yearly RRULE repeats within the dates an inventory
    accepts. READING: timed events are not holidays (SPEC names all-day events); an all-day event
    that spans several days makes each of them a holiday (DTEND exclusive, RFC 5545)."""
    import icalendar  # only an inventory with an ICS file needs it
    from dateutil.rrule import rrulestr

    with open(path, "rb") as f:
        cal = icalendar.Calendar.from_ical(f.read())
    days = []
    for event in cal.walk("VEVENT"):
        first = event.get("DTSTART").dt
        if isinstance(first, dt.datetime):
            continue
        end = event.get("DTEND")
        length = max(((end.dt - first).days if end is not None else 1), 1)
        starts = [first]
        if event.get("RRULE") is not None:
            rule = rrulestr(event.get("RRULE").to_ical().decode(), dtstart=dt.datetime.combine(first, dt.time()))
            starts = [d.date() for d in rule.between(dt.datetime(2000, 1, 1), dt.datetime(2100, 12, 31), inc=True)]
        days += [s + dt.timedelta(days=k) for s in starts for k in range(length)]
    return days


def phase_windows(programme, calendar):
    """[timeline]: default windows; [v2] none starts before the programme start (its start moves, not
    its end), and once the programme starts after a default window's end, that phase and the
    later ones take the catch-up plan instead, [v3] counted on the programme's calendar. A bound
    the inventory gives is kept as given."""
    given = programme.get("phases") or {}
    # READING: the programme start is programme.start (default 2026-01-01), never a phase's start.
    start = as_date(programme.get("start")) or as_date(DEFAULT_PROGRAMME_START)
    day_one = calendar.start_index(start)  # the start, or the next working day
    catching_up = False
    windows = {}
    for phase in PHASES:
        default_start, default_end = (as_date(d) for d in DEFAULT_WINDOWS[phase])
        catching_up = catching_up or start > default_end
        if catching_up:
            first, last = CATCH_UP_DAYS[phase]
            default_start = calendar.index_date(day_one + first - 1)
            default_end = calendar.index_date(day_one + last - 1)
        elif phase == "planning" or default_start < start:
            default_start = start
        window = given.get(phase) or {}
        windows[phase] = (as_date(window.get("start")) or default_start,
                          as_date(window.get("end")) or default_end)
    return windows


def milestone_dates(programme):
    dates = {key: (as_date(value), True) for key, value in DEFAULT_MILESTONES.items()}
    for entry in as_list(programme.get("milestones")):
        dates[entry["id"]] = (as_date(entry["date"]), False)
    return dates


# ---------------------------------------------------------------- identity matrix ([identity states])

def validated_request(flow):
    return requested(flow) and as_bool(flow.get("phone_request_validated"))


def needs_phone(flow):
    return len(as_list(flow.get("needs_phone_for"))) > 0


def s_c_outcome(flow):
    """S-C of a flow that is not outbound, from its own identifier and phone request."""
    kind, ident = flow.get("kind"), flow.get("primary_identifier", "unknown")
    if kind in LOOKUP and ident in ("phone", "unknown"):
        # READING: "phone or unknown -> degraded (unknown stays unknown) unless a validated
        # phone request exists, then works": the validated request rescues both.
        if validated_request(flow):
            return "works"
        return "degraded" if ident == "phone" else "unknown"
    if ident == "unknown":
        return "unknown"
    if kind in INBOUND and ident == "phone":
        return "breaks"
    # bsuid / phone_then_bsuid, inbound or lookup kinds
    return "degraded" if needs_phone(flow) and not validated_request(flow) else "works"


WORST_FIRST = ("breaks", "unknown", "degraded", "works")


def flag(value):
    """A boolean key as True, False, or None when the inventory leaves it out."""
    return None if value in (None, "") else as_bool(value)


def receiving_waba(flow, wabas):
    """The flow's `waba`; when absent, the programme's only WABA; None when it cannot be told."""
    if flow.get("waba"):
        return next((w for w in wabas if w.get("id") == flow["waba"]), None)
    return wabas[0] if len(wabas) == 1 else None


def chain_cap(flow, systems, wabas):
    """The weakest link of a flow that is not outbound: each webhook-consuming system it runs
    through and the BSP of its WABA. Returns the worst outcome a link imposes, or None."""
    caps = []
    index = {s.get("id"): s for s in systems}
    for system_id in as_list(flow.get("systems")):
        system = index.get(system_id)
        if system is None or flag(system.get("consumes_webhooks")) is not True:
            continue
        handles = flag(system.get("handles_missing_phone"))
        if handles is None:
            caps.append("unknown")
        elif handles is False:
            caps.append("breaks")
    waba = receiving_waba(flow, wabas)
    if waba is not None and waba.get("bsp"):
        enabled = flag(waba.get("bsp_bsuid_enabled"))
        if enabled is None:
            caps.append("unknown")
        elif enabled is False:
            caps.append("breaks")
    return min(caps, key=WORST_FIRST.index) if caps else None


def authentication_outcomes(flow):
    """Authentication templates cannot go to a BSUID (error 131062)."""
    ident = flow.get("primary_identifier", "unknown")
    if ident == "bsuid":
        return "breaks", "breaks"
    if ident == "phone_then_bsuid":
        return "unaffected", "works" if validated_request(flow) else "breaks"
    return "unaffected", "unaffected"


def identity_matrix(inv):
    flows, systems = inv["flows"], inv["systems"]
    wabas = as_list(inv["programme"].get("wabas"))
    matrix = {}
    for flow in flows:
        kind = flow.get("kind")
        if kind == "authentication":
            early, late = authentication_outcomes(flow)
        elif kind in OUTBOUND:
            early, late = "unaffected", "unaffected"
        else:
            early, late = "works", s_c_outcome(flow)
            cap = chain_cap(flow, systems, wabas)
            if cap is not None:
                late = min(late, cap, key=WORST_FIRST.index)
        matrix[flow["id"]] = {"S-A": early, "S-B": early, "S-C": late}
    return matrix


# ---------------------------------------------------------------- checklist ([checklist])

def task_progress(task):
    default = 100.0 if task.get("status") == "done" else 0.0
    return as_num(task.get("progress"), default)


def task_status(task):
    """READING (docs/spec-readings.md): without a status, 0 -> not_started, 100 -> done, else in_progress."""
    if task.get("status"):
        return task["status"]
    progress = task_progress(task)
    return "done" if progress >= 100 else "not_started" if progress <= 0 else "in_progress"


def ratio(counted, done_test, ref, owner):
    """(done, counted, pending) over a list of entries."""
    pending = [{"ref": ref(e), "owner": owner(e)} for e in counted if not done_test(e)]
    return len(counted) - len(pending), len(counted), pending


def requested(flow):
    return flow.get("phone_request", "undecided") in REQUESTS


def by_id(entry):
    return entry.get("id")


def by_owner(entry):
    return entry.get("owner")


def waba_pairs(wabas):
    """Unordered pairs from shares_user_ids_with that lie in different portfolios."""
    index, pairs, seen = {w["id"]: w for w in wabas}, [], set()
    for waba in wabas:
        for other_id in as_list(waba.get("shares_user_ids_with")):
            other = index.get(other_id)
            key = frozenset((waba["id"], other_id))
            if other is None or other_id == waba["id"] or key in seen:
                continue
            seen.add(key)
            # READING: an unknown portfolio on either side proves nothing: the pair counts.
            left, right = waba.get("business_portfolio"), other.get("business_portfolio")
            if left is None or right is None or left != right:
                pairs.append((waba, other))
    return pairs


def derive_items(inv, matrix):
    """Each item's (done, counted, pending), or None when the item has its own rule."""
    systems, flows = inv["systems"], inv["flows"]
    programme = inv["programme"]
    wabas = as_list(programme.get("wabas"))
    inbound = [f for f in flows if f.get("kind") in INBOUND]
    phone_flows = [f for f in flows if needs_phone(f)]
    p3_flows = [f for f in flows if needs_phone(f) or f.get("kind") in PHONE_KINDS]
    yes_systems = [s for s in systems if tri_state(s.get("needs_bsuid")) == "yes"]
    chatbots = [s for s in systems if s.get("kind") == "chatbot"]
    # READING: a workflow system whose own status is not_applicable leaves R-I3's count.
    connected = [s for s in systems if s.get("kind") in CONNECTED and s.get("status") != "not_applicable"]
    keyed = [s for s in systems if s.get("dedupe_key") in ("phone", "bsuid", "phone_then_bsuid")]
    webhooks = [s for s in systems if as_bool(s.get("consumes_webhooks"))]
    # READING (docs/spec-readings.md): "a bsuid_send_field other than none" includes one left out:
    # an unassessed sender may send to BSUIDs, so it is counted until someone says none.
    senders = [s for s in systems if as_bool(s.get("sends_messages"))
               and (as_bool(s.get("consumes_webhooks")) or s.get("bsuid_send_field") != "none")]
    # READING (docs/spec-readings.md): team names match ignoring case and surrounding spaces; a
    # team listed twice counts only when every entry is committed. Pending refs as SPEC spells them.
    stakeholders = as_list(programme.get("stakeholders"))
    for entry in stakeholders:  # [v2] any other team is an error, never silently ignored
        if str(entry.get("team", "")).strip().lower() not in ("it", "product", "operations", "marketing"):
            raise InputError(f"unknown stakeholder team {entry.get('team')!r}")
    p4_done, p4_pending = 0, []
    for team in ("IT", "product", "operations"):
        entries = [s for s in stakeholders if str(s.get("team", "")).strip().lower() == team.lower()]
        if entries and all(as_bool(s.get("committed")) for s in entries):
            p4_done += 1
        else:
            holdouts = [s for s in entries if not as_bool(s.get("committed"))] + entries
            p4_pending.append({"ref": team, "owner": holdouts[0].get("owner") if holdouts else None})
    r_i2_bots = ratio(chatbots, lambda s: as_bool(s.get("handles_missing_phone")), by_id, by_owner)
    r_i2_flows = ratio(inbound, lambda f: matrix[f["id"]]["S-C"] == "works", by_id, by_owner)
    pairs = waba_pairs(wabas)
    # [v2] a WABA's items are owned by its owner; READING: a pair by the declaring WABA's owner,
    # else its partner's.
    c3_pending = [{"ref": a["id"], "owner": a.get("owner") or b.get("owner")} for a, b in pairs
                  if not (as_bool(a.get("parent_bsuid")) and as_bool(b.get("parent_bsuid")))]
    return {
        "R-P1": ratio(flows, lambda f: f.get("primary_identifier", "unknown") != "unknown", by_id, by_owner),
        "R-P2": ratio(systems, lambda s: tri_state(s.get("needs_bsuid")) != "unassessed", by_id, by_owner),
        "R-P3": ratio(p3_flows, lambda f: f.get("phone_request", "undecided") != "undecided", by_id, by_owner),
        "R-P4": (p4_done, 3, p4_pending),
        "R-I1": ratio(yes_systems, lambda s: s.get("bsuid_field") == "done", by_id, by_owner),
        "R-I2": (r_i2_bots[0] + r_i2_flows[0], r_i2_bots[1] + r_i2_flows[1], r_i2_bots[2] + r_i2_flows[2]),
        "R-I3": ratio(connected, lambda s: s.get("status") == "done", by_id, by_owner),
        "R-I4": ratio(phone_flows, requested, by_id, by_owner),
        "R-C1": ratio(keyed, lambda s: s.get("dedupe_key") in ("bsuid", "phone_then_bsuid"), by_id, by_owner),
        "R-C2": ratio(webhooks, lambda s: as_bool(s.get("handles_missing_phone")), by_id, by_owner),
        "R-C3": (len(pairs) - len(c3_pending), len(pairs), c3_pending),
        "R-C4": None,
        "R-C5": ratio(webhooks, lambda s: as_bool(s.get("handles_id_changes")), by_id, by_owner),
        "R-C6": ratio(senders, lambda s: s.get("bsuid_send_field") == "recipient", by_id, by_owner),
        # §9: only a WABA with a BSP counts for R-C7 (a direct Cloud API WABA is not applicable).
        "R-C7": ratio([w for w in wabas if str(w.get("bsp") or "").strip()], lambda w: as_bool(w.get("bsp_bsuid_enabled")), by_id, lambda w: w.get("owner")),
        "R-T1": ratio(inbound, lambda f: as_bool(f.get("e2e_tested")), by_id, by_owner),
        "R-T2": ratio(phone_flows, lambda f: requested(f) and as_bool(f.get("phone_request_validated")),
                      by_id, by_owner),
        "R-T3": ratio(inv["usernames"], lambda u: u.get("status") == "claimed", lambda u: u.get("handle"),
                      by_owner),
    }


def covering_tasks(tasks, item):
    # READING: a task whose own status is not_applicable covers nothing.
    return [t for t in tasks if item in as_list(t.get("covers")) and t.get("status") != "not_applicable"]


def task_fraction(covering):
    """Mean progress of covering tasks as a 0-1 fraction, or None without tasks."""
    if not covering:
        return None
    return sum(task_progress(t) for t in covering) / 100.0 / len(covering)


def task_pending(covering):
    return [{"ref": t["id"], "owner": t.get("owner")} for t in covering if task_progress(t) < 100]


def base_completion(item, derived, covering, wabas):
    """(completion or None for not applicable, pending) before attestations."""
    if item == "R-C4":
        # READING: R-C4's own rule wins over the general one: not applicable without a
        # migration_date even when tasks cover it; with one, the task mean or 0.
        if not any(w.get("migration_date") for w in wabas):
            return None, []
        fraction = task_fraction(covering)
        if fraction is None:  # READING: the migrating WABAs are what is pending.
            return 0.0, [{"ref": w["id"], "owner": w.get("owner")} for w in wabas if w.get("migration_date")]
        return fraction, task_pending(covering)
    done, counted, pending = derived
    if counted > 0:
        return done / counted, pending
    if item == "R-C7":
        # §9: with no BSP at all, R-C7 is not applicable. READING: like R-C4's own rule, this wins
        # over covering tasks (an attestation still sets it).
        return None, []
    # READING: R-C3 (no pair across portfolios) follows the general rule too: the covering
    # tasks' mean progress, else not applicable.
    return task_fraction(covering), task_pending(covering)


def status_from(completion):
    if completion >= 1:
        return "done"
    return "not_started" if completion <= 0 else "in_progress"


def evaluate_item(item, phase, derived, inv):
    covering = covering_tasks(inv["tasks"], item)
    wabas = as_list(inv["programme"].get("wabas"))
    completion, pending = base_completion(item, derived, covering, wabas)
    attestation = (inv.get("attestations") or {}).get(item)
    task_blocked = any(t.get("status") == "blocked" for t in covering)
    result = {"phase": phase, "attested": attestation is not None, "pending": pending}
    if attestation is not None:
        result["attested_by"], result["attested_on"] = attestation.get("by"), attestation.get("on")
        state = attestation.get("status")
        if state == "not_applicable":
            completion = None
        elif state == "done":
            completion, pending = 1.0, []
        elif state == "not_started":
            completion = 0.0
        # READING (docs/spec-readings.md): in_progress and blocked keep the derived fraction, or
        # 0 when nothing could be derived; the attested status is the item's status, even over
        # a blocked covering task.
        elif completion is None:
            completion = 0.0
        status = "not_applicable" if completion is None else state
    elif completion is None:
        status = "not_applicable"
    else:
        status = "blocked" if task_blocked else status_from(completion)
    result["pending"] = pending if completion is not None else []
    result["completion"] = None if completion is None else round(completion, 4)
    result["status"] = status
    result["_exact"] = completion
    return result


def checklist(inv, matrix):
    derived = derive_items(inv, matrix)
    return {item: evaluate_item(item, phase, derived[item], inv) for item, phase in ITEMS}


# ---------------------------------------------------------------- scores and RAG ([scores])

def expected_progress(window, as_of):
    # READING: elapsed fraction in calendar days, (as_of - start) / (end - start).
    start, end = window
    if end <= start:
        return 100.0 if as_of >= end else 0.0
    fraction = (as_of - start).days / (end - start).days
    return half_up(100 * min(1.0, max(0.0, fraction)), 1)


def phase_scores(items, inv, windows, as_of):
    programme = inv["programme"]
    weights = programme.get("weights") or {}
    tolerance = as_num(programme.get("tolerance"), 15.0)
    # [scores]: red beyond red_tolerance points behind, default twice the tolerance.
    red_tolerance = as_num(programme.get("red_tolerance"), 2 * tolerance)
    phases = {}
    for phase in PHASES:
        # READING (docs/spec-readings.md): item weights are programme.item_weights, default 1.
        item_weights = programme.get("item_weights") or {}
        scored = [(as_num(item_weights.get(i), 1.0), r["_exact"]) for i, r in items.items()
                  if r["phase"] == phase and r["_exact"] is not None]
        total = sum(w for w, _ in scored)
        score = half_up(100 * sum(w * c for w, c in scored) / total, 1) if total > 0 else None
        expected = expected_progress(windows[phase], as_of)
        blocked = any(r["status"] == "blocked" for r in items.values() if r["phase"] == phase)
        if score is None:
            rag = "green"  # READING: a phase with no applicable item has no score and is green
        # READING: "trails by more than" compares the gap between the figures as shown (one decimal).
        elif as_of > windows[phase][1] and score < 100 or half_up(expected - score, 1) > red_tolerance:
            rag = "red"
        elif half_up(expected - score, 1) > tolerance or blocked:
            rag = "amber"
        else:
            rag = "green"
        phases[phase] = {"start": windows[phase][0].isoformat(), "end": windows[phase][1].isoformat(),
                         "score": score, "expected": expected, "rag": rag}
    return phases


def overall(phases, weights, risks):
    # READING: the overall mean uses the phase scores as shown (one decimal).
    scored = [(as_num(weights.get(p), 1.0), phases[p]["score"]) for p in PHASES if phases[p]["score"] is not None]
    total = sum(w for w, _ in scored)
    # READING: with no scored phase (or only zero weights) the overall score is 0.
    score = half_up(sum(w * s for w, s in scored) / total, 1) if total > 0 else 0.0
    rags = [phases[p]["rag"] for p in PHASES if phases[p]["rag"] is not None]
    rag = max(rags, key=RAG_ORDER.index) if rags else None
    # READING: every generated risk is open; a manual risk is open unless its status is closed.
    if any(r["severity"] == "critical" and r.get("open", True) for r in risks):
        rag = "red"
    return {"score": score, "rag": rag}


# ---------------------------------------------------------------- exposure ([exposure])

def adoption_levels(programme):
    levels = (programme.get("scenarios") or {}).get("username_adoption")
    return [as_num(a) for a in as_list(levels)] if levels is not None else [0.05, 0.20, 0.50]


def exposure(flows, matrix, programme):
    breaking = [f for f in flows if f.get("kind") not in OUTBOUND and matrix[f["id"]]["S-C"] == "breaks"]
    scenarios, per_flow = [], {}
    for adoption in adoption_levels(programme):
        scenario, rows = exposure_at(adoption, breaking)
        scenarios.append(scenario)
        for flow_id, entry in rows:
            per_flow.setdefault(flow_id, []).append(entry)
    return {"scenarios": scenarios, "flows": per_flow, "observed": observed_scenario(breaking, programme)}


def exposure_at(adoption, breaking):
    """The totals at one adoption, and each breaking flow's (id, entry)."""
    conversations, spend, upper, rows = 0.0, {}, False, []
    for flow in breaking:
        share = as_num(flow.get("first_contact_share"))
        upper = upper or share is None
        factor = adoption * (1.0 if share is None else share)
        conv = as_num(flow.get("monthly_conversations"), 0.0) * factor
        ad = flow.get("monthly_ad_spend") or {}
        amount = as_num(ad.get("amount"), 0.0) * factor
        currency = ad.get("currency", "EUR")  # READING: a spend without currency is EUR
        conversations += conv
        entry = {"adoption": adoption, "conversations": half_up(conv, 2), "upper_bound": share is None}
        if ad:
            spend[currency] = spend.get(currency, 0.0) + amount
            entry.update(spend=half_up(amount, 2), currency=currency)
        rows.append((flow["id"], entry))
    scenario = {"adoption": adoption, "conversations": int(half_up(conversations, 0)),
                "spend": {c: half_up(v, 2) for c, v in spend.items()}, "upper_bound": upper}
    return scenario, rows


def observed_scenario(breaking, programme):
    """[v2] The scenario at the adoption measured in webhook logs: the share of incoming
    messages without a phone number (S-C). None without a file, or when it counted nothing."""
    observed = (programme.get("scenarios") or {}).get("observed")
    if not observed or int(observed.get("sample_size", "0")) == 0:
        return None
    scenario, _ = exposure_at(as_num(observed["without_phone_share"]), breaking)
    scenario.update(measured_to=observed["measured_to"], sample_size=int(observed["sample_size"]))
    return scenario


# ---------------------------------------------------------------- schedule ([timeline], §9)
#
# Every position is a working-day boundary (§9): boundary b is the start of working day b; a task
# that starts on day s with r days of work occupies [s, s + r) and its dependents may start at
# s + r. A milestone occupies no days: es == ee.

def topological(tasks, external):
    """Tasks in dependency order; a dependency may also name a programme milestone (`external`)."""
    index, order, state = {t["id"]: t for t in tasks}, [], {}

    def visit(task_id, path):
        if state.get(task_id) == "done":
            return
        if state.get(task_id) == "open":
            cycle = path[path.index(task_id):] + [task_id]
            raise InputError("dependency cycle: " + " -> ".join(cycle))
        state[task_id] = "open"
        for dep in as_list(index[task_id].get("depends_on")):
            if dep not in index:
                if dep in external:
                    continue
                raise InputError(f"task {task_id} depends on unknown task {dep}")
            visit(dep, path + [task_id])
        state[task_id] = "done"
        order.append(index[task_id])

    for task in tasks:
        visit(task["id"], [])
    return order


def is_done(task):
    return task.get("status") == "done" or task_progress(task) >= 100


def own_date(task):
    """A milestone's own date: its `end`. READING: a milestone given only a `start` is dated by it."""
    return as_date(task.get("end")) or as_date(task.get("start"))


def place(task, deps, windows, cal):
    """The plan of one task from its dependencies' plans (§5, §9)."""
    ready = max((d["ee"] for d in deps), default=None)
    phase_start = cal.start_index(windows[task["phase"]][0])
    if as_bool(task.get("milestone")):
        day = own_date(task)
        if day is not None and (ready is None or ready <= cal.start_index(day)):
            # §9: a dated milestone sits at the start boundary of its date, shown as written.
            b = cal.start_index(day)
            return {"es": b, "ee": b, "length": 0, "dated": True, "start": day, "end": day}
        # §9: placed by its dependencies (also a dated one they reach): at their latest end
        # boundary, shown on the last working day before it.
        if ready is not None:
            shown = cal.index_date(ready - 1)
            return {"es": ready, "ee": ready, "length": 0, "dated": False, "start": shown, "end": shown}
        # READING: an undated milestone without dependencies sits at the start boundary of its
        # phase start (a task there would start that day), shown on that working day.
        shown = cal.index_date(phase_start)
        return {"es": phase_start, "ee": phase_start, "length": 0, "dated": False, "start": shown, "end": shown}
    given = as_date(task.get("start"))
    if given is not None:
        # §9: a given start on a non-working day moves to the next working day; a given start
        # before the phase window is kept.
        first = cal.start_index(given)
        if ready is not None and first < ready:
            raise InputError(f"task {task['id']} starts before its dependencies allow")
    else:
        # §9: phase windows hold tasks back.
        first = max(phase_start, ready) if ready is not None else phase_start
    end = as_date(task.get("end"))
    if end is not None:
        if not cal.is_working(end):
            last = cal.index_date(cal.finish_index(end))
            raise InputError(f"task {task['id']} ends on {end}, a non-working day; its last working day would be {last}")
        finish = cal.finish_index(end)
        if finish < first:
            raise InputError(f"task {task['id']} ends before it starts")
    else:
        # READING: a task with neither end nor duration lasts one working day.
        finish = first + max(int(as_num(task.get("duration"), 1)), 1) - 1
    return {"es": first, "ee": finish + 1, "length": finish - first + 1, "dated": False,
            "start": cal.index_date(first), "end": cal.index_date(finish)}


def predict(task, p, deps, windows, as_of, cal):
    """[v2] the forecast of one task from its plan `p` and its dependencies' forecasts (§5), in
    boundaries. `fixed` marks §9's fixed points: done tasks and dated milestones nothing pushes."""
    latest = max((d["fe"] for d in deps), default=None)
    if is_done(task):
        return {"fs": p["es"], "fe": p["ee"], "r": 0, "fixed": True, "start": p["start"], "end": p["end"]}
    if as_bool(task.get("milestone")):
        day = own_date(task)
        if day is not None and (latest is None or latest <= cal.start_index(day)):
            return {"fs": cal.start_index(day), "fe": cal.start_index(day), "r": 0, "fixed": True,
                    "start": day, "end": day}
        # READING: without its own date a milestone has only its dependencies' latest forecast
        # end, which can come before its plan (a running task forecast to end early), not only after.
        fe = latest if latest is not None else p["ee"]
        shown = p["end"] if fe == p["ee"] else cal.index_date(fe - 1)
        # READING: a milestone placed only by fixed points (done tasks, dated milestones nothing
        # pushes), or by nothing (its phase start), is reached or cannot move: a fixed point too
        # (§9 gives forecast positions to "unreached" milestones only).
        fixed = all(d["fixed"] for d in deps)
        return {"fs": fe, "fe": fe, "r": 0, "fixed": fixed, "start": shown, "end": shown}
    progress = min(max(task_progress(task), 0.0), 100.0)
    remaining = math.ceil(p["length"] * (100 - progress) / 100)
    earliest = latest
    if task.get("start") in (None, ""):
        # §9: the phase window's bound applies to the forecast too.
        phase_start = cal.start_index(windows[task["phase"]][0])
        earliest = phase_start if earliest is None else max(earliest, phase_start)
    if p["start"] > as_of:
        work = max(p["es"], earliest) if earliest is not None else p["es"]
        shown = cal.index_date(work)
    else:
        resume = cal.finish_index(as_of) + 1
        work = max(resume, earliest) if earliest is not None else resume
        pushed = earliest is not None and earliest > resume
        shown = p["start"] if progress > 0 and not pushed else cal.index_date(work)
    return {"fs": work, "fe": work + remaining, "r": remaining, "fixed": False,
            "start": shown, "end": cal.index_date(work + remaining - 1)}


def backward(order, successors, early_end, length, counts, finish):
    """Late end LE = `finish` without counted dependents, else their smallest late start
    (LE - length); returns each task's slack LE - early end."""
    late_start, slack = {}, {}
    for task in reversed(order):
        tid = task["id"]
        starts = [late_start[s] for s in successors[tid] if counts(s)]
        late_end = min(starts) if starts else finish
        late_start[tid] = late_end - length(tid)
        slack[tid] = late_end - early_end(tid)
    return slack


def schedule(tasks, windows, milestones, as_of, cal):
    """Plan, forecast, slack and critical path of every task; the finishes; the driving chain."""
    external = {k: {"es": cal.start_index(d), "ee": cal.start_index(d), "fe": cal.start_index(d), "fixed": True}
                for k, (d, _) in milestones.items()}
    order = topological(tasks, external)
    plan, fc = {}, {}
    index = {t["id"]: t for t in tasks}
    for task in order:
        names = as_list(task.get("depends_on"))
        plan[task["id"]] = place(task, [plan.get(d) or external[d] for d in names], windows, cal)
        fc[task["id"]] = predict(task, plan[task["id"]], [fc.get(d) or external[d] for d in names],
                                 windows, as_of, cal)
    if not plan:
        return {}, {"plan": None, "forecast": None}, []
    successors = {t["id"]: [] for t in tasks}
    for task in tasks:
        for dep in as_list(task.get("depends_on")):
            if dep in successors:
                successors[dep].append(task["id"])
    # READING: the plan's critical path stays §5's ("towards the latest task end", every task,
    # dated milestones included), only counted in §9's boundaries.
    plan_slack = backward(order, successors, lambda t: plan[t]["ee"], lambda t: plan[t]["length"],
                          lambda t: True, max(p["ee"] for p in plan.values()))
    # §9 forecast: F over unfinished tasks and undated (or pushed) milestones; fixed points never
    # critical. READING: every dependent that is not done counts, a fixed dated milestone too.
    moving = [t for t in plan if not fc[t]["fixed"]]
    f_end = max((fc[t]["fe"] for t in moving), default=None)
    fc_slack = {}
    if f_end is not None:
        fc_slack = backward(order, successors, lambda t: fc[t]["fe"], lambda t: fc[t]["r"],
                            lambda t: not is_done(index[t]), f_end)
    result = {}
    for task in tasks:
        tid, p, f = task["id"], plan[task["id"]], fc[task["id"]]
        phase_end = windows[task["phase"]][1]
        # [timeline]: late when it ends after its phase, or is unfinished at its end; [v2] or its
        # forecast end is after its phase end.
        late = p["end"] > phase_end or (as_of > p["end"] and task_progress(task) < 100) or f["end"] > phase_end
        slack = None if f["fixed"] else fc_slack[tid]
        result[tid] = {"start": p["start"].isoformat(), "end": p["end"].isoformat(),
                       "slack": plan_slack[tid], "critical": plan_slack[tid] == 0, "late": late,
                       "forecast-start": f["start"].isoformat(), "forecast-end": f["end"].isoformat(),
                       "forecast-slack": slack, "forecast-critical": slack == 0,
                       # READING: slip counts the working days between the ends as shown (§5 "from
                       # the planned end to the forecast end"), not boundaries: a dated milestone
                       # (start of 05-20) pushed to its dependencies' end (end of 05-28) slips 6,
                       # one day less than its dependents.
                       "slip": cal.finish_index(f["end"]) - cal.finish_index(p["end"])}
    return result, finishes(tasks, plan, fc), driving_chain(tasks, result, fc, f_end)


def finishes(tasks, plan, fc):
    """The latest end of the tasks, leaving out milestones with their own date, unless every task
    is one. READING: a done task counts (its end is the work's end); a dated milestone that its
    dependencies push counts on both sides."""
    def latest(entries, dated):
        counted = [e for e in entries if not dated(e)] or entries
        return max(e["end"] for e in counted).isoformat()
    ids = [t["id"] for t in tasks]
    own = {t["id"]: as_bool(t.get("milestone")) and own_date(t) is not None for t in tasks}
    return {"plan": latest([dict(plan[i], id=i) for i in ids], lambda e: own[e["id"]] and plan[e["id"]]["dated"]),
            "forecast": latest([dict(fc[i], id=i) for i in ids],
                               lambda e: own[e["id"]] and fc[e["id"]]["fixed"] and plan[e["id"]]["dated"])}


def driving_chain(tasks, result, fc, f_end):
    """§9: the critical path that ends at F, followed back through critical predecessors (ties:
    the earliest start, then the id), listed first to last. READING: a path links a task to a
    critical predecessor that ends where the task's work starts (a critical predecessor that ends
    earlier is critical through another dependent and is reached along that one); "start" is the
    forecast start as shown."""
    if f_end is None:
        return []
    index = {t["id"]: t for t in tasks}

    def best(ids):
        picks = [i for i in ids if i in result and result[i]["forecast-critical"]]
        return min(picks, key=lambda i: (result[i]["forecast-start"], i)) if picks else None

    chain = []
    current = best([i for i in result if not fc[i]["fixed"] and fc[i]["fe"] == f_end])
    while current is not None:
        chain.append(current)
        current = best([d for d in as_list(index[current].get("depends_on"))
                        if d in fc and fc[d]["fe"] == fc[current]["fs"]])
    return chain[::-1]


# ---------------------------------------------------------------- risks ([risks])

def handle_is_valid(handle):
    # SPEC: handles are compared case-insensitively, so upper-case letters are no rule break.
    h = str(handle).lower()
    if not 3 <= len(h) <= 35 or not re.fullmatch(r"[a-z0-9._]+", h) or not re.search(r"[a-z]", h):
        return False
    if h.startswith(".") or h.endswith(".") or ".." in h or h.startswith("www"):
        return False
    return not ("." in h and h.rsplit(".", 1)[1] in TLDS)


def lower(severity):
    return SEVERITIES[max(0, SEVERITIES.index(severity) - 1)]


def flow_risks(flows, matrix):
    risks = []
    for flow in flows:
        states = matrix[flow["id"]]
        if flow.get("kind") in OUTBOUND:
            if "breaks" in states.values():
                risks.append(("send-fails", flow["id"], "high"))
            continue
        if states["S-C"] != "breaks":
            continue
        spend = as_num((flow.get("monthly_ad_spend") or {}).get("amount"), 0.0)
        critical = flow.get("kind") == "click_to_whatsapp" and spend > 0
        risks.append(("operational-silence", flow["id"], "critical" if critical else "high"))
    return risks


def system_risks(systems):
    return [("bsuid-in-to", s["id"], "high") for s in systems if s.get("bsuid_send_field") == "to"]


def waba_risks(wabas, tasks):
    risks = []
    covering = covering_tasks(tasks, "R-C4")
    for waba in wabas:
        if not waba.get("migration_date"):
            continue
        moves = str(waba.get("new_portfolio", "unknown")).lower() not in ("no", "false", "off")
        severity = "high" if moves else "low"
        # READING: "every covering task is done" = finished (status done or progress 100);
        # needs at least one task.
        if covering and all(task_status(t) == "done" or task_progress(t) >= 100 for t in covering):
            severity = lower(severity)
        risks.append(("bsuid-invalidation", waba["id"], severity))
    for a, b in waba_pairs(wabas):
        if not (as_bool(a.get("parent_bsuid")) and as_bool(b.get("parent_bsuid"))):
            risks.append(("shared-ids", a["id"], "high"))
    return risks


def username_risks(usernames, claim_window, as_of):
    risks = []
    for entry in usernames:
        status = entry.get("status", "not_started")
        if status != "claimed" and as_of > claim_window:
            if status == "disputed":
                severity = "critical"
            else:
                severity = "medium" if as_bool(entry.get("verified_badge")) else "high"
            risks.append(("username-unclaimed", entry["handle"], severity))
        # READING: one username-invalid risk per offending handle or alternate, ref = that string.
        # SPEC: high for the handle; an alternate that breaks the rules is low.
        if not handle_is_valid(entry["handle"]):
            risks.append(("username-invalid", entry["handle"], "high"))
        for handle in as_list(entry.get("alternates")):
            if not handle_is_valid(handle):
                risks.append(("username-invalid", handle, "low"))
    return risks


def username_levels(usernames, claim_window, as_of):
    """SPEC: a username's risk is the worst of its handle's own; an invalid alternate does not set it."""
    levels = {}
    for entry in usernames:
        own = username_risks([dict(entry, alternates=[])], claim_window, as_of)
        levels[entry["handle"]] = max((s for _, _, s in own), key=SEVERITIES.index, default="none")
    return levels
def decision_status(decision):
    """READING (docs/spec-readings.md): a decision without status is decided when it has a date
    (the day it was decided), else proposed."""
    return decision.get("status") or ("decided" if decision.get("date") else "proposed")


def decision_risks(decisions, as_of):
    """[v2] decision-overdue (medium): a decision not `decided` after its needed_by, i.e. as_of
    later than needed_by. READING: superseded is not decided, so it counts."""
    return [("decision-overdue", d["id"], "medium") for d in decisions
            if d.get("needed_by") and as_of > as_date(d["needed_by"]) and decision_status(d) != "decided"]


def generated_risks(inv, matrix, items, plan, milestones, as_of):
    wabas = as_list(inv["programme"].get("wabas"))
    risks = flow_risks(inv["flows"], matrix) + system_risks(inv["systems"])
    risks += waba_risks(wabas, inv["tasks"])
    risks += username_risks(inv["usernames"], milestones["claim-window"][0], as_of)
    # [risks] late-start: the programme starts after the bsuid-webhooks milestone.
    # READING: one risk, referring to that milestone.
    start = as_date(inv["programme"].get("start"))
    if start and start > milestones["bsuid-webhooks"][0]:
        risks.append(("late-start", "bsuid-webhooks", "high"))
    risks += late_risks(inv["tasks"], plan)
    risks += decision_risks(inv["decisions"], as_of)
    risks += [("item-blocked", i, "high") for i, r in items.items() if r["status"] == "blocked"]
    result = [{"kind": k, "ref": ref, "severity": s} for k, ref, s in risks]
    result += [{"kind": "manual", "ref": r["id"], "severity": r.get("severity", "medium"),
                "open": r.get("status", "open") != "closed"} for r in as_list(inv.get("risks"))]
    return sorted(result, key=lambda r: (r["kind"], r["ref"]))


def late_risks(tasks, plan):
    """§9: a task-late risk for each late unfinished task on the forecast critical path (high) and
    each late (missed or at-risk) unfinished milestone (high when forecast-critical, else medium);
    every other late unfinished task goes into one tasks-late risk (medium) whose ref lists their
    ids worst slip first (READING: ties by id). Done tasks raise no late risk."""
    risks, rolled = [], []
    for task in tasks:
        entry = plan[task["id"]]
        if not entry["late"] or is_done(task):
            continue
        if as_bool(task.get("milestone")):
            risks.append(("task-late", task["id"], "high" if entry["forecast-critical"] else "medium"))
        elif entry["forecast-critical"]:
            risks.append(("task-late", task["id"], "high"))
        else:
            rolled.append((-entry["slip"], task["id"]))
    if rolled:
        risks.append(("tasks-late", " ".join(i for _, i in sorted(rolled)), "medium"))
    return risks


def register_order(risks):
    """[risks]: open risks before closed ones, each worst first: (open, severity) in register order."""
    keys = [(r.get("open", True), r["severity"]) for r in risks]
    return sorted(keys, key=lambda k: (not k[0], -SEVERITIES.index(k[1])))



# ---------------------------------------------------------------- actions by owner ([outputs])

def risk_due_and_owner(risk, inv, plan):
    """(due date or None, owner or None) of a risk: only these kinds have a due date."""
    kind, ref = risk["kind"], risk["ref"]
    if kind == "manual":
        entry = next(r for r in inv["risks"] if r["id"] == ref)
        return as_date(entry.get("due")), entry.get("owner")
    # READING: tasks-late gathers tasks of several owners: no owner, no due date (each of its
    # tasks is in its own owner's actions).
    if kind == "task-late":
        task = next(t for t in inv["tasks"] if t["id"] == ref)
        return as_date(plan[ref]["end"]), task.get("owner")
    if kind == "username-unclaimed":
        entry = next(u for u in inv["usernames"] if u["handle"] == ref)
        return as_date(entry.get("target")), entry.get("owner")
    if kind == "bsuid-invalidation":
        waba = next(w for w in as_list(inv["programme"].get("wabas")) if w["id"] == ref)
        # READING (docs/spec-readings.md): owned by the first task covering R-C4, of any status;
        # [v2] else by the WABA's owner.
        owners = [t.get("owner") for t in inv["tasks"] if "R-C4" in as_list(t.get("covers"))]
        return as_date(waba.get("migration_date")), owners[0] if owners else waba.get("owner")
    if kind == "decision-overdue":
        # READING: due on its needed_by, owned by the decision's owner.
        decision = next(d for d in inv["decisions"] if d["id"] == ref)
        return as_date(decision["needed_by"]), decision.get("owner")
    # [risks]: each risk has an owner: the flow's, the username's; item-blocked READING
    # (docs/spec-readings.md): the blocked covering task's owner, else whoever attested.
    if kind == "operational-silence":
        return None, next(f for f in inv["flows"] if f["id"] == ref).get("owner")
    if kind == "username-invalid":
        claim = next(u for u in inv["usernames"]
                     if ref in [u["handle"]] + as_list(u.get("alternates")))
        return None, claim.get("owner")
    # [v2] send-fails: the flow's owner; bsuid-in-to: the system's; late-start READING: the IT
    # stakeholder's; shared-ids READING: the declaring WABA's owner, else its partner's.
    if kind == "send-fails":
        return None, next(f for f in inv["flows"] if f["id"] == ref).get("owner")
    if kind == "bsuid-in-to":
        return None, next(x for x in inv["systems"] if x["id"] == ref).get("owner")
    if kind == "late-start":
        it = [x for x in as_list(inv["programme"].get("stakeholders")) if str(x.get("team", "")).lower() == "it"]
        return None, it[0].get("owner") if it else None
    if kind == "shared-ids":
        wabas = {w["id"]: w for w in as_list(inv["programme"].get("wabas"))}
        partners = [wabas[p] for p in as_list(wabas[ref].get("shares_user_ids_with")) if p in wabas]
        return None, wabas[ref].get("owner") or next((p.get("owner") for p in partners if p.get("owner")), None)
    if kind == "item-blocked":
        blocked = [t for t in covering_tasks(inv["tasks"], ref) if task_status(t) == "blocked"]
        attestation = (inv.get("attestations") or {}).get(ref) or {}
        return None, blocked[0].get("owner") if blocked else attestation.get("by")
    return None, None


def actions(inv, plan, risks, as_of):
    """READING (docs/spec-readings.md): the next two weeks are as_of .. as_of + 14 days; unfinished
    (status not done, progress below 100, so not_applicable too) tasks ending then or late, and
    open risks due by then; by owner (unassigned last), then due date and id.
    [outputs]: each thing once (a listed task stands for its own task-late risk); open critical and
    high risks without a due date are listed. READING: so that every owner of an open critical or
    high risk has a list, such risks are listed whatever their due date; undated ones first."""
    window_end = as_of + dt.timedelta(days=14)
    rows, listed = [], set()
    for task in inv["tasks"]:
        entry, due = plan[task["id"]], as_date(plan[task["id"]]["end"])
        if task_status(task) == "done" or task_progress(task) >= 100:
            continue
        if entry["late"] or as_of <= due <= window_end:
            kind = "milestone" if as_bool(task.get("milestone")) else "task"
            rows.append((task.get("owner"), kind, task["id"], due, entry["late"]))
            listed.add(task["id"])
    for risk in risks:
        due, owner = risk_due_and_owner(risk, inv, plan)
        if risk["kind"] == "task-late" and risk["ref"] in listed:
            continue
        pressing = risk["severity"] in ("critical", "high")
        if risk.get("open", True) and (pressing or due is not None and due <= window_end):
            ref = risk["ref"] if risk["kind"] == "manual" else f"{risk['kind']}:{risk['ref']}"
            overdue = due is not None and due < as_of
            rows.append((owner, "risk", ref, due, overdue or risk["severity"] == "critical"))
    names = sorted({owner or None for owner, *_ in rows}, key=lambda n: (n is None, n or ""))
    owners = []
    for name in names:
        mine = sorted((r for r in rows if (r[0] or None) == name),
                      key=lambda r: (r[3] is not None, r[3] or as_of, r[2]))
        owners.append({"name": name, "actions": [
            {"kind": k, "ref": ref, "due": due and due.isoformat(), "urgent": urgent}
            for _, k, ref, due, urgent in mine]})
    return {"window_start": as_of.isoformat(), "window_end": window_end.isoformat(), "owners": owners}

# ---------------------------------------------------------------- main

def normalise(doc):
    for section in ("systems", "flows", "usernames", "tasks", "risks", "decisions", "attestations"):
        if doc.get(section) in ("null", "Null", "NULL", "~", ""):
            doc[section] = None  # BaseLoader keeps YAML's null as text
    for section in ("systems", "flows", "usernames", "tasks", "risks", "decisions"):
        doc[section] = as_list(doc.get(section))
    doc["programme"] = doc.get("programme") or {}
    return doc


def assess(doc, as_of_override=None):
    inv = normalise(doc)
    programme = inv["programme"]
    as_of = as_date(as_of_override or programme.get("as_of")) or dt.date.today()
    cal = read_calendar(programme, inv.get("_base"))
    windows, milestones = phase_windows(programme, cal), milestone_dates(programme)
    matrix = identity_matrix(inv)
    items = checklist(inv, matrix)
    plan, finish, chain = schedule(inv["tasks"], windows, milestones, as_of, cal)
    phases = phase_scores(items, inv, windows, as_of)
    risks = generated_risks(inv, matrix, items, plan, milestones, as_of)
    for entry in items.values():
        del entry["_exact"]
    return {
        "actions": actions(inv, plan, risks, as_of),
        "as_of": as_of.isoformat(),
        "checklist": items,
        "exposure": exposure(inv["flows"], matrix, programme),
        "flows": matrix,
        "milestones": {k: {"date": d.isoformat(), "default": f} for k, (d, f) in milestones.items()},
        "overall": overall(phases, programme.get("weights") or {}, risks),
        "phases": phases,
        "risks": risks,
        "risk_order": register_order(risks),
        "schedule": plan,
        "timeline": {"planned-finish": finish["plan"], "forecast-finish": finish["forecast"],
                     "driving-chain": chain},
        "usernames": username_levels(inv["usernames"], milestones["claim-window"][0], as_of),
    }


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inventory")
    parser.add_argument("--as-of")
    args = parser.parse_args(argv)
    try:
        result = assess(load_inventory(args.inventory), args.as_of)
    except InputError as error:
        print(f"{args.inventory}: error: {error}", file=sys.stderr)
        return 65
    json.dump(result, sys.stdout, sort_keys=True, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
