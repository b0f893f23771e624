import Foundation
import Testing
@testable import EcomapCore
@testable import EcomapRender
@testable import EcomapReport
import EcomapTestSupport

/// The real maps in Maps/, drawn from the studies they cite (each says its `source:`).
@Suite struct MapsTests {
    static let maps = MapFiles.names

    @Test func thereAreMaps() {
        for required in ["scw-current.ecomap", "scw-best-practice.ecomap", "cdps-communities.ecomap", "defra-communities.ecomap"] {
            #expect(Self.maps.contains(required))
        }
    }

    /// Every map passes `ecomap check --strict`: no errors and no warnings.
    @Test(arguments: maps)
    func checksStrictly(_ name: String) throws {
        let document = try MapDocument.read(path: Package.path("Maps/\(name)"))
        #expect(document.diagnostics.isEmpty, "\(document.diagnostics.map(\.message))")
        #expect(document.map.title != nil)
        #expect(document.map.attributes.text("source") != nil)
        #expect(document.identifier == String(name.dropLast(".ecomap".count)))
    }

    /// The Social Care Wales pair: the current map is one-way, the best practice two-way.
    @Test func socialCareWalesPair() throws {
        let current = try checked(path: Package.path("Maps/scw-current.ecomap"))
        let best = try checked(path: Package.path("Maps/scw-best-practice.ecomap"))
        #expect(current.summary.twoWayLinks == 0)
        #expect(best.summary.twoWayShare > 0.6)
        #expect(current.map["scw"]?.welshLabel == "Gofal Cymdeithasol Cymru")
        let kinds = Set(current.map.nodes.map(\.kind))
        #expect(kinds == Set(NodeKind.allCases))
    }
}

/// The maps through the built binary.
@Suite(.tags(.launchesBinary)) struct MapsCLITests {
    /// Every map passes `ecomap check --strict` from the command line too.
    @Test func strictCheckOfEveryMapFromTheCommandLine() throws {
        let run = try Run(["check", "--strict"] + MapsTests.maps.map { "Maps/\($0)" })
        #expect(run.status == 0)
        #expect(run.stderr == "")
        #expect(run.stdout.split(separator: "\n").count == MapsTests.maps.count)
    }
}
