/// A value a message names. Inventory text and ids are shown as given; figures are formatted
/// by the language; nested messages and lists are rendered in the same language. Only the
/// cases that hold an argument are boxed: a report builds hundreds of thousands of arguments.
public enum MessageArgument: Sendable, Hashable {
  /// Text from the inventory (a name, a title): never translated.
  case text(String)
  /// A figure, formatted per language.
  case figure(Figure)
  /// A message inside a message ("Task 'X' is late: {reason}").
  case message(Message)
  /// Items joined as the style says, in the language's way.
  case list([MessageArgument], ListStyle)
  /// A title cut to `limit` characters and put between the language's quotation marks, with
  /// quotation marks of its own dropped (the overall reason quotes risk titles this way).
  indirect case quoted(MessageArgument, limit: Int)
  /// The text with its first letter in upper case, to open a sentence.
  indirect case capitalised(MessageArgument)

  /// A whole count that can choose a plural form.
  public static func count(_ value: Int) -> MessageArgument { .figure(.count(value)) }
  public static func day(_ value: Day) -> MessageArgument { .figure(.day(value)) }
  public static func score(_ value: Double) -> MessageArgument { .figure(.score(value)) }
  public static func percent(_ value: Double) -> MessageArgument { .figure(.percent(value)) }
  /// A message with no arguments.
  public static func word(_ key: MessageKey) -> MessageArgument { .message(Message(key)) }

  /// The count this argument holds, when it chooses a plural form (a list counts its items).
  var count: Int? {
    switch self {
    case .figure(.count(let n)): n
    case .figure(.whole(let value)): value.isFinite && abs(value) < 1e15 ? Int(value) : nil
    case .list(let items, _): items.count
    default: nil
    }
  }

  public func text(in language: some MessageLanguage) -> String {
    switch self {
    case .text(let text): text
    case .figure(let figure): language.figure(figure)
    case .message(let message): message.text(in: language)
    case .list(let items, let style): language.list(items.map { $0.text(in: language) }, style)
    case .quoted(let inner, let limit):
      language.quote(inner.text(in: language), limit: limit)
    case .capitalised(let inner):
      inner.text(in: language).capitalisingFirst
    }
  }
}

/// A figure inside a message.
public enum Figure: Sendable, Hashable {
  /// A count, written without separators in English: `3`.
  case count(Int)
  /// A whole number with thousands separators: `12,480`.
  case whole(Double)
  /// A score or points, one decimal: `46.4`.
  case score(Double)
  /// A share of 0–100, up to one decimal: `62.5%`.
  case percent(Double)
  /// A day inside a sentence: ISO in English, `25 de nov. de 2026` in pt-BR.
  case day(Day)
  /// A day in a table cell or a chart's column, as short as the locale writes it: ISO in
  /// English, `25/11/2026` in pt-BR.
  case shortDay(Day)
  /// A month's abbreviated name, 1–12, as an axis labels it: `Oct`.
  case month(Int)
  /// A day of the week by name: `Monday`.
  case weekday(Weekday)
  /// An amount with its ISO currency code and that currency's decimal places.
  case money(Double, currency: String, places: Int)
}

/// How a list's items are joined; the raw value names the style in a stored message.
public enum ListStyle: String, Sendable, Hashable {
  /// "a, b and c": the language's own conjunction.
  case and
  /// "a, b, c".
  case comma
  /// "a; b; c": clauses.
  case semicolon
}

extension String {
  /// The text with its first character in upper case.
  var capitalisingFirst: String { prefix(1).uppercased() + dropFirst() }
}
