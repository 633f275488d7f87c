import ArgumentParser
import Build
import DevServer
import Foundation
import SiteModel
import Starter
import Synchronization

/// `kennisbank serve`: builds the site, serves it, rebuilds what each saved change affects and
/// reloads the browser; build errors show in the browser and on the terminal until fixed.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Show the site in a browser on this computer; rebuild and reload the page on every save.",
        discussion: """
        Watches content/, themes/ and kennisbank.yml. Errors show over the page; warnings show in a banner \
        at the bottom of the page, which can be hidden: the page serves, but 'kennisbank check' and the \
        pipeline refuse the site until they are fixed. When the port is taken, the next free one is used. \
        The served site goes to a temporary folder that is removed on exit (so site/ never holds the reload \
        script); --output writes it elsewhere and keeps it. Stop with Ctrl-C.
        """)

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: "Port to listen on; when it is taken, the next free one (0 picks any free one).")
    var port: UInt16 = 8000

    @Option(name: .long, help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(name: .long, help: ArgumentHelp("Write the served site here and keep it (default: a temporary folder).", valueName: "DIR"))
    var output: String?

    func run() throws {
        let temporary = FileManager.default.temporaryDirectory
            .appendingPathComponent("kennisbank-serve-\(ProcessInfo.processInfo.processIdentifier)")
        // The page serves despite warnings; the banner shows them.
        let options = site.buildOptions(output: output ?? temporary.path, allowWarnings: true)
        let language = ContentTemplate.Site(root: options.root).language
        var settings = DevServer.Settings(host: host, port: port, strict: false, quiet: !site.showsProgress,
                                          removeOutputWhenStopped: output == nil)
        settings.maxDiagnostics = site.maxDiagnostics
        let server = DevServer(options: options, settings: settings) { Terminal.out($0) }
        let signals = SignalHandlers { count in
            if count > 1 { Terminal.err(Message.stoppedUncleanly().text(language)); Foundation.exit(1) }
            Terminal.out(Message.stopping().text(language))
            Task { await server.stop() }
        }
        let failure = ServeFailure()
        let done = DispatchSemaphore(value: 0)
        Task {
            do {
                try await server.start()
                if server.isRunning {
                    Terminal.out(Message.serving(root: BuildRunner.shown(options.root), url: server.url, folder: options.output.path)
                        .text(language))
                }
                await server.waitUntilStopped()
            } catch let error as DevServer.StartError {
                failure.set(Terminal.problem(error.message(language), hint: .portUnavailableHint(), language))
                await server.stop()
            } catch {
                failure.set(Terminal.problem(.serveFailed("\(error)"), language))
                await server.stop()
            }
            done.signal()
        }
        done.wait()
        withExtendedLifetime(signals) {}
        if let message = failure.message {
            Terminal.err(message)
            throw ExitCode(1)
        }
        Terminal.out(Message.stopped().text(language))
    }
}

/// Turns SIGINT and SIGTERM into calls of a handler (with how many arrived so far), instead of
/// ending the process at once.
/// Unchecked `Sendable`: the signal sources are set up in `init` and only cancelled afterwards, and
/// `count` is read and written only while `lock` is held.
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
final class ServeFailure: Sendable {
    private let stored = Mutex<String?>(nil)

    var message: String? { stored.withLock { $0 } }

    func set(_ message: String) { stored.withLock { $0 = message } }
}
