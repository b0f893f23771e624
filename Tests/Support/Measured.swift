import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A run of a built binary with its cost measured, and bounded: its peak
/// memory as the kernel counts it (`wait4`'s maximum resident set, for this
/// child alone, whatever else runs), its time, and a kill when it runs past
/// `seconds`. Standard output and error go to files in `directory`.
///
/// Foundation's `Process` reaps its children itself, so it can't say what
/// one of them used: this spawns and waits with the C calls.
public struct Measured {
    public var status: Int32
    /// The signal that ended it, if one did.
    public var signal: Int32?
    public var stdout: String
    public var stderr: String
    /// Peak resident memory in bytes.
    public var peakMemory: Int
    public var seconds: Double
    /// Killed after running past the time allowed.
    public var timedOut: Bool

    /// Runs `program`; `watch` is called with its process id every 2 ms while it runs.
    public init(_ arguments: [String], program: String = "ecomap", in directory: String,
                seconds limit: Double = 60, environment: [String: String] = [:],
                watch: ((pid_t) -> Void)? = nil) throws {
        let path = Run.executable(program)
        let outPath = directory + "/.measured-stdout", errPath = directory + "/.measured-stderr"
        defer { unlink(outPath); unlink(errPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        // As from a shell: no signal blocked, none ignored (a test runner's threads block some).
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        for (k, v) in environment { env[k] = v }
        // The child starts in `directory`: posix_spawn has no chdir of its own before glibc 2.29's extension.
        let argv = ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", directory, path] + arguments
        var cArgs = argv.map { strdup($0) } + [nil]
        var cEnv = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { cArgs.forEach { free($0) }; cEnv.forEach { free($0) } }
        var pid: pid_t = 0
        let started = Date()
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, &attributes, &cArgs, &cEnv)
        guard spawned == 0 else { throw Run.RunError.notBuilt(path) }
        var status: Int32 = 0
        var usage = rusage()
        var timedOut = false
        while true {
            let done = wait4(pid, &status, WNOHANG, &usage)
            if done == pid { break }
            if done < 0, errno != EINTR { break }
            watch?(pid)
            if Date().timeIntervalSince(started) > limit, !timedOut {
                kill(pid, SIGKILL)
                timedOut = true
            }
            if watch == nil { usleep(2_000) }
        }
        self.seconds = Date().timeIntervalSince(started)
        self.timedOut = timedOut
        let terminatedBySignal = status & 0x7F != 0 && status & 0x7F != 0x7F
        self.signal = terminatedBySignal ? status & 0x7F : nil
        self.status = terminatedBySignal ? 128 + (status & 0x7F) : (status >> 8) & 0xFF
        peakMemory = Int(usage.ru_maxrss) * 1024
        stdout = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        stderr = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
    }
}
