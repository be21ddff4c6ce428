import Foundation
import Testing

@Suite(
  "CSV files are read only inside the inventory's folder or --csv-root, and only regular files")
struct CSVConfinementTests {
  static let secret = "id,name,kind\nsecret-crm,TOP SECRET,crm\n"

  /// `base/inv/inventory.yaml` naming `csv` for its systems, and `base/secret/systems.csv`.
  func workspace(csv: String) throws -> (base: URL, inventory: String) {
    let base = try BinaryRunner.temporaryFolder()
    let folder = base.appendingPathComponent("inv")
    let secret = base.appendingPathComponent("secret")
    for url in [folder, secret] {
      try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    try Data(Self.secret.utf8).write(to: secret.appendingPathComponent("systems.csv"))
    let text =
      "version: 1\nprogramme:\n  name: CSV test\n  as_of: 2026-11-25\nsystems: {csv: \"\(csv)\"}\n"
    let inventory = folder.appendingPathComponent("inventory.yaml")
    try Data(text.utf8).write(to: inventory)
    return (base, inventory.path)
  }

  @Test("a path that climbs out of the inventory's folder is refused at the csv key, saying why")
  func climbingOut() throws {
    let (base, inventory) = try workspace(csv: "../secret/systems.csv")
    let out = base.appendingPathComponent("out")
    let run = try BinaryRunner.run(["report", inventory, "--out", out.path])
    #expect(run.status == 65, "\(run.stderr)")
    #expect(
      run.stderr.contains(
        "inventory.yaml:5:11: error: cannot read the CSV file '../secret/systems.csv': it is outside"
          + " the inventory's folder (use --csv-root to allow it)"))
    #expect(!FileManager.default.fileExists(atPath: out.path))
    let absolute = try workspace(csv: "/etc/passwd")
    let passwd = try BinaryRunner.run(["validate", absolute.inventory])
    #expect(passwd.status == 65)
    #expect(passwd.stderr.contains("outside the inventory's folder"))
    #expect(!passwd.stderr.contains("root:"), "nothing of the file is shown")
  }

  @Test("a symbolic link beside the inventory that points outside it is refused")
  func symlinkOut() throws {
    let (base, inventory) = try workspace(csv: "systems.csv")
    try FileManager.default.createSymbolicLink(
      atPath: base.appendingPathComponent("inv/systems.csv").path,
      withDestinationPath: base.appendingPathComponent("secret/systems.csv").path)
    let out = base.appendingPathComponent("out")
    let run = try BinaryRunner.run(["report", inventory, "--out", out.path])
    #expect(run.status == 65, "\(run.stderr)")
    #expect(run.stderr.contains("'systems.csv': it is outside the inventory's folder"))
    #expect(!FileManager.default.fileExists(atPath: out.path))
  }

  @Test("--csv-root allows a folder outside the inventory's; a missing --csv-root exits 66")
  func csvRoot() throws {
    let (base, inventory) = try workspace(csv: "../secret/systems.csv")
    let secret = base.appendingPathComponent("secret").path
    for command in ["validate", "report"] {
      let out = base.appendingPathComponent("out-\(command)").path
      let extra = command == "report" ? ["--out", out] : []
      let run = try BinaryRunner.run([command, inventory, "--csv-root", secret] + extra)
      #expect(run.status == 0, "\(command): \(run.stderr)")
    }
    let missing = try BinaryRunner.run(["validate", inventory, "--csv-root", "/nonexistent/csv"])
    #expect(missing.status == 66)
    #expect(missing.stderr.contains("/nonexistent/csv: error: no such folder for --csv-root"))
  }

  @Test("a named pipe, a device and a folder are refused at once, never read")
  func specialFiles() throws {
    let (base, inventory) = try workspace(csv: "pipe.csv")
    let folder = base.appendingPathComponent("inv")
    #expect(mkfifo(folder.appendingPathComponent("pipe.csv").path, 0o600) == 0)
    let pipe = try BinaryRunner.run(["validate", inventory], timeout: 20)
    #expect(pipe.status == 65, "a FIFO must not block: \(pipe.stderr)")
    #expect(pipe.stderr.contains("'pipe.csv': it is a named pipe (FIFO), not a regular file"))

    let device = try workspace(csv: "/dev/zero")
    let zero = try BinaryRunner.run(
      ["validate", device.inventory, "--csv-root", "/dev"], timeout: 20)
    #expect(zero.status == 65)
    #expect(zero.stderr.contains("'/dev/zero': it is a device, not a regular file"))

    let directory = try workspace(csv: ".")
    let dot = try BinaryRunner.run(["validate", directory.inventory])
    #expect(dot.status == 65)
    #expect(dot.stderr.contains("'.': it is a folder, not a regular file"))
  }
}
