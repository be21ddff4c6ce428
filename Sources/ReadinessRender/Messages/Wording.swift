import ReadinessCore

/// Messages, words and figures in the language a page (or a workbook) is written in.
public struct Wording: Sendable {
  public let language: any MessageLanguage
  /// Whether the language is the built-in English, which the core has written already.
  public let isEnglish: Bool

  public init(language: any MessageLanguage) {
    self.language = language
    isEnglish = language is EnglishLanguage
  }

  public static let english = Wording(language: EnglishLanguage())

  public func callAsFunction(_ message: Message) -> String { message.text(in: language) }

  /// `message` in the language; in English, `english`: the text the core wrote from the same
  /// message (`Risk.title` beside `titleMessage`), so it is not rendered twice.
  public func callAsFunction(_ message: Message, english: String) -> String {
    isEnglish ? english : message.text(in: language)
  }

  /// The same for a message that may be absent.
  public func callAsFunction(_ message: Message?, english: String?) -> String? {
    isEnglish ? english : message.map { $0.text(in: language) }
  }

  public func callAsFunction(_ key: MessageKey, _ arguments: MessageArguments = [:]) -> String {
    Message(key, arguments).text(in: language)
  }

  func figure(_ figure: Figure) -> String { language.figure(figure) }
  func day(_ day: Day) -> String { language.figure(.day(day)) }
  func score(_ value: Double) -> String { language.figure(.score(value)) }

  /// A day, `no date` when there is none.
  func day(_ value: Day?) -> String { value.map { day($0) } ?? self(WordMessages.noDate) }

  /// A day in a table cell or a chart's column, short (`25/11/2026`; ISO in English).
  func cellDay(_ day: Day) -> String { language.figure(.shortDay(day)) }

  /// A day in a table cell, `no date` when there is none.
  func cellDay(_ value: Day?) -> String {
    value.map { cellDay($0) } ?? self(WordMessages.noDate)
  }

  /// Items as a list, comma-separated (`a, b, c`) unless `style` says otherwise.
  func list(_ items: [MessageArgument], _ style: ListStyle = .comma) -> String {
    language.list(items.map { $0.text(in: language) }, style)
  }

  /// A score, `n/a` when there is none.
  func score(_ value: Double?) -> String {
    value.map { score($0) } ?? self(ChangeMessages.notApplicable)
  }

  /// A change of score with its sign: `+2.1`, `−1.5`, `±0.0`; `n/a` when absent.
  func signed(_ delta: Double?) -> String {
    guard let delta else { return self(ChangeMessages.notApplicable) }
    let text = score(abs(delta))
    return delta > 0 ? "+" + text : delta < 0 ? "−" + text : "±" + text
  }

  /// A page's `lang` and `dir`, and the footer's note while the translation is not reviewed
  /// (empty in English).
  var page: (lang: String, dir: String, reviewNote: String) {
    (
      language.tag, dir,
      language.reviewed ? "" : self(BriefingMessages.notReviewed)
    )
  }

  /// The page's direction: `rtl` or `ltr`.
  var dir: String { language.rightToLeft ? "rtl" : "ltr" }

  /// A 0–1 fraction as a percentage.
  func percent(fraction: Double) -> String { language.figure(.percent(fraction * 100)) }
}
