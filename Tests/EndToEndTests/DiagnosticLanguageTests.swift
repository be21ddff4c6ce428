import Foundation
import Testing

/// Diagnostics and the terminal summary in the report's language: `--lang`, else the
/// inventory's `programme.language` (read even when another part of the inventory fails), else
/// English; the location, the severity word and `hint:` as in English.
@Suite("diagnostics and the terminal in the report's language")
struct DiagnosticLanguageTests {
  static let broken = "Tests/EndToEndTests/Fixtures/broken/"

  /// An inventory in a fresh folder (beside the example's holiday calendar) holding `text`.
  static func inventory(_ text: String) throws -> URL {
    let file = try LanguageChoiceTests.withHolidays().appendingPathComponent("inventory.yaml")
    try Data(text.utf8).write(to: file)
    return file
  }

  @Test("--lang pt-BR: an invalid inventory's errors in Portuguese, at file:line:column, hint too")
  func portuguese() throws {
    for command in ["validate", "report"] {
      let run = try BinaryRunner.run([command, Self.broken + "unknown-key.yaml", "--lang", "pt-BR"])
      #expect(run.status == 65, "\(run.stderr)")
      #expect(
        run.stderr.contains(
          "unknown-key.yaml:7:5: error: chave desconhecida “primary_identifer” em uma entrada flow\n"
            + "  hint: você quis dizer “primary_identifier”?"), "\(run.stderr)")
    }
    let duplicate = try BinaryRunner.run([
      "validate", Self.broken + "duplicate-id.yaml", "--lang", "pt-BR",
    ])
    #expect(
      duplicate.status == 65
        && duplicate.stderr.contains(
          "duplicate-id.yaml:5:11: error: ID de sistema duplicado: “crm”\n"
            + "  hint: já é usado na linha 4, coluna 11; os IDs devem ser únicos"),
      "\(duplicate.stderr)")
  }

  @Test("programme.language es: an error elsewhere in the inventory, and a warning, in Spanish")
  func inventoryLanguage() throws {
    let invalid = try Self.inventory(
      """
      version: 1
      programme:
        name: Broken
        language: es
      flows:
        - id: ads
          name: Ads
          kind: bot_journey
          primary_identifer: phone

      """)
    let failed = try BinaryRunner.run(["validate", invalid.path])
    #expect(failed.status == 65, "\(failed.stderr)")
    #expect(
      failed.stderr.contains(
        "inventory.yaml:9:5: error: clave desconocida “primary_identifer” en una entrada flow\n"
          + "  hint: ¿quiso decir “primary_identifier”?"), "\(failed.stderr)")
    let english = try BinaryRunner.run(["validate", invalid.path, "--lang", "en"])
    #expect(english.stderr.contains("error: unknown key 'primary_identifer' in a flow"))

    let example = try String(
      contentsOf: BinaryRunner.root.appendingPathComponent("Examples/contact-centre.yaml"),
      encoding: .utf8)
    let valid = try Self.inventory(
      example.replacingOccurrences(of: "programme:\n", with: "programme:\n  language: es\n"))
    let warned = try BinaryRunner.run(["validate", valid.path])
    #expect(warned.status == 0, "\(warned.stderr)")
    #expect(
      warned.stdout.contains(": inventario válido (versión de formato 1)"), "\(warned.stdout)")
    #expect(
      warned.stderr.contains(
        "warning: la tarea “flow-audit” está completada, pero según sus datos R-P1 tiene 16 de 20"
          + " completados\n  hint: actualizar en el inventario"), "\(warned.stderr)")
    let report = try BinaryRunner.run([
      "report", valid.path, "--format", "md", "--out",
      valid.deletingLastPathComponent().appendingPathComponent("out").path,
    ])
    #expect(report.status == 0, "\(report.stderr)")
    #expect(
      report.stderr.contains("warning: la tarea “flow-audit” está completada")
        && report.stdout.contains("\nGeneral ") && report.stdout.contains("ROJO")
        && report.stdout.contains("Ruta crítica: ")
        && report.stdout.contains("Se escribió 1 archivo en "),
      "\(report.stdout)")
  }

  @Test(
    "the pseudo-locale leaves no English word of the catalogue in the diagnostics or the summary, beyond the inventory's own text"
  )
  func pseudoLocale() throws {
    let english = try LanguageOutputTests.catalogueWords()
      .subtracting(["error", "warning", "note", "hint"])
    let folder = BinaryRunner.root.appendingPathComponent(Self.broken)
    // The syntax fixtures quote libyaml's and the JSON parser's own English after the
    // translated "YAML syntax:"; a missing key's hint quotes the schema's documentation of it.
    let fixtures = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
      .filter { ($0.hasSuffix(".yaml") || $0.hasSuffix(".json")) && !$0.hasPrefix("syntax") }
    let schema = try BinaryRunner.run(["schema"]).stdout.lowercased()
    let names = try Self.schemaNames()
    var checked = 0
    for name in fixtures {
      let run = try BinaryRunner.run(["validate", Self.broken + name, "--lang", "en-XA"])
      let own = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      let csv = name.replacingOccurrences(of: ".yaml", with: "-systems.csv")
      let rows = (try? String(contentsOf: folder.appendingPathComponent(csv), encoding: .utf8))
      let quoted = name == "missing-key.yaml" ? schema : ""
      let left = Self.english(
        in: run.stderr, of: english, besides: own + (rows ?? "") + quoted + names)
      #expect(left.isEmpty, "English left in the diagnostics of \(name): \(left.sorted())")
      checked += run.stderr.count
    }
    #expect(checked > 2_000)
    let inventory = "Examples/contact-centre.yaml"
    let report = try BinaryRunner.run([
      "report", inventory, "--lang", "en-XA", "--format", "md", "--out",
      try BinaryRunner.temporaryFolder().path,
    ])
    #expect(report.status == 0, "\(report.stderr)")
    let own = try String(
      contentsOf: BinaryRunner.root.appendingPathComponent(inventory), encoding: .utf8)
    let validate = try BinaryRunner.run(["validate", inventory, "--lang", "en-XA"])
    #expect(validate.status == 0, "\(validate.stderr)")
    for (what, output) in [
      ("report", report.stdout + report.stderr), ("validate", validate.stdout),
    ] {
      let left = Self.english(in: output, of: english, besides: own)
      #expect(left.isEmpty, "English left in \(what)'s summary: \(left.sorted())")
      #expect(output.split(separator: "\n").count >= 15)
    }
  }

  /// The inventory's keys and the values its schema lists (`kind: contact_centre`), which a
  /// hint names as written: not the schema's descriptions.
  static func schemaNames() throws -> String {
    let schema = try JSONSerialization.jsonObject(
      with: Data(try BinaryRunner.run(["schema"]).stdout.utf8))
    var names: [String] = []
    func walk(_ node: Any) {
      if let object = node as? [String: Any] {
        if let properties = object["properties"] as? [String: Any] { names += properties.keys }
        if let values = object["enum"] as? [Any] { names += values.compactMap { $0 as? String } }
        object.values.forEach(walk)
      } else if let items = node as? [Any] {
        items.forEach(walk)
      }
    }
    walk(schema)
    return names.joined(separator: " ")
  }

  /// The catalogue's English words in `output`, leaving out file names with their line and
  /// column, ids, YAML written in a hint (`{csv: file.csv, delimiter: ";"}`) and the words of
  /// `inventory` (its own text, which is never translated).
  static func english(in output: String, of words: Set<String>, besides inventory: String)
    -> Set<String>
  {
    let prose = output.replacing(/\S+:\d+:\d+/, with: " ").replacing(/\{[^{}]*\}/, with: " ")
      .replacing(/[a-z]+(-[a-z]+)*:[^\s)|,]+|[a-z]+(-[a-z]+)+|\/\S+/, with: " ")
      .replacing(/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/, with: " ")
    let own = inventory.lowercased()
    return Set(
      prose.split(whereSeparator: { !$0.isLetter }).map { $0.lowercased() }
        .filter { words.contains($0) && !own.contains($0) })
  }
}
