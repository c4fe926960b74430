import JalonCore
import JalonStore

/// The person's right to erasure, as one operation every door calls (`jalon erase`, `DELETE
/// /v1/projects/{id}`): the links first (nobody reaches the project any more), then every revision,
/// leaving in the store only a keyed hash of the id (an old copy imported again gets a new id). The
/// access journal already names projects by keyed hash only; read caches drop the project on their next
/// look at the store (`ProjectReadCache`), the erasing server's at once. The web workbook's sessions and
/// sign-in links naming the project go too, wherever they are kept (the store's folder or database;
/// `web`: nil where there are none to reach).
public enum ProjectErasure {
    public static func erase(_ id: ProjectID, store: any ProjectStore, links: any ProjectLinkStore, web: (any WebSessionStore)?) throws {
        // Unknown to the store and without links: nothing to erase, said like any unknown project.
        let hadLinks = try links.links(of: id) != nil
        try links.update(id) { $0 = nil }
        try web?.removeAll(naming: id.rawValue)
        do { try store.erase(id) } catch StoreError.projectNotFound(_) where hadLinks {
            // Links without a project (a creation cut short): removing them was the erasure.
        }
    }
}
