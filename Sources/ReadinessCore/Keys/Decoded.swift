/// A value that passed the schema: typed, and still knowing where it was written. The decoder
/// (ReadinessInput) makes it; the key declarations (`Keys`) build the model from it.
package struct Decoded: Sendable {
  package enum Value: Sendable {
    case text(String)
    case integer(Int)
    case number(Double)
    case boolean(Bool)
    case date(Day)
    case list([Decoded])
    case object(DecodedObject)
  }

  package var value: Value
  package var location: SourceLocation

  @inlinable package init(value: Value, location: SourceLocation) {
    self.value = value
    self.location = location
  }

  @inlinable package var text: String? { if case .text(let v) = value { v } else { nil } }
  @inlinable package var object: DecodedObject? {
    if case .object(let v) = value { v } else { nil }
  }
  @inlinable package var list: [Decoded]? { if case .list(let v) = value { v } else { nil } }
  @inlinable package var number: Double? {
    switch value {
    case .number(let v): v
    case .integer(let v): Double(v)
    default: nil
    }
  }
}

/// A mapping that passed the schema: its valid entries in document order. Keys with invalid
/// values are left out (their diagnostics were already recorded).
package struct DecodedObject: Sendable {
  package struct Entry: Sendable {
    package var key: String
    package var keyLocation: SourceLocation
    package var value: Decoded

    @inlinable package init(key: String, keyLocation: SourceLocation, value: Decoded) {
      self.key = key
      self.keyLocation = keyLocation
      self.value = value
    }
  }

  package var location: SourceLocation
  package var entries: [Entry] = []
  /// Keys that were written but whose values were invalid (and reported).
  package var rejected: Set<String> = []

  @inlinable package init(location: SourceLocation) { self.location = location }

  /// Whether `key` was written at all, valid or not.
  package func has(_ key: String) -> Bool { self[key] != nil || rejected.contains(key) }

  /// The value of the first entry named `key`.
  package subscript(_ key: String) -> Decoded? { entries.first { $0.key == key }?.value }
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
