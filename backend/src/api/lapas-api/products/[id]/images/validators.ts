import { PRODUCT_PHOTO_MAX_BYTES, PRODUCT_PHOTO_TYPES } from "@karya-binaan/contracts"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { Readable, Transform } from "node:stream"
import { inspectImage } from "../../../../../lib/security/uploads"

export { NoQuerySchema } from "../../validators"

/** At most this many photos in one upload. */
export const MAX_PHOTOS_PER_UPLOAD = 5

/** What the upload middleware leaves in req.validatedBody. */
export interface PhotoUpload {
  photos: { name: string; bytes: Buffer }[]
}

const refuse = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)
const MB = 1024 * 1024
const FORMATS: Record<string, string> = { "image/jpeg": "jpeg", "image/png": "png", "image/webp": "webp" }

/**
 * Reads a multipart/form-data upload of product photos (field `files`, or `file`) into
 * req.validatedBody: each a JPEG, PNG or WebP (by its declared type AND its bytes) of at most
 * 8 MB. Anything else is a 400 that names the file and the problem.
 */
export async function parsePhotoUpload(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const type = String(req.headers["content-type"] ?? "")
    if (!/^multipart\/form-data/i.test(type)) {
      throw refuse("Send the photos as multipart/form-data, in a field named files.")
    }
    const limit = MAX_PHOTOS_PER_UPLOAD * PRODUCT_PHOTO_MAX_BYTES + MB
    let seen = 0
    const counter = new Transform({
      transform(chunk, _encoding, callback) {
        seen += chunk.length
        if (seen > limit) {
          callback(refuse(`The upload is too large: at most ${MAX_PHOTOS_PER_UPLOAD} photos of 8 MB each.`))
          return
        }
        callback(null, chunk)
      },
    })
    let form: FormData
    try {
      const body = Readable.toWeb(req.pipe(counter)) as unknown as ReadableStream
      form = await new Request("http://upload.local/", {
        method: "POST",
        headers: { "content-type": type },
        body,
        duplex: "half",
      } as RequestInit).formData()
    } catch (error) {
      if (error instanceof MedusaError) throw error
      if (seen > limit) {
        throw refuse(`The upload is too large: at most ${MAX_PHOTOS_PER_UPLOAD} photos of 8 MB each.`)
      }
      throw refuse("The upload could not be read as multipart/form-data; send the photos in a field named files.")
    }
    const unknown = [...new Set([...form.keys()].filter((key) => key !== "files" && key !== "file"))]
    if (unknown.length) {
      throw refuse(`Unknown field ${unknown.join(", ")}: send only photos, in a field named files.`)
    }
    const files = [...form.getAll("files"), ...form.getAll("file")]
    if (!files.length) {
      throw refuse("Choose at least one photo (a JPEG, PNG or WebP of at most 8 MB) in a field named files.")
    }
    if (files.length > MAX_PHOTOS_PER_UPLOAD) {
      throw refuse(`Upload at most ${MAX_PHOTOS_PER_UPLOAD} photos at once.`)
    }
    const photos: PhotoUpload["photos"] = []
    for (const file of files) {
      if (typeof file === "string") {
        throw refuse("The files field holds photos, not text.")
      }
      const name = file.name || "foto"
      const declared = (file.type || "").toLowerCase()
      if (!(PRODUCT_PHOTO_TYPES as readonly string[]).includes(declared)) {
        throw refuse(`"${name}" is ${declared || "of unknown type"}; photos are JPEG, PNG or WebP.`)
      }
      if (file.size > PRODUCT_PHOTO_MAX_BYTES) {
        throw refuse(`"${name}" is ${(file.size / MB).toFixed(1)} MB; a photo is at most 8 MB.`)
      }
      const bytes = Buffer.from(await file.arrayBuffer())
      // By content, as every upload (lib/security/uploads.ts); the message names the type declared.
      const format = await inspectImage(bytes, name, ["jpeg", "png", "webp"]).then(
        (image) => image.format,
        () => null
      )
      if (format !== FORMATS[declared]) {
        throw refuse(`"${name}" is not a ${FORMATS[declared].toUpperCase()} image; photos are JPEG, PNG or WebP.`)
      }
      photos.push({ name, bytes })
    }
    req.validatedBody = { photos } satisfies PhotoUpload
    next()
  } catch (error) {
    next(error)
  }
}
