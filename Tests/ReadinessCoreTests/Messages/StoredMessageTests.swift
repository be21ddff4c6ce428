import Testing

@testable import ReadinessCore

/// The stored form of a message (`Message.stored`, `Message(stored:english:)`): every key the
/// core writes reads back the same, and whatever cannot be read shows the English as stored.
@Suite("a message stored as JSON reads back as itself, or as its English")
struct StoredMessageTests {
  /// One argument of every kind, nested kinds included.
  static let samples: [MessageArgument] = [
    .text("Checkout \"fast\" \\ path\nline\u{1}two 🚀 مرحبا"),
    .count(3),
    .figure(.whole(12_480.5)),
    .score(46.4),
    .percent(62.5),
    .day(Day(iso: "2026-11-25")!),
    .figure(.shortDay(Day(iso: "2026-02-28")!)),
    .figure(.month(10)),
    .figure(.weekday(.sat)),
    .figure(.money(211_600_000, currency: "IDR", places: 0)),
    .message(Message(RAGMessages.all[0], ["x": .text("nested"), "n": .count(1)])),
    .list([.text("a"), .word(WordMessages.none), .count(2)], .and),
    .list([], .semicolon),
    .quoted(.text("A 'long' title"), limit: 60),
    .capitalised(.message(.verbatim("inventory text"))),
  ]

  /// `key` with a value for each placeholder, cycling through `samples` from `offset`; the
  /// count argument, when the key has one, a count.
  static func message(_ key: MessageKey, offset: Int) -> Message {
    var arguments: MessageArguments = [:]
    for (index, name) in key.placeholders.enumerated() {
      arguments[name] =
        name == key.count ? .count(offset % 3) : samples[(offset + index) % samples.count]
    }
    return Message(key, arguments)
  }

  @Test("every key of every core family, with arguments of every kind, round-trips")
  func everyCoreKey() throws {
    #expect(MessageCatalog.core.count > 200)
    for (offset, key) in MessageCatalog.core.enumerated() {
      let message = Self.message(key, offset: offset)
      let stored = try #require(message.stored, "\(key.id)")
      let read = Message(stored: stored, english: message.english)
      #expect(read == message, "\(key.id): \(stored)")
      #expect(read.key === MessageCatalog.core.first { $0.id == key.id })
    }
  }

  @Test("every sample argument round-trips inside a list, quoted and capitalised")
  func nestedArguments() throws {
    let key = RiskMessages.taskLate
    let message = Message(
      key,
      [
        "title": .list(Self.samples, .comma),
        "reason": .capitalised(.quoted(.list(Self.samples, .and), limit: 8)),
      ])
    #expect(Message(stored: message.stored, english: message.english) == message)
  }

  @Test("the stored form is compact, versioned and keeps the arguments' order")
  func form() {
    let message = Message(
      RiskMessages.taskLate, ["reason": .count(2), "title": .text("Claim \"x\"")])
    #expect(
      message.stored
        == #"{"v":1,"id":"risk.taskLate.task","a":[["reason",{"count":2}],["title",{"t":"Claim \"x\""}]]}"#
    )
    #expect(Message(WordMessages.none).stored == #"{"v":1,"id":"\#(WordMessages.none.id)"}"#)
  }

  @Test("verbatim text has no stored form and reads back from its English")
  func verbatim() {
    #expect(Message.verbatim("A manual risk").stored == nil)
    #expect(Message(stored: nil, english: "A manual risk") == .verbatim("A manual risk"))
  }

  @Test(
    "what cannot be read shows the English as stored",
    arguments: [
      "not json", "[1]", #"{"id":"word.none"}"#, #"{"v":2,"id":"word.none"}"#,
      #"{"v":1,"id":"no.such.id"}"#,
      #"{"v":1,"id":"risk.taskLate.task","a":[["title",{"colour":"red"}]]}"#,
      #"{"v":1,"id":"risk.taskLate.task","a":[["title",{"count":1.5}]]}"#,
      #"{"v":1,"id":"risk.taskLate.task","a":[["title",{"day":"2026-13-40"}]]}"#,
      #"{"v":1,"id":"risk.taskLate.task","a":[["title",{"list":[],"style":"or"}]]}"#,
      #"{"v":1,"id":"risk.taskLate.task","a":[["title",{"t":"x"}],["title",{"t":"y"}]]}"#,
    ])
  func unreadable(stored: String) {
    #expect(Message(stored: stored, english: "As stored") == .verbatim("As stored"))
  }

  @Test("a message that no longer renders the English stored beside it shows that English")
  func changedPattern() {
    let message = Message(RiskMessages.taskLate, ["title": .text("T"), "reason": .text("r")])
    #expect(Message(stored: message.stored, english: message.english) == message)
    #expect(
      Message(stored: message.stored, english: "Task 'T' was late: r")
        == .verbatim("Task 'T' was late: r"))
  }

  @Test("a table finds its own keys, verbatim and joined ones, and no others")
  func table() {
    let table = MessageKeyTable([RiskMessages.taskLate])
    #expect(table["risk.taskLate.task"] === RiskMessages.taskLate)
    #expect(table["verbatim"] === MessageKey.verbatim)
    #expect(table["items"] === MessageKey.items)
    #expect(table[WordMessages.none.id] == nil)
    let joined = Message.joined([.verbatim("a"), .verbatim("b")], .and)
    #expect(Message(stored: joined.stored, english: joined.english, keys: table) == joined)
  }
}
