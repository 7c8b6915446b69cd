import Link from "next/link"
import type { Translate } from "@/i18n"
import { toImageSource } from "@/lib/util/images"
import type { StoreLapas } from "@karya-binaan/contracts"
import { isLapasClass, lapasMonogram, lapasPlace } from "@/lib/util/lapas"
import { lapasHref } from "@/lib/util/routes"
import { ServerImage } from "@/modules/common/components/server-image"

/** The logo of a lapas, or its initials on the brand colour when it has none. Fixed size: no layout shift. */
export function LapasMark({ lapas, size = 56 }: { lapas: StoreLapas; size?: number }) {
  if (lapas.logo_url) {
    const image = toImageSource(lapas.logo_url)
    return (
      <ServerImage
        src={image.src}
        unoptimized={image.unoptimized}
        alt=""
        width={size}
        height={size}
        className="lapas-mark lapas-mark--logo"
      />
    )
  }
  return (
    <span className="lapas-mark" aria-hidden="true" style={{ width: size, height: size }}>
      {lapasMonogram(lapas)}
    </span>
  )
}

/** A lapas in a list: name, class, city and province, how many products it sells. */
export function LapasCard({
  lapas,
  t,
  headingLevel = 2,
}: {
  lapas: StoreLapas
  t: Translate
  headingLevel?: 2 | 3
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3"
  const place = lapasPlace(lapas)
  return (
    <article className="lapas-card" data-testid="lapas-card">
      <Link prefetch={false} href={lapasHref(lapas.handle)} className="lapas-card__link">
        <LapasMark lapas={lapas} />
        <span className="lapas-card__body">
          <Heading className="lapas-card__name">{lapas.name}</Heading>
          {place && <span className="lapas-card__place">{place}</span>}
          <span className="lapas-card__meta">
            {isLapasClass(lapas.lapas_class) && <>{t(`lapas.class.${lapas.lapas_class}`)} · </>}
            {t("lapas.productCount", { count: lapas.product_count })}
          </span>
        </span>
      </Link>
    </article>
  )
}

export function LapasGrid({ lapas, t, headingLevel = 2 }: { lapas: StoreLapas[]; t: Translate; headingLevel?: 2 | 3 }) {
  return (
    <ul className="lapas-grid" role="list">
      {lapas.map((l) => (
        <li key={l.id}>
          <LapasCard lapas={l} t={t} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  )
}
