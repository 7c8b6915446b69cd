import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readFile } from "node:fs/promises"
import path from "node:path"
import { notFound } from "../../../lib/not-found"
import { STORED_NAME, storedFileHeaders, uploadDir } from "../../../lib/security/stored-files"

/**
 * A file stored through the File Module (see lib/security/stored-files.ts): images inline with
 * their own content type, anything else as a download, always with `nosniff` and a sandboxing CSP.
 * Public, as Medusa's `/static` was: the names carry a timestamp and are only known from the
 * records that link them.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const name = String(req.params.file ?? "")
  if (!STORED_NAME.test(name)) throw notFound("File", name.slice(0, 80))
  let bytes: Buffer
  try {
    bytes = await readFile(path.join(uploadDir(), name))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === "ENOENT" || code === "EISDIR" || code === "ENOTDIR") throw notFound("File", name)
    throw error
  }
  res.set(storedFileHeaders(name, bytes))
  res.status(200).end(bytes)
}
