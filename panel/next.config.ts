import type { NextConfig } from "next"

const nextConfig: NextConfig = {
  // The end-to-end run builds into its own folder so it never clobbers a dev build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  poweredByHeader: false,
}

export default nextConfig
