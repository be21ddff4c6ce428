import ReadinessCore

/// What `SchemaDecoder` says of a value that does not fit the schema: unknown and missing keys,
/// wrong types, invalid ids, numbers, dates and enumerations. Keys and values are inventory text.
enum SchemaMessages {
  static let itemOf = MessageKey("diagnostic.schema.itemOf", "an item of '{key}'")
  static let keyOf = MessageKey("diagnostic.schema.keyOf", "a key of '{key}'")
  static let quotedKey = MessageKey("diagnostic.schema.key", "'{key}'")
  static let theInventory = MessageKey("diagnostic.schema.object.inventory", "the inventory")
  static let objectA = MessageKey("diagnostic.schema.object.a", "a {name}")
  static let objectAn = MessageKey("diagnostic.schema.object.an", "an {name}")

  static let unknownKey = MessageKey(
    "diagnostic.schema.unknownKey", "unknown key '{key}' in {object}")
  static let knownKeys = MessageKey("diagnostic.schema.unknownKey.known", "known keys")
  static let noValue = MessageKey("diagnostic.schema.noValue", "'{key}' has no value")
  static let noValueHint = MessageKey(
    "diagnostic.schema.noValue.hint", "give {key} a value ({doc})")
  static let needs = MessageKey("diagnostic.schema.needs", "{object} needs '{key}'")
  static let needsHint = MessageKey("diagnostic.schema.needs.hint", "add '{key}: …': {doc}")
  static let wrongType = MessageKey(
    "diagnostic.schema.wrongType", "{subject} expects {expected}, found {found}")
  static let foundQuoted = MessageKey("diagnostic.schema.found.quoted", "the text \"{text}\"")
  static let foundPlain = MessageKey("diagnostic.schema.found.plain", "'{text}'")
  static let foundNothing = MessageKey("diagnostic.schema.found.nothing", "nothing")
  static let foundList = MessageKey("diagnostic.schema.found.list", "a list")
  static let foundMapping = MessageKey("diagnostic.schema.found.mapping", "a mapping")

  static let invalidID = MessageKey(
    "diagnostic.schema.invalidID", "{subject} is not a valid id: '{value}'")
  static let idInCSVHint = MessageKey(
    "diagnostic.schema.invalidID.csvHint",
    "{rule}; in a CSV cell, list items are separated by ';' (by ',' in a ';'-separated file): a;b")
  static let neitherRiskID = MessageKey(
    "diagnostic.schema.invalidRiskID",
    "'{key}' is neither an id nor a generated risk's id: '{value}'")
  static let riskIDHint = MessageKey(
    "diagnostic.schema.invalidRiskID.hint",
    "{rule}; a generated risk's id is tasks-late or <kind>:<ref>, the kind one of {kinds}")
  static let currency = MessageKey(
    "diagnostic.schema.invalidCurrency", "currency '{value}' is not a three-letter ISO 4217 code")
  static let outOfRange = MessageKey(
    "diagnostic.schema.outOfRange", "'{key}' must be {range}, found {value}")
  static let versionHint = MessageKey(
    "diagnostic.schema.version.hint", "this tool reads inventory format version 1")
  static let shareHint = MessageKey(
    "diagnostic.schema.share.hint", "a share is a fraction: write 0.25 for 25%")
  static let rangeHint = MessageKey("diagnostic.schema.outOfRange.hint", "use a value {range}")
  static let dateOutOfRange = MessageKey(
    "diagnostic.schema.dateOutOfRange", "'{key}' must be a date {range}, found {value}")
  static let dateOutOfRangeHint = MessageKey(
    "diagnostic.schema.dateOutOfRange.hint",
    "the report's calendar runs from {earliest} to {latest}")
  static let notRealDate = MessageKey(
    "diagnostic.schema.notRealDate", "'{key}' is not a real date: {value}")
  static let expectsDate = MessageKey(
    "diagnostic.schema.expectsDate", "'{key}' expects a date (YYYY-MM-DD), found {found}")
  static let invalidItem = MessageKey(
    "diagnostic.schema.invalidItem", "{subject} is invalid: '{value}'")
  static let invalidValue = MessageKey("diagnostic.schema.invalidEnum", "invalid {key} '{value}'")
  static let expectedOneOf = MessageKey("diagnostic.schema.invalidEnum.expected", "expected one of")
  static let noChecklistItem = MessageKey(
    "diagnostic.schema.noChecklistItem", "{key} names no checklist item: '{value}'")
  static let checklistItems = MessageKey(
    "diagnostic.schema.noChecklistItem.known", "checklist items are")
  static let tooLong = MessageKey(
    "diagnostic.schema.textTooLong",
    "'{key}' is {count} characters long, more than the {limit} allowed")
  static let shorterID = MessageKey("diagnostic.schema.textTooLong.id", "use a shorter id")
  static let shorterText = MessageKey(
    "diagnostic.schema.textTooLong.hint", "shorten it; put long notes in a linked document")
  static let splitValue = MessageKey(
    "diagnostic.schema.splitValue",
    "a comma ends a value inside { }: if '{key}' belongs to '{previous}', quote the value:"
      + " {previous}: \"{whole}\"")

  static let all: [MessageKey] = [
    itemOf, keyOf, quotedKey, theInventory, objectA, objectAn, unknownKey, knownKeys, noValue,
    noValueHint, needs, needsHint, wrongType, foundQuoted, foundPlain, foundNothing, foundList,
    foundMapping, invalidID, idInCSVHint, neitherRiskID, riskIDHint, currency, outOfRange,
    versionHint, shareHint, rangeHint, dateOutOfRange, dateOutOfRangeHint, notRealDate,
    expectsDate, invalidItem, invalidValue, expectedOneOf, noChecklistItem, checklistItems,
    tooLong, shorterID, shorterText, splitValue,
  ]
}
