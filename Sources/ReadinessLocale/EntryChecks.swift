import ReadinessCore

/// One message's entry against its key: the same English, fuzzy or not, one form per plural
/// category, the English's placeholders in every form. A form for one (or zero, or two) may
/// leave out a numeric count ("uma tarefa"); a list's count never (it names the items).
struct MessageEntryCheck {
  let key: MessageKey
  let categories: [String]

  func problems(_ entry: POFile.Entry) -> [EntryProblem] {
    var found: [EntryProblem] = []
    let plural = key.englishOne != nil
    if entry.english != (key.englishOne ?? key.english)
      || entry.englishPlural != (plural ? key.english : nil)
    {
      found.append(
        EntryProblem(message: "changed in English", hint: "translate it again from: \(key.english)")
      )
    }
    if entry.flags.contains("fuzzy") {
      found.append(
        EntryProblem(message: "is fuzzy", hint: "review the translation, then remove the flag"))
    }
    let forms = plural ? categories.count : 1
    if entry.translations.count != forms {
      found.append(
        EntryProblem(
          message: "has \(entry.translations.count) forms, not \(forms)",
          hint: plural
            ? "write msgstr[0]… one per category: \(categories.joined(separator: ", "))"
            : "write one msgstr"))
    }
    let names = Set(key.placeholders)
    for (index, form) in entry.translations.enumerated() {
      let category = plural && index < categories.count ? categories[index] : "other"
      let optional: Set<String> =
        key.count == "count" && ["zero", "one", "two"].contains(category) ? ["count"] : []
      let used = Set(MessagePattern.names(form))
      if form.isEmpty {
        found.append(EntryProblem(message: "has an empty translation", hint: "translate it"))
      } else if !used.isSubset(of: names) || !names.subtracting(used).subtracting(optional).isEmpty
      {
        found.append(
          EntryProblem(
            message: "names {\(used.sorted().joined(separator: "}, {"))}, not"
              + " {\(names.sorted().joined(separator: "}, {"))}",
            hint: "keep every placeholder of the English, spelled as it is"))
      }
    }
    return found
  }
}

/// A template's fixed text against its English: the translation goes into the template's
/// source, so it keeps the English's Mustache tags and markup (in any order that still nests:
/// a section or element closes after it opens, inside the one around it) and adds no `{{`,
/// `<`, `"` or `&` of its own.
enum FixedTextCheck {
  static func problems(_ entry: POFile.Entry, english: String) -> [EntryProblem] {
    guard let form = entry.translations.first, entry.translations.count == 1 else {
      return [EntryProblem(message: "has plural forms", hint: "write one msgstr")]
    }
    if entry.flags.contains("fuzzy") {
      return [
        EntryProblem(message: "is fuzzy", hint: "review the translation, then remove the flag")
      ]
    }
    if form.isEmpty {
      return [EntryProblem(message: "has an empty translation", hint: "translate it")]
    }
    let (tags, text) = split(form)
    let (englishTags, englishText) = split(english)
    if tags.sorted() != englishTags.sorted() {
      return [
        EntryProblem(
          message: "has the tags \(tags.joined()), not \(englishTags.joined())",
          hint: "keep every {{tag}} and HTML tag of the English")
      ]
    }
    if !nests(form) {
      return [
        EntryProblem(
          message: "closes a section or element before it opens, or outside the one around it",
          hint: "keep {{#x}}…{{/x}} and <b>…</b> pairs whole, as the English has them")
      ]
    }
    for mark in ["{", "}", "<", ">", "\"", "&"] where count(mark, text) > count(mark, englishText) {
      return [
        EntryProblem(
          message: "adds '\(mark)' outside its tags",
          hint: "write quotation marks as “ ” and leave markup to the English's tags")
      ]
    }
    return []
  }

  /// Whether the sections and elements of `text` open and close in nesting order.
  static func nests(_ text: String) -> Bool {
    var open: [String] = []
    for match in text.matches(
      of: /\{\{([#^\/])\s*([^{}\s]+)\s*\}\}|<(\/?)([a-zA-Z][a-zA-Z0-9]*)[^<>]*>/)
    {
      let (closing, name): (Bool, String) =
        match.output.2.map { (match.output.1 == "/", "{{" + $0) }
        ?? (match.output.3 == "/", "<" + (match.output.4.map(String.init) ?? ""))
      if ["<br", "<img", "<wbr", "<hr"].contains(name) { continue }
      if !closing {
        open.append(name)
      } else if open.popLast() != name {
        return false
      }
    }
    return open.isEmpty
  }

  /// The `{{…}}` and `<…>` tags of `text`, in order, and the text without them.
  static func split(_ text: String) -> (tags: [String], text: String) {
    var tags: [String] = []
    var rest = text
    for pattern in [/\{\{[^{}]*\}\}/, /<[^<>]*>/] {
      for match in rest.matches(of: pattern) { tags.append(String(rest[match.range])) }
      rest = rest.replacing(pattern, with: "")
    }
    return (tags, rest)
  }

  private static func count(_ mark: String, _ text: String) -> Int {
    text.components(separatedBy: mark).count - 1
  }
}
