import Foundation
import ReadinessRender

extension AtomicWriter {
  /// The files of one run, each written to a temporary file in its folder as soon as it is
  /// handed over, on a thread of its own (so the disk, `fsync` included, works while the next
  /// file renders), then renamed into place together by `commit`, or all removed by `discard`.
  /// The folder is made when the first file is written; `discard` removes the folders it made,
  /// so a run that fails leaves the disk as it found it.
  final class Staging: @unchecked Sendable {
    let folder: URL
    private let lock = NSLock()
    private let writes = DispatchGroup()
    private var staged: [(order: Int, temp: TemporaryFile, final: String)] = []
    private var failures: [(order: Int, failure: Failure)] = []
    /// The folders this run made, outermost first; nil until the first file is written.
    private var madeFolders: [String]?

    init(_ folder: URL) {
      SignalCleanup.install()
      self.folder = folder
    }

    /// Starts writing `file` under a temporary name and returns; `order` is its place among
    /// the run's files: `commit` renames in that order and reports the first failure in it.
    func stage(_ file: RenderedFile, order: Int) {
      DispatchQueue.global(qos: .userInitiated).async(group: writes) { [self] in
        do throws(Failure) {
          try makeFolderOnce()
          let temp = try TemporaryFile(in: folder, for: file.name, bytes: file.bytes)
          let final = folder.appendingPathComponent(file.name).path
          lock.withLock { staged.append((order, temp, final)) }
        } catch {
          lock.withLock { failures.append((order, error)) }
        }
      }
    }

    private func makeFolderOnce() throws(Failure) {
      lock.lock()
      defer { lock.unlock() }
      if madeFolders == nil { madeFolders = try AtomicWriter.makeFolder(folder) }
    }

    /// Waits for every file, then takes the folder's lock, deletes what killed runs left, and
    /// renames every file into place. rename(2) cannot replace a folder: one in the way is found
    /// before any file is replaced, so a failure leaves the folder as it was rather than half
    /// last week's and half this week's. On any failure, everything staged is discarded.
    func commit() throws(Failure) {
      writes.wait()
      let (files, failure) = lock.withLock {
        (staged.sorted { $0.order < $1.order }, failures.min { $0.order < $1.order }?.failure)
      }
      defer { discard() }
      if let failure { throw failure }
      if files.isEmpty { _ = try AtomicWriter.makeFolder(folder) }
      let folderLock = try FolderLock(folder)
      defer { folderLock.release() }
      TemporaryFile.removeStale(in: folder)
      for entry in files {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: entry.final, isDirectory: &isFolder),
          isFolder.boolValue
        {
          throw .cannotWrite(entry.final, "a folder of that name is in the way")
        }
      }
      for entry in files { try entry.temp.rename(to: entry.final) }
      lock.withLock { madeFolders = [] }
    }

    /// Waits for every file, removes those not renamed into place, and the folders staging made
    /// when nothing was committed.
    func discard() {
      writes.wait()
      let (files, folders) = lock.withLock {
        defer { (staged, madeFolders) = ([], []) }
        return (staged, madeFolders ?? [])
      }
      for entry in files { entry.temp.discard() }
      for path in folders.reversed() { rmdir(path) }
    }
  }
}
