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
    typealias M = ProductFindingMessages
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
        let covered = known.map { MessageArgument.message($0.coverageMessage) }
        diagnostics.append(
          Diagnostic(
            .note, code: .productNotCovered,
            Message(
              M.notCovered,
              [
                "system": .text(system.id), "product": .text(named), "name": .text(name),
                "covered": .list(covered, .semicolon),
              ]),
            at: at, hint: Message(M.notCoveredHint, ["name": .text(name)])))
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
          Message(
            lowered ? M.findingLowered : M.finding,
            [
              "system": .text(system.id), "product": .text(named), "finding": .text(entry.finding),
              "attribution": .message(entry.attributionMessage),
            ]),
          at: at,
          hint: entry.handlesMissingPhone == .works
            ? Message(M.readsBSUID) : Message(M.checkCode, ["name": .text(name)])))
    }
    return (inventory, diagnostics)
  }
}
