/// The id of one checklist item: the roadmap items R-P1…R-T3 and the technical controls
/// R-C1…R-C7, in report order. `covers`, `attestations` and `item_weights` name items by it.
public enum ChecklistItemID: String, CaseIterable, Comparable, Sendable {
  case rP1 = "R-P1"
  case rP2 = "R-P2"
  case rP3 = "R-P3"
  case rP4 = "R-P4"
  case rI1 = "R-I1"
  case rI2 = "R-I2"
  case rI3 = "R-I3"
  case rI4 = "R-I4"
  case rT1 = "R-T1"
  case rT2 = "R-T2"
  case rT3 = "R-T3"
  case rC1 = "R-C1"
  case rC2 = "R-C2"
  case rC3 = "R-C3"
  case rC4 = "R-C4"
  case rC5 = "R-C5"
  case rC6 = "R-C6"
  case rC7 = "R-C7"

  /// The phase whose score the item counts in (controls count in implementation).
  public var phase: PhaseID {
    switch self {
    case .rP1, .rP2, .rP3, .rP4: .planning
    case .rT1, .rT2, .rT3: .testing
    default: .implementation
    }
  }

  /// Report order.
  public static func < (lhs: Self, rhs: Self) -> Bool {
    let all = allCases
    return all.firstIndex(of: lhs) ?? 0 < all.firstIndex(of: rhs) ?? 0
  }
}
