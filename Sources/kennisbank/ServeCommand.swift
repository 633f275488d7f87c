import ArgumentParser
import Build
import DevServer
import Foundation

/// `kennisbank serve`: builds the site, serves it, rebuilds what each saved change affects and
/// reloads the browser; build errors show in the browser and on the terminal until fixed.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build and serve the site on this computer; rebuild and reload the browser on every change.",
        discussion: """
        Watches content/, themes/ and kennisbank.yml. The served site goes to a temporary folder that is \
        removed on exit (so site/ never holds the reload script); --output writes it elsewhere and keeps it. \
        Stop with Ctrl-C.
        """)

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: "Port to listen on (0 picks a free one).")
    var port: UInt16 = 8000

    @Option(name: .long, help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(name: .long, help: ArgumentHelp("Write the served site here and keep it (default: a temporary folder).", valueName: "DIR"))
    var output: String?

    func run() throws {
        let temporary = FileManager.default.temporaryDirectory
            .appendingPathComponent("kennisbank-serve-\(ProcessInfo.processInfo.processIdentifier)")
        let options = site.buildOptions(output: output ?? temporary.path)
        var settings = DevServer.Settings(host: host, port: port, strict: site.strict, quiet: site.quiet,
                                          removeOutputWhenStopped: output == nil)
        settings.maxDiagnostics = site.maxDiagnostics
        let server = DevServer(options: options, settings: settings) { Terminal.out($0) }
        let signals = SignalHandlers { count in
            if count > 1 { Terminal.err("Stopped without cleaning up."); Foundation.exit(1) }
            Terminal.out("Stopping...")
            Task { await server.stop() }
        }
        let failure = ServeFailure()
        let done = DispatchSemaphore(value: 0)
        Task {
            do {
                try await server.start()
                if server.isRunning {
                    Terminal.out("Serving \(options.root.path) at \(server.url) (files in \(options.output.path)). Press Ctrl-C to stop.")
                }
                await server.waitUntilStopped()
            } catch {
                failure.set("cannot serve: \(error)")
                await server.stop()
            }
            done.signal()
        }
        done.wait()
        withExtendedLifetime(signals) {}
        if let message = failure.message {
            Terminal.err("error: " + message)
            throw ExitCode(1)
        }
        Terminal.out("Stopped.")
    }
}

/// Turns SIGINT and SIGTERM into calls of a handler (with how many arrived so far), instead of
/// ending the process at once.
final class SignalHandlers: @unchecked Sendable {
    private let sources: [DispatchSourceSignal]
    private let lock = NSLock()
    private var count = 0

    init(_ handler: @escaping @Sendable (Int) -> Void) {
        let queue = DispatchQueue(label: "kennisbank.signals")
        var sources: [DispatchSourceSignal] = []
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            sources.append(DispatchSource.makeSignalSource(signal: number, queue: queue))
        }
        self.sources = sources
        for source in sources {
            source.setEventHandler { [unowned self] in
                let count = lock.withLock { self.count += 1; return self.count }
                handler(count)
            }
            source.resume()
        }
    }

    deinit { for source in sources { source.cancel() } }
}

/// The reason the server could not start, set from its task.
final class ServeFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: String?

    var message: String? { lock.withLock { stored } }

    func set(_ message: String) { lock.withLock { stored = message } }
}
