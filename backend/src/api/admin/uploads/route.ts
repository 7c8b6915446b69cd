import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { reencodeImage, withImageExtension } from "../../../lib/security/uploads"

/**
 * Replaces Medusa's `POST /admin/uploads` (a route registered here overrides the core one; the
 * core middlewares, multer's `files` field and the admin authentication, still run first). Medusa
 * stores whatever it is sent; here every file must be a JPEG, PNG, WebP or AVIF by its bytes and
 * is stored re-encoded under its real extension, or the whole request is refused with a 400 naming
 * the file before anything is stored.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const input = (req as unknown as { files?: { buffer: Buffer; originalname: string }[] }).files
  if (!input?.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "No files were uploaded: send images (JPEG, PNG, WebP or AVIF) as multipart/form-data in the field files."
    )
  }
  const clean = []
  for (const file of input) {
    const image = await reencodeImage(file.buffer, file.originalname)
    clean.push({
      filename: withImageExtension(file.originalname, image.format),
      mimeType: image.mimeType,
      content: image.bytes.toString("base64"),
      access: "public" as const,
    })
  }
  const { result } = await uploadFilesWorkflow(req.scope).run({ input: { files: clean } })
  res.status(200).json({ files: result })
}
