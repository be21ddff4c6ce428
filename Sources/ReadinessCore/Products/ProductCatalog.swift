/// Known products a system can name (`product: pywa@4.5.0`): what each does with a webhook that
/// carries no phone number, and where that is known from. The catalogue may lower a system's
/// `handles_missing_phone` (a product that breaks) and adds its finding as a warning; it never
/// raises one: the business's own code around the product decides that, so the inventory's
/// statement still counts. A product it does not know is not assessed.
public struct ProductCatalog: Sendable {
  public var version = 1
  public var entries: [KnownProduct] = []

  public init(entries: [KnownProduct] = []) { self.entries = entries }

  /// `pywa@4.5.0` → ("pywa", "4.5.0"); a name without `@` has no version.
  public static func split(_ product: String) -> (name: String, version: String?) {
    guard let at = product.lastIndex(of: "@"), at != product.startIndex else {
      return (product, nil)
    }
    let version = String(product[product.index(after: at)...])
    return (String(product[..<at]), version.isEmpty ? nil : version)
  }

  /// The inventory with each system's `handles_missing_phone` lowered where its product
  /// breaks, and a warning per system whose product the catalogue knows.
  public func apply(to inventory: Inventory) -> (inventory: Inventory, diagnostics: [Diagnostic]) {
    var inventory = inventory
    var diagnostics: [Diagnostic] = []
    for index in inventory.systems.indices {
      guard let named = inventory.systems[index].product else { continue }
      let system = inventory.systems[index]
      let (name, version) = Self.split(named)
      let known = entries.filter { $0.product.lowercased() == name.lowercased() }
      guard !known.isEmpty else { continue }
      let at = system.location(of: \.product) ?? system.location
      guard let entry = known.first(where: { $0.covers(version) }) else {
        let covered = known.map(\.coverage).joined(separator: "; ")
        diagnostics.append(
          Diagnostic(
            .note, code: .productNotCovered,
            "system '\(system.id)' uses \(named), which the product catalogue does not cover"
              + " (it knows \(name) \(covered)): not assessed",
            at: at, hint: "name the version as \(name)@VERSION"))
        continue
      }
      let lowered = entry.handlesMissingPhone == .breaks && system.handlesMissingPhone != false
      if lowered { inventory.systems[index].handlesMissingPhone = false }
      inventory.productFindings.append(
        Assumption(
          subject: "system \(system.id) on \(named)",
          value: "\(entry.handlesMissingPhone.words) without a phone number: \(entry.finding)"
            + (lowered ? "; handles_missing_phone taken as false" : ""),
          source: "product catalogue, \(entry.attribution)"))
      diagnostics.append(
        Diagnostic(
          .warning, code: .productFinding,
          "system '\(system.id)' uses \(named): \(entry.finding) (\(entry.attribution))"
            + (lowered ? "; its handles_missing_phone is taken as false" : ""),
          at: at,
          hint: entry.handlesMissingPhone == .works
            ? "the product reads the BSUID; your own code around it decides handles_missing_phone"
            : "check your code around \(name) with `bsuid-readiness fixtures --post`"))
    }
    return (inventory, diagnostics)
  }
}

extension KnownProduct {
  /// The versions covered, in words: `4.5.0`, `0.1.0 to 0.1.2`, `every version`.
  var coverage: String {
    if !versions.isEmpty { return versions.joined(separator: ", ") }
    switch (from, through) {
    case (let low?, let high?): return "\(low) to \(high)"
    case (let low?, nil): return "\(low) and later"
    case (nil, let high?): return "up to \(high)"
    case (nil, nil): return "every version"
    }
  }

  /// Where the finding comes from: "verified by the test suite against pywa 4.5.0, 2026-12-06"
  /// or its source and date.
  var attribution: String {
    let date = verified.map { ", \($0.iso)" } ?? ""
    return verifiedByTests
      ? "verified by the test suite against \(product) \(coverage)\(date)"
      : "source: \(source)\(date)"
  }
}
