import ReadinessCore

extension Catalog {
  /// What keeps the catalogue from translating every message and fixed text: a missing, empty,
  /// fuzzy, stale or repeated entry; a form too many or too few; a placeholder, template tag or
  /// markup that is not the English one's; an entry for nothing. Empty when it is whole. `rules`
  /// are the language's CLDR plural categories.
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
    var first: [String: POFile.Entry] = [:]
    for entry in entries {
      guard let context = entry.context else { continue }
      let name = context == Self.templateContext ? context + "\u{0}" + entry.english : context
      if first[name] == nil {
        first[name] = entry
      } else {
        problems.append(
          error(entry.line, "\(label(entry)) is given twice", hint: "keep one entry for it"))
      }
    }
    for key in keys {
      guard let entry = first[key.id] else {
        problems.append(error(1, "no entry for '\(key.id)'", hint: "add msgctxt \"\(key.id)\""))
        continue
      }
      problems += MessageEntryCheck(key: key, categories: categories).problems(entry).map {
        error(entry.line, "'\(key.id)' \($0.message)", hint: $0.hint)
      }
    }
    for text in english {
      guard let entry = first[Self.templateContext + "\u{0}" + text] else {
        problems.append(
          error(
            1, "no entry for the template text '\(text.prefix(60))'",
            hint: "add it with msgctxt \"template\" (bsuid-readiness catalog template lists them)"))
        continue
      }
      problems += FixedTextCheck.problems(entry, english: text).map {
        error(entry.line, "\(label(entry)) \($0.message)", hint: $0.hint)
      }
    }
    let known = Set(keys.map(\.id))
    let texts = Set(english)
    for entry in entries {
      guard let context = entry.context else { continue }
      let used =
        context == Self.templateContext ? texts.contains(entry.english) : known.contains(context)
      if !used {
        problems.append(
          error(
            entry.line, "\(label(entry)) is not a message of this version",
            hint: "remove the entry, or mark it obsolete (#~)"))
      }
    }
    return problems
  }

  /// `'rag.phase.ended'`, or `the template text 'Top open risks'`.
  private func label(_ entry: POFile.Entry) -> String {
    entry.context == Self.templateContext
      ? "the template text '\(entry.english.prefix(50))'" : "'\(entry.context ?? "")'"
  }

  private func error(_ line: Int, _ message: String, hint: String) -> CatalogError {
    CatalogError(file: file, line: line, message, hint: hint)
  }
}

/// A problem with one entry, before it is located.
struct EntryProblem {
  let message: String
  let hint: String
}
