import Foundation
import Testing

@Suite("fixtures: webhook bodies that validate against the schema written from Meta's docs")
struct FixturesTests {
  /// An inventory whose names try to break out of their JSON strings (ids are checked on loading).
  static let hostile = #"""
    version: 1
    programme:
      name: "Hostile \"programme\" \\ </script>"
      wabas:
        - id: waba-x
          parent_bsuid: true
          phone_numbers:
            - { number: "+31 20 808 1200" }
    flows:
      - id: in-1
        name: "\"},{\"evil\":true} \\ \u0007 \n 💥 \u202E"
        kind: inbound_service
        primary_identifier: phone_then_bsuid
    """#

  @Test("every example and a hostile inventory give bodies the schema accepts")
  func schemaAcceptsEveryBody() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Self.hostile.write(
      to: folder.appendingPathComponent("hostile.yaml"), atomically: true, encoding: .utf8)
    var inventories = try ValidateTests.exampleInventories().map {
      BinaryRunner.root.appendingPathComponent($0).path
    }
    inventories.append(folder.appendingPathComponent("hostile.yaml").path)
    var bodies: [String] = []
    for (index, inventory) in inventories.enumerated() {
      let out = folder.appendingPathComponent("out-\(index)")
      let run = try BinaryRunner.run(["fixtures", inventory, "--out", out.path])
      #expect(run.status == 0, "\(inventory): \(run.stderr)")
      let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
      let manifest = try Self.manifest(out)
      #expect(
        Set(manifest.map { $0["file"] as? String ?? "" })
          == Set(names.filter { $0 != "manifest.json" }))
      bodies += names.filter { $0 != "manifest.json" }.map { out.appendingPathComponent($0).path }
    }
    let output = try SchemaTests().python(
      ["Tests/EndToEndTests/Support/check_schema.py", "Schemas/webhook-fixtures.schema.json"]
        + bodies)
    let lines = output.split(separator: "\n")
    #expect(lines.count == bodies.count)
    #expect(lines.allSatisfy { $0.hasSuffix(": ok") }, "\(output.prefix(2000))")
  }

  @Test("a hostile name round-trips; the same seed gives the same bytes, another seed others")
  func hostileAndDeterministic() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let inventory = folder.appendingPathComponent("hostile.yaml")
    try Self.hostile.write(to: inventory, atomically: true, encoding: .utf8)
    for (name, seed) in [("a", "5"), ("b", "5"), ("c", "6")] {
      let run = try BinaryRunner.run([
        "fixtures", inventory.path, "--out", folder.appendingPathComponent(name).path, "--seed",
        seed,
      ])
      #expect(run.status == 0, "\(run.stderr)")
    }
    let manifest = try Self.manifest(folder.appendingPathComponent("a"))
    #expect(manifest.first?["flow_name"] as? String == "\"},{\"evil\":true} \\ \u{7} \n 💥 \u{202E}")
    #expect(manifest.first?["file"] as? String == "message-01-in-1-S-A.json")
    #expect(manifest.first?["waba"] as? String == "waba-x")
    let files = try FileManager.default.contentsOfDirectory(
      atPath: folder.appendingPathComponent("a").path
    ).sorted()
    func bytes(_ run: String) throws -> [Data] {
      try files.map {
        try Data(contentsOf: folder.appendingPathComponent(run).appendingPathComponent($0))
      }
    }
    #expect(try bytes("a") == bytes("b"))
    #expect(try bytes("a") != bytes("c"))
    // Bodies are written as Meta sends them: every character outside ASCII as a \u escape
    // (the emoji as its surrogate pair), and they still read back as the same name.
    let body = try Data(
      contentsOf: folder.appendingPathComponent("a/message-01-in-1-S-A.json"))
    #expect(body.allSatisfy { $0 < 0x80 })
    #expect(String(decoding: body, as: UTF8.self).contains(#"\ud83d\udca5 \u202e"#))
    let text = try Self.value(
      try Self.json(folder.appendingPathComponent("a/message-01-in-1-S-A.json")))
    let message = (text["messages"] as? [[String: Any]])?.first?["text"] as? [String: Any]
    #expect((message?["body"] as? String)?.contains("💥 \u{202E}") == true)
  }

  @Test("the schema refuses what Meta never sends: four altered bodies")
  func schemaBites() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let out = folder.appendingPathComponent("out")
    #expect(
      try BinaryRunner.run(["fixtures", "Examples/minimal.yaml", "--out", out.path]).status == 0)
    var failed = try Self.json(out.appendingPathComponent("status-waba-failed-to-phone.json"))
    var value = try Self.value(failed)
    value["contacts"] = [["profile": ["name": "X"], "user_id": "US.1"]]
    failed = Self.replacing(value, in: failed)
    var stateC = try Self.json(out.appendingPathComponent("message-01-ctwa-ads-S-C.json"))
    var valueC = try Self.value(stateC)
    var messages = valueC["messages"] as! [[String: Any]]
    messages[0]["from"] = "31612345678"
    valueC["messages"] = messages
    stateC = Self.replacing(valueC, in: stateC)
    var stateA = try Self.json(out.appendingPathComponent("message-01-ctwa-ads-S-A.json"))
    var valueA = try Self.value(stateA)
    var messagesA = valueA["messages"] as! [[String: Any]]
    messagesA[0]["from_user_id"] = nil
    valueA["messages"] = messagesA
    stateA = Self.replacing(valueA, in: stateA)
    var delivered = try Self.json(out.appendingPathComponent("status-waba-delivered-to-phone.json"))
    var valueD = try Self.value(delivered)
    valueD["contacts"] = [["wa_id": "31612345678"]]
    delivered = Self.replacing(valueD, in: delivered)
    let cases = [
      ("failed.json", failed), ("state-c.json", stateC), ("state-a.json", stateA),
      ("delivered.json", delivered),
    ]
    let paths = cases.map { name, body in
      let url = folder.appendingPathComponent(name)
      try? JSONSerialization.data(withJSONObject: body).write(to: url)
      return url.path
    }
    let output = try SchemaTests().python(
      ["Tests/EndToEndTests/Support/check_schema.py", "Schemas/webhook-fixtures.schema.json"]
        + paths)
    let lines = output.split(separator: "\n")
    #expect(lines.count == 4 && lines.allSatisfy { $0.contains(": invalid") }, "\(output)")
  }

  static func manifest(_ folder: URL) throws -> [[String: Any]] {
    try #require(
      try json(folder.appendingPathComponent("manifest.json"))["files"] as? [[String: Any]])
  }

  static func json(_ url: URL) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
  }

  static func value(_ body: [String: Any]) throws -> [String: Any] {
    let entry = try #require((body["entry"] as? [[String: Any]])?.first)
    return try #require(((entry["changes"] as? [[String: Any]])?.first)?["value"] as? [String: Any])
  }

  static func replacing(_ value: [String: Any], in body: [String: Any]) -> [String: Any] {
    var body = body
    var entry = (body["entry"] as! [[String: Any]])[0]
    entry["changes"] = [["field": "messages", "value": value]]
    body["entry"] = [entry]
    return body
  }
}
