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

/**
 * The courier's tracking page of a resi, opened in a new tab: "Lacak paket di JNE". Its accessible
 * name says it opens a new tab.
 */
export function TrackingLink({ url, courier, t }: { url: string; courier: string; t: Translate }) {
  return (
    <a href={url} target="_blank" rel="noopener noreferrer" className="tracking-link" data-testid="order-tracking-link">
      {t("order.track", { courier })}
      <span className="visually-hidden"> {t("order.newTab")}</span>
    </a>
  )
}
