import type { Translate } from "@/i18n"
import type { ProductMaker } from "@karya-binaan/contracts"
import { InfoBlock } from "@/modules/common/components/info-block"

/** Stories of makers who consented to be shown (a first name or pseudonym, never an inmate code). */
export function MakerStories({ makers, t }: { makers: ProductMaker[]; t: Translate }) {
  if (makers.length === 0) return null
  return (
    <InfoBlock id="makers" title={t("makers.title")}>
      <ul className="maker-list" role="list" data-testid="product-makers">
        {makers.map((maker, index) => (
          <li key={`${maker.display_name ?? ""}-${index}`} className="maker">
            <p className="maker__name">{maker.display_name ?? t("makers.anonymous")}</p>
            {maker.story && <blockquote className="maker__story">{maker.story}</blockquote>}
          </li>
        ))}
      </ul>
      <p className="muted maker-list__note">{t("makers.consent")}</p>
    </InfoBlock>
  )
}
