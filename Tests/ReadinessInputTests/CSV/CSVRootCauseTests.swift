import ReadinessCore
import ReadinessInput
import Testing

/// One unreadable entry is one error: references to it become one note, after the error.
@Suite("Root cause first: references to an unreadable entry are not reported as unknown")
struct CSVRootCauseTests {
  @Test("a dropped CSV row's references, in the inventory and in another CSV, become one note")
  func droppedRow() {
    let top = inventory(
      """
      systems: { csv: systems.csv }
      flows:
        - { id: a, name: A, kind: campaign, systems: [relay, crm] }
        - { id: b, name: B, kind: campaign, systems: [relay] }
        - { id: c, name: C, kind: campaign, systems: [crn] }
      """)
    let systems = "id,name,kind\ncrm,CRM,crm\nrelay,Relay, AWS,integration\n"
    let result = load(top, as: "inv.yaml", files: ["systems.csv": systems])
    #expect(
      rendered(result) == [
        "inv.yaml:8:49: error: unknown system 'crn' [inventory.unknown-reference]",
        "systems.csv:3:1: error: CSV row has 4 fields, the header has 3 [inventory.csv-field-count]",
        "inv.yaml:6:49: note: 2 references to system 'relay' are not checked: its entry could not be read (the first is here) [inventory.unread-reference]",
      ])
    #expect(result.diagnostics.last?.hint == "fix the system at systems.csv:3:1 first")
  }

  @Test("a dropped task row stands for the dependencies on it; one reference reads singular")
  func droppedTask() {
    let top = inventory(
      """
      tasks: { csv: tasks.csv }
      """)
    let tasks =
      "id,title,phase,duration,depends_on\naudit,Audit, all,planning,1,\nb,B,planning,2,audit\n"
    let result = load(top, as: "inv.yaml", files: ["tasks.csv": tasks])
    #expect(
      rendered(result) == [
        "tasks.csv:2:1: error: CSV row has 6 fields, the header has 5 [inventory.csv-field-count]",
        "tasks.csv:3:16: note: the reference to task or milestone 'audit' is not checked: its entry could not be read [inventory.unread-reference]",
      ])
  }

  @Test("a reference to an unread entry never turns an invalid inventory valid, nor the reverse")
  func stillInvalid() {
    let top = inventory("systems: { csv: systems.csv }\nflows: { csv: flows.csv }")
    let result = load(
      top, as: "inv.yaml",
      files: [
        "systems.csv": "id,name,kind\nrelay,Relay,integration,extra\n",
        "flows.csv": "id,name,kind,systems\nf,F,campaign,relay\n",
      ])
    #expect(result.evaluated == nil)
    #expect(result.diagnostics.filter { $0.severity == .error }.map(\.code) == [.csvFieldCount])
    #expect(
      rendered(result).last
        == "flows.csv:2:14: note: the reference to system 'relay' is not checked: its entry could not be read [inventory.unread-reference]"
    )
  }
}
