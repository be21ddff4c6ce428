import Foundation
import ReadinessCore
import ReadinessInput

/// Reads the files an inventory names (CSV sections, the observed adoption file), and the
/// inventories a portfolio finds in its clients folders, and only those it may: a path resolves
/// (symbolic links included) inside the allowed folders (the inventory's folder or the
/// `--csv-root` folder; the clients folder), and names a regular file: a folder, a named pipe
/// (which would block for ever) or a device is refused without reading it. Every refusal is an
/// `InventoryLoader.ReadFailure` saying why.
struct CSVFiles: Sendable {
  /// What a refusal says: why a file outside the allowed folders is refused, and the hints.
  struct Wording: Sendable {
    var outside: Message
    var outsideHint: Message
    var notRegularHint: Message
  }

  /// Where relative paths start: the inventory's folder.
  let folder: String
  /// The real paths of the folders files may resolve into.
  let roots: [String]
  let wording: Wording

  /// Files relative to `folder`, allowed inside it and inside `extraRoot` (already checked).
  init(folder: String, extraRoot: String?) {
    let roots = [folder] + (extraRoot.map { [$0] } ?? [])
    self.init(folder: folder, roots: roots, wording: .csv(extraRoot: extraRoot != nil))
  }

  /// Files relative to `folder`, allowed only inside `roots` (or when one of them is the file).
  init(folder: String, roots: [String], wording: Wording) {
    self.folder = folder
    self.roots = roots.map { Self.realPath($0) ?? $0 }
    self.wording = wording
  }

  func read(_ path: String) throws -> Data {
    let joined = path.hasPrefix("/") ? path : folder + "/" + path
    guard let resolved = Self.realPath(joined) else {
      let missing = errno == ENOENT
      throw InventoryLoader.ReadFailure(
        missing ? Message(FileMessages.noSuchFile) : .verbatim(String(cString: strerror(errno))),
        hint: Message(FileMessages.pathHint), isMissing: missing)
    }
    guard roots.contains(where: { Self.path(resolved, isInside: $0) }) else {
      throw InventoryLoader.ReadFailure(wording.outside, hint: wording.outsideHint)
    }
    var status = stat()
    guard stat(resolved, &status) == 0 else { throw Self.systemFailure() }
    try requireRegularFile(status)
    let descriptor = open(resolved, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC)
    guard descriptor >= 0 else { throw Self.systemFailure() }
    let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    guard fstat(descriptor, &status) == 0 else { throw Self.systemFailure() }
    try requireRegularFile(status)
    return try InventoryInput.read(handle, what: FileMessages.it)
  }

  /// Refuses anything but a regular file, naming what it is.
  private func requireRegularFile(_ status: stat) throws {
    guard let kind = FileKind.irregular(status) else { return }
    throw InventoryLoader.ReadFailure(
      Message(FileMessages.notRegular, ["kind": .word(kind)]), hint: wording.notRegularHint)
  }

  /// The system's own words for `errno` (strerror), shown as they are.
  private static func systemFailure() -> InventoryLoader.ReadFailure {
    InventoryLoader.ReadFailure(.verbatim(String(cString: strerror(errno))))
  }

  /// `path` with every symbolic link, `.` and `..` resolved; nil (and `errno`) when it fails.
  static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  private static func path(_ path: String, isInside root: String) -> Bool {
    root == "/" || path == root || path.hasPrefix(root + "/")
  }
}

extension CSVFiles.Wording {
  /// The files an inventory names: inside its folder, or the `--csv-root` folder when given.
  static func csv(extraRoot: Bool) -> Self {
    typealias M = FileMessages
    return Self(
      outside: Message(extraRoot ? M.outsideBoth : M.outside), outsideHint: Message(M.outsideHint),
      notRegularHint: Message(M.notRegularHint))
  }

  /// A portfolio's inventory found in the clients folder `folder`.
  static func portfolio(folder: String) -> Self {
    typealias M = FileMessages
    return Self(
      outside: Message(M.outsideClients, ["folder": .text(folder)]),
      outsideHint: Message(M.outsideClientsHint), notRegularHint: Message(M.clientsOnlyHint))
  }

  /// A shard file found in a folder `--rollup` names.
  static func shard(folder: String) -> Self {
    typealias M = FileMessages
    return Self(
      outside: Message(M.outsideShards, ["folder": .text(folder)]),
      outsideHint: Message(M.outsideShardsHint), notRegularHint: Message(M.shardOnlyHint))
  }
}
