import Foundation
import ReadinessCore
import ReadinessInput

/// Loads inventory text for tests; `files` are the CSV files a `{csv: …}` section may name;
/// it is read at its programme's `as_of`, else at `asOf`.
func load(
  _ text: String, as fileName: String = "inv.yaml", files: [String: String] = [:],
  asOf: String = "2027-06-30"
) -> InventoryLoader.Result {
  let loader = InventoryLoader { path in
    guard let content = files[path] else { throw CocoaError(.fileNoSuchFile) }
    return Data(content.utf8)
  }
  return loader.load(
    Data(text.utf8), fileName: fileName, asOf: AsOfChoice(today: Day(iso: asOf)!))
}

/// `file:line:column: severity: message [code]`, one per diagnostic, for exact comparisons.
func rendered(_ result: InventoryLoader.Result) -> [String] {
  result.diagnostics.map { d in
    "\(d.location.map { "\($0)" } ?? "-"): \(d.severity.rawValue): \(d.message) [\(d.code)]"
  }
}

/// A valid inventory with `extra` appended (indented as top-level YAML).
func inventory(_ extra: String) -> String {
  """
  version: 1
  programme:
    name: Test
  \(extra)
  """
}
