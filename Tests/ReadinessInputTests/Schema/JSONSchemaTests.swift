import ReadinessCore
import ReadinessInput
import Testing

@Suite("The JSON Schema generated from the key declarations")
struct JSONSchemaTests {
  @Test("the schema accepts exactly the checklist ids in covers, attestations and item_weights")
  func schemaIDs() throws {
    let schema = InventorySchema.jsonSchema()
    for id in ChecklistItemID.allCases { #expect(schema.contains("\"\(id.rawValue)\"")) }
  }
}
