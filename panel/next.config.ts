import type { NextConfig } from "next"

const nextConfig: NextConfig = {
  // The end-to-end run builds into its own folder so it never clobbers a dev build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  poweredByHeader: false,
  // Product photos go through a server action (up to 5 photos of 8 MB each; the API re-checks).
  experimental: { serverActions: { bodySizeLimit: "42mb" } },
}

export default nextConfig
