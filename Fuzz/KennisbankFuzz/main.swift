import CFuzzSupport
import Foundation

// The harness has its own main (SwiftPM gives every executable one) and hands over to libFuzzer's
// driver with the entry point of FuzzTarget.swift; libFuzzer's flags work as usual.
var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
var count = CommandLine.argc
exit(LLVMFuzzerRunDriver(&count, &arguments) { data, size in data.map { fuzzOneInput($0, size) } ?? 0 })
