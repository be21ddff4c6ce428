import Foundation
import ReadinessCore
import ReadinessInput
import Testing

@Suite("programme.scenarios.observed: the observed adoption file, read and checked")
struct ObservedLoadingTests {
  static let valid = """
    observed:
      measured_to: 2026-11-22
      sample_size: 48210
      username_share: 0.05
      without_phone_share: 0.034
      bsuid_changes: 12
      weeks:
        - { phone: "31208081200", week: 2026-11-16, inbound: 48210, without_phone: 1639, usernames: 2410, bsuid_changes: 12 }
    """

  /// An inventory naming `observed.yaml` (its `observed:` key at 5:5), loaded with `file` as
  /// that file's text (nil: missing) at `asOf`.
  static func load(_ file: String?, asOf: String = "2026-11-30") -> InventoryLoader.Result {
    let loader = InventoryLoader { path in
      guard path == "observed.yaml", let file else {
        throw InventoryLoader.ReadFailure(
          .verbatim("no such file"), hint: .verbatim("check that the file exists"), isMissing: true)
      }
      return Data(file.utf8)
    }
    let text = inventory("  scenarios:\n    observed: observed.yaml")
    return loader.load(
      Data(text.utf8), fileName: "inv.yaml",
      asOf: AsOfChoice(given: Day(iso: asOf)!, today: Day(iso: asOf)!))
  }

  @Test("a file measure wrote loads into the programme, with no diagnostic")
  func valid() throws {
    let result = Self.load(Self.valid)
    #expect(rendered(result) == [])
    let observed = try #require(result.evaluated?.inventory.programme.observed)
    #expect(observed.measuredTo == Day(iso: "2026-11-22") && observed.sampleSize == 48_210)
    #expect(observed.withoutPhoneShare == 0.034 && observed.usernameShare == 0.05)
    #expect(observed.bsuidChanges == 12 && observed.location?.description == "inv.yaml:5:5")
  }

  @Test("a missing file is an error at the inventory's observed key, with the measure hint")
  func missing() throws {
    let result = Self.load(nil)
    #expect(
      rendered(result) == [
        "inv.yaml:5:5: error: cannot read the observed adoption file 'observed.yaml': no such"
          + " file [inventory.observed-missing]"
      ])
    #expect(result.diagnostics.first?.hint?.contains("bsuid-readiness measure LOG --out") == true)
  }

  @Test("malformed YAML is reported at its own line and column in the observed file")
  func malformed() {
    let result = Self.load("observed:\n  measured_to: [2026-11-22\n  sample_size: 3\n")
    #expect(result.evaluated == nil)
    #expect(result.diagnostics.map(\.code) == [.syntax])
    #expect(result.diagnostics.first?.location?.file == "observed.yaml")
  }

  @Test("wrong types, a share out of range and an unknown key, each where it is written")
  func wrongTypes() {
    let result = Self.load(
      """
      observed:
        measured_to: 2026-11-22
        sample_size: many
        without_phone_share: 1.5
        usernames: 3
      """)
    #expect(
      rendered(result) == [
        "observed.yaml:3:16: error: 'sample_size' expects a whole number, found 'many'"
          + " [inventory.wrong-type]",
        "observed.yaml:4:24: error: 'without_phone_share' must be between 0 and 1, found 1.5"
          + " [inventory.out-of-range]",
        "observed.yaml:5:3: error: unknown key 'usernames' in an observed measurement [inventory.unknown-key]",
      ])
  }

  @Test("counted messages need measured_to; a file without the observed mapping is refused")
  func missingKeys() {
    #expect(
      rendered(Self.load("observed:\n  sample_size: 3\n  without_phone_share: 0.1\n")) == [
        "observed.yaml:2:3: error: 'observed' needs 'measured_to' when 'sample_size' is above 0"
          + " [inventory.missing-key]"
      ])
    #expect(
      rendered(Self.load("sample_size: 3\n")) == [
        "observed.yaml:1:1: error: unknown key 'sample_size' in an observed adoption file"
          + " [inventory.unknown-key]",
        "observed.yaml:1:1: error: an observed adoption file needs 'observed'"
          + " [inventory.missing-key]",
      ])
  }

  @Test("nothing counted, a stale measurement, one after the as-of date: warnings at the key")
  func warnings() {
    let empty = Self.load(
      "observed:\n  measured_to: null\n  sample_size: 0\n  without_phone_share: 0\n")
    #expect(empty.evaluated != nil)
    #expect(empty.diagnostics.map(\.code) == [.observedEmpty])
    #expect(empty.diagnostics.first?.location?.description == "inv.yaml:5:5")
    #expect(Self.load(Self.valid, asOf: "2027-01-17").diagnostics.map(\.code) == [])
    #expect(Self.load(Self.valid, asOf: "2027-01-18").diagnostics.map(\.code) == [.observedStale])
    #expect(
      Self.load(Self.valid, asOf: "2026-11-21").diagnostics.map(\.code) == [.observedAfterAsOf])
  }
}
