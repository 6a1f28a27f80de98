import CFuzzDriver
import Foundation

/// The shared entry point of the fuzz targets.
///
/// Built with `-sanitize=fuzzer,address -DFUZZING` (Scripts/fuzz.sh), it hands `body` to
/// libFuzzer's driver. Built normally, it replays files and folders of inputs given on the
/// command line, so that a crash found by fuzzing can be reproduced under a debugger and the
/// fixtures stay a regression suite.
public enum FuzzMain {
    nonisolated(unsafe) static var body: (UnsafeBufferPointer<UInt8>) -> Void = { _ in }

    public static func run(_ body: @escaping (UnsafeBufferPointer<UInt8>) -> Void) -> Never {
        Self.body = body
        #if FUZZING
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            FuzzMain.body(UnsafeBufferPointer(start: data, count: size))
            return 0
        })
        #else
        var count = 0
        for path in CommandLine.arguments.dropFirst() {
            for file in files(under: path) {
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                [UInt8](data).withUnsafeBufferPointer { body($0) }
                count += 1
            }
        }
        print("replayed \(count) input\(count == 1 ? "" : "s")")
        exit(0)
        #endif
    }

    static func files(under path: String) -> [String] {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { return [] }
        guard isDir.boolValue else { return [path] }
        let all = FileManager.default.enumerator(atPath: path)?.compactMap { $0 as? String } ?? []
        return all.sorted().map { path + "/" + $0 }.filter {
            var d: ObjCBool = false
            return FileManager.default.fileExists(atPath: $0, isDirectory: &d) && !d.boolValue
        }
    }
}
