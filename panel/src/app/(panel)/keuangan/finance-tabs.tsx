import { Tabs } from "@/components/tabs"
import { financeMessages } from "@/i18n/finance"
import { getT } from "@/i18n/server"

export type FinanceTab = "overview" | "ledger" | "pnbp" | "premi" | "integrity"

const TABS: { key: FinanceTab; href: string }[] = [
  { key: "overview", href: "/keuangan" },
  { key: "ledger", href: "/keuangan/buku-besar" },
  { key: "pnbp", href: "/keuangan/pnbp" },
  // The premi screens live in /keuangan/premi (the production area's).
  { key: "premi", href: "/keuangan/premi" },
  { key: "integrity", href: "/keuangan/integritas" },
]

/** The finance section's sub-navigation, on every finance screen. */
export async function FinanceTabs({ current }: { current: FinanceTab }) {
  const t = await getT(financeMessages)
  return (
    <Tabs
      label={t("nav.label")}
      items={TABS.map((tab) => ({ href: tab.href, label: t(`nav.${tab.key}`), current: tab.key === current }))}
    />
  )
}
