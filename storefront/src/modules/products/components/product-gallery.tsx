import type { Translate } from "@/i18n"
import { toImageSource } from "@/lib/util/images"
import { ServerImage } from "@/modules/common/components/server-image"

/** Product photos: the first large and preloaded, the rest below it (scrollable row on phones). */
export function ProductGallery({ title, urls, t }: { title: string; urls: string[]; t: Translate }) {
  if (urls.length === 0) {
    return (
      <div className="gallery">
        <div className="gallery__main gallery__placeholder">{t("product.noImage")}</div>
      </div>
    )
  }
  const total = urls.length
  const alt = (index: number) =>
    total > 1
      ? t("product.imageAltNumbered", { title, number: index + 1, total })
      : t("product.imageAlt", { title })
  const [first, ...rest] = urls.map((url) => toImageSource(url))

  return (
    <section className="gallery" aria-label={t("product.gallery")}>
      <div className="gallery__main">
        <ServerImage
          src={first.src}
          unoptimized={first.unoptimized}
          alt={alt(0)}
          fill
          preload
          sizes="(min-width: 900px) 540px, 100vw"
        />
      </div>
      {rest.length > 0 && (
        <ul className="gallery__more" role="list">
          {rest.map((image, index) => (
            <li key={image.src} className="gallery__item">
              <ServerImage
                src={image.src}
                unoptimized={image.unoptimized}
                alt={alt(index + 1)}
                fill
                sizes="(min-width: 900px) 260px, 70vw"
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
