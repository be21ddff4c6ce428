import Synchronization

/// A sentence the assessment writes, as data: which message (its key) and the values it names.
/// English is rendered from the key's own pattern, here, with no file to read; another language
/// looks the key's id up in its catalogue (`MessageLanguage`).
public struct Message: Sendable, Hashable {
  public let key: MessageKey
  public let arguments: MessageArguments

  public init(_ key: MessageKey, _ arguments: MessageArguments = [:]) {
    self.key = key
    self.arguments = arguments
  }

  /// Text of the inventory's, shown as given in every language (a manual risk's title).
  public static func verbatim(_ text: String) -> Message {
    Message(MessageKey.verbatim, ["text": .text(text)])
  }

  /// `messages` as one, joined as `style` says; the one message itself when there is one.
  public static func joined(_ messages: [Message], _ style: ListStyle) -> Message {
    messages.count == 1
      ? messages[0]
      : Message(MessageKey.items, ["items": .list(messages.map { .message($0) }, style)])
  }

  /// The message in English, as every output wrote it before messages were data.
  public var english: String { text(in: EnglishLanguage()) }

  /// The message in `language`: its pattern, chosen by the count when it has plural forms,
  /// with each `{name}` replaced by its argument in that language.
  public func text(in language: some MessageLanguage) -> String {
    let count = key.count.flatMap { arguments[$0]?.count }
    let pattern = language.pattern(key, count: count)
    return MessagePattern.fill(pattern) { name in
      arguments[name].map { $0.text(in: language) }
    }
  }
}

/// A message's id and its English source pattern: `{name}` marks an argument. A message with a
/// count has a singular pattern too, chosen when the count is 1; catalogues hold one form per
/// plural category of their language. A class, so that copying a message (inside a risk, a task,
/// a reason) retains one reference rather than each of its strings; keys are equal by id.
public final class MessageKey: Sendable, Hashable {
  /// Stable and dotted: `rag.phase.ended`. Catalogues find a translation by it.
  public let id: String
  /// The English pattern; with a count, the form for every count but 1.
  public let english: String
  /// The English pattern for a count of 1; nil for a message without plural forms.
  public let englishOne: String?
  /// The argument whose value chooses the plural form.
  public let count: String?
  /// A number no other key has, from 0 as keys are made: a language keeps its translations in a
  /// table by it, found without hashing the id (a report renders ~10^5 messages).
  public let serial: Int

  public init(_ id: String, _ english: String) {
    (self.id, self.english, englishOne, count) = (id, english, nil, nil)
    serial = Self.made.add(1, ordering: .relaxed).oldValue
  }

  public init(_ id: String, one: String, other: String, count: String = "count") {
    (self.id, english, englishOne, self.count) = (id, other, one, count)
    serial = Self.made.add(1, ordering: .relaxed).oldValue
  }

  /// How many keys have been made.
  private static let made = Atomic<Int>(0)

  public static func == (a: MessageKey, b: MessageKey) -> Bool {
    a === b || (a.id == b.id && a.english == b.english && a.englishOne == b.englishOne)
  }

  public func hash(into hasher: inout Hasher) { hasher.combine(id) }

  /// The key of `Message.verbatim`: not in any catalogue, the same in every language.
  public static let verbatim = MessageKey("verbatim", "{text}")
  /// The key of `Message.joined`: not in any catalogue.
  public static let items = MessageKey("items", "{items}")

  /// The argument names the English pattern uses, in order of first use.
  public var placeholders: [String] {
    MessagePattern.names(englishOne.map { $0 + english } ?? english)
  }
}
