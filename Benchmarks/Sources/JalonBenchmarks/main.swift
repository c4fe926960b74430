import BenchmarkSupport
import CLibXML2Peer
import Foundation
import JalonCore
import JalonStore
import JalonXML

// Project document benchmark: Jalon's load (prescan + hardened parse + XSD validation + mapping to
// the model) and save (mapping + serialisation + validated, fsynced revision) on a large project,
// against libxml2 doing what `xmllint --noout --schema` does, in the same process, and against the
// real xmllint and jalon binaries as whole processes. Ratios are of medians.
//
//     swift run -c release JalonBenchmarks [iterations]      (in Benchmarks/)
//     JALON_BINARY=/path/to/jalon swift run -c release JalonBenchmarks

let iterations = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 31
let project = LargeProject.make()
let bytes = ProjectCodec.encode(project)
let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("jalon-bench-\(UUID().uuidString.prefix(8))").path
try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(atPath: scratch) }
let documentPath = scratch + "/large-project.xml"
try Data(bytes).write(to: URL(fileURLWithPath: documentPath))
// The shipped schema of the version the codec writes, for the libxml2 peer and xmllint.
let schemaPath = Repository.path("Resources/Schemas/project-\(ProjectFormat.standard.current).xsd")

print("Document: \(bytes.count / 1024) KiB, \(project.competences!.competences.count) compétences, \(project.plan.count) actions, \(iterations) runs each")

let loader = ProjectDocumentLoader()
_ = try loader.format.schema(for: loader.format.current)  // compiled once per process, as in jalon

let jalonLoad = try TimedSamples.run("Jalon: prescan + parse + validate + map", iterations: iterations) {
    let loaded = try loader.load(bytes: bytes, sourceName: documentPath)
    _ = try ProjectCodec.decode(loaded.document)
}

// The same work in parts, to see where Jalon's time goes.
let jalonParse = try TimedSamples.run("  part: prescan + hardened parse", iterations: iterations) {
    _ = try XMLDocument(bytes: bytes, sourceName: documentPath)
}
let parsedOnce = try XMLDocument(bytes: bytes, sourceName: documentPath)
let currentSchema = try loader.format.schema(for: loader.format.current)
let jalonValidate = TimedSamples.run("  part: validate", iterations: iterations) {
    precondition(currentSchema.validate(parsedOnce).isEmpty)
}
let jalonMap = try TimedSamples.run("  part: map to the model", iterations: iterations) {
    _ = try ProjectCodec.decode(parsedOnce)
}

// The calls xmllint makes for `--noout --schema`: xmlSchemaParse once, then read and validate. The
// schema is read from memory: Jalon's process-wide entity loader (installed above) refuses file URLs.
let schemaBytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: schemaPath)))
let peerSchema: xmlSchemaPtr = schemaBytes.withUnsafeBufferPointer { buffer in
    let parser = buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
        xmlSchemaNewMemParserCtxt($0, Int32(buffer.count))!
    }
    defer { xmlSchemaFreeParserCtxt(parser) }
    return xmlSchemaParse(parser)!
}
let peerLoad = TimedSamples.run("libxml2 as xmllint: parse + validate", iterations: iterations) {
    bytes.withUnsafeBufferPointer { buffer in
        buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
            let document = xmlReadMemory(chars, Int32(buffer.count), documentPath, nil, 0)!
            let context = xmlSchemaNewValidCtxt(peerSchema)!
            precondition(xmlSchemaValidateDoc(context, document) == 0)
            xmlSchemaFreeValidCtxt(context)
            xmlFreeDoc(document)
        }
    }
}

let storeRoot = scratch + "/store"
let store = try FileProjectStore(root: storeRoot)
let repository = ProjectRepository(store: store)
var revision = try repository.create(project, author: .person, message: "benchmark")
let jalonSave = try TimedSamples.run("Jalon: map + serialise + validate + durable save", iterations: iterations) {
    revision = try repository.save(project, basedOn: revision.number, author: .person, message: "benchmark")
}
let peerSave = TimedSamples.run("libxml2: serialise a parsed tree + write + fsync", iterations: iterations) {
    let document = bytes.withUnsafeBufferPointer { buffer in
        buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { xmlReadMemory($0, Int32(buffer.count), nil, nil, 0)! }
    }
    defer { xmlFreeDoc(document) }
    var memory: UnsafeMutablePointer<xmlChar>?
    var size: Int32 = 0
    xmlDocDumpFormatMemoryEnc(document, &memory, &size, "UTF-8", 1)
    let path = scratch + "/peer-\(UUID().uuidString).xml"
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
    _ = write(descriptor, memory, Int(size))
    fsync(descriptor)
    close(descriptor)
    peer_xmlFree(memory)
}

var results = [jalonLoad, jalonParse, jalonValidate, jalonMap, peerLoad, jalonSave, peerSave]
var ratios = [
    ("load: Jalon / libxml2-as-xmllint (in process)", jalonLoad.median / peerLoad.median),
    ("save: Jalon / libxml2 serialise + fsync (in process)", jalonSave.median / peerSave.median)
]

// JALON_BINARY picks another build, e.g. one linked with --static-swift-stdlib (half the start-up).
let jalonBinary = Repository.releaseJalon
if FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint"), FileManager.default.isExecutableFile(atPath: jalonBinary) {
    let xmllint = try measureProcess(
        "process: xmllint --noout --schema", iterations: iterations,
        executable: "/usr/bin/xmllint", arguments: ["--noout", "--schema", schemaPath, documentPath])
    let jalonValidate = try measureProcess(
        "process: jalon validate", iterations: iterations,
        executable: jalonBinary, arguments: ["validate", documentPath])
    results += [xmllint, jalonValidate]
    ratios.append(("process: jalon validate / xmllint --schema", jalonValidate.median / xmllint.median))
} else {
    print("(xmllint or the jalon binary not found: whole-process comparison skipped)")
}

print("Machine: \(Machine.summary)")
for result in results { print(result.line) }
for (name, ratio) in ratios { print("ratio \(name.padding(toLength: 52, withPad: " ", startingAt: 0)) \(String(format: "%.2f", ratio))×") }

/// Runs a command `iterations` times and measures each whole process, start to exit.
func measureProcess(_ name: String, iterations: Int, executable: String, arguments: [String]) throws -> TimedSamples {
    var samples: [Double] = []
    for index in 0..<(iterations + 2) {
        let run = try ProcessRun.run(executable, arguments)
        if run.status != 0 { throw BenchmarkFailure("\(executable) \(arguments.joined(separator: " ")) failed (status \(run.status))") }
        if index >= 2 { samples.append(run.wall * 1000) }  // two warm-up runs
    }
    return TimedSamples(name: name, samples: samples)
}
