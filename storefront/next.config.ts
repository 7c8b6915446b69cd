import type { NextConfig } from "next"
import path from "node:path"
import { addCompileHints } from "./compile-hints"
import { securityHeaderRules } from "./security-headers"

type RemotePattern = NonNullable<NonNullable<NextConfig["images"]>["remotePatterns"]>[number]

const backendUrl = new URL(process.env.MEDUSA_BACKEND_URL || "http://localhost:9000")

/** Hosts that resolve to this machine or a private network (dev, CI, docker service names). */
function isLocalHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, "")
  return (
    host === "localhost" ||
    host === "::1" ||
    /^127\./.test(host) ||
    /^10\./.test(host) ||
    /^192\.168\./.test(host) ||
    /^172\.(1[6-9]|2\d|3[01])\./.test(host) ||
    !host.includes(".")
  )
}

// Product photos are served by the Medusa backend (e.g. http://localhost:9000/static/...).
const backendImages: RemotePattern = {
  protocol: backendUrl.protocol === "https:" ? "https" : "http",
  hostname: backendUrl.hostname,
  port: backendUrl.port,
  pathname: "/**",
}

const nextConfig: NextConfig = {
  // The end-to-end run builds into its own folder so it never clobbers a dev build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  poweredByHeader: false,
  // CSP, framing, referrer and permissions policies, HSTS on https (security-headers.ts).
  async headers() {
    return securityHeaderRules({
      backendUrl: backendUrl.href,
      siteUrl: process.env.STOREFRONT_URL,
      production: process.env.NODE_ENV === "production",
    })
  },
  compiler: {
    // Every client chunk asks V8 to compile all its functions while it streams in, off the main
    // thread, instead of one by one in the long task that hydrates the page (compile-hints.ts).
    runAfterProductionCompile: async ({ distDir, projectDir }) => {
      await addCompileHints(path.resolve(projectDir, distDir))
    },
  },
  experimental: {
    // Turbopack keeps a build cache by default. The test command's builds bake in a new publishable
    // key each run (and CI's start from a clean clone), so there the cache would only be written,
    // never read: KB_NEXT_BUILD_CACHE=0 (prepareProductionStack) leaves it off.
    turbopackFileSystemCacheForBuild: process.env.KB_NEXT_BUILD_CACHE !== "0",
    // One small stylesheet: inlined in <head> it no longer blocks the first paint on a slow phone network.
    inlineCss: true,
    // "Saya sudah transfer" sends its proof photo through a server action (at most 8 MB; the API re-checks).
    serverActions: { bodySizeLimit: "9mb" },
  },
  images: {
    formats: ["image/avif", "image/webp"],
    // Photos are at most 540 CSS px wide (the product gallery on a wide screen) and half a phone
    // screen in a card: widths up to 1200 cover them at 2x; fewer widths make every srcset (in the
    // HTML and again in the page data) shorter. Lapas logos (56 px) and cart thumbnails (72 px) take 64/96/128.
    deviceSizes: [640, 750, 828, 1080, 1200],
    imageSizes: [64, 96, 128, 256, 384],
    remotePatterns: [backendImages],
    // Next 16 refuses to optimise images from private addresses unless told to; the backend is
    // on localhost in dev and CI. Only the backend host is allowed above, so this stays narrow.
    dangerouslyAllowLocalIP: isLocalHost(backendUrl.hostname),
  },
}

export default nextConfig
