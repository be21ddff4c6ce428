import Foundation

/// One inventory of a portfolio and its folder under the portfolio's output folder.
public struct PortfolioClient: Sendable, Equatable {
  /// What the portfolio database remembers of an inventory file from earlier runs.
  public struct Recorded: Sendable, Equatable {
    public var folder: String
    /// The programme's name when last evaluated.
    public var name: String?

    public init(folder: String, name: String?) {
      self.folder = folder
      self.name = name
    }
  }

  public var file: String
  /// The folder earlier runs gave the file, else the file name's slug, with `-2`, `-3`… when
  /// an earlier file (by path) or a recorded client has it.
  public var folder: String
  /// The programme's name in the latest run that evaluated the file, if any.
  public var recordedName: String?

  public init(file: String, folder: String, recordedName: String? = nil) {
    self.file = file
    self.folder = folder
    self.recordedName = recordedName
  }

  /// Whether `name` is a folder name this tool gives a client: lower-case ASCII letters,
  /// digits and `-`, not starting with `-`, at most 80 characters; a recorded folder that is
  /// not one (an edited database) is never used as a path or a schema name.
  public static func isFolderName(_ name: String) -> Bool {
    (1...80).contains(name.utf8.count) && !name.hasPrefix("-")
      && name.utf8.allSatisfy {
        (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D
      }
  }

  /// The clients of `files`, sorted by path: a file `recorded` keeps its folder; each other
  /// gets its own, never one recorded for another file, so a new file never takes an existing
  /// client's folder and history.
  public static func clients(of files: Set<String>, recorded: [String: Recorded] = [:])
    -> [PortfolioClient]
  {
    var taken = Set(recorded.values.map(\.folder))
    return files.sorted().map { file in
      if let known = recorded[file] {
        return PortfolioClient(file: file, folder: known.folder, recordedName: known.name)
      }
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
