import Build
import Foundation
import Reporting
import SiteModel

extension DevServer {
    /// Where and how to serve.
    public struct Settings: Sendable {
        /// IPv4 or IPv6 address to listen on; `localhost` means 127.0.0.1.
        public var host = "127.0.0.1"
        /// Port; 0 picks a free one (see `DevServer.port`).
        public var port: UInt16 = 8000
        /// Warnings count as errors.
        public var strict = false
        /// Print only rebuild summaries and diagnostics, no step timings.
        public var quiet = false
        /// Remove the output folder on `stop()` (for a temporary folder).
        public var removeOutputWhenStopped = false
        /// Diagnostics shown in full on the terminal and in the browser; the rest are counted by kind.
        public var maxDiagnostics = DiagnosticFormatter.defaultLimit
        /// Quiet time after the last rebuild before the search index and the print editions are made.
        public var searchIndexDelay: DispatchTimeInterval = .milliseconds(500)

        /// Creates settings.
        public init(host: String = "127.0.0.1", port: UInt16 = 8000, strict: Bool = false, quiet: Bool = false,
                    removeOutputWhenStopped: Bool = false) {
            self.host = host
            self.port = port
            self.strict = strict
            self.quiet = quiet
            self.removeOutputWhenStopped = removeOutputWhenStopped
        }
    }

    /// The server could not start listening.
    public struct StartError: Error, CustomStringConvertible {
        public var host: String
        public var port: UInt16
        /// What the system said.
        public var reason: String

        /// What went wrong, in `language`.
        public func message(_ language: Language) -> Message { .portUnavailable("\(host):\(port)", reason: reason) }

        public var description: String { "\(host):\(port): \(reason)" }
    }
}

