import ReadinessCore
import ReadinessInput
import Testing

/// Long tables are decoded and built in chunks on several cores: what comes out must be what
/// one pass in document order gives.
@Suite("A table of thousands of rows loads in document order, every problem at its line")
struct LargeTableLoadingTests {
  /// `count` flows, one per line; every `bad`th one has a kind outside the list.
  static func flows(_ count: Int, badEvery bad: Int) -> String {
    let rows = (0..<count).map { index in
      let kind = index % bad == bad - 1 ? "crm_lookp" : "crm_lookup"
      return "  - { id: f\(index), name: Flow \(index), kind: \(kind) }"
    }
    return inventory("flows:\n" + rows.joined(separator: "\n"))
  }

  @Test("5,000 valid flows keep their order")
  func order() throws {
    let result = load(Self.flows(5_000, badEvery: Int.max))
    #expect(result.diagnostics.isEmpty, "\(rendered(result).prefix(3))")
    let flows = try #require(result.evaluated).inventory.flows
    #expect(flows.map(\.id) == (0..<5_000).map { "f\($0)" })
    #expect(flows.map { $0.location?.line } == (0..<5_000).map { $0 + 5 })
  }

  @Test("an error in every 7th of 5,000 flows is reported once each, at its own line, in order")
  func errors() {
    let result = load(Self.flows(5_000, badEvery: 7))
    let lines = result.diagnostics.filter { $0.code == .invalidEnum }.compactMap(\.location?.line)
    #expect(lines == stride(from: 6, to: 5_000, by: 7).map { $0 + 5 })
  }
}
