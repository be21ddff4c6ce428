import Foundation
import ReadinessCore
import ReadinessInput
import Testing

/// The limits that keep every accepted inventory schedulable and renderable: dates, durations,
/// counts, money, weights, text and id lengths, each an error at the value's line and column.
@Suite("Input limits")
struct InputLimitTests {
  func check(_ body: String, _ expected: [String]) {
    #expect(rendered(load(inventory(body))) == expected)
  }

  @Test(
    "dates before 2000-01-01 or after 2100-12-31 are out of range; the bounds themselves are accepted"
  )
  func dates() {
    check(
      """
        as_of: 9999-12-31
      tasks:
        - { id: t, title: T, phase: planning, start: 0001-01-01, end: 9999-12-31 }
        - { id: u, title: U, phase: planning, start: 2000-01-03, end: 2100-12-31 }
      """,
      [
        "inv.yaml:4:10: error: 'as_of' must be a date between 2000-01-01 and 2100-12-31, found 9999-12-31 [inventory.out-of-range]",
        "inv.yaml:6:48: error: 'start' must be a date between 2000-01-01 and 2100-12-31, found 0001-01-01 [inventory.out-of-range]",
        "inv.yaml:6:65: error: 'end' must be a date between 2000-01-01 and 2100-12-31, found 9999-12-31 [inventory.out-of-range]",
      ])
  }

  @Test("durations, conversations, amounts, weights and tolerances have upper bounds")
  func numbers() {
    check(
      """
        tolerance: 101
        weights: { planning: 1e308 }
        item_weights: { R-I1: 1000.5 }
      flows:
        - { id: f, name: F, kind: campaign, monthly_conversations: 1000000000001, monthly_ad_spend: { amount: 1e19, currency: EUR } }
      tasks:
        - { id: t, title: T, phase: planning, duration: 1000000000 }
        - { id: u, title: U, phase: planning, duration: 2000 }
      """,
      [
        "inv.yaml:4:14: error: 'tolerance' must be between 0 and 100, found 101 [inventory.out-of-range]",
        "inv.yaml:5:24: error: 'planning' must be between 0 and 1000, found 1e308 [inventory.out-of-range]",
        "inv.yaml:6:25: error: 'item_weights.R-I1' must be between 0 and 1000, found 1000.5 [inventory.out-of-range]",
        "inv.yaml:8:62: error: 'monthly_conversations' must be between 0 and 1000000000000, found 1000000000001 [inventory.out-of-range]",
        "inv.yaml:8:105: error: 'amount' must be between 0 and 1000000000000000, found 1e19 [inventory.out-of-range]",
        "inv.yaml:10:51: error: 'duration' must be between 0 and 2000, found 1000000000 [inventory.out-of-range]",
      ])
  }

  @Test(
    "a whole number too large for its limit is out of range, not 'not a whole number'; 1e400 too")
  func hugeNumbers() {
    check(
      """
      flows:
        - { id: f, name: F, kind: campaign, monthly_conversations: 9223372036854775807, first_contact_share: 1e400 }
      """,
      [
        "inv.yaml:5:62: error: 'monthly_conversations' must be between 0 and 1000000000000, found 9223372036854775807 [inventory.out-of-range]",
        "inv.yaml:5:104: error: 'first_contact_share' must be between 0 and 1, found 1e400 [inventory.out-of-range]",
      ])
  }

  @Test(
    "a text over 10,000 characters and an id over 200 are too long; at the limit they are accepted")
  func textLength() {
    let long = String(repeating: "é", count: 10_001)
    let atLimit = String(repeating: "é", count: 10_000)
    check(
      """
        organisation: \(atLimit)
      systems:
        - { id: \(String(repeating: "s", count: 201)), name: \(long), kind: crm }
        - { id: \(String(repeating: "s", count: 200)), name: S, kind: crm }
      """,
      [
        "inv.yaml:6:11: error: 'id' is 201 characters long, more than the 200 allowed [inventory.text-too-long]",
        "inv.yaml:6:220: error: 'name' is 10001 characters long, more than the 10000 allowed [inventory.text-too-long]",
      ])
  }

  @Test("limits hold in CSV sections too, at the CSV file's own line and column")
  func csvCells() {
    let tasks = "id,title,phase,start,duration\nt,T,planning,2101-01-01,1\nu,U,planning,,2001\n"
    let result = load(inventory("tasks: { csv: tasks.csv }"), files: ["tasks.csv": tasks])
    #expect(
      rendered(result) == [
        "tasks.csv:2:14: error: 'start' must be a date between 2000-01-01 and 2100-12-31, found 2101-01-01 [inventory.out-of-range]",
        "tasks.csv:3:15: error: 'duration' must be between 0 and 2000, found 2001 [inventory.out-of-range]",
      ])
  }

  @Test("a required text that is empty or blank has no value, in YAML and JSON")
  func blankRequiredText() {
    check(
      "systems:\n  - { id: s, name: \"  \", kind: crm }",
      ["inv.yaml:5:14: error: 'name' has no value [inventory.missing-key]"])
    let json = load(#"{"version": 1, "programme": {"name": ""}}"#, as: "inv.json")
    #expect(rendered(json) == ["inv.json:1:30: error: 'name' has no value [inventory.missing-key]"])
  }

  @Test("a NUL byte is reported at its own line and column, not 1:1")
  func nulByte() {
    let result = load(inventory("  organisation: \"ab\u{0}c\""))
    #expect(
      rendered(result) == [
        "inv.yaml:4:20: error: cannot read the file: control characters are not allowed [inventory.encoding]"
      ])
  }

  @Test("a plan whose chain of tasks ends after 2100-12-31 fails at the first task that crosses it")
  func beyondCalendar() {
    let chain = (0..<12).map { i in
      "  - { id: t\(i), title: T, phase: planning, duration: 2000\(i > 0 ? ", depends_on: [t\(i - 1)]" : "") }"
    }
    check(
      "tasks:\n" + chain.joined(separator: "\n"),
      [
        "inv.yaml:14:52: error: task 't9' would end on 2102-08-30, after the last supported date 2100-12-31 [schedule.beyond-calendar]"
      ])
  }
}
