/// A value that passed the schema: typed, and still knowing where it was written.
struct Decoded: Sendable {
  enum Value: Sendable {
    case text(String)
    case integer(Int)
    case number(Double)
    case boolean(Bool)
    case date(Day)
    case list([Decoded])
    case object(DecodedObject)
  }

  var value: Value
  var location: SourceLocation

  var text: String? { if case .text(let v) = value { v } else { nil } }
  var object: DecodedObject? { if case .object(let v) = value { v } else { nil } }
  var list: [Decoded]? { if case .list(let v) = value { v } else { nil } }
  var number: Double? {
    switch value {
    case .number(let v): v
    case .integer(let v): Double(v)
    default: nil
    }
  }
}

/// A mapping that passed the schema: its valid entries in document order. Keys with invalid
/// values are left out (their diagnostics were already recorded).
struct DecodedObject: Sendable {
  struct Entry: Sendable {
    var key: String
    var keyLocation: SourceLocation
    var value: Decoded
  }

  var location: SourceLocation
  var entries: [Entry] = []
  /// Keys that were written but whose values were invalid (and reported).
  var rejected: Set<String> = []

  /// Whether `key` was written at all, valid or not.
  func has(_ key: String) -> Bool { self[key] != nil || rejected.contains(key) }

  subscript(_ key: String) -> Decoded? { entries.first { $0.key == key }?.value }

  func text(_ key: String) -> String? { self[key]?.text }
  func number(_ key: String) -> Double? { self[key]?.number }
  func object(_ key: String) -> DecodedObject? { self[key]?.object }
  func list(_ key: String) -> [Decoded] { self[key]?.list ?? [] }
  func texts(_ key: String) -> [String] { list(key).compactMap(\.text) }
  func objects(_ key: String) -> [DecodedObject] { list(key).compactMap(\.object) }

  func integer(_ key: String) -> Int? {
    if case .integer(let v)? = self[key]?.value { v } else { nil }
  }

  func bool(_ key: String) -> Bool? {
    if case .boolean(let v)? = self[key]?.value { v } else { nil }
  }

  func day(_ key: String) -> Day? {
    if case .date(let v)? = self[key]?.value { v } else { nil }
  }

  /// The enum case spelled by `key`'s value.
  func value<E: RawRepresentable>(_ key: String, as: E.Type) -> E? where E.RawValue == String {
    text(key).flatMap(E.init(rawValue:))
  }

  /// Where `key`'s value was written, else where the object was.
  func location(of key: String) -> SourceLocation { self[key]?.location ?? location }
}

extension SourceMap {
  /// The locations of `object`'s values and list items, and the keys it rejected.
  init(_ object: DecodedObject) {
    self.init()
    values.reserveCapacity(object.entries.count)
    for entry in object.entries {
      values[entry.key] = entry.value.location
      if let list = entry.value.list { items[entry.key] = list.map(\.location) }
    }
    rejected = object.rejected
  }
}
