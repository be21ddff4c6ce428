import ReadinessTestSupport
import Testing

@testable import ReadinessCore

/// The catalogue lowers a system's verdict for a product that breaks, never raises one, and
/// leaves products it does not know unassessed.
struct ProductCatalogTests {
  static func entry(
    _ name: String, _ verdict: ProductVerdict, versions: [String] = [], from: String? = nil,
    through: String? = nil
  ) -> KnownProduct {
    var entry = KnownProduct(product: name, finding: "\(name) finding", source: "src")
    entry.handlesMissingPhone = verdict
    entry.versions = versions
    entry.from = from
    entry.through = through
    return entry
  }

  static let catalog = ProductCatalog(entries: [
    entry("heyoo", .breaks, through: "0.1.2"), entry("pywa", .partial, versions: ["4.5.0"]),
    entry("webex", .works),
  ])

  @Test func namesSplitAtTheLastAt() {
    #expect(ProductCatalog.split("pywa@4.5.0") == ("pywa", "4.5.0"))
    #expect(ProductCatalog.split("@scope/pkg@1.0") == ("@scope/pkg", "1.0"))
    #expect(ProductCatalog.split("@scope/pkg") == ("@scope/pkg", nil))
    #expect(ProductCatalog.split("salesforce") == ("salesforce", nil))
  }

  @Test func versionsAreCoveredExactlyOrByRange() {
    let range = Self.entry("x", .breaks, from: "1.2", through: "2.0.0")
    #expect(range.covers("1.2.0") && range.covers("1.10") && range.covers("2"))
    #expect(!range.covers("1.1.9") && !range.covers("2.0.1") && !range.covers("beta"))
    #expect(!range.covers(nil))
    #expect(Self.entry("x", .works).covers(nil))
    #expect(Self.entry("x", .works, versions: ["mo-v2"]).covers("mo-v2"))
  }

  @Test func aProductThatBreaksLowersNeverRaises() {
    let input = inventory {
      $0.systems = [
        system("a") {
          $0.product = "heyoo@0.1.2"
          $0.handlesMissingPhone = true
        },
        system("b") { $0.product = "HEYOO@0.1.0" },
        system("c") {
          $0.product = "pywa@4.5.0"
          $0.handlesMissingPhone = true
        },
        system("d") {
          $0.product = "webex"
          $0.handlesMissingPhone = false
        },
        system("e") {
          $0.product = "pywa@5.0"
          $0.handlesMissingPhone = true
        },
        system("f") {
          $0.product = "salesforce-service-cloud"
          $0.handlesMissingPhone = true
        },
      ]
    }
    let (out, diagnostics) = Self.catalog.apply(to: input)
    #expect(out.systems.map(\.handlesMissingPhone) == [false, false, true, false, true, true])
    #expect(
      diagnostics.map(\.code) == [
        .productFinding, .productFinding, .productFinding, .productFinding, .productNotCovered,
      ])
    #expect(diagnostics[0].message.hasSuffix("its handles_missing_phone is taken as false"))
    #expect(!diagnostics[2].message.contains("taken as false"))
    #expect(diagnostics[4].severity == .note && diagnostics[4].message.contains("pywa 4.5.0"))
  }
}
