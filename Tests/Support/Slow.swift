import Foundation
import Testing

/// The kinds of slow test, as Swift Testing tags. `make test` runs every
/// test; `make test-fast` leaves these out.
///
/// This Swift's `swift test` filters by name only (`--filter` and `--skip`
/// take regular expressions over test ids such as
/// `EcomapTests.RenderCLITests/timeout()`; `tag:` is not understood), so the
/// tags go with a naming rule that `--skip` can see: a slow test sits in a
/// suite whose name ends in one of ``Slow/suffixes``, and `make test-fast`
/// skips ``Slow/skipPattern``.
extension Tag {
    /// Starts a built program (`ecomap`, `ecomap-soak`, an example) or a
    /// system tool on its output. Suites named `…CLITests`.
    @Tag public static var launchesBinary: Self
    /// Runs a program under valgrind. The suite named `ValgrindTests`.
    @Tag public static var valgrind: Self
    /// Holds something to a time: processor time where the point is the
    /// work a run does (``Measured/cpuSeconds``: a blow-up), wall-clock time
    /// where it is how soon something happens (a saved edit reaching the
    /// page). Either can fail on a machine busy enough. These tests also start
    /// a program, so they sit in `…CLITests` suites; one that didn't would go
    /// in a `…TimingTests` suite.
    @Tag public static var wallClock: Self
    /// Works in process on inputs of thousands of nodes or millions of
    /// cells: seconds each. Suites named `…LargeInputTests`.
    @Tag public static var largeInput: Self
    /// Lays out whole maps through Graphviz several times over (every
    /// layout, page or option of a map, a report with all its drawings):
    /// a second or more each in a debug build. Suites named `…DrawingTests`;
    /// the drawing code itself stays covered in the fast run by the tests
    /// that draw one map once.
    @Tag public static var drawsWholeMaps: Self
}

public enum Slow {
    /// The endings of the slow suites' names.
    public static let suffixes = ["CLITests", "ValgrindTests", "TimingTests", "LargeInputTests", "DrawingTests"]

    /// What `make test-fast` passes to `swift test --skip` (the Makefile's
    /// `FAST_SKIP`; a test holds the two the same).
    public static let skipPattern = "(CLI|Valgrind|Timing|LargeInput|Drawing)Tests/"

    /// Called by ``Run``, ``Measured`` and ``Background`` as they start a
    /// program: the test doing so must carry `tag` (itself or through its
    /// suite) and sit where `make test-fast` skips it. Outside a test (or on
    /// a thread of its own) there is nothing to check.
    static func expectTagged(_ tag: Tag, starting program: String, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let test = Test.current else { return }
        let id = String(describing: test.id)
        let skipped = id.range(of: skipPattern, options: .regularExpression) != nil
        if !test.tags.contains(tag) || !skipped {
            Issue.record("""
                \(test.name) starts \((program as NSString).lastPathComponent): tag it (or its suite) \(tag) and put it \
                in a suite whose name ends in \(tag == .valgrind ? "ValgrindTests" : "CLITests"), which `make test-fast` \
                skips (Tests/Support/Slow.swift)
                """, sourceLocation: sourceLocation)
        }
    }
}
