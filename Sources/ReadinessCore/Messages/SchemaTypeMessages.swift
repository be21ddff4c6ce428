/// The schema's words in diagnostics (`SchemaType`, `NumberRange`, `InputLimits`): what a value
/// expects, an example of it, a range of numbers or dates, the form of an id.
enum SchemaTypeMessages {
  static let text = MessageKey("diagnostic.type.text", "a text")
  static let id = MessageKey("diagnostic.type.id", "an id")
  static let wholeNumber = MessageKey("diagnostic.type.integer", "a whole number")
  static let number = MessageKey("diagnostic.type.number", "a number")
  static let boolean = MessageKey("diagnostic.type.boolean", "true or false")
  static let date = MessageKey("diagnostic.type.date", "a date (YYYY-MM-DD)")
  static let currency = MessageKey("diagnostic.type.currency", "a currency code")
  static let enumeration = MessageKey("diagnostic.type.enumeration", "one of the listed values")
  static let checklistID = MessageKey("diagnostic.type.checklistID", "a checklist item id")
  static let list = MessageKey("diagnostic.type.list", "a list")
  static let mapping = MessageKey("diagnostic.type.mapping", "a mapping")
  static let table = MessageKey("diagnostic.type.table", "a list or {csv: file.csv}")
  static let dayList = MessageKey("diagnostic.type.dayList", "a list of dates")

  static let writeText = MessageKey(
    "diagnostic.example.text",
    "write it as text; quote it if it contains ': ' or starts with a symbol")
  static let writeID = MessageKey("diagnostic.example.id", "for example crm-main")
  static let writeRiskID = MessageKey(
    "diagnostic.example.riskID",
    "for example vendor-delay, or a generated risk's id copied from the report, such as"
      + " operational-silence:ctwa-ev")
  static let writeNumber = MessageKey("diagnostic.example.number", "write a plain number, {range}")
  static let writeBoolean = MessageKey(
    "diagnostic.example.boolean", "write true or false (yes/no also work)")
  static let writeDate = MessageKey(
    "diagnostic.example.date", "write dates as YYYY-MM-DD, for example 2026-06-29")
  static let writeCurrency = MessageKey(
    "diagnostic.example.currency", "write the code, e.g. EUR, GBP or USD")
  static let writeEnumeration = MessageKey(
    "diagnostic.example.enumeration", "expected one of: {values}")
  static let writeChecklistID = MessageKey("diagnostic.example.checklistID", "for example R-I1")
  static let writeList = MessageKey(
    "diagnostic.example.list", "write a list, for example [{sample}]")
  static let writeObject = MessageKey(
    "diagnostic.example.object", "write a mapping with keys such as {keys}")
  static let writeMap = MessageKey("diagnostic.example.map", "write a mapping")
  static let writeTable = MessageKey(
    "diagnostic.example.table",
    "write a list of entries, or {csv: file.csv} to read them from a spreadsheet")
  static let writeDayList = MessageKey(
    "diagnostic.example.dayList",
    "write a list whose items are each a date (2026-12-25), {date: 2027-01-01, name: New Year}"
      + " or {ics: holidays.ics}")

  static let exactly = MessageKey("diagnostic.range.exactly", "exactly {value}")
  static let between = MessageKey("diagnostic.range.between", "between {minimum} and {maximum}")
  static let atLeast = MessageKey("diagnostic.range.atLeast", "at least {value}")
  static let atMost = MessageKey("diagnostic.range.atMost", "at most {value}")
  static let anyNumber = MessageKey("diagnostic.range.any", "any number")
  /// The calendar the tool supports: "between 2000-01-01 and 2100-12-31".
  static let dateRange = MessageKey("diagnostic.range.dates", "between {earliest} and {latest}")
  static let idRule = MessageKey(
    "diagnostic.idRule",
    "an id starts with a letter or digit, then letters, digits, '.', '_' or '-'")

  static let all: [MessageKey] = [
    text, id, wholeNumber, number, boolean, date, currency, enumeration, checklistID, list,
    mapping, table, dayList, writeText, writeID, writeRiskID, writeNumber, writeBoolean, writeDate,
    writeCurrency, writeEnumeration, writeChecklistID, writeList, writeObject, writeMap,
    writeTable, writeDayList, exactly, between, atLeast, atMost, anyNumber, dateRange, idRule,
  ]
}
