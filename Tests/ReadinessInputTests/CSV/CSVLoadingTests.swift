import Foundation
import ReadinessCore
import ReadinessInput
import Testing

@Suite("Loading tabular sections from CSV")
struct CSVLoadingTests {
  let top = inventory("systems: { csv: systems.csv }\nflows: { csv: flows.csv }")

  @Test("CSV rows become entries: dotted keys nest, lists split on ';', empty cells are absent")
  func rows() throws {
    let systems =
      "\u{FEFF}id,name,kind,stores,needs_bsuid\r\ncrm,\"Service CRM, main\",crm,phone; email ,yes\r\nbot,Bot,chatbot,,\r\n"
    let flows =
      "id,name,kind,systems,monthly_ad_spend.amount,monthly_ad_spend.currency\nf1,\"Ads\nspring\",click_to_whatsapp,crm;bot,4200.5,EUR\n"
    let result = load(top, as: "dir/inv.yaml", files: ["systems.csv": systems, "flows.csv": flows])
    #expect(result.diagnostics.map(\.code) == [.ctwaWithoutConversations])
    let inv = try #require(result.evaluated?.inventory)
    #expect(inv.systems.map(\.name) == ["Service CRM, main", "Bot"])
    #expect(inv.systems[0].stores == [.phone, .email])
    #expect(inv.systems[1].needsBSUID == .unassessed)
    #expect(inv.flows[0].name == "Ads\nspring")
    #expect(inv.flows[0].systems == ["crm", "bot"])
    #expect(inv.flows[0].monthlyAdSpend == Money(amount: 4200.5, currency: "EUR"))
  }

  @Test("problems in a CSV file point into that file")
  func positions() {
    let systems = "id,name,kind,colour\ncrm,CRM,crn,red\nbot,\"Bot\" x,chatbot,blue\n"
    let result = load(
      top, as: "dir/inv.yaml", files: ["systems.csv": systems, "flows.csv": "id,name,kind\n"])
    #expect(
      rendered(result) == [
        "dir/systems.csv:3:10: error: CSV: text after the closing quote of a field [inventory.csv-syntax]"
      ])
    let valid = load(
      top, as: "dir/inv.yaml",
      files: [
        "systems.csv": "id,name,kind,colour\ncrm,CRM,crn,red\nbot,B,chatbot,\n",
        "flows.csv": "id,name,kind\n",
      ])
    #expect(
      rendered(valid) == [
        "dir/systems.csv:1:14: error: unknown key 'colour' in a system [inventory.unknown-key]",
        "dir/systems.csv:2:9: error: invalid kind 'crn' [inventory.invalid-enum]",
      ])
  }

  @Test("a row with too many or too few fields is an error on its line")
  func fieldCount() {
    let systems = "id,name,kind\ncrm,CRM,crm,extra\nbot,Bot\n"
    let result = load(
      top, as: "inv.yaml", files: ["systems.csv": systems, "flows.csv": "id,name,kind\n"])
    #expect(
      rendered(result) == [
        "systems.csv:2:1: error: CSV row has 4 fields, the header has 3 [inventory.csv-field-count]",
        "systems.csv:3:1: error: CSV row has 2 fields, the header has 3 [inventory.csv-field-count]",
      ])
  }

  @Test("a row of empty cells (a spreadsheet's trailing rows) is skipped like a blank line")
  func emptyRows() throws {
    let systems = "id,name,kind\r\ncrm,CRM,crm\r\n,,\r\n\r\n , ,\r\nbot,Bot,chatbot\r\n,,\r\n"
    let result = load(
      top, as: "inv.yaml", files: ["systems.csv": systems, "flows.csv": "id,name,kind\n"])
    #expect(result.diagnostics.isEmpty, "\(rendered(result))")
    #expect(try #require(result.evaluated?.inventory).systems.map(\.id) == ["crm", "bot"])
  }

  @Test("a missing CSV file is an error at the csv key")
  func missingFile() {
    let result = load(top, as: "inv.yaml", files: ["flows.csv": "id,name,kind\n"])
    #expect(
      rendered(result) == [
        "inv.yaml:4:12: error: cannot read the CSV file 'systems.csv' [inventory.csv-unreadable]"
      ])
  }
}
