import { vi } from "vitest"

// The unit specs share one process per worker (vitest.config.mts: the "unit" project, isolate
// false). A file's vi.mock must still meet a fresh import of what it mocks, not the copy an
// earlier file loaded (lock.spec.ts mocks the repair's index, which repair specs import for real).
vi.resetModules()
