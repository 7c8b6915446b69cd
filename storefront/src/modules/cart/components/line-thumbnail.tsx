import Image from "next/image"
import { toImageSource } from "@/lib/util/images"

/** Small square product photo of a cart or order line; a neutral tile when there is none. */
export function LineThumbnail({ url, size = 72 }: { url: string | null | undefined; size?: number }) {
  if (!url) return <div className="line-thumb line-thumb--empty" style={{ width: size, height: size }} aria-hidden="true" />
  const source = toImageSource(url)
  return (
    <div className="line-thumb" style={{ width: size, height: size }}>
      <Image src={source.src} unoptimized={source.unoptimized} alt="" width={size} height={size} sizes={`${size}px`} />
    </div>
  )
}
