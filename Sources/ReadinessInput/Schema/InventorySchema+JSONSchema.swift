import ReadinessCore

/// The inventory format as generated documents.
public enum InventorySchema {
  /// The inventory format as a JSON Schema (draft 2020-12), generated from the key declarations
  /// (`Inventory.keys`), for editors
  /// (yaml-language-server reads it from the `$schema` comment) and other tools. It accepts
  /// what the loader accepts as an editor sees YAML: dates as strings, yes/no as strings or
  /// booleans, any scalar where text is expected, an empty value for an optional key.
  public static func jsonSchema() -> String {
    var generator = JSONSchemaGenerator()
    var document: [(String, JSONText)] = [
      ("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
      ("$id", .string("urn:bsuid-readiness:inventory:1")),
      ("title", .string("bsuid-readiness inventory, format version 1")),
    ]
    document += generator.objectBody(Inventory.keys.schema)
    document.append(("$defs", .object(generator.definitions)))
    return JSONText.object(document).pretty
  }
}

/// Turns schema types into JSON Schema fragments, collecting named objects under `$defs`.
struct JSONSchemaGenerator {
  var definitions: [(String, JSONText)] = []

  mutating func fragment(_ type: SchemaType) -> [(String, JSONText)] {
    switch type {
    case .string:
      return [
        ("type", .array([.string("string"), .string("number"), .string("boolean")])),
        ("maxLength", .number(Double(InputLimits.textLength))),
      ]
    case .id:
      return [
        ("type", .array([.string("string"), .string("number")])),
        ("pattern", .string("^[A-Za-z0-9][A-Za-z0-9._-]*$")),
        ("maxLength", .number(Double(InputLimits.idLength))),
      ]
    case .riskID:
      let kinds = Risk.Kind.allCases.filter { $0 != .manual && $0 != .tasksLate }.map(\.rawValue)
      return [
        ("type", .array([.string("string"), .string("number")])),
        (
          "pattern",
          .string("^([A-Za-z0-9][A-Za-z0-9._-]*|(\(kinds.joined(separator: "|"))):[^\\s:][^\\s]*)$")
        ),
        ("maxLength", .number(Double(InputLimits.idLength))),
      ]
    case .integer(let range): return [("type", .string("integer"))] + bounds(range)
    case .number(let range): return [("type", .string("number"))] + bounds(range)
    case .boolean:
      let words = ["true", "false", "yes", "no", "on", "off"].map(Self.anyCase)
      return [
        (
          "anyOf",
          .array([
            .object([("type", .string("boolean"))]),
            .object([
              ("type", .string("string")),
              ("pattern", .string("^(\(words.joined(separator: "|")))$")),
            ]),
          ])
        )
      ]
    case .date:
      // Years 2000–2100, as InputLimits bounds them (the loader checks the exact days).
      return [
        ("type", .string("string")), ("pattern", .string("^(20[0-9]{2}|2100)-[0-9]{2}-[0-9]{2}$")),
        ("format", .string("date")),
      ]
    case .enumeration(let values, _, true):
      let words = values.map(Self.anyCase)
      return [
        ("type", .string("string")), ("pattern", .string("^(\(words.joined(separator: "|")))$")),
      ]
    case .enumeration(let values, let aliases, _):
      var allowed = (values + aliases.keys.sorted()).map(JSONText.string)
      if aliases["true"] != nil { allowed += [.bool(true), .bool(false)] }
      return [("enum", .array(allowed))]
    case .currency:
      return [("type", .string("string")), ("pattern", .string("^[A-Za-z]{3}$"))]
    case .checklistID:
      return [("enum", .array(ChecklistItemID.allCases.map { JSONText.string($0.rawValue) }))]
    case .list(let element):
      return [("type", .string("array")), ("items", .object(fragment(element)))]
    case .object(let schema):
      return reference(schema)
    case .map(let key, let value):
      return [
        ("type", .string("object")), ("propertyNames", .object(fragment(key))),
        ("additionalProperties", .object(fragment(value))),
      ]
    case .dayList(let schema):
      return [("type", .string("array")), ("items", day(schema))]
    case .table(let schema):
      let csv = JSONText.object([
        ("type", .string("object")),
        (
          "properties",
          .object([
            (
              "csv",
              .object([
                ("type", .string("string")),
                (
                  "description",
                  .string("CSV file, relative to the inventory, with one column per key.")
                ),
              ])
            ),
            (
              "delimiter",
              .object([
                ("enum", .array([.string(","), .string(";")])),
                (
                  "description",
                  .string(
                    "Field separator: , (default) or ; (lists in a cell are then split by ,).")
                ),
              ])
            ),
          ])
        ),
        ("required", .array([.string("csv")])), ("additionalProperties", .bool(false)),
      ])
      var forms: [JSONText] = [
        .object([("type", .string("array")), ("items", .object(reference(schema)))]), csv,
      ]
      if schema.name == "task" { forms += [Self.mspdi, Self.jira] }
      return [("anyOf", .array(forms))]
    }
  }

  /// A date, an object of `schema`, or `{ics: file.ics}`, for each item of a list of days.
  mutating func day(_ schema: ObjectSchema) -> JSONText {
    let ics = JSONText.object([
      ("type", .string("object")),
      (
        "properties",
        .object([
          (
            "ics",
            .object([
              ("type", .string("string")),
              (
                "description",
                .string(
                  "iCalendar file, relative to the inventory: its all-day events are days off.")
              ),
            ])
          )
        ])
      ),
      ("required", .array([.string("ics")])), ("additionalProperties", .bool(false)),
    ])
    return .object([
      ("anyOf", .array([.object(fragment(.date)), .object(reference(schema)), ics]))
    ])
  }

  /// `$ref` to the object's definition, adding it on first use.
  mutating func reference(_ schema: ObjectSchema) -> [(String, JSONText)] {
    if !definitions.contains(where: { $0.0 == schema.name }) {
      definitions.append((schema.name, .null))
      let body = JSONText.object(objectBody(schema))
      if let index = definitions.firstIndex(where: { $0.0 == schema.name }) {
        definitions[index].1 = body
      }
    }
    return [("$ref", .string("#/$defs/\(schema.name)"))]
  }

  mutating func objectBody(_ schema: ObjectSchema) -> [(String, JSONText)] {
    let properties = schema.fields.map { field -> (String, JSONText) in
      let doc: (String, JSONText) = ("description", .string(field.doc))
      if field.required { return (field.name, .object([doc] + fragment(field.type))) }
      let nullable = JSONText.array([
        .object(fragment(field.type)), .object([("type", .string("null"))]),
      ])
      return (field.name, .object([doc, ("anyOf", nullable)]))
    }
    let required = schema.fields.filter(\.required).map { JSONText.string($0.name) }
    var body: [(String, JSONText)] = [
      ("type", .string("object")), ("properties", .object(properties)),
    ]
    if !required.isEmpty { body.append(("required", .array(required))) }
    body.append(("additionalProperties", .bool(false)))
    return body
  }

  func bounds(_ range: NumberRange) -> [(String, JSONText)] {
    var out: [(String, JSONText)] = []
    if let minimum = range.minimum { out.append(("minimum", .number(minimum))) }
    if let maximum = range.maximum { out.append(("maximum", .number(maximum))) }
    return out
  }

  /// `yes` → `[Yy][Ee][Ss]`: a regular expression matching any case (ECMA-262 has no inline flag).
  static func anyCase(_ word: String) -> String {
    word.map { "[\($0.uppercased())\($0.lowercased())]" }.joined()
  }
}
