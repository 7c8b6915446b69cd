import type { Translate } from "@/i18n"
import { CopyButton } from "./copy-button"

/** The resi (courier tracking number) as selectable plain text, with a copy button where the browser can copy. */
export function Resi({ resi, t }: { resi: string; t: Translate }) {
  return (
    <>
      <span className="resi" data-testid="order-resi" translate="no">
        {resi}
      </span>{" "}
      <CopyButton text={resi} label={t("order.copy")} accessibleLabel={t("order.copyResi")} copiedLabel={t("order.copied")} />
    </>
  )
}
