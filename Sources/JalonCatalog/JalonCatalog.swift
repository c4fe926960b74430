// Catalogue loading and search (see the catalogue issue).
