import CFuzzDriver
import Foundation

/// Runs libFuzzer over `testOneInput` with the process's arguments (-max_total_time=..., corpus
/// folders ...): each fuzz target's main.swift calls this, as SwiftPM executables bring their own
/// main and libFuzzer's is not linked.
public func runFuzzer(_ testOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv, testOneInput))
}

/// Whether to print what a target made of its input (FUZZ_PRINT=1 with one input file), to check
/// that inputs reach the code under test.
public let fuzzPrint = ProcessInfo.processInfo.environment["FUZZ_PRINT"] != nil
