import type { Metadata } from "next"
import { getTranslator } from "@/i18n/server"
import { LookupForm } from "@/modules/order/components/lookup-form"
import "@/modules/checkout/shop.css"

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator()
  return { title: t("lookup.title"), description: t("lookup.intro"), robots: { index: false, follow: true } }
}

export default async function LookupPage() {
  const t = await getTranslator()
  return (
    <div className="container section shop shop--narrow">
      <h1 className="page-title">{t("lookup.title")}</h1>
      <p className="muted">{t("lookup.intro")}</p>
      <LookupForm />
    </div>
  )
}
