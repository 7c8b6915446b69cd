import { findForbidden, refusal } from "./input-hygiene"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/** A file of a multipart request, read into memory (the limits keep it small). */
export interface UploadedFile {
  field: string
  name: string
  type: string
  content: Buffer
}

const UPLOADS = Symbol.for("karya-binaan.uploads")
type WithUploads = MedusaRequest & { [UPLOADS]?: UploadedFile[] }

/** The files a `parseMultipart` middleware read from the request (none for a JSON request). */
export function uploadsOf(req: MedusaRequest<any, any>, field?: string): UploadedFile[] {
  const files = (req as WithUploads)[UPLOADS] ?? []
  return field ? files.filter((f) => f.field === field) : files
}

async function readBody(req: MedusaRequest, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as unknown as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > maxBytes) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `The upload is larger than ${Math.round(maxBytes / 1_000_000)} MB; send a smaller photo.`
      )
    }
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

/**
 * Reads a multipart/form-data request (Medusa parses only JSON, text and urlencoded bodies): the
 * text fields become `req.body` (for the route's zod schema), the files are kept for
 * `uploadsOf`. Only the named file fields are accepted, each at most once; other requests pass
 * through untouched.
 */
export function parseMultipart(options: { fileFields: string[]; maxBytes: number }) {
  return async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const type = String(req.headers["content-type"] ?? "")
    if (!/^multipart\/form-data/i.test(type)) return next()
    try {
      const raw = await readBody(req, options.maxBytes)
      let form: FormData
      try {
        form = await new Request("http://upload.local/", {
          method: "POST",
          headers: { "content-type": type },
          body: new Uint8Array(raw),
        }).formData()
      } catch {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, "The form could not be read: send it as multipart/form-data.")
      }
      const body: Record<string, string> = {}
      const files: UploadedFile[] = []
      for (const [field, value] of form.entries()) {
        if (typeof value === "string") {
          if (field in body) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field} is sent more than once.`)
          body[field] = value
          continue
        }
        if (!options.fileFields.includes(field)) {
          throw new MedusaError(
            MedusaError.Types.INVALID_DATA,
            `Unexpected file in ${field}; files go in ${options.fileFields.join(", ")}.`
          )
        }
        if (files.some((f) => f.field === field)) {
          throw new MedusaError(MedusaError.Types.INVALID_DATA, `Send one file in ${field}.`)
        }
        if (value.size === 0) continue
        files.push({ field, name: value.name, type: value.type, content: Buffer.from(await value.arrayBuffer()) })
      }
      // The form's text fields meet the same rule as a JSON body (input-hygiene.ts), which ran
      // before this parser could read them.
      const forbidden = findForbidden(body)
      if (forbidden) throw refusal("form", `The field ${forbidden[0]}`, forbidden[1])
      req.body = body
      ;(req as WithUploads)[UPLOADS] = files
      next()
    } catch (error) {
      next(error)
    }
  }
}
