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
          subject: Message(
            AssumptionMessages.product, ["system": .text(system.id), "product": .text(named)]),
          value: Message(
            lowered ? AssumptionMessages.verdictLowered : AssumptionMessages.verdict,
            [
              "verdict": .word(WordMessages.vocabulary(entry.handlesMissingPhone)),
              "finding": .text(entry.finding),
            ]),
          source: Message(
            AssumptionMessages.catalogue, ["source": .message(entry.attributionMessage)])))
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
