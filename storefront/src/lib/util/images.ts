import { getBackendUrl } from "../config"

export type ImageSource = { src: string; unoptimized: boolean }

/**
 * Make a backend image URL usable by next/image: relative paths are resolved against the backend,
 * and only images from the backend host (allowed in next.config.ts) go through the optimiser.
 */
export function toImageSource(url: string, backendUrl: string = getBackendUrl()): ImageSource {
  const backend = new URL(backendUrl)
  let resolved: URL
  try {
    resolved = new URL(url, backend)
  } catch {
    return { src: url, unoptimized: true }
  }
  return { src: resolved.toString(), unoptimized: resolved.origin !== backend.origin }
}
