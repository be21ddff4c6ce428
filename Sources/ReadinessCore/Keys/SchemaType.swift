/// The type of one value in the inventory schema.
public indirect enum SchemaType: Sendable {
  /// Any scalar, kept exactly as written (`handle: no` is the text "no").
  case string
  /// An identifier matching `[A-Za-z0-9][A-Za-z0-9._-]*`.
  case id
  /// An id, or a generated risk's id (`operational-silence:ctwa-ev`, `tasks-late`) that a
  /// `risks` entry overrides.
  case riskID
  /// A whole number within a range.
  case integer(NumberRange)
  /// A number within a range.
  case number(NumberRange)
  /// true/false, and YAML 1.1's yes/no/on/off in any case.
  case boolean
  /// An ISO 8601 calendar date, `YYYY-MM-DD`.
  case date
  /// A three-letter ISO 4217 currency code, any case (`eur` reads as `EUR`).
  case currency
  /// One of the listed spellings; `aliases` maps other accepted spellings to one of them;
  /// `ignoringCase` accepts any capitalisation and reads it as the listed spelling.
  case enumeration([String], aliases: [String: String] = [:], ignoringCase: Bool = false)
  /// A checklist item id (`R-I1`); anything else is an unknown reference.
  case checklistID
  case list(SchemaType)
  case object(ObjectSchema)
  /// A mapping from free keys (of kind `key`) to values of one type.
  case map(key: SchemaType, value: SchemaType)
  /// A list of objects, or `{csv: file.csv}` naming a spreadsheet with the same columns.
  case table(ObjectSchema)
  /// A list of days (`holidays`): each a date, an object of `schema` (its `date` and more), or
  /// `{ics: file.ics}` naming an iCalendar file whose all-day events the loader reads as such
  /// objects.
  case dayList(ObjectSchema)
}

/// Inclusive bounds on a number; nil means unbounded.
public struct NumberRange: Sendable {
  public var minimum: Double?
  public var maximum: Double?

  public init(minimum: Double? = nil, maximum: Double? = nil) {
    self.minimum = minimum
    self.maximum = maximum
  }

  /// Any value.
  public static let any = NumberRange()
  /// A share, 0–1.
  public static let share = NumberRange(minimum: 0, maximum: 1)
  /// A percentage, 0–100.
  public static let percent = NumberRange(minimum: 0, maximum: 100)

  @inlinable package func contains(_ value: Double) -> Bool {
    (minimum.map { value >= $0 } ?? true) && (maximum.map { value <= $0 } ?? true)
  }
}

/// A mapping with a fixed set of keys.
public struct ObjectSchema: Sendable {
  /// A short name for the object ("system", "flow"), used in messages and JSON Schema `$defs`.
  public let name: String
  public let fields: [SchemaField]
  /// The fields' names, in order: the decoder looks every key up in them.
  @usableFromInline let names: [String]

  public init(_ name: String, _ fields: [SchemaField]) {
    self.name = name
    self.fields = fields
    names = fields.map(\.name)
  }

  /// The field named `key`, if any.
  @inlinable public func field(_ key: String) -> SchemaField? {
    names.firstIndex(of: key).map { fields[$0] }
  }
}

/// One key of an object: its type, whether it must be present, a one-line doc, and the comment
/// `init`'s starter inventory writes beside it.
public struct SchemaField: Sendable {
  public var name: String
  public var type: SchemaType
  public var required: Bool
  public var doc: String
  /// The starter's comment on the key's first line, when the starter shows the key with one;
  /// a line break continues it on the next line.
  public var starter: String?

  public init(
    _ name: String, _ type: SchemaType, required: Bool = false, _ doc: String,
    starter: String? = nil
  ) {
    self.name = name
    self.type = type
    self.required = required
    self.doc = doc
    self.starter = starter
  }
}
