import type { NextConfig } from "next"
import { securityHeaderRules } from "./security-headers"

const nextConfig: NextConfig = {
  // The end-to-end run builds into its own folder so it never clobbers a dev build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  poweredByHeader: false,
  // Product photos go through a server action (up to 5 photos of 8 MB each; the API re-checks).
  experimental: {
    serverActions: { bodySizeLimit: "42mb" },
    // Off for the test command's builds (KB_NEXT_BUILD_CACHE=0, see the storefront's config).
    turbopackFileSystemCacheForBuild: process.env.KB_NEXT_BUILD_CACHE !== "0",
  },
  // CSP, framing, referrer and permissions policies, HSTS on https (security-headers.ts).
  async headers() {
    return securityHeaderRules({
      backendUrl: process.env.MEDUSA_BACKEND_URL || "http://localhost:9000",
      siteUrl: process.env.PANEL_URL,
      production: process.env.NODE_ENV === "production",
    })
  },
}

export default nextConfig
