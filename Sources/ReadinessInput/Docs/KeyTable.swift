import ReadinessCore

/// README's table of inventory keys, generated from the key declarations (`Inventory.keys`):
/// one row per section, its keys in declaration order, required ones in bold, nested objects in
/// brackets. `scripts/regenerate-docs` writes it between the markers; a test fails when the
/// committed table is stale.
public enum KeyTable {
  /// The marker lines the table is written between.
  public static let begin =
    "<!-- inventory keys: generated from the key declarations by scripts/regenerate-docs -->"
  public static let end = "<!-- end of inventory keys -->"

  /// The table, with a final line break.
  public static func markdown() -> String {
    var lines = ["| section | keys (required ones in bold) |", "|---|---|"]
    for field in Inventory.keys.schema.fields {
      lines.append("| \(name(field)) | \(contents(field.type) ?? field.doc) |")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `readme` with the text between the markers replaced by the table; nil without markers.
  public static func replacing(in readme: String) -> String? {
    guard let start = readme.range(of: begin + "\n"),
      let stop = readme.range(of: end, range: start.upperBound..<readme.endIndex)
    else { return nil }
    return readme.replacingCharacters(in: start.upperBound..<stop.lowerBound, with: markdown())
  }

  private static func name(_ field: SchemaField) -> String {
    field.required ? "**`\(field.name)`**" : "`\(field.name)`"
  }

  /// The keys of an object (or of each entry of a list or table); nil for a plain value.
  private static func contents(_ type: SchemaType) -> String? {
    switch type {
    case .object(let schema), .table(let schema), .list(.object(let schema)):
      return schema.fields.map { field in
        name(field) + (contents(field.type).map { " (\($0))" } ?? values(field.type))
      }.joined(separator: ", ")
    case .dayList(let schema):
      return "a date, {\(contents(.object(schema)) ?? "")} or {`ics`}"
    case .map(let key, let value):
      let noun = if case .checklistID = key { "per checklist item id" } else { "per key" }
      return contents(value).map { "\(noun): \($0)" } ?? noun
    default:
      return nil
    }
  }

  /// " (low / medium / high)" for a short list of allowed values.
  private static func values(_ type: SchemaType) -> String {
    guard case .enumeration(let values, _, _) = type, values.count <= 4 else { return "" }
    return " (\(values.joined(separator: " / ")))"
  }
}
