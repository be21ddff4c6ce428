import ReadinessCore

/// A sequence or mapping being read by `YAMLEventReader`, until its end event.
struct YAMLContainer {
  let isMapping: Bool
  let location: SourceLocation
  let anchor: String?
  /// Nodes the container expands to, itself included.
  var count = 1
  var items: [SourceNode] = []
  var entries: [SourceNode.Entry] = []
  var merged: [SourceNode.Entry] = []
  /// The key read, waiting for its value.
  var key: YAMLEventReader.Built?
  /// The keys seen, by identity (text, and tag when not a string): a list while the mapping
  /// is small (most are: comparing a few short keys is cheaper than hashing them), a set beyond.
  var seen: [String] = []
  var seenSet: Set<String> = []
  /// The least duplicated key (by text) and where it occurs the second time.
  var duplicate: (String, SourceLocation)?

  init(isMapping: Bool, location: SourceLocation, anchor: String?) {
    self.isMapping = isMapping
    self.location = location
    self.anchor = anchor
  }

  /// Takes an item, a key, or a key's value. Once the document is over budget the tree is
  /// thrown away, so merges are skipped.
  mutating func add(_ built: YAMLEventReader.Built, exhausted: Bool) {
    count = min(count + built.count, Int.max / 2)
    guard isMapping else { return items.append(built.node) }
    guard let key else {
      self.key = built
      let identity = built.key ?? (exhausted ? nil : "\u{1}" + Self.identity(of: built.node))
      if let identity, !isNew(identity) {
        let text = built.text ?? "<\(built.node.kindDescription.english)>"
        if duplicate.map({ text < $0.0 }) ?? true { duplicate = (text, built.node.location) }
      }
      return
    }
    self.key = nil
    if case .scalar("<<", quoted: false) = key.node.value {
      guard !exhausted else { return }
      merged += YAMLSource.mergeEntries(built.node, keyLocation: key.node.location)
      return
    }
    let text: String
    switch key.node.value {
    case .scalar(let scalar, _): text = scalar
    case .null: text = ""
    default: text = "<\(key.node.kindDescription.english)>"
    }
    entries.append(.init(key: text, keyLocation: key.node.location, value: built.node))
  }

  /// Records a key's identity; false when the mapping already has it.
  private mutating func isNew(_ identity: String) -> Bool {
    guard seenSet.isEmpty else { return seenSet.insert(identity).inserted }
    if seen.contains(identity) { return false }
    seen.append(identity)
    if seen.count > 16 {
      seenSet = Set(seen)
      seen = []
    }
    return true
  }

  /// A list or mapping used as a key, written out so that equal ones compare equal.
  private static func identity(of node: SourceNode) -> String {
    switch node.value {
    case .scalar(let text, _): "s\(text.utf8.count):\(text)"
    case .null: "n"
    case .sequence(let items): "[" + items.map(identity(of:)).joined(separator: ",") + "]"
    case .mapping(let entries):
      "{"
        + entries.map { "\($0.key.utf8.count):\($0.key)=" + identity(of: $0.value) }
        .joined(separator: ",") + "}"
    }
  }

  /// The finished node; explicit keys win over merged ones, then the first merged source.
  func built() -> YAMLEventReader.Built {
    guard isMapping else {
      let node = SourceNode(.sequence(items), at: location)
      return .init(node: node, count: count, key: nil, text: nil)
    }
    var all = entries
    if !merged.isEmpty {
      var present = Set(entries.map(\.key))
      all += merged.filter { present.insert($0.key).inserted }
    }
    return .init(node: SourceNode(.mapping(all), at: location), count: count, key: nil, text: nil)
  }
}
