import Build
import Configuration
import FlyingFox
import FlyingSocks
import Foundation
import Reporting
import SiteModel
import Synchronization

/// `kennisbank serve`: builds the site, serves the output folder over HTTP, watches `content/`,
/// `themes/` and `kennisbank.yml`, rebuilds what a change affects (`SiteBuilder`) and tells
/// open browser tabs to reload, or shows them the build errors until they are fixed.
///
/// Rebuilds run one at a time on their own queue; changes that arrive meanwhile are merged into
/// the next one. The search index and the print editions, slow on large sites and not needed to
/// show a page, are made after the others, once saving has paused for `searchIndexDelay`.
///
/// Unchecked `Sendable`: every mutable property is read and written only while `lock` is held; rebuilds run on
/// one serial queue. (Moving this state into a `Mutex` is open work, see docs/ARCHITECTURE.md.)
public final class DevServer: @unchecked Sendable {
    public let options: BuildOptions
    public let settings: Settings
    let builder: SiteBuilder
    let state = ServeState()
    let hub = EventHub()
    private let log: @Sendable (String) -> Void
    private let rebuildQueue = DispatchQueue(label: "kennisbank.rebuild", qos: .userInitiated)
    private let searchQueue = DispatchQueue(label: "kennisbank.search-index", qos: .utility)
    private let lock = NSLock()
    private var queued: Set<String>? = []
    private var rebuildScheduled = false
    private var searchRequest = 0
    private var printedDiagnostics: [Diagnostic] = []
    private var server: HTTPServer?
    private var serverTask: Task<Void, Never>?
    private var watcher: FileWatcher?
    private var pinger: DispatchSourceTimer?
    private var stopped = false
    private var finished = false
    private var stopWaiters: [CheckedContinuation<Void, Never>] = []
    private var boundPort: UInt16 = 0
    /// The port asked for, when it was taken and the server moved to the next free one.
    private var busyPort: UInt16?
    /// The site's language, from the last build, for the lines on the terminal.
    private var language: Language = .dutch

    /// Creates a server for the site in `options` (its output folder is where the site is written).
    /// `log` receives every line meant for the terminal.
    public init(options: BuildOptions, settings: Settings = Settings(), log: @escaping @Sendable (String) -> Void = { print($0) }) {
        var options = options
        options.injectedScript = ReloadScript.html
        // Served from its own address at '/': a configured base URL would point the 404 page's
        // links at the production folder.
        options.baseURL = .none
        // Plain file names: a content-hashed search index would rename the file every page names on
        // almost every edit (rendering every page again), and the server forbids caching anyway.
        options.hashesAssetNames = false
        self.options = options
        self.settings = settings
        self.log = log
        builder = SiteBuilder(options: options)
    }

    /// True from a successful `start()` until `stop()`.
    public var isRunning: Bool {
        lock.withLock { server != nil && boundPort != 0 && !stopped }
    }

    /// The port the server listens on, once started.
    public var port: UInt16 {
        lock.lock()
        defer { lock.unlock() }
        return boundPort
    }

    /// The address to open in a browser.
    public var url: String {
        let host = settings.host.contains(":") ? "[\(settings.host)]" : settings.host
        return "http://\(host):\(port)/"
    }

    /// Builds the site, starts watching and starts the HTTP server. Throws when the address cannot
    /// be used; a site with errors still starts (the browser shows them).
    public func start() async throws {
        let (address, port) = try Self.freeAddress(settings.host, from: settings.port)
        if port != settings.port { lock.withLock { busyPort = settings.port } }
        let watcher = FileWatcher(watching: watches()) { [weak self] paths in self?.changed(paths) }
        var watchProblem: String?
        do {
            try watcher.start()
            lock.withLock { self.watcher = watcher }
        } catch {
            watchProblem = "\(error)"
        }
        let quiet = settings.quiet, log = self.log
        await onRebuildQueue {
            self.publish(self.builder.build(changes: nil) { timing in if !quiet { log(timing.line) } }, first: true)
        }
        let language = lock.withLock { self.language }
        if let watchProblem { log(Message.cannotWatch(watchProblem).text(language)) }

        let server = HTTPServer(address: address, timeout: 60, logger: .disabled,
                                handler: SiteFileHandler(output: options.output, state: state, hub: hub,
                                                         hosts: HostCheck(listeningOn: settings.host)))
        let failure = FailureBox()
        let task = Task { do { try await server.run() } catch { failure.error = error } }
        let stoppedMeanwhile = lock.withLock {
            (self.server, serverTask) = (server, task)
            return stopped
        }
        if stoppedMeanwhile {
            // `stop()` came during the first build; it found no server to stop.
            await server.stop(timeout: 0)
            task.cancel()
            return
        }
        while await !server.isListening {
            if let error = failure.error { throw error }
            try await Task.sleep(nanoseconds: 2_000_000)
        }
        let listening = await server.listeningAddress
        lock.withLock {
            switch listening {
            case .ip4(_, let port)?, .ip6(_, let port)?: boundPort = port
            default: boundPort = port
            }
        }
        if let busy = lock.withLock({ busyPort }) { log(Message.portBusy(Int(busy), instead: Int(self.port)).text(language)) }
        startPinging()
    }

    /// Stops watching and serving; open event streams end. Removes a temporary output folder.
    public func stop() async {
        let running = lock.withLock { () -> (HTTPServer?, Task<Void, Never>?, FileWatcher?, DispatchSourceTimer?)? in
            if stopped { return nil }
            stopped = true
            return (server, serverTask, watcher, pinger)
        }
        guard let (server, task, watcher, pinger) = running else { return }
        watcher?.stop()
        pinger?.cancel()
        hub.close()
        await server?.stop(timeout: 0.25)
        task?.cancel()
        // Let a running rebuild finish before the folder goes.
        await onRebuildQueue {}
        if settings.removeOutputWhenStopped { builder.removeOutput() }
        let waiters = lock.withLock {
            finished = true
            defer { stopWaiters = [] }
            return stopWaiters
        }
        for waiter in waiters { waiter.resume() }
    }

    /// Returns once `stop()` has finished.
    public func waitUntilStopped() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            lock.lock()
            if finished {
                lock.unlock()
                continuation.resume()
                return
            }
            stopWaiters.append(continuation)
            lock.unlock()
        }
    }

    // MARK: - Rebuilding

    /// Called by the watcher with changed paths (nil: anything may have changed).
    func changed(_ paths: Set<String>?) {
        lock.lock()
        defer { lock.unlock() }
        guard !stopped else { return }
        if let paths { queued?.formUnion(paths) } else { queued = nil }
        if !rebuildScheduled {
            rebuildScheduled = true
            rebuildQueue.async { self.drain() }
        }
    }

    /// Rebuilds until no change is waiting, then schedules the deferred files.
    private func drain() {
        while true {
            lock.lock()
            guard !stopped, queued == nil || !queued!.isEmpty else {
                rebuildScheduled = false
                searchRequest += 1
                let request = searchRequest
                lock.unlock()
                scheduleDeferredFiles(request)
                return
            }
            let changes = queued
            queued = []
            lock.unlock()
            publish(builder.build(changes: changes, deferSlowFiles: true), first: false)
        }
    }

    /// Reports a build on the terminal and to the browsers: errors over the page, warnings in a
    /// banner below it (the page still serves: the trainer sees the change and what to fix).
    private func publish(_ report: BuildResult, first: Bool) {
        let language = report.language
        lock.withLock { self.language = language }
        let diagnostics = report.diagnostics
        if diagnostics != printedDiagnostics || first {
            if !diagnostics.isEmpty {
                log(DiagnosticFormatter(sources: report.sources, language: language).report(diagnostics, limit: settings.maxDiagnostics))
            }
            else if !first { log(Message.allFixed().text(language)) }
            printedDiagnostics = diagnostics
        }
        if !first { log(settings.quiet ? report.summary : report.summary + " [ms: " + report.stepTimes + "]") }
        let failed = diagnostics.hasErrors || (settings.strict && diagnostics.warningCount > 0)
        if failed {
            let overlay = ErrorOverlay(diagnostics: diagnostics, sources: report.sources, strict: settings.strict,
                                       language: language, limit: settings.maxDiagnostics)
            state.fail(overlay)
            hub.broadcast(event: "errors", data: overlay.eventData)
        } else {
            let outcome = state.succeed(changed: report.changedOutput)
            let banner = WarningBanner(diagnostics: diagnostics, sources: report.sources, language: language,
                                       limit: settings.maxDiagnostics)
            let bannerChanged = state.show(banner)
            if outcome.changed && !first {
                hub.broadcast(event: "reload", data: outcome.id)
            } else if bannerChanged && !first {
                hub.broadcast(event: "warnings", data: banner.eventData)
            }
        }
    }

    /// Makes the search index and print editions a rebuild deferred once no rebuild has started
    /// for `searchIndexDelay`.
    private func scheduleDeferredFiles(_ request: Int) {
        guard builder.hasDeferredFiles else { return }
        searchQueue.asyncAfter(deadline: .now() + settings.searchIndexDelay) { [self] in
            lock.lock()
            let current = request == searchRequest && !rebuildScheduled && !stopped
            lock.unlock()
            guard current, let pending = builder.deferredFiles() else { return }
            let start = DispatchTime.now()
            let rendered = pending.render()
            do {
                // Under the lock, so that `stop()` cannot remove the folder while the files are written.
                let written = try lock.withLock { try !stopped && builder.commit(pending, rendered: rendered) }
                let language = lock.withLock { self.language }
                if written {
                    let milliseconds = (DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000
                    log(Message.updatedDeferred(pending.description, milliseconds: Int(milliseconds)).text(language))
                }
            } catch {
                log(Message.deferredFailed(pending.description, reason: error.localizedDescription).text(lock.withLock { self.language }))
            }
        }
    }

    private func onRebuildQueue<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            rebuildQueue.async { continuation.resume(returning: work()) }
        }
    }

    // MARK: - Setup

    /// The site's `content/`, `themes/` and `kennisbank.yml`, and the built-in theme when it lies
    /// outside the site (changes there are reported as `theme:...`, which makes the theme reload).
    private func watches() -> [FileWatcher.Watch] {
        var watches = [FileWatcher.Watch(folder: options.root, reportedAs: "",
                                         names: ["content", "themes", SiteConfig.fileName])]
        if let theme = builder.defaultThemeFolder?.standardizedFileURL {
            let siteThemes = options.root.appendingPathComponent("themes").standardizedFileURL.path + "/"
            if !theme.path.hasPrefix(siteThemes) {
                watches.append(FileWatcher.Watch(folder: theme, reportedAs: "theme:default"))
            }
        }
        return watches
    }

    private func startPinging() {
        let timer = DispatchSource.makeTimerSource(queue: searchQueue)
        timer.schedule(deadline: .now() + 15, repeating: 15)
        timer.setEventHandler { [hub] in hub.ping() }
        timer.resume()
        lock.lock()
        pinger = timer
        lock.unlock()
    }
}

/// The error of the server task, if it failed to start.
private final class FailureBox: Sendable {
    private let stored = Mutex<(any Error)?>(nil)

    var error: (any Error)? {
        get { stored.withLock { $0 } }
        set { stored.withLock { $0 = newValue } }
    }
}
