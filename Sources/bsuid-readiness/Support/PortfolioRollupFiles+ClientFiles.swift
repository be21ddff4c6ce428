import Foundation
import ReadinessCore
import ReadinessRender

extension PortfolioRollupFiles {
  /// An evaluated entry's report must be a file under `out`, and its overall score and RAG
  /// those of the client's `workbook.xml` beside it, when that is there.
  static func checkClientFiles(
    of entry: PortfolioEntry, at field: String, in out: URL, shardFile: String
  ) throws(CLIError) {
    guard let report = entry.report, let overall = entry.overall, let rag = entry.rag else {
      return
    }
    var isFolder: ObjCBool = false
    let path = out.appendingPathComponent(report).path
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue
    else {
      throw malformed(
        shardFile, "'\(field).report' links to \(path), which does not exist",
        hint: "roll up into the folder the shards wrote their clients into (--out)")
    }
    let workbook = ((report as NSString).deletingLastPathComponent as NSString)
      .appendingPathComponent(XMLRenderer.fileName)
    guard let score = workbookScore(workbook, in: out) else { return }
    guard abs(score.overall - DecimalRounding.rounded(overall, places: 1)) < 0.01,
      score.rag == rag.rawValue
    else {
      throw malformed(
        shardFile,
        "'\(field).overall' and 'rag' (\(overall), \(rag.rawValue)) are not those of"
          + " \(workbook) (\(score.overall), \(score.rag))")
    }
  }

  /// The overall score and RAG `workbook.xml` at `path` (relative to `out`) gives; nil when
  /// there is no such file or it does not give them.
  private static func workbookScore(_ path: String, in out: URL) -> (overall: Double, rag: String)?
  {
    let reader = CSVFiles(folder: out.path, roots: [out.path], wording: .shard(folder: out.path))
    guard let bytes = try? reader.read(path),
      let match = String(decoding: bytes, as: UTF8.self).firstMatch(
        of: /<score overall="([0-9.]+)" rag="([a-z]+)"/),
      let overall = Double(match.1)
    else { return nil }
    return (overall, String(match.2))
  }
}
