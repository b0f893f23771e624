import Foundation
import Testing
import EcomapTestSupport

/// One definition of each number, shown the same by every command (issue 11):
/// `check`, `stats`, `compare` and `report` read the same figures for the same map.
@Suite(.tags(.launchesBinary)) struct AgreementCLITests {
    static let pairs = [
        ("Maps/scw-current.ecomap", "Maps/scw-best-practice.ecomap"),
        ("Tests/EcomapCoreTests/Fixtures/dsw-current.ecomap", "Tests/EcomapCoreTests/Fixtures/dsw-best.ecomap"),
    ]

    func json(_ arguments: [String]) throws -> [String: Any] {
        let run = try Run(arguments)
        #expect(run.status == 0, "\(arguments): \(run.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: run.stdoutBytes) as? [String: Any])
    }

    @Test(arguments: pairs)
    func everyCommandShowsTheSameNumbers(_ current: String, _ best: String) throws {
        let compared = try json(["compare", current, best, "--format", "json"])
        for (side, path) in [("current", current), ("best", best)] {
            let numbers = try #require((compared[side] as? [String: Any])?["numbers"] as? [String: Double])
            let checked = try json(["check", path, "--format", "json"])
            let summary = try #require(((checked["files"] as? [[String: Any]])?.first?["summary"]) as? [String: Any])
            let stats = try #require(try json(["stats", path, "--format", "json"])["summary"] as? [String: Any])
            #expect(summary["twoWayShare"] as? Double == numbers["twoWayShare"], "\(path)")
            #expect(stats["twoWayShare"] as? Double == numbers["twoWayShare"], "\(path)")
            for key in ["density", "platformReach", "peopleLinksPerPerson"] {
                #expect(stats[key] as? Double == numbers[key], "\(path): \(key)")
            }
            #expect(stats["nodes"] as? Int == Int(numbers["nodes"] ?? -1) && summary["nodes"] as? Int == Int(numbers["nodes"] ?? -1))
            // The text of each command says the same percentage.
            let share = "\(Int(((numbers["twoWayShare"] ?? 0) * 100).rounded()))%"
            #expect(try Run(["check", path]).stdout.contains("\(share) two-way"))
            #expect(try Run(["stats", path]).stdout.contains("two-way         \(share) of directed links flow both ways"))
        }
        // The report's before/after table, from the same numbers.
        let scratch = try Scratch()
        #expect(try Run(["report", current, "--compare", best, "-o", scratch.path("r.md")]).status == 0)
        let report = try String(contentsOfFile: scratch.path("r.md"), encoding: .utf8)
        let shares = try ["current", "best"].map { side in
            let numbers = try #require((compared[side] as? [String: Any])?["numbers"] as? [String: Double])
            return "\(Int(((numbers["twoWayShare"] ?? 0) * 100).rounded()))%"
        }
        #expect(report.contains("| two-way share | \(shares[0]) | \(shares[1]) |"), "\(shares)")
    }
}
