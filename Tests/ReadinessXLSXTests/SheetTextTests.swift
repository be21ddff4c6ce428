import ReadinessCore
import Testing

@testable import ReadinessXLSX

/// Text the sheets make up: the page heading and the PM's severity.
@Suite struct SheetTextTests {
  @Test func headingDoublesAmpersandsAndIsCut() {
    #expect(Sheet.headerText("R&D as of 2026-11-25") == "R&&D as of 2026-11-25")
    let long = Sheet.headerText(String(repeating: "a", count: 300))
    #expect(long.count == 100)
    #expect(long.hasSuffix("…"))
  }

  @Test func severitySetByThePMNamesTheComputedOne() {
    var risk = Risk(
      id: "task-late:crm", kind: .taskLate, severity: .medium, ref: "crm", title: "Late",
      owner: nil, action: "Re-plan", due: nil)
    #expect(RisksSheet.severity(risk) == "medium")
    risk.computedSeverity = .high
    #expect(RisksSheet.severity(risk) == "medium, set by the PM; computed: high")
  }
}

/// The lines a wrapped cell takes, which set its row's height.
@Suite struct WrappedLinesTests {
  @Test(arguments: [
    ("short", 10.0, 1), ("", 10.0, 1), ("two words", 7.0, 2), ("two words", 5.0, 3),
    ("one two three", 9.0, 2),
    ("abcdefghijklmnopqrstuvwxy", 10.0, 3), ("a\nb\n\nc", 10.0, 4),
    ("request_contact_info", 21.0, 1), ("REQUEST_CONTACT_INFO", 21.0, 2),
  ])
  func lines(text: String, width: Double, lines: Int) {
    #expect(WrappedLines.count(text, width: width) == lines)
  }
}
