/// The bounds every value in an inventory must keep, so that anything `validate` accepts can be
/// scheduled, scored and rendered in bounded time and memory. They are far beyond any real
/// programme and are constants, not options: the report's calendar, layout and number formats
/// are built for them (README, "Limits").
public enum InputLimits {
  /// The first and last day an inventory, `--as-of` or a schedule may use.
  public static let earliestDate = Day(year: 2000, month: 1, day: 1)!
  public static let latestDate = Day(year: 2100, month: 12, day: 31)!
  /// Longest text value, in characters.
  public static let textLength = 10_000
  /// Longest id, in characters.
  public static let idLength = 200
  /// Longest task, in working days (about eight years).
  public static let duration = NumberRange(minimum: 0, maximum: 2_000)
  /// Conversations per month of one flow.
  public static let conversations = NumberRange(minimum: 0, maximum: 1e12)
  /// An amount of money per month.
  public static let amount = NumberRange(minimum: 0, maximum: 1e15)
  /// Holidays in `programme.calendar`, those its ICS files give included (every day of a
  /// multi-day event and of each yearly occurrence counts).
  public static let holidays = 10_000
  /// A phase or checklist item weight.
  public static let weight = NumberRange(minimum: 0, maximum: 1_000)
  /// Points behind plan (tolerance, red tolerance): a score is 0–100.
  public static let tolerance = NumberRange.percent

  /// "between 2000-01-01 and 2100-12-31".
  public static var dateRange: String { dateRangeMessage.english }

  /// `dateRange` as a message, its days in the message's language.
  package static var dateRangeMessage: Message {
    Message(
      SchemaTypeMessages.dateRange, ["earliest": .day(earliestDate), "latest": .day(latestDate)])
  }

  /// Whether `day` is in the supported calendar.
  public static func contains(_ day: Day) -> Bool { day >= earliestDate && day <= latestDate }

  /// Whether `text` is an id: `[A-Za-z0-9][A-Za-z0-9._-]*`, at most `idLength` characters.
  public static func isID(_ text: String) -> Bool {
    func alphanumeric(_ s: Unicode.Scalar) -> Bool {
      ("a"..."z").contains(s) || ("A"..."Z").contains(s) || ("0"..."9").contains(s)
    }
    guard let first = text.unicodeScalars.first, alphanumeric(first), text.count <= idLength
    else { return false }
    return text.unicodeScalars.allSatisfy {
      alphanumeric($0) || $0 == "." || $0 == "_" || $0 == "-"
    }
  }

  /// What an id may hold, for hints.
  public static let idRule = idRuleMessage.english
  /// `idRule` as a message.
  package static let idRuleMessage = Message(SchemaTypeMessages.idRule)
}
