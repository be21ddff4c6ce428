import Foundation
import ReadinessCore
import ReadinessInput
import ReadinessRender

extension PortfolioRollupFiles {
  /// Every entry of the shard files in `folders`, each file read like an inventory (inside its
  /// folder, a regular file, within the size limit) and each entry checked
  /// (`PortfolioEntry.check`), its report present under `out`; exit 66 unless they are exactly
  /// shards 1…N of one N, 65 naming the file and field when one is malformed.
  static func readShards(in folders: [String], out: URL) throws(CLIError) -> [PortfolioEntry] {
    var files: [PortfolioShardFile] = []
    var folderOf: [String: String] = [:]
    for folder in folders {
      let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
      let reader = CSVFiles(
        folder: FileManager.default.currentDirectoryPath, roots: [folder],
        wording: .shard(folder: folder))
      for name in names.sorted() where PortfolioShard.isFileName(name) {
        let path = (folder as NSString).appendingPathComponent(name)
        let file = try read(path, with: reader)
        for (index, entry) in file.entries.enumerated() {
          if let other = folderOf[entry.folder] {
            throw malformed(
              path, "two clients have the folder '\(entry.folder)' (also in \(other))")
          }
          folderOf[entry.folder] = path
          try checkClientFiles(of: entry, at: "entries[\(index)]", in: out, shardFile: path)
        }
        files.append(file)
      }
    }
    do {
      return try PortfolioShardFile.merge(files)
    } catch {
      throw CLIError(
        .inputMissing,
        "the shard files in \(folders.joined(separator: ", ")) are not shards 1 to N of one run"
          + " (found: \(error.found.joined(separator: ", ")))",
        hint: "wait for every shard to finish, and pass each shard's --out folder once")
    }
  }

  /// One shard file, decoded and checked.
  private static func read(_ path: String, with reader: CSVFiles) throws(CLIError)
    -> PortfolioShardFile
  {
    let bytes: Data
    do {
      bytes = try reader.read(path)
    } catch let failure as InventoryLoader.ReadFailure {
      throw CLIError(
        .invalidInventory, "cannot read the shard file: \(failure.reason.english)", at: path,
        hint: failure.hint?.english)
    } catch {
      throw CLIError(
        .ioError, "cannot read the shard file: \(error.localizedDescription)", at: path)
    }
    let file: PortfolioShardFile
    do {
      file = try PortfolioShardFile(decoding: bytes)
    } catch let error as DecodingError {
      throw malformed(path, describe(error))
    } catch {
      throw malformed(path, "it is not JSON")
    }
    for (index, entry) in file.entries.enumerated() {
      do {
        try entry.check(at: "entries[\(index)]")
      } catch {
        throw malformed(path, error.description)
      }
    }
    return file
  }

  static func malformed(_ path: String, _ problem: String, hint: String? = nil)
    -> CLIError
  {
    CLIError(
      .invalidInventory, "the shard file is malformed: \(problem)", at: path,
      hint: hint ?? "run the shard again rather than editing its file")
  }

  /// `'entries[0].rag': …` for a field of the wrong type, value or vocabulary.
  private static func describe(_ error: DecodingError) -> String {
    let (path, detail): ([any CodingKey], String) =
      switch error {
      case .typeMismatch(_, let context), .valueNotFound(_, let context),
        .dataCorrupted(let context):
        (context.codingPath, context.debugDescription)
      case .keyNotFound(let key, let context):
        (context.codingPath + [key], "is missing")
      @unknown default: ([], "\(error)")
      }
    let field = path.reduce("") { field, key in
      key.intValue.map { "\(field)[\($0)]" }
        ?? (field.isEmpty ? key.stringValue : "\(field).\(key.stringValue)")
    }
    return field.isEmpty ? detail : "'\(field)': \(detail)"
  }
}
