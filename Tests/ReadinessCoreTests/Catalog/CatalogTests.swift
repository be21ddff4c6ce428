import Foundation
import Testing

@testable import ReadinessCore

@Suite("The typed catalogues agree with their documentation")
struct CatalogTests {
  @Test("the checklist catalog lists every ChecklistItemID once, in report order")
  func checklistCatalog() {
    #expect(ChecklistCatalog.items.map(\.id) == ChecklistItemID.allCases)
    // SPEC's checklist table, written out: the controls R-C1…R-C7 count in implementation.
    let specPhases: [PhaseID] =
      Array(repeating: .planning, count: 4) + Array(repeating: .implementation, count: 4)
      + Array(repeating: .testing, count: 3) + Array(repeating: .implementation, count: 7)
    #expect(ChecklistCatalog.items.map(\.id.phase) == specPhases)
  }

  @Test("only R-C4 is measured by its covering tasks")
  func measures() {
    let byTasks = ChecklistCatalog.items.filter { $0.measure == .coveringTasks }.map(\.id)
    #expect(byTasks == [.rC4])
  }

  @Test("docs/diagnostics.md documents every DiagnosticCode, and nothing else")
  func diagnosticsDocumented() throws {
    let docs = try String(
      contentsOf: Self.repository.appendingPathComponent("docs/diagnostics.md"), encoding: .utf8)
    let documented = docs.split(separator: "\n").compactMap { line -> String? in
      guard line.hasPrefix("| `") else { return nil }
      return line.dropFirst(3).split(separator: "`").first.map(String.init)
    }
    #expect(Set(documented) == Set(DiagnosticCode.allCases.map(\.rawValue)))
    #expect(documented.count == DiagnosticCode.allCases.count)
  }

  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
}
