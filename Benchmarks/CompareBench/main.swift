// Times `ecomap compare`'s stages on two maps: reading and checking both,
// the comparison itself, and writing the findings, each the median of
// several runs in this one process.
//
//   ecomap-bench-compare CURRENT BEST [RUNS]
import EcomapCore
import Foundation

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: ecomap-bench-compare CURRENT BEST [RUNS]\n".utf8))
    exit(2)
}
let runs = arguments.count > 3 ? Int(arguments[3]) ?? 3 : 3

func median(_ times: [Double]) -> Double { times.sorted()[times.count / 2] }

func time<T>(_ body: () throws -> T) rethrows -> (T, Double) {
    let start = DispatchTime.now().uptimeNanoseconds
    let value = try body()
    return (value, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
}

var load: [Double] = [], compare: [Double] = [], text: [Double] = [], json: [Double] = []
var findings = 0, links = 0
for _ in 0..<runs {
    let (documents, t1) = time { MapDocument.read(paths: [arguments[1], arguments[2]]) }
    guard case .success(let currentDocument) = documents[0], case .success(let bestDocument) = documents[1],
          let current = currentDocument.checked, let best = bestDocument.checked else {
        FileHandle.standardError.write(Data("ecomap-bench-compare: the maps must check\n".utf8))
        exit(1)
    }
    let (comparison, t2) = time { Comparison(current: current, best: best) }
    let (_, t3) = time { CompareReport.text(comparison) }
    let (_, t4) = time { CompareReport.json(comparison) }
    load.append(t1); compare.append(t2); text.append(t3); json.append(t4)
    findings = comparison.findings.count
    links = current.map.links.count + best.map.links.count
}
print(String(format: "| %@ | %@ | %.2f s | %.2f s | %.2f s | %.2f s |",
             links.formatted(), findings.formatted(), median(load), median(compare), median(text), median(json)))
