// Project store.
