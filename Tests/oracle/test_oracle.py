"""Self-checks of the oracle's own rules. Run: python3 -m unittest Tests/oracle/test_oracle.py"""

import os
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import readiness_oracle as oracle  # noqa: E402

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")


def inventory(**sections):
    doc = {"version": "1", "programme": {"name": "t", "as_of": "2026-05-15"}}
    doc.update(sections)
    return doc


class OracleRules(unittest.TestCase):
    def test_weekend_start_moves_to_monday(self):
        tasks = [{"id": "a", "phase": "planning", "start": "2026-03-07", "duration": "2"}]
        plan = oracle.assess(inventory(tasks=tasks))["schedule"]
        self.assertEqual((plan["a"]["start"], plan["a"]["end"]), ("2026-03-09", "2026-03-10"))

    def test_dependency_cycle_is_named(self):
        tasks = [{"id": "a", "phase": "planning", "depends_on": ["b"]},
                 {"id": "b", "phase": "planning", "depends_on": ["a"]}]
        with self.assertRaisesRegex(oracle.InputError, "a -> b -> a"):
            oracle.assess(inventory(tasks=tasks))

    def test_start_before_dependencies_is_an_error(self):
        tasks = [{"id": "a", "phase": "planning", "start": "2026-01-05", "duration": "5"},
                 {"id": "b", "phase": "planning", "start": "2026-01-06", "depends_on": ["a"]}]
        with self.assertRaises(oracle.InputError):
            oracle.assess(inventory(tasks=tasks))

    def test_invalid_alternate_is_low_and_leaves_the_handle_risk(self):
        usernames = [{"handle": "Acme_Shop", "status": "claimed", "alternates": ["www_acme", "Acme_NL"]}]
        result = oracle.assess(inventory(usernames=usernames), "2026-07-01")
        self.assertEqual([(r["kind"], r["ref"], r["severity"]) for r in result["risks"]],
                         [("username-invalid", "www_acme", "low")])
        self.assertEqual(result["usernames"], {"Acme_Shop": "none"})

    def test_milestone_without_date_falls_on_latest_dependency_end(self):
        tasks = [{"id": "a", "phase": "planning", "start": "2026-01-05", "duration": "5"},
                 {"id": "m", "phase": "planning", "milestone": "true", "depends_on": ["a"]},
                 {"id": "b", "phase": "planning", "duration": "1", "depends_on": ["m"]}]
        plan = oracle.assess(inventory(tasks=tasks))["schedule"]
        self.assertEqual(plan["m"]["end"], "2026-01-09")
        self.assertEqual(plan["b"]["start"], "2026-01-12")
        self.assertTrue(all(plan[t]["critical"] for t in "amb"))

    def test_phase_without_items_has_no_score_and_leaves_the_mean(self):
        systems = [{"id": "s", "kind": "crm", "needs_bsuid": "yes", "bsuid_field": "done"}]
        result = oracle.assess(inventory(systems=systems))
        phases = result["phases"]
        self.assertIsNone(phases["testing"]["score"])
        self.assertEqual(phases["testing"]["rag"], "green")
        mean = oracle.half_up((phases["planning"]["score"] + phases["implementation"]["score"]) / 2, 1)
        self.assertEqual(result["overall"]["score"], mean)

    def test_missing_keys_take_spec_defaults(self):
        flows = [{"id": "f", "kind": "crm_lookup"}]
        systems = [{"id": "s", "kind": "crm"}]
        result = oracle.assess(inventory(flows=flows, systems=systems))
        self.assertEqual(result["flows"]["f"]["S-C"], "unknown")
        self.assertEqual(result["checklist"]["R-P1"]["completion"], 0.0)
        self.assertEqual(result["checklist"]["R-P2"]["completion"], 0.0)
        self.assertEqual(result["checklist"]["R-P3"]["completion"], 0.0)

    def test_handle_rules(self):
        for bad in ("www.shop", "acme.com", "a", "Bad Handle", ".x_y", "a..b", "123"):
            self.assertFalse(oracle.handle_is_valid(bad), bad)
        for good in ("veldstroom", "veldstroom_nl", "abc", "a1b"):
            self.assertTrue(oracle.handle_is_valid(good), good)

    def test_rounding_is_on_the_figure_as_written(self):
        self.assertEqual(oracle.half_up(90 * 0.5 * 0.7, 0), 32.0)
        self.assertEqual(oracle.half_up(2.01 * 0.5, 2), 1.01)

    def test_a_validated_request_rescues_a_lookup_keyed_on_an_unknown_id(self):
        flows = [{"id": "v", "kind": "crm_lookup", "phone_request": "prompt", "phone_request_validated": "true"},
                 {"id": "u", "kind": "identity_verification"}]
        matrix = oracle.assess(inventory(flows=flows))["flows"]
        self.assertEqual((matrix["v"]["S-C"], matrix["u"]["S-C"]), ("works", "unknown"))

    def test_r_p4_teams_ignore_case_and_spaces_and_need_every_entry_committed(self):
        stakeholders = [{"team": "It", "committed": "true"}, {"team": " operations ", "committed": "true"},
                        {"team": "product", "committed": "true"}, {"team": "Product", "committed": "false"}]
        item = oracle.assess(inventory(programme={"name": "t", "as_of": "2026-05-15",
                                                  "stakeholders": stakeholders}))["checklist"]["R-P4"]
        self.assertEqual([p["ref"] for p in item["pending"]], ["product"])

    def test_csv_cells_quoted_lists_and_dotted_keys(self):
        doc = oracle.load_inventory(os.path.join(ROOT, "Examples", "csv-systems", "inventory.yaml"))
        crm = doc["systems"][0]
        self.assertEqual(crm["name"], "HubSpot CRM, service hub")
        self.assertEqual(crm["stores"], ["phone", "email", "bsuid"])
        self.assertIn('the "phone first" rule', crm["notes"])
        self.assertNotIn("bsuid_send_field", doc["systems"][2])
        self.assertEqual(doc["flows"][0]["monthly_ad_spend"], {"amount": "45000", "currency": "NOK"})

    def test_semicolon_csv_splits_lists_on_commas(self):
        doc = oracle.load_inventory(os.path.join(ROOT, "Examples", "semicolon-csv", "inventory.yaml"))
        crm = doc["systems"][0]
        self.assertEqual(crm["name"], "CRM Vendas; atendimento")
        self.assertEqual(crm["stores"], ["phone", "email", "bsuid"])
        self.assertEqual(doc["risks"][0]["likelihood"], "medium")
        self.assertNotIn("status", doc["decisions"][2])

    def test_observed_scenario_uses_the_share_without_a_phone_number(self):
        doc = oracle.load_inventory(os.path.join(ROOT, "Examples", "observed", "inventory.yaml"))
        observed = oracle.assess(doc)["exposure"]["observed"]
        # 1200 x 0.5 x 0.6 + 800 x 0.5 (no first-contact share: upper bound) = 760
        self.assertEqual((observed["adoption"], observed["conversations"]), (0.5, 760))
        self.assertEqual((observed["spend"], observed["upper_bound"]), ({"EUR": 900.0}, True))
        self.assertEqual((observed["measured_to"], observed["sample_size"]), ("2026-10-04", 2780))
        doc["programme"]["scenarios"]["observed"]["sample_size"] = "0"
        self.assertIsNone(oracle.assess(doc)["exposure"]["observed"])

    def test_unknown_team_is_refused(self):
        programme = {"name": "t", "stakeholders": [{"team": "Produto", "committed": "true"}]}
        with self.assertRaisesRegex(oracle.InputError, "Produto"):
            oracle.assess(inventory(programme=programme))

    def test_decision_overdue_after_needed_by_unless_decided(self):
        decisions = [{"id": "late", "status": "proposed", "needed_by": "2026-05-14", "owner": "Bo"},
                     {"id": "gone", "status": "superseded", "needed_by": "2026-05-14"},
                     {"id": "today", "status": "proposed", "needed_by": "2026-05-15"},
                     {"id": "done", "status": "decided", "needed_by": "2026-05-01"},
                     {"id": "dated", "date": "2026-05-02", "needed_by": "2026-05-01"},
                     {"id": "open", "needed_by": "2026-05-01"}]
        result = oracle.assess(inventory(decisions=decisions))
        overdue = [r["ref"] for r in result["risks"] if r["kind"] == "decision-overdue"]
        self.assertEqual(overdue, ["gone", "late", "open"])
        self.assertEqual({r["severity"] for r in result["risks"]}, {"medium"})
        bo = [o for o in result["actions"]["owners"] if o["name"] == "Bo"][0]["actions"]
        self.assertEqual([(a["ref"], a["due"], a["urgent"]) for a in bo],
                         [("decision-overdue:late", "2026-05-14", True)])

    def test_waba_owner_owns_its_items_and_invalidation_risk(self):
        wabas = [{"id": "a", "business_portfolio": "x", "owner": "Ana", "shares_user_ids_with": ["b"],
                  "migration_date": "2026-05-20", "bsp": "CloudChat"},
                 {"id": "b", "business_portfolio": "y", "owner": "Bo", "bsp": "CloudChat"}]
        result = oracle.assess(inventory(programme={"name": "t", "as_of": "2026-05-15", "wabas": wabas}))
        self.assertEqual([p["owner"] for p in result["checklist"]["R-C7"]["pending"]], ["Ana", "Bo"])
        self.assertEqual([p["owner"] for p in result["checklist"]["R-C4"]["pending"]], ["Ana"])
        self.assertEqual([p["owner"] for p in result["checklist"]["R-C3"]["pending"]], ["Ana"])
        ana = [o for o in result["actions"]["owners"] if o["name"] == "Ana"][0]["actions"]
        # The shared-ids risk is high and undated: listed first (every owner of an open critical or
        # high risk has a list).
        self.assertEqual([a["ref"] for a in ana], ["shared-ids:a", "bsuid-invalidation:a"])

    def test_actions_list_unfinished_tasks_and_open_risks_of_the_next_two_weeks(self):
        def task(task_id, end, owner, **more):
            return dict(id=task_id, phase="implementation", start="2026-05-04", end=end, owner=owner, **more)
        tasks = [task("soon", "2026-05-29", "Zoe"), task("edge", "2026-05-29", None),
                 task("after", "2026-06-01", "Zoe"), task("done", "2026-05-20", "Zoe", status="done"),
                 task("na", "2026-05-20", "Ana", status="not_applicable")]
        risks = [{"id": "due", "severity": "low", "owner": "Ana", "due": "2026-05-15"},
                 {"id": "closed", "severity": "low", "owner": "Ana", "due": "2026-05-20", "status": "closed"},
                 {"id": "later", "severity": "low", "owner": "Ana", "due": "2026-06-01"}]
        result = oracle.assess(inventory(tasks=tasks, risks=risks))["actions"]
        self.assertEqual(result["window_end"], "2026-05-29")
        owners = [(o["name"], [a["ref"] for a in o["actions"]]) for o in result["owners"]]
        self.assertEqual(owners, [("Ana", ["due", "na"]), ("Zoe", ["soon"]), (None, ["edge"])])

    def test_default_windows_never_start_before_the_programme_start(self):
        programme = {"name": "t", "as_of": "2026-02-16", "start": "2026-02-16"}
        phases = oracle.assess(inventory(programme=programme))["phases"]
        windows = [(phases[p]["start"], phases[p]["end"]) for p in oracle.PHASES]
        self.assertEqual(windows, [("2026-02-16", "2026-03-31"), ("2026-02-16", "2026-06-30"),
                                   ("2026-04-01", "2026-12-31")])

    def test_a_start_after_planning_ends_takes_the_catch_up_plan_and_keeps_given_bounds(self):
        # Saturday 2026-04-04: day 1 is Monday 04-06, day 20 Friday 05-01, day 11 Monday 04-20,
        # day 70 Friday 07-10, day 41 Monday 06-01, day 100 Friday 08-21.
        programme = {"name": "t", "as_of": "2026-04-04", "start": "2026-04-04"}
        phases = oracle.assess(inventory(programme=programme))["phases"]
        windows = [(phases[p]["start"], phases[p]["end"]) for p in oracle.PHASES]
        self.assertEqual(windows, [("2026-04-06", "2026-05-01"), ("2026-04-20", "2026-07-10"),
                                   ("2026-06-01", "2026-08-21")])
        programme["phases"] = {"testing": {"end": "2026-12-31"}}
        phases = oracle.assess(inventory(programme=programme))["phases"]
        self.assertEqual((phases["testing"]["start"], phases["testing"]["end"]), ("2026-06-01", "2026-12-31"))

    def test_late_start_after_the_webhooks_milestone(self):
        def risks(start, **more):
            programme = dict(name="t", as_of=start, start=start, **more)
            return [r["kind"] for r in oracle.assess(inventory(programme=programme))["risks"]]
        self.assertEqual(risks("2026-04-07"), ["late-start"])
        self.assertEqual(risks("2026-04-06"), [])
        self.assertEqual(risks("2026-04-20", milestones=[{"id": "bsuid-webhooks", "date": "2026-05-01"}]), [])
    def test_the_weakest_link_caps_s_c_for_every_flow_that_is_not_outbound(self):
        programme = {"name": "t", "as_of": "2026-05-15",
                     "wabas": [{"id": "w", "bsp": "Zenvia", "bsp_bsuid_enabled": "false"}]}
        systems = [{"id": "bot", "kind": "chatbot", "consumes_webhooks": "true", "handles_missing_phone": "false"},
                   {"id": "maybe", "kind": "crm", "consumes_webhooks": "true"}]
        flows = [{"id": "ctwa", "kind": "click_to_whatsapp", "primary_identifier": "phone_then_bsuid",
                  "systems": ["bot"], "monthly_conversations": "100"},
                 {"id": "lookup", "kind": "crm_lookup", "primary_identifier": "bsuid"},
                 {"id": "promo", "kind": "campaign", "systems": ["bot"]}]
        result = oracle.assess(inventory(programme=programme, systems=systems, flows=flows))
        self.assertEqual([result["flows"][f]["S-C"] for f in ("ctwa", "lookup", "promo")],
                         ["breaks", "breaks", "unaffected"])
        self.assertEqual(sorted(result["exposure"]["flows"]), ["ctwa", "lookup"])
        programme["wabas"] = [{"id": "w", "bsp": "Zenvia"}, {"id": "v", "bsp": "Zenvia"}]
        flows[1]["systems"] = ["maybe"]
        result = oracle.assess(inventory(programme=programme, systems=systems, flows=flows))
        self.assertEqual(result["flows"]["lookup"]["S-C"], "unknown")

    def test_authentication_to_a_bsuid_fails_and_raises_send_fails(self):
        flows = [{"id": "otp", "kind": "authentication", "primary_identifier": "bsuid"},
                 {"id": "login", "kind": "authentication", "primary_identifier": "phone_then_bsuid"},
                 {"id": "ok", "kind": "authentication", "primary_identifier": "phone_then_bsuid",
                  "phone_request": "prompt", "phone_request_validated": "true"}]
        systems = [{"id": "bot", "kind": "chatbot", "bsuid_send_field": "to"}]
        result = oracle.assess(inventory(flows=flows, systems=systems))
        self.assertEqual(result["flows"]["otp"], {"S-A": "breaks", "S-B": "breaks", "S-C": "breaks"})
        self.assertEqual(result["flows"]["login"]["S-C"], "breaks")
        self.assertEqual(result["flows"]["ok"], {"S-A": "unaffected", "S-B": "unaffected", "S-C": "works"})
        self.assertEqual([(r["kind"], r["ref"]) for r in result["risks"]],
                         [("bsuid-in-to", "bot"), ("send-fails", "login"), ("send-fails", "otp")])
        self.assertEqual(result["exposure"]["flows"], {})

    def test_r_c6_counts_only_senders_that_must_reach_users_by_bsuid(self):
        systems = [{"id": "campaign", "kind": "campaign", "sends_messages": "true", "bsuid_send_field": "none"},
                   {"id": "replies", "kind": "crm", "sends_messages": "true", "consumes_webhooks": "true",
                    "bsuid_send_field": "none"},
                   {"id": "done", "kind": "crm", "sends_messages": "true", "bsuid_send_field": "recipient"}]
        item = oracle.assess(inventory(systems=systems))["checklist"]["R-C6"]
        self.assertEqual((item["completion"], [p["ref"] for p in item["pending"]]), (0.5, ["replies"]))
    def test_actions_list_each_thing_once_and_every_critical_or_high_risk(self):
        tasks = [dict(id="late", phase="implementation", start="2026-05-04", end="2026-05-08",
                      owner="Kim", progress="40")]
        risks = [{"id": "undated", "severity": "critical", "owner": "Lee"},
                 {"id": "far", "severity": "high", "owner": "Kim", "due": "2026-09-01"},
                 {"id": "quiet", "severity": "medium", "owner": "Max"}]
        result = oracle.assess(inventory(tasks=tasks, risks=risks))
        self.assertIn(("task-late", "late", "high"), [(r["kind"], r["ref"], r["severity"]) for r in result["risks"]])
        owners = [(o["name"], [(a["ref"], a["due"]) for a in o["actions"]]) for o in result["actions"]["owners"]]
        self.assertEqual(owners, [("Kim", [("late", "2026-05-08"), ("far", "2026-09-01")]),
                                  ("Lee", [("undated", None)])])

    def test_red_beyond_red_tolerance_default_twice_tolerance(self):
        # Planning 2026-01-01..03-31 (89 days) with R-P1 attested done and R-P4 at 0: score 50.
        def planning(as_of, **programme):
            doc = inventory(attestations={"R-P1": {"status": "done"}})
            doc["programme"].update(as_of=as_of, **programme)
            return oracle.assess(doc)["phases"]["planning"]
        self.assertEqual(planning("2026-03-13")["rag"], "amber")  # 79.8 expected: 29.8 behind
        self.assertEqual(planning("2026-03-14")["rag"], "red")  # 80.9 expected: 30.9 behind
        self.assertEqual(planning("2026-03-14", tolerance="20")["rag"], "amber")
        self.assertEqual(planning("2026-03-14", red_tolerance="35")["rag"], "amber")

    def test_register_order_is_open_first_then_worst_first(self):
        risks = [{"id": "a", "severity": "critical", "status": "closed"},
                 {"id": "b", "severity": "low"}, {"id": "c", "severity": "high"}]
        order = oracle.assess(inventory(risks=risks))["risk_order"]
        self.assertEqual(order, [(True, "high"), (True, "low"), (False, "critical")])


def task(task_id, phase="implementation", **keys):
    return dict(id=task_id, phase=phase, **keys)


def timeline(tasks, as_of="2026-05-15", **programme):
    doc = inventory(tasks=tasks)
    doc["programme"].update(as_of=as_of, **programme)
    return oracle.assess(doc)


class WorkingCalendar(unittest.TestCase):
    """§9 programme.calendar: every working-day count follows the week and the holidays."""

    SUN_THU = ["sun", "mon", "tue", "wed", "thu"]

    def test_sunday_to_thursday_week_with_holidays_of_every_form(self):
        folder = tempfile.mkdtemp()
        ics = os.path.join(folder, "holidays.ics")
        with open(ics, "w") as f:
            f.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n"
                    "BEGIN:VEVENT\r\nUID:1\r\nDTSTAMP:20260101T000000Z\r\nSUMMARY:Yearly\r\n"
                    "DTSTART;VALUE=DATE:20250113\r\nRRULE:FREQ=YEARLY\r\nEND:VEVENT\r\n"
                    "BEGIN:VEVENT\r\nUID:2\r\nDTSTAMP:20260101T000000Z\r\nSUMMARY:Timed\r\n"
                    "DTSTART:20260114T090000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
        calendar = {"working_days": self.SUN_THU,
                    "holidays": ["2026-01-04", {"date": "2026-01-07", "name": "Feast"}, {"ics": "holidays.ics"}]}
        tasks = [task("a", "planning", start="2026-01-01", duration="5"),
                 task("b", "planning", duration="3", depends_on=["a"]),
                 task("c", "planning", start="2026-01-02", duration="1")]
        doc = inventory(tasks=tasks)
        doc["programme"].update(as_of="2025-12-01", calendar=calendar)
        doc["_base"] = folder
        plan = oracle.assess(doc)["schedule"]
        # Thu 01-01; Fri/Sat off; Sun 01-04 holiday; Mon 05, Tue 06; Wed 07 holiday; Thu 08, Sun 11.
        self.assertEqual((plan["a"]["start"], plan["a"]["end"]), ("2026-01-01", "2026-01-11"))
        # Mon 12; Tue 13 is the yearly ICS holiday (2025-01-13 repeated); the timed event on Wed 14
        # is no holiday: Wed 14, Thu 15.
        self.assertEqual((plan["b"]["start"], plan["b"]["end"]), ("2026-01-12", "2026-01-15"))
        # A given start on a Friday moves to the next working day, Sunday 01-04 being a holiday.
        self.assertEqual(plan["c"]["start"], "2026-01-05")

    def test_calendar_counts_and_index_agree(self):
        cal = oracle.WorkCalendar(self.SUN_THU, [oracle.as_date("2026-12-27")])
        day = oracle.as_date("2026-12-24")  # a Thursday
        self.assertEqual(cal.index_date(cal.start_index(day) + 1), oracle.as_date("2026-12-28"))
        self.assertEqual(cal.finish_index(oracle.as_date("2026-12-26")), cal.finish_index(day))
        self.assertFalse(cal.is_working(oracle.as_date("2026-12-25")))

    def test_a_given_end_on_a_non_working_day_is_an_error_naming_the_last_working_day(self):
        tasks = [task("a", start="2026-03-01", end="2026-03-06")]  # a Friday
        with self.assertRaisesRegex(oracle.InputError, "2026-03-05"):
            timeline(tasks, calendar={"working_days": self.SUN_THU})

    def test_forecast_and_slip_count_on_the_calendar(self):
        # as-of Thursday 2026-05-14; a 4-day task at 50 % resumes on Sunday 05-17, Monday a holiday.
        tasks = [task("a", start="2026-05-10", duration="4", progress="50")]
        plan = timeline(tasks, "2026-05-14", calendar={"working_days": self.SUN_THU, "holidays": ["2026-05-18"]})
        entry = plan["schedule"]["a"]
        self.assertEqual((entry["end"], entry["forecast-end"], entry["slip"]), ("2026-05-13", "2026-05-19", 3))


class Schedule(unittest.TestCase):
    """§9 scheduling rules, Monday-Friday."""

    def test_phase_windows_hold_tasks_back_and_a_given_earlier_start_is_kept(self):
        tasks = [task("a", "planning", start="2026-02-02", duration="5"),
                 task("b", "testing", duration="2", depends_on=["a"]),
                 task("c", "testing", start="2026-03-02", duration="1"),
                 task("d", "testing", duration="1")]
        plan = timeline(tasks, "2026-01-15")["schedule"]
        self.assertEqual((plan["b"]["start"], plan["b"]["end"]), ("2026-04-01", "2026-04-02"))
        self.assertEqual(plan["c"]["start"], "2026-03-02")
        self.assertEqual(plan["d"]["start"], "2026-04-01")

    def test_dated_milestone_lets_dependents_start_on_its_day(self):
        tasks = [task("a", start="2026-06-01", duration="3"),
                 task("m", milestone="true", end="2026-06-29", depends_on=["a"]),
                 task("b", duration="2", depends_on=["m"]),
                 task("w", milestone="true", end="2026-06-27"),  # a Saturday
                 task("c", duration="1", depends_on=["w"])]
        plan = timeline(tasks, "2026-05-15")["schedule"]
        self.assertEqual((plan["m"]["end"], plan["b"]["start"]), ("2026-06-29", "2026-06-29"))
        self.assertEqual((plan["w"]["end"], plan["c"]["start"]), ("2026-06-27", "2026-06-29"))

    def test_milestone_placed_by_dependencies_or_reached_by_them_releases_the_next_day(self):
        tasks = [task("a", start="2026-06-22", duration="6"),  # ends Monday 06-29
                 task("m", milestone="true", end="2026-06-29", depends_on=["a"]),
                 task("b", duration="1", depends_on=["m"]),
                 task("n", milestone="true", depends_on=["a"]),
                 task("c", duration="1", depends_on=["n"])]
        plan = timeline(tasks, "2026-05-15")["schedule"]
        self.assertEqual((plan["m"]["end"], plan["b"]["start"]), ("2026-06-29", "2026-06-30"))
        self.assertEqual((plan["n"]["end"], plan["c"]["start"]), ("2026-06-29", "2026-06-30"))

    def test_tasks_depend_on_programme_milestones_with_their_overrides(self):
        tasks = [task("claim", "testing", duration="2", depends_on=["claim-window"]),
                 task("send", "testing", duration="1", depends_on=["send-to-bsuid"]),
                 task("board", "testing", duration="1", depends_on=["board-review"])]
        milestones = [{"id": "send-to-bsuid", "date": "2026-07-04"}, {"id": "board-review", "date": "2026-09-15"}]
        plan = timeline(tasks, "2026-05-15", milestones=milestones)["schedule"]
        self.assertEqual((plan["claim"]["start"], plan["claim"]["end"]), ("2026-06-29", "2026-06-30"))
        self.assertEqual(plan["send"]["start"], "2026-07-06")  # 07-04 is a Saturday
        self.assertEqual(plan["board"]["start"], "2026-09-15")
        with self.assertRaisesRegex(oracle.InputError, "unknown task nowhere"):
            timeline([task("x", depends_on=["nowhere"])])

    def test_section_9_worked_example(self):
        tasks = [task("done-1", start="2026-01-05", duration="10", status="done"),
                 task("done-2", start="2026-02-02", duration="5", progress="100"),
                 task("twenty", start="2026-03-09", duration="20", progress="40"),
                 task("ten", duration="10", depends_on=["twenty"]),
                 task("short", start="2026-05-18", duration="3")]
        result = timeline(tasks, "2026-05-15")
        plan = result["schedule"]
        self.assertEqual((plan["twenty"]["start"], plan["twenty"]["end"]), ("2026-03-09", "2026-04-03"))
        self.assertEqual(plan["twenty"]["forecast-end"], "2026-06-02")
        self.assertEqual((plan["ten"]["forecast-start"], plan["ten"]["forecast-end"]), ("2026-06-03", "2026-06-16"))
        self.assertTrue(plan["twenty"]["forecast-critical"] and plan["ten"]["forecast-critical"])
        self.assertEqual(plan["short"]["forecast-end"], "2026-05-20")
        self.assertEqual(plan["short"]["forecast-slack"], 19)
        self.assertFalse(plan["short"]["forecast-critical"])
        for done in ("done-1", "done-2"):
            self.assertIsNone(plan[done]["forecast-slack"])
            self.assertFalse(plan[done]["forecast-critical"])
        self.assertEqual(result["timeline"]["driving-chain"], ["twenty", "ten"])
        self.assertEqual(result["timeline"]["forecast-finish"], "2026-06-16")

    def test_fixed_dated_milestone_has_no_forecast_slack_but_passes_its_late_start_back(self):
        tasks = [task("a", start="2026-06-15", duration="3"),  # ends 06-17
                 task("m", milestone="true", end="2026-06-29", depends_on=["a"]),
                 task("b", duration="5", depends_on=["m"])]
        plan = timeline(tasks, "2026-05-15")["schedule"]
        self.assertIsNone(plan["m"]["forecast-slack"])
        self.assertFalse(plan["m"]["forecast-critical"])
        self.assertEqual(plan["a"]["forecast-slack"], 7)  # 06-18 .. 06-26 before the milestone
        self.assertTrue(plan["b"]["forecast-critical"])
        # The plan counts in boundaries too: the milestone sits at the start of 06-29.
        self.assertEqual((plan["m"]["slack"], plan["a"]["slack"]), (0, 7))

    def test_a_pushed_dated_milestone_is_no_fixed_point_and_can_be_critical(self):
        tasks = [task("a", start="2026-05-11", duration="10", progress="10"),
                 task("m", milestone="true", end="2026-05-20", depends_on=["a"]),
                 task("b", duration="2", depends_on=["m"])]
        result = timeline(tasks, "2026-05-15")
        plan = result["schedule"]
        # 9 days left from Monday 05-18: ends 05-28; the milestone follows, b starts 05-29.
        self.assertEqual(plan["m"]["forecast-end"], "2026-05-28")
        self.assertEqual(plan["m"]["forecast-slack"], 0)
        self.assertEqual(plan["b"]["forecast-start"], "2026-05-29")
        self.assertEqual(result["timeline"]["driving-chain"], ["a", "m", "b"])

    def test_a_dated_milestone_pushed_only_in_the_forecast_follows_its_dependencies(self):
        tasks = [task("a", start="2026-05-04", duration="10", progress="10"),  # planned to end 05-15
                 task("m", milestone="true", end="2026-05-20", depends_on=["a"]),
                 task("b", duration="2", depends_on=["m"])]
        plan = timeline(tasks, "2026-05-15")["schedule"]
        self.assertEqual((plan["m"]["end"], plan["b"]["start"]), ("2026-05-20", "2026-05-20"))
        self.assertEqual((plan["m"]["forecast-end"], plan["m"]["slip"]), ("2026-05-28", 6))
        self.assertEqual((plan["b"]["forecast-start"], plan["m"]["forecast-slack"]), ("2026-05-29", 0))

    def test_driving_chain_ties_take_the_earliest_start_then_the_id(self):
        tasks = [task("x", start="2026-06-01", duration="5"), task("y", start="2026-06-01", duration="5"),
                 task("early", start="2026-05-25", duration="10"),
                 task("z", duration="2", depends_on=["x", "y", "early"])]
        result = timeline(tasks, "2026-05-15")
        self.assertEqual(result["timeline"]["driving-chain"], ["early", "z"])
        self.assertTrue(all(result["schedule"][t]["forecast-critical"] for t in ("x", "y", "early", "z")))

    def test_driving_chain_follows_the_predecessor_that_ends_where_the_task_starts(self):
        # a is critical through b; c depends on both but only b ends where c starts.
        tasks = [task("a", start="2026-06-01", duration="2"),
                 task("b", duration="3", depends_on=["a"]),
                 task("c", duration="2", depends_on=["a", "b"])]
        result = timeline(tasks, "2026-05-15")
        self.assertTrue(all(result["schedule"][t]["forecast-critical"] for t in "abc"))
        self.assertEqual(result["timeline"]["driving-chain"], ["a", "b", "c"])

    def test_a_milestone_only_fixed_points_place_is_a_fixed_point(self):
        tasks = [task("done", start="2026-04-01", duration="5", status="done"),
                 task("reached", milestone="true", depends_on=["done"]),
                 task("gate", "testing", milestone="true"),
                 task("after", "testing", duration="5", depends_on=["gate", "reached"])]
        plan = timeline(tasks, "2026-05-15")["schedule"]
        self.assertEqual((plan["reached"]["forecast-slack"], plan["gate"]["forecast-slack"]), (None, None))
        self.assertEqual(plan["after"]["forecast-slack"], 0)

    def test_finish_leaves_out_milestones_with_their_own_date(self):
        tasks = [task("a", start="2026-06-01", duration="5"),
                 task("rollout", milestone="true", end="2026-12-31")]
        self.assertEqual(timeline(tasks)["timeline"]["planned-finish"], "2026-06-05")
        only = [task("rollout", milestone="true", end="2026-12-31")]
        self.assertEqual(timeline(only)["timeline"]["forecast-finish"], "2026-12-31")


class LateRisks(unittest.TestCase):
    """§9 late tasks in the register."""

    def test_only_critical_tasks_and_milestones_get_their_own_risk(self):
        tasks = [task("crit", start="2026-04-01", duration="20", progress="50"),
                 task("gate", milestone="true", depends_on=["crit"]),
                 task("side-small", start="2026-04-20", duration="3"),
                 task("side-big", start="2026-04-01", duration="6", progress="0"),
                 task("side-gate", milestone="true", end="2026-05-01"),
                 task("done-late", start="2026-04-01", duration="2", status="done")]
        risks = timeline(tasks, "2026-05-15", phases={"implementation": {"end": "2026-04-10"}})["risks"]
        got = sorted((r["kind"], r["ref"], r["severity"]) for r in risks)
        self.assertEqual(got, [("task-late", "crit", "high"), ("task-late", "gate", "high"),
                               ("task-late", "side-gate", "medium"),
                               ("tasks-late", "side-big side-small", "medium")])


class ChecklistV3(unittest.TestCase):
    def test_r_c7_counts_only_wabas_with_a_bsp(self):
        def r_c7(wabas, tasks=()):
            doc = inventory(tasks=list(tasks))
            doc["programme"]["wabas"] = wabas
            return oracle.assess(doc)["checklist"]["R-C7"]
        mixed = [{"id": "direct", "bsp": ""}, {"id": "via", "bsp": "CloudChat", "bsp_bsuid_enabled": "true"},
                 {"id": "other", "bsp": "Other"}]
        self.assertEqual(r_c7(mixed)["completion"], 0.5)
        self.assertEqual([p["ref"] for p in r_c7(mixed)["pending"]], ["other"])
        covering = [task("t", covers=["R-C7"], progress="50", start="2026-05-04", duration="5")]
        self.assertEqual(r_c7([{"id": "direct"}], covering)["status"], "not_applicable")


if __name__ == "__main__":
    unittest.main()
