import Foundation
import Hummingbird
import JalonStore

/// Pages that depend only on the project's revision, the language, the reader and the path, rendered once
/// per revision and kept with the decoded project (`ProjectReadCache`): swift-mustache's dynamic lookups
/// are most of a page's CPU (`perf` under `Benchmarks/web_load.py`), and a person reloads a page far more
/// often than they change their project. A new revision, another language or another reader renders anew.
///
/// The session's CSRF token is the only per-session part of such a page: it is rendered as a placeholder
/// and written in on every request. The placeholder is random per process and never leaves it, so no
/// project text can contain it.
enum KeptPage {
    static let csrfPlaceholder = "csrf-" + UUID().uuidString + UUID().uuidString
    private static let placeholderBytes = Array(csrfPlaceholder.utf8)

    /// `content` runs only when the page is not kept. Pages with a message (`?fait=`, any query), form
    /// errors or a status other than 200 are rendered every time.
    static func render(
        _ call: WebCall, _ loaded: ProjectRepository.Loaded, template: String, frame: WebPage.Frame,
        content: () async throws -> [String: Any]
    ) async throws -> Response {
        guard let session = call.session, frame.errors.isEmpty, frame.status == .ok, (call.request.uri.query ?? "").isEmpty else {
            return WebPage.render(call, template: template, frame: frame, content: try await content())
        }
        let projects = call.services.projects
        let key = ["page", template, call.request.uri.path, call.language.rawValue, call.viewer.cacheKey].joined(separator: "|")
        let page: [UInt8]
        if let kept = projects.kept(key, of: loaded) {
            page = kept
        } else {
            let html = WebPage.html(
                request: call.request, language: call.language, session: session, project: call.project,
                template: template, frame: frame, content: try await content(), csrf: csrfPlaceholder)
            page = Array(html.utf8)
            projects.keep(page, as: key, of: loaded)
        }
        return WebPage.response(.ok, body: withToken(page, session.csrf))
    }

    /// `page` with the session's token in place of every placeholder (a plain scan: the standard
    /// library's generic `firstRange(of:)` cost as much as rendering the page).
    static func withToken(_ page: [UInt8], _ token: String) -> ByteBuffer {
        var body = ByteBuffer()
        body.reserveCapacity(page.count)
        let needle = placeholderBytes, first = needle[0]
        page.withUnsafeBufferPointer { bytes in
            needle.withUnsafeBufferPointer { placeholder in
                var copied = 0, index = 0
                while index + placeholder.count <= bytes.count {
                    if bytes[index] == first, memcmp(bytes.baseAddress! + index, placeholder.baseAddress!, placeholder.count) == 0 {
                        body.writeBytes(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[copied..<index])))
                        body.writeString(token)
                        index += placeholder.count
                        copied = index
                    } else {
                        index += 1
                    }
                }
                body.writeBytes(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[copied...])))
            }
        }
        return body
    }
}
