/// A model value a key's decoded value converts to as it is (text, number, flag, date, enum
/// case, or a list of them).
protocol KeyValue {
  /// Nil when `decoded` holds another kind of value.
  init?(decoded: Decoded)
}

extension String: KeyValue {
  init?(decoded: Decoded) {
    guard let text = decoded.text else { return nil }
    self = text
  }
}

extension Int: KeyValue {
  init?(decoded: Decoded) {
    guard case .integer(let value) = decoded.value else { return nil }
    self = value
  }
}

extension Double: KeyValue {
  init?(decoded: Decoded) {
    guard let number = decoded.number else { return nil }
    self = number
  }
}

extension Bool: KeyValue {
  init?(decoded: Decoded) {
    guard case .boolean(let value) = decoded.value else { return nil }
    self = value
  }
}

extension Day: KeyValue {
  init?(decoded: Decoded) {
    guard case .date(let value) = decoded.value else { return nil }
    self = value
  }
}

/// A list keeps the items that convert (the decoder has already reported the others).
extension Array: KeyValue where Element: KeyValue {
  init?(decoded: Decoded) {
    guard let list = decoded.list else { return nil }
    self = list.compactMap(Element.init(decoded:))
  }
}

/// An enum case, by its spelling.
extension KeyValue where Self: RawRepresentable, RawValue == String {
  init?(decoded: Decoded) {
    guard let text = decoded.text, let value = Self(rawValue: text) else { return nil }
    self = value
  }
}

extension ChecklistItemID: KeyValue {}
extension PhaseID: KeyValue {}
extension WorkStatus: KeyValue {}
extension SystemKind: KeyValue {}
extension StoredIdentifier: KeyValue {}
extension NeedsBSUID: KeyValue {}
extension DedupeKey: KeyValue {}
extension SendField: KeyValue {}
extension FlowKind: KeyValue {}
extension PrimaryIdentifier: KeyValue {}
extension PhoneNeed: KeyValue {}
extension PhoneRequest: KeyValue {}
extension ProductVerdict: KeyValue {}
extension UsernameSource: KeyValue {}
extension UsernameStatus: KeyValue {}
extension NewPortfolio: KeyValue {}
extension Severity: KeyValue {}
extension RiskState: KeyValue {}
extension RiskLevel: KeyValue {}
extension DecisionStatus: KeyValue {}
extension Weekday: KeyValue {}
