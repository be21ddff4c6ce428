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
