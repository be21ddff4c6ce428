import Foundation
import ReadinessCore
import ReadinessInput
import Testing

@Suite("A CSV file the reader refuses is reported with the reader's reason")
struct CSVReadFailureTests {
  @Test("the reason and hint of a ReadFailure reach the diagnostic at the csv key")
  func reasonAndHint() throws {
    let loader = InventoryLoader { _ in
      throw InventoryLoader.ReadFailure(
        .verbatim("it is outside the inventory's folder"),
        hint: .verbatim("use --csv-root to allow it"))
    }
    let text = inventory("systems: { csv: ../secret.csv }")
    let result = loader.load(
      Data(text.utf8), fileName: "inv.yaml", asOf: AsOfChoice(today: day("2026-06-01")))
    #expect(
      rendered(result) == [
        "inv.yaml:4:12: error: cannot read the CSV file '../secret.csv': it is outside the"
          + " inventory's folder [inventory.csv-unreadable]"
      ])
    #expect(result.diagnostics.first?.hint == "use --csv-root to allow it")
  }
}
