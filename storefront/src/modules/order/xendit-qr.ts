import "server-only"
import QRCode from "qrcode"

export type QrImages = {
  /** The code as inline SVG markup (drawn on the server, no script in the browser). */
  svg: string
  /** The same code as a PNG data URL, for "Unduh QR" (an image a wallet app can open from the gallery). */
  png: string
}

/**
 * Draws a QRIS string with the `qrcode` package. Error correction M, as QRIS prints use; a quiet
 * zone of 4 modules on the PNG (scanners need it), 2 on the page, where the box adds white.
 */
export async function qrImages(qrString: string): Promise<QrImages> {
  const [svg, png] = await Promise.all([
    QRCode.toString(qrString, { type: "svg", errorCorrectionLevel: "M", margin: 2 }),
    QRCode.toDataURL(qrString, { type: "image/png", errorCorrectionLevel: "M", margin: 4, scale: 8 }),
  ])
  return { svg, png }
}
