"""Self-checks of the oracle's own rules. Run: python3 -m unittest Tests/oracle/test_oracle.py"""

import os
import sys
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
        # 1200 x 0.5002 x 0.6 + 800 x 0.5002 (no first-contact share: upper bound) = 760.3
        self.assertEqual((observed["adoption"], observed["conversations"]), (0.5002, 760))
        self.assertEqual((observed["spend"], observed["upper_bound"]), ({"EUR": 900.36}, True))
        self.assertEqual((observed["measured_to"], observed["sample_size"]), ("2026-10-04", 2669))
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
                  "migration_date": "2026-05-20"},
                 {"id": "b", "business_portfolio": "y", "owner": "Bo"}]
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
                 task("after", "2026-05-30", "Zoe"), task("done", "2026-05-20", "Zoe", status="done"),
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


if __name__ == "__main__":
    unittest.main()
