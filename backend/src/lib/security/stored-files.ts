import { existsSync } from "node:fs"
import { copyFile, mkdir, readdir, rename, rmdir, unlink } from "node:fs/promises"
import path from "node:path"
import { storedImageFormat, IMAGE_MIME_TYPES } from "./uploads"

/**
 * Where the File Module's local provider stores uploads, and how they are served.
 *
 * Medusa mounts `express.static(<backend>/static)` at `/static` before any route or middleware,
 * so nothing could add headers to what it serves. The provider therefore writes to
 * `<backend>/uploads` (UPLOAD_DIR) while its URLs stay `<backend url>/static/<file>`:
 * express.static finds no `static` folder and passes the request on to our
 * `GET /static/:file` route (src/api/static/[file]/route.ts), which answers with the headers
 * below. Files an older version stored in `static/` are moved by the migration script
 * `move-static-uploads`, so their URLs keep working, with the headers.
 */
export function uploadDir(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): string {
  return path.resolve(cwd, env.UPLOAD_DIR || "uploads")
}

/** Medusa's fixed folder behind `/static`. */
export function legacyStaticDir(cwd = process.cwd()): string {
  return path.join(cwd, "static")
}

/** A stored file's key as it may appear in a URL: one name, no folders, no hidden files. */
export const STORED_NAME = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,254}$/

/**
 * The headers a stored file is served with: its own type when its bytes are an accepted image
 * (shown inline), otherwise an octet-stream download; never sniffed, never run as a page (the
 * sandbox CSP keeps even a file opened directly from running script on the backend's origin).
 */
export function storedFileHeaders(name: string, bytes: Buffer): Record<string, string> {
  const format = storedImageFormat(bytes)
  const quoted = name.replace(/["\\]/g, "_")
  return {
    "Content-Type": format ? IMAGE_MIME_TYPES[format] : "application/octet-stream",
    "Content-Disposition": `${format ? "inline" : "attachment"}; filename="${quoted}"`,
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; sandbox",
    // The storefront and panel show these images from their own origins.
    "Cross-Origin-Resource-Policy": "cross-origin",
    "Cache-Control": "public, max-age=86400",
    "Content-Length": String(bytes.length),
  }
}

/**
 * Moves every file of the legacy `static/` folder into the upload folder (a file already there
 * stays as it is), then removes `static/` when it is empty. Safe to run again: returns how many
 * files it moved.
 */
export async function moveLegacyStaticFiles(from = legacyStaticDir(), to = uploadDir()): Promise<number> {
  if (!existsSync(from)) return 0
  await mkdir(to, { recursive: true })
  let moved = 0
  for (const entry of await readdir(from, { withFileTypes: true })) {
    if (!entry.isFile()) continue
    const source = path.join(from, entry.name)
    const target = path.join(to, entry.name)
    if (existsSync(target)) continue
    try {
      await rename(source, target)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error
      await copyFile(source, target)
      await unlink(source)
    }
    moved++
  }
  if (!(await readdir(from)).length) await rmdir(from)
  return moved
}
