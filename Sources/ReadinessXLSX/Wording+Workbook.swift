import ReadinessCore
import ReadinessRender

/// A workbook's words and date formats in its language, beside the messages every renderer's
/// `Wording` writes.
extension Wording {
  /// English shows each code's own words, so its conditional formats compare the cells' text
  /// (an edited value recolours); other languages key them on a hidden code column.
  var keysOnText: Bool { isEnglish }

  /// A vocabulary value in words.
  func word<Value: VocabularyWords>(_ value: Value) -> String {
    self(WordMessages.vocabulary(value))
  }

  /// Messages joined by `style`, as one text; empty when there are none.
  func joined(_ messages: [Message], _ style: ListStyle) -> String {
    messages.isEmpty ? "" : self(Message.joined(messages, style))
  }

  /// A date cell's number format, as the language writes a day in a table (`yyyy-mm-dd` in
  /// English, `dd/mm/yyyy` in pt-BR).
  var dateFormat: String { DateFormatCode.day(language) }

  /// A Gantt week's number format: `dd mmm` in English, the day and month of the language's
  /// short date elsewhere (`dd/mm`), so no month name is left to the reader's own locale.
  var weekFormat: String { keysOnText ? "dd mmm" : DateFormatCode.dayAndMonth(language) }

  /// A flag's number format: `"yes";"yes";"no"` (true is 1, false 0).
  var flagFormat: String {
    let yes = self(WordMessages.yes).filter { $0 != "\"" }
    let no = self(WordMessages.no).filter { $0 != "\"" }
    return "\"\(yes)\";\"\(yes)\";\"\(no)\""
  }
}
