import Foundation
import ReadinessCore
import ReadinessInput
import Testing

@Suite("The JSON Schema generated from the key declarations")
struct JSONSchemaTests {
  @Test("the schema accepts exactly the checklist ids in covers, attestations and item_weights")
  func schemaIDs() throws {
    let schema = try #require(
      JSONSerialization.jsonObject(with: Data(InventorySchema.jsonSchema().utf8)) as? [String: Any])
    let ids = ChecklistItemID.allCases.map(\.rawValue)
    let places = [
      "$defs/task/properties/covers/anyOf/0/items/enum",
      "properties/attestations/anyOf/0/propertyNames/enum",
      "$defs/programme/properties/item_weights/anyOf/0/propertyNames/enum",
    ]
    for place in places {
      let found = place.split(separator: "/").reduce(schema as Any?) { node, step in
        if let index = Int(step) { return (node as? [Any])?[index] }
        return (node as? [String: Any])?[String(step)]
      }
      #expect(found as? [String] == ids, "\(place): \(String(describing: found))")
    }
  }
}
