import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { legacyStaticDir, moveLegacyStaticFiles, uploadDir } from "../lib/security/stored-files"

/**
 * Uploads used to be written to `<backend>/static`, which Medusa serves raw (an uploaded HTML
 * file ran on the backend's origin). They now live in the upload folder and are served by
 * `GET /static/:file` with nosniff, a sandboxing CSP and a download for anything that is not an
 * image. This moves the old files there; their URLs (`…/static/<file>`, stored in products,
 * lapas QRIS images and transfer proofs) stay the same, so no record changes. Idempotent: a file
 * already in the upload folder is left alone, and a checkout without `static/` has nothing to move.
 */
export default async function moveStaticUploads({ container }: { container: MedusaContainer }) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const moved = await moveLegacyStaticFiles(legacyStaticDir(), uploadDir())
  if (moved) logger.info(`Moved ${moved} uploaded files from ${legacyStaticDir()} to ${uploadDir()}.`)
}
