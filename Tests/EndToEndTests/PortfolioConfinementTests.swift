import Foundation
import Testing

/// `portfolio` reads only regular inventory files inside the clients folder, and publishes
/// nothing of a file that is not an inventory (issue #21, defects 2 and 12).
@Suite("portfolio reads only inventories inside the clients folder")
struct PortfolioConfinementTests {
  static let secret = "root:$6$SECRET-HASH:19000:0:99999:7:::\n"

  /// `clients/minimal.yaml`, and `outside/` with a secret and a valid inventory.
  static func workspace() throws -> URL {
    let space = try BinaryRunner.temporaryFolder()
    let manager = FileManager.default
    for sub in ["clients", "outside"] {
      try manager.createDirectory(
        at: space.appendingPathComponent(sub), withIntermediateDirectories: true)
    }
    let minimal = BinaryRunner.root.appendingPathComponent("Examples/minimal.yaml")
    try manager.copyItem(at: minimal, to: space.appendingPathComponent("clients/minimal.yaml"))
    try manager.copyItem(at: minimal, to: space.appendingPathComponent("outside/client.yaml"))
    try Data(secret.utf8).write(to: space.appendingPathComponent("outside/shadow"))
    return space
  }

  /// Every file of the roll-up, as text.
  static func published(_ out: URL) throws -> String {
    try ["index.html", "portfolio.xml", "portfolio.sqlite"].map {
      String(decoding: try Data(contentsOf: out.appendingPathComponent($0)), as: UTF8.self)
    }.joined()
  }

  @Test("a symbolic link to a file outside the clients folder is refused, named, and not read")
  func linkOutside() throws {
    let space = try Self.workspace()
    for (link, target) in [
      ("s.yaml", "../outside/shadow"), ("linked.yaml", "../outside/client.yaml"),
    ] {
      try FileManager.default.createSymbolicLink(
        atPath: space.appendingPathComponent("clients/\(link)").path, withDestinationPath: target)
    }
    let run = try BinaryRunner.run(["portfolio", "clients", "--out", "out", "--quiet"], in: space)
    #expect(run.status == 65, "\(run.stderr)")
    for link in ["s.yaml", "linked.yaml"] {
      #expect(
        run.stderr.contains(
          "clients/\(link): error: it resolves outside the clients folder 'clients'"),
        "\(run.stderr)")
    }
    #expect(run.stderr.contains("2 of 3 inventories not evaluated"))
    let out = space.appendingPathComponent("out")
    #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("linked").path))
    let published = try Self.published(out)
    #expect(!published.contains("SECRET") && !run.stderr.contains("SECRET"))
    #expect(published.contains("clients/s.yaml"))
  }

  @Test("a file that is not an inventory is listed as such, and none of its content published")
  func notAnInventory() throws {
    let space = try Self.workspace()
    let files = [
      "shadow.yaml": Self.secret, "keys.yaml": "api_key: SECRET-KEY\n",
      "broken.json": "{\"SECRET\": [1,", "list.yaml": "- SECRET\n",
    ]
    for (name, text) in files {
      try Data(text.utf8).write(to: space.appendingPathComponent("clients/\(name)"))
    }
    let run = try BinaryRunner.run(["portfolio", "clients", "--out", "out", "--quiet"], in: space)
    #expect(run.status == 65, "\(run.stderr)")
    let published = try Self.published(space.appendingPathComponent("out"))
    #expect(!published.contains("SECRET") && !run.stderr.contains("SECRET"), "\(run.stderr)")
    for name in files.keys {
      #expect(run.stderr.contains("clients/\(name): error: not an inventory"), "\(name)")
    }
    #expect(published.contains("not an inventory"))
  }

  @Test("a named pipe in the clients folder is refused at once, never opened for reading")
  func fifo() throws {
    let space = try Self.workspace()
    #expect(mkfifo(space.appendingPathComponent("clients/pipe.yaml").path, 0o600) == 0)
    let run = try BinaryRunner.run(
      ["portfolio", "clients", "--out", "out", "--quiet"], in: space, timeout: 60)
    #expect(run.status == 65, "a FIFO must not block: \(run.stderr)")
    #expect(
      run.stderr.contains("clients/pipe.yaml: error: it is a named pipe (FIFO), not a regular file")
    )
    #expect(run.stderr.contains("1 of 2 inventories not evaluated"))
  }
}
