import ReadinessCore

/// The comments `init`'s starter inventory (`Templates/init/inventory.yaml`) writes beside its
/// keys, generated from the key declarations' `starter` notes. The template keeps its example
/// values and its prose; `regenerate` rewrites the comment of every declared key's line: the
/// note on the key's first line, none on later ones; a note's second line continues below it
/// at the same column (lines continuing a key's old comment are dropped). `scripts/regenerate-docs` writes it; a test fails when it is stale.
public enum StarterComments {
  /// Where a new comment starts, once `{{today}}` is replaced by a date.
  static let column = 43

  /// `template` with each declared key's comment written from its declaration, and the key
  /// paths (`programme.name`) whose notes no line of the template carries.
  public static func regenerate(_ template: String) -> (text: String, unused: [String]) {
    var out: [String] = []
    var open: [(indent: Int, name: String, schema: ObjectSchema?)] = []
    var noted: Set<String> = []
    var continuation: Int?
    for line in template.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
      if let at = continuation, isContinuation(line, at: at) { continue }
      continuation = nil
      guard let key = KeyLine(line) else {
        out.append(line)
        continue
      }
      while let last = open.last, last.indent >= key.indent { open.removeLast() }
      let parent = open.isEmpty ? Inventory.keys.schema : open[open.count - 1].schema
      let field = parent?.field(key.name)
      let path = (open.map(\.name) + [key.name]).joined(separator: ".")
      open.append((key.indent, key.name, field.flatMap { entries(of: $0.type) }))
      guard let field else {
        out.append(line)
        continue
      }
      guard let note = field.starter, noted.insert(path).inserted else {
        out.append(key.content)
        // Lines continuing the comment it had go with it.
        continuation = key.padding.map { (key.content + $0).count }
        continue
      }
      let notes = note.split(separator: "\n").map(String.init)
      let padding =
        key.padding ?? String(repeating: " ", count: max(1, column - width(key.content)))
      let at = (key.content + padding).count
      out.append(key.content + padding + "# " + notes[0])
      let marker = key.marker.map { String(repeating: " ", count: $0) + "#" } ?? ""
      for more in notes.dropFirst() {
        out.append(marker + String(repeating: " ", count: at - marker.count) + "# " + more)
      }
      continuation = at
    }
    let unused = notedPaths(Inventory.keys.schema, under: []).filter { !noted.contains($0) }
    return (out.joined(separator: "\n"), unused)
  }

  /// The object each value (or entry) of `type` holds, whose keys nest under it.
  static func entries(of type: SchemaType) -> ObjectSchema? {
    switch type {
    case .object(let schema), .table(let schema), .list(.object(let schema)), .dayList(let schema):
      schema
    default: nil
    }
  }

  /// Every key path under `schema` whose declaration has a starter note.
  static func notedPaths(_ schema: ObjectSchema, under path: [String]) -> [String] {
    schema.fields.flatMap { field in
      let here = path + [field.name]
      let own = field.starter == nil ? [] : [here.joined(separator: ".")]
      return own + (entries(of: field.type).map { notedPaths($0, under: here) } ?? [])
    }
  }

  /// A line holding only a comment mark at column `at`, after spaces and at most one `#`.
  static func isContinuation(_ line: String, at: Int) -> Bool {
    let characters = Array(line)
    guard characters.count > at, characters[at] == "#" else { return false }
    let before = characters[..<at]
    return before.allSatisfy { $0 == " " || $0 == "#" } && before.filter { $0 == "#" }.count <= 1
  }

  /// Characters, counting `{{today}}` as the date `init` writes for it.
  static func width(_ text: String) -> Int {
    text.count + text.components(separatedBy: "{{today}}").count - 1
  }
}

/// A template line that writes a key, `  name: value   # comment`, or comments one out,
/// `  # as_of: value   # comment`.
struct KeyLine {
  /// The key's nesting: its column, with a comment mark counted as a space before it.
  var indent: Int
  var name: String
  /// The column of the mark that comments the key out, if it is.
  var marker: Int?
  /// The line without its trailing comment.
  var content: String
  /// The white space before the trailing comment, when there is one.
  var padding: String?

  init?(_ line: String) {
    let characters = Array(line)
    var i = characters.prefix { $0 == " " }.count
    indent = i
    if i < characters.count, characters[i] == "#" {
      marker = i
      let spaces = characters[(i + 1)...].prefix { $0 == " " }.count
      guard spaces > 0 else { return nil }
      i += 1 + spaces
      indent = i - 2
    }
    if characters[i...].starts(with: ["-", " "]) {
      i += 2
      indent += 2
    }
    let name = characters[i...].prefix { $0.isLetter || $0.isNumber || $0 == "_" }
    guard let first = name.first, first.isLetter || first == "_" else { return nil }
    let colon = i + name.count
    guard colon < characters.count, characters[colon] == ":",
      colon + 1 == characters.count || characters[colon + 1] == " "
    else { return nil }
    self.name = String(name)
    var end = characters.count
    padding = nil
    if let hash = characters[(colon + 1)...].indices.first(where: {
      characters[$0] == "#" && characters[$0 - 1] == " "
    }) {
      end = hash
      while end > colon + 1, characters[end - 1] == " " { end -= 1 }
      padding = String(characters[end..<hash])
    }
    content = String(characters[..<end])
  }
}
