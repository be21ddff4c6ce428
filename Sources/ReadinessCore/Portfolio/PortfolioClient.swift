import Foundation

/// One inventory of a portfolio and its folder under the portfolio's output folder.
public struct PortfolioClient: Sendable, Equatable {
  public var file: String
  /// The file name's slug, with `-2`, `-3`… when an earlier file (by path) has it.
  public var folder: String

  public init(file: String, folder: String) {
    self.file = file
    self.folder = folder
  }

  /// The clients of `files`, sorted by path, each given its own folder.
  public static func clients(of files: Set<String>) -> [PortfolioClient] {
    var taken: Set<String> = []
    return files.sorted().map { file in
      let stem = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
      let slug = ProgrammeSlug.slug(stem)
      var folder = slug
      var suffix = 2
      while taken.contains(folder) {
        folder = "\(slug)-\(suffix)"
        suffix += 1
      }
      taken.insert(folder)
      return PortfolioClient(file: file, folder: folder)
    }
  }
}
