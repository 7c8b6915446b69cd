import { fileURLToPath } from "node:url"
import { defineConfig } from "vitest/config"

export default defineConfig({
  esbuild: { jsx: "automatic" },
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./src", import.meta.url)),
      // Next.js resolves "server-only" itself; outside Next it is an empty marker module.
      "server-only": fileURLToPath(new URL("./test/server-only-stub.ts", import.meta.url)),
    },
  },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.{ts,tsx}", "test/**/*.test.{ts,tsx}"],
    exclude: ["node_modules", ".next*/**"],
    // One jsdom and one module registry per worker instead of per file (see the storefront's config).
    isolate: false,
    setupFiles: ["./test/fresh-modules.ts"],
    // `pnpm test` runs these beside the backend's suites on two cores (see the storefront's config).
    testTimeout: 30_000,
  },
})
