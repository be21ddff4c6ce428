/// A message's named arguments. Written as a dictionary literal, kept as a short list: a
/// message names one to five values, which a linear look-up finds faster than hashing, and a
/// report builds tens of thousands of messages.
public struct MessageArguments: Sendable, Hashable, ExpressibleByDictionaryLiteral {
  private struct Entry: Sendable, Hashable {
    let name: String
    var value: MessageArgument
  }

  private var entries: [Entry]

  public init(dictionaryLiteral elements: (String, MessageArgument)...) {
    entries = elements.map { Entry(name: $0.0, value: $0.1) }
  }

  /// The argument `name`; setting one replaces it, or adds it. Names are short, so comparing
  /// them is comparing two words.
  public subscript(name: String) -> MessageArgument? {
    get {
      for entry in entries where entry.name == name { return entry.value }
      return nil
    }
    set {
      if let index = entries.firstIndex(where: { $0.name == name }) {
        if let newValue { entries[index].value = newValue } else { entries.remove(at: index) }
      } else if let newValue {
        entries.append(Entry(name: name, value: newValue))
      }
    }
  }

  /// Each argument's name and value, in the order given (as a stored message writes them).
  var named: [(name: String, value: MessageArgument)] { entries.map { ($0.name, $0.value) } }

}
