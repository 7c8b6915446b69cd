import { vi } from "vitest"

// The test files share one module registry per worker (vitest.config.mts: isolate false, which
// spares each file a fresh jsdom and worker). A file's vi.mock must still meet a fresh import of
// what it mocks, not the copy another file loaded before it.
vi.resetModules()
