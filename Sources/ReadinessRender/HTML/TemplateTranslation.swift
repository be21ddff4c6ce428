import ReadinessCore

/// The templates' fixed texts, marked `{{#t}}Top open risks{{/t}}`: the English between the
/// marks is looked up in the page's language (Mustache tags inside stay tags). In English the
/// marks simply go, so an English page is what the template says.
extension TemplateSet {
  /// The set with every marked text in `language`.
  public func translated(_ language: some MessageLanguage) -> TemplateSet {
    func translate(_ files: [String: String]) -> [String: String] {
      files.mapValues { FixedTexts.replacing(in: $0, language.fixedText) }
    }
    return TemplateSet(
      bundled: translate(bundled), overrides: translate(overrides), bundledLabel: bundledLabel,
      overrideLabel: overrideLabel, outputLimit: outputLimit)
  }

  /// Every marked text of the bundled templates, each once, by template path then place: what
  /// the catalogues translate with the context `template`.
  public var fixedTexts: [String] {
    var seen: Set<String> = []
    return bundled.keys.sorted().flatMap { FixedTexts.all(in: bundled[$0] ?? "") }.filter {
      seen.insert($0).inserted
    }
  }
}

/// Finding and replacing `{{#t}}…{{/t}}`.
enum FixedTexts {
  static let open = "{{#t}}"
  static let close = "{{/t}}"

  static func replacing(in text: String, _ translate: (String) -> String) -> String {
    guard text.contains(open) else { return text }
    var out = ""
    var rest = Substring(text)
    while let start = rest.range(of: open), let end = rest[start.upperBound...].range(of: close) {
      out += rest[..<start.lowerBound]
      out += translate(String(rest[start.upperBound..<end.lowerBound]))
      rest = rest[end.upperBound...]
    }
    return out + rest
  }

  static func all(in text: String) -> [String] {
    var found: [String] = []
    _ = replacing(in: text) {
      found.append($0)
      return $0
    }
    return found
  }
}
