import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A run of a built binary with its cost measured, and bounded: its peak
/// memory as the kernel counts it (`wait4`'s maximum resident set, for this
/// child alone, whatever else runs), its processor time (the same), its
/// wall-clock time, and a kill when it runs past `seconds`. Standard output
/// and error go to files in `directory`.
///
/// Hold a run's cost to ``cpuSeconds``, which other work on the machine
/// hardly changes, and keep the wall-clock `seconds` for a kill that only
/// stops a hang: on a 2-core machine shared with other builds, a run that
/// takes 15 s alone took over 60 s.
///
/// Foundation's `Process` reaps its children itself, so it can't say what
/// one of them used. Nor can a child spawned straight from the test runner:
/// posix_spawn shares the runner's memory until the child's `exec`, and the
/// kernel carries that memory's high-water mark over into the child's peak
/// (a 400 MB runner made `/bin/true` read as 400 MB). So a small relay
/// (Python, which the tests need anyway) spawns the binary and reports its
/// status and peak, and the binary's own process id is what `watch` gets
/// and what is killed.
public struct Measured {
    public var status: Int32
    /// The signal that ended it, if one did.
    public var signal: Int32?
    public var stdout: String
    public var stderr: String
    /// Peak resident memory in bytes.
    public var peakMemory: Int
    /// Processor time, user and system, of the binary alone.
    public var cpuSeconds: Double
    /// Wall-clock time, from spawning the relay to its end.
    public var seconds: Double
    /// Killed after running past the time allowed.
    public var timedOut: Bool

    /// Spawns the binary with no signal blocked or ignored, as from a shell,
    /// writes its process id, waits, and writes its wait status, peak (KB)
    /// and processor time (µs).
    static let relay = """
    import os, signal, sys
    folder, pid_file, result_file, program = sys.argv[1:5]
    os.chdir(folder)
    default = set(signal.valid_signals()) - {signal.SIGKILL, signal.SIGSTOP}
    pid = os.posix_spawn(program, [program] + sys.argv[5:], os.environ, setsigmask=(), setsigdef=default)
    def publish(path, text):
        with open(path + ".part", "w") as f:
            f.write(text)
        os.rename(path + ".part", path)
    publish(pid_file, str(pid))
    _, status, usage = os.wait4(pid, 0)
    publish(result_file, "%d %d %d" % (status, usage.ru_maxrss, round((usage.ru_utime + usage.ru_stime) * 1e6)))
    """

    /// Runs `program`; `watch` is called with its process id every 2 ms while it runs.
    public init(_ arguments: [String], program: String = "ecomap", in directory: String,
                seconds limit: Double = 60, environment: [String: String] = [:],
                watch: ((pid_t) -> Void)? = nil) throws {
        let path = Run.executable(program)
        Slow.expectTagged(.launchesBinary, starting: path)
        let outPath = directory + "/.measured-stdout", errPath = directory + "/.measured-stderr"
        let pidPath = directory + "/.measured-pid", resultPath = directory + "/.measured-result"
        defer { for file in [outPath, errPath, pidPath, resultPath] { unlink(file) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        for (k, v) in environment { env[k] = v }
        let argv = ["python3", "-c", Self.relay, directory, pidPath, resultPath, path] + arguments
        var cArgs = argv.map { strdup($0) } + [nil]
        var cEnv = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { cArgs.forEach { free($0) }; cEnv.forEach { free($0) } }
        var relayPID: pid_t = 0
        let started = Date()
        guard FileManager.default.isExecutableFile(atPath: path) else { throw Run.RunError.notBuilt(path) }
        guard posix_spawnp(&relayPID, "python3", &actions, nil, &cArgs, &cEnv) == 0 else { throw Run.RunError.notMeasured(path) }
        var relayStatus: Int32 = 0
        var child: pid_t?
        var timedOut = false
        while true {
            let done = waitpid(relayPID, &relayStatus, WNOHANG)
            if done == relayPID { break }
            if done < 0, errno != EINTR { break }
            if child == nil { child = (try? String(contentsOfFile: pidPath, encoding: .utf8)).flatMap { pid_t($0) } }
            if let child {
                watch?(child)
                if Date().timeIntervalSince(started) > limit, !timedOut {
                    kill(child, SIGKILL)
                    timedOut = true
                }
            } else if Date().timeIntervalSince(started) > limit + 10 {
                kill(relayPID, SIGKILL)
            }
            if watch == nil || child == nil { usleep(2_000) }
        }
        self.seconds = Date().timeIntervalSince(started)
        self.timedOut = timedOut
        let result = ((try? String(contentsOfFile: resultPath, encoding: .utf8)) ?? "").split(separator: " ").compactMap { Int($0) }
        guard result.count == 3 else { throw Run.RunError.notMeasured(path) }
        let status = Int32(result[0])
        let terminatedBySignal = status & 0x7F != 0 && status & 0x7F != 0x7F
        self.signal = terminatedBySignal ? status & 0x7F : nil
        self.status = terminatedBySignal ? 128 + (status & 0x7F) : (status >> 8) & 0xFF
        peakMemory = result[1] * 1024
        cpuSeconds = Double(result[2]) / 1e6
        stdout = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        stderr = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
    }
}
