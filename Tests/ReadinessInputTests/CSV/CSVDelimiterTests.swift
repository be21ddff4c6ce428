import ReadinessCore
import ReadinessInput
import Testing

@Suite("Semicolon-separated CSV, and risks and decisions from CSV")
struct CSVDelimiterTests {
  let semicolon = inventory("systems: { csv: systems.csv, delimiter: \";\" }")

  @Test("delimiter ';' splits fields on ';' and list cells on ','")
  func semicolonFile() throws {
    let systems =
      "id;name;kind;stores;owner\r\ncrm;\"Acme; CRM, main\";crm;phone, email ;Ana\r\nbot;Bot;chatbot;;\r\n"
    let result = load(semicolon, files: ["systems.csv": systems])
    #expect(result.diagnostics.isEmpty, "\(rendered(result))")
    let inv = try #require(result.evaluated?.inventory)
    #expect(inv.systems.map(\.name) == ["Acme; CRM, main", "Bot"])
    #expect(inv.systems[0].stores == [.phone, .email])
    #expect(inv.systems[0].owner == "Ana")
    #expect(inv.systems[1].owner == nil)
  }

  @Test("a list item in a semicolon file is reported at its own column")
  func listItemPosition() {
    let result = load(
      semicolon, files: ["systems.csv": "id;name;kind;stores\ncrm;CRM;crm;phone, fax\n"])
    #expect(
      rendered(result) == [
        "systems.csv:2:20: error: an item of 'stores' is invalid: 'fax' [inventory.invalid-enum]"
      ])
  }

  @Test("a header with ';' and no ',' read as comma-separated gets the delimiter hint")
  func semicolonHeaderHint() {
    let top = inventory("systems: { csv: data/systems.csv }")
    let result = load(top, files: ["data/systems.csv": "\u{FEFF}id;name;kind\n\"crm\";CRM;crm\n"])
    #expect(
      rendered(result) == [
        "data/systems.csv:1:1: error: the header row holds ';' and no ',': the file is ';'-separated [inventory.csv-header]"
      ])
    #expect(
      result.diagnostics.first?.hint == "write systems: {csv: data/systems.csv, delimiter: \";\"}")
  }

  @Test("a comma file read with delimiter ';' gets the opposite hint")
  func commaHeaderHint() {
    let result = load(semicolon, files: ["systems.csv": "id,name,kind\ncrm,CRM,crm\n"])
    #expect(
      rendered(result) == [
        "systems.csv:1:1: error: the header row holds ',' and no ';': the file is ','-separated [inventory.csv-header]"
      ])
    #expect(
      result.diagnostics.first?.hint
        == "write systems: {csv: systems.csv}: the comma is the default")
  }

  @Test("a delimiter other than ',' or ';' is an error at the value")
  func badDelimiter() {
    let result = load(
      inventory("systems: { csv: systems.csv, delimiter: \"|\" }"), files: ["systems.csv": "id\n"])
    #expect(
      rendered(result) == [
        "inv.yaml:4:41: error: 'delimiter' must be ',' or ';', found the text \"|\" [inventory.invalid-enum]"
      ])
    let extra = load(
      inventory("systems: { csv: systems.csv, sep: \";\" }"),
      files: ["systems.csv": "id,name,kind\n"])
    #expect(
      rendered(extra) == [
        "inv.yaml:4:30: error: unknown key 'sep' beside 'csv' [inventory.unknown-key]"
      ])
    #expect(
      extra.diagnostics.first?.hint
        == "a CSV section is written {csv: file.csv}, or {csv: file.csv, delimiter: \";\"}")
  }

  @Test("risks and decisions may come from CSV files")
  func manualEntriesFromCSV() throws {
    let top = inventory(
      "risks: { csv: risks.csv }\ndecisions: { csv: decisions.csv, delimiter: \";\" }")
    let risks =
      "id,title,severity,likelihood,impact,status,owner,due,action\nr1,\"Vendor late, again\",high,medium,high,open,Ana,2026-03-01,Weekly call\n"
    let decisions =
      "id;title;status;owner;needed_by;rationale;link\nd1;Key on BSUID;proposed;Bo;2026-02-01;Fewer lookups, less risk;https://wiki/d1\n"
    let result = load(top, files: ["risks.csv": risks, "decisions.csv": decisions])
    #expect(result.diagnostics.isEmpty, "\(rendered(result))")
    let inv = try #require(result.evaluated?.inventory)
    #expect(inv.risks.map(\.title) == ["Vendor late, again"])
    #expect(inv.risks.first?.likelihood == .medium)
    #expect(inv.risks.first?.due?.iso == "2026-03-01")
    #expect(inv.decisions.first?.status == .proposed)
    #expect(inv.decisions.first?.rationale == "Fewer lookups, less risk")
    #expect(inv.decisions.first?.neededBy?.iso == "2026-02-01")
  }
}
