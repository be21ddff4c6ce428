/// Two WABAs that share user ids across business portfolios (R-C3 and the `shared-ids` risk).
///
/// Pairs are unordered and counted once, however many sides declare them; a WABA naming itself
/// is ignored. The pair is referred to by the WABA that first declares the sharing. A pair counts when the portfolios differ, or when either portfolio (or the
/// partner WABA itself) is unknown: nothing proves the ids are shared within one portfolio.
struct SharedIDPair: Sendable, Equatable {
  /// The WABA that first declares the sharing, and its partner.
  let first: String
  let second: String
  let bothParentBSUID: Bool
  let reason: Message
  /// The declaring WABA's owner, else its partner's.
  let owner: String?

  /// The declaring WABA's id: the pair's reference in pending lists and risk ids.
  var ref: String { first }

  /// Every cross-portfolio pair, in the order the inventory first names them.
  static func all(in context: RuleContext) -> [SharedIDPair] {
    var seen: Set<String> = []
    var pairs: [SharedIDPair] = []
    for waba in context.inventory.programme.wabas {
      for partnerID in waba.sharesUserIdsWith where partnerID != waba.id {
        let ids = [waba.id, partnerID].sorted()
        guard seen.insert("\(ids[0])+\(ids[1])").inserted else { continue }
        // Validation guarantees the partner exists.
        guard let partner = context.wabasByID[partnerID] else { continue }
        let left = waba.businessPortfolio
        let right = partner.businessPortfolio
        if let left, let right, left == right { continue }
        let parents = waba.parentBSUID == true && partner.parentBSUID == true
        let reason: Message
        if left == nil || right == nil {
          reason = Message(ChecklistMessages.unknownPortfolio)
        } else {
          reason = Message(
            ChecklistMessages.portfolios, ["left": .text(left ?? ""), "right": .text(right ?? "")])
        }
        pairs.append(
          SharedIDPair(
            first: waba.id, second: partnerID, bothParentBSUID: parents, reason: reason,
            owner: waba.owner ?? partner.owner))
      }
    }
    return pairs
  }
}
