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
    // One jsdom and one module registry per worker instead of per file: the run takes a fifth of
    // the time. Each file starts with fresh modules (test/fresh-modules.ts) so its mocks apply.
    isolate: false,
    setupFiles: ["./test/fresh-modules.ts"],
    // `pnpm test` runs these beside the backend's suites on two cores; under that load a first
    // import of a large module (the area lists, the payment form's tree) can take longer than
    // Vitest's default 5 s without anything being wrong.
    testTimeout: 30_000,
    // Load the Medusa SDK as plain Node ESM (its published source maps point at missing files).
    server: { deps: { external: [/@medusajs\/js-sdk/] } },
  },
})
