import ReadinessCore

/// A positioned document tree, the common shape YAML, JSON and CSV input is read into before the
/// schema decoder checks it. Every node knows where it came from.
public struct SourceNode: Sendable {
  /// What a node holds.
  public enum Value: Sendable {
    /// A scalar as written (never interpreted by the front-end); `quoted` when the author
    /// quoted it (a JSON string, a quoted YAML scalar).
    case scalar(String, quoted: Bool)
    /// An explicit empty value (`~`, `null`, or nothing after `key:`).
    case null
    case sequence([SourceNode])
    /// Entries in document order.
    case mapping([Entry])
  }

  /// One `key: value` pair of a mapping.
  public struct Entry: Sendable {
    public var key: String
    public var keyLocation: SourceLocation
    public var value: SourceNode

    public init(key: String, keyLocation: SourceLocation, value: SourceNode) {
      self.key = key
      self.keyLocation = keyLocation
      self.value = value
    }
  }

  public var value: Value
  public var location: SourceLocation

  public init(_ value: Value, at location: SourceLocation) {
    self.value = value
    self.location = location
  }

  /// True for an explicit empty value.
  var isNull: Bool { if case .null = value { true } else { false } }

  /// True for a text of nothing but white space (`name: ""`).
  var isBlank: Bool {
    guard case .scalar(let text, _) = value else { return false }
    return text.allSatisfy(\.isWhitespace)
  }

  /// A short description of the node's kind for messages ("a list", "the text \"x\"").
  var kindDescription: Message {
    typealias M = SchemaMessages
    switch value {
    case .scalar(let text, let quoted):
      return Message(quoted ? M.foundQuoted : M.foundPlain, ["text": .text(text.clipped)])
    case .null: return Message(M.foundNothing)
    case .sequence: return Message(M.foundList)
    case .mapping: return Message(M.foundMapping)
    }
  }
}
