import ReadinessCore

/// The catalogue template (`messages.pot`): every message with its id as `msgctxt`, its English
/// as `msgid` (and `msgid_plural`), its placeholders in a comment for the translator, then the
/// templates' fixed texts under the context `template`. A translator starts a language from it
/// in any PO editor.
public enum POTemplate {
  public static func text(keys: [MessageKey], fixedTexts: [String], version: String) -> String {
    var out = """
      # The messages of bsuid-readiness, in English: copy to Translations/<language>.po and translate.
      # See docs/localisation.md.
      msgid ""
      msgstr ""
      "Project-Id-Version: bsuid-readiness \(version)\\n"
      "Content-Type: text/plain; charset=UTF-8\\n"

      """
    for key in keys {
      out += "\n"
      let names = key.placeholders
      if !names.isEmpty { out += "#. " + names.map { "{\($0)}" }.joined(separator: ", ") + "\n" }
      out += "msgctxt \(quoted(key.id))\n"
      if let one = key.englishOne {
        out += "msgid \(quoted(one))\nmsgid_plural \(quoted(key.english))\n"
        out += "msgstr[0] \"\"\nmsgstr[1] \"\"\n"
      } else {
        out += "msgid \(quoted(key.english))\nmsgstr \"\"\n"
      }
    }
    for text in fixedTexts {
      out += "\nmsgctxt \(quoted(Catalog.templateContext))\nmsgid \(quoted(text))\nmsgstr \"\"\n"
    }
    return out
  }

  /// `text` as a PO string: in double quotes, with `\`, `"`, newlines and tabs escaped.
  public static func quoted(_ text: String) -> String {
    var out = "\""
    for character in text {
      switch character {
      case "\\": out += "\\\\"
      case "\"": out += "\\\""
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      default: out.append(character)
      }
    }
    return out + "\""
  }
}
