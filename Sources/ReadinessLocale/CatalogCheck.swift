import ReadinessCore

extension Catalog {
  /// What keeps the catalogue from translating every message and fixed text: a missing, empty,
  /// fuzzy or stale entry, a form too many or too few, a placeholder or template tag that is
  /// not the English one's, an entry for nothing. Empty when it is whole.
  public func problems(keys: [MessageKey], fixedTexts english: [String], rules: [String])
    -> [CatalogError]
  {
    var problems: [CatalogError] = []
    if categories != rules {
      problems.append(
        error(
          1, "X-Plural-Categories is '\(categories.joined(separator: ", "))'",
          hint: "CLDR gives \(language) the categories \(rules.joined(separator: ", "))"))
    }
    let byContext = Dictionary(
      entries.compactMap { e in e.context.map { ($0 + "\u{0}" + e.english, e) } },
      uniquingKeysWith: { first, _ in first })
    let ids = Dictionary(
      entries.compactMap { e in e.context.map { ($0, e) } }, uniquingKeysWith: { first, _ in first }
    )
    for key in keys {
      guard let entry = ids[key.id] else {
        problems.append(error(1, "no entry for '\(key.id)'", hint: "add msgctxt \"\(key.id)\""))
        continue
      }
      problems += check(
        entry, english: key.englishOne ?? key.english, source: key.english, id: key.id,
        names: Set(key.placeholders), optional: key.count.map { [$0] } ?? [])
    }
    for text in english {
      guard let entry = byContext[Self.templateContext + "\u{0}" + text] else {
        problems.append(
          error(
            1, "no entry for the template text '\(text.prefix(60))'",
            hint: "add it with msgctxt \"template\" (bsuid-readiness catalog template lists them)"))
        continue
      }
      problems += check(
        entry, english: text, source: text, id: Self.templateContext,
        names: TemplateTags.names(text), optional: nil)
    }
    let known = Set(keys.map(\.id))
    let texts = Set(english)
    for entry in entries where entry.context != nil {
      let context = entry.context ?? ""
      if context == Self.templateContext ? !texts.contains(entry.english) : !known.contains(context)
      {
        problems.append(
          error(
            entry.line,
            "'\(context == Self.templateContext ? entry.english : context)' is not a message of this version",
            hint: "remove the entry, or mark it obsolete (#~)"))
      }
    }
    return problems
  }

  /// One entry against its English: `optional` names the count a plural form may leave out
  /// ("uma tarefa"); nil for a template text, whose tags must all stay.
  private func check(
    _ entry: POFile.Entry, english: String, source: String, id: String, names: Set<String>,
    optional: Set<String>?
  ) -> [CatalogError] {
    var found: [CatalogError] = []
    let plural = !(optional ?? []).isEmpty
    let forms = plural ? categories.count : 1
    if entry.english != english && entry.english != source {
      found.append(
        error(
          entry.line, "the English of '\(id)' changed", hint: "translate it again from: \(source)"))
    }
    if entry.flags.contains("fuzzy") {
      found.append(
        error(
          entry.line, "'\(id)' is fuzzy", hint: "review the translation, then remove the fuzzy flag"
        ))
    }
    if entry.translations.count != forms {
      found.append(
        error(
          entry.line, "'\(id)' has \(entry.translations.count) forms, not \(forms)",
          hint: plural
            ? "write msgstr[0]… one per category: \(categories.joined(separator: ", "))"
            : "write one msgstr"))
    }
    for form in entry.translations {
      let used = optional == nil ? TemplateTags.names(form) : Set(MessagePattern.names(form))
      let missing = names.subtracting(used).subtracting(optional ?? [])
      if form.isEmpty {
        found.append(error(entry.line, "'\(id)' has an empty translation", hint: "translate it"))
      } else if !used.isSubset(of: names) || !missing.isEmpty {
        found.append(
          error(
            entry.line,
            "'\(id)' names {\(used.sorted().joined(separator: "}, {"))}, not {\(names.sorted().joined(separator: "}, {"))}",
            hint: "keep every placeholder of the English, spelled as it is"))
      }
    }
    return found
  }

  private func error(_ line: Int, _ message: String, hint: String) -> CatalogError {
    CatalogError(file: file, line: line, message, hint: hint)
  }
}

/// The Mustache tags of a template text (`{{asOf}}`, `{{#upperBound}}`): a translation keeps
/// them all.
enum TemplateTags {
  static func names(_ text: String) -> Set<String> {
    var names: Set<String> = []
    var rest = Substring(text)
    while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
      names.insert(String(rest[open.upperBound..<close.lowerBound]))
      rest = rest[close.upperBound...]
    }
    return names
  }
}
