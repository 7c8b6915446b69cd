import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { getTranslator } from "@/i18n/server"
import { addressPickerData } from "@/lib/data/areas"
import { listAddresses, retrieveCustomer } from "@/lib/data/customer"
import { AccountNav } from "@/modules/account/components/account-nav"
import { AddAddressForm, AddressList } from "@/modules/account/components/address-book"
import { EMPTY_ADDRESS, addressValuesFrom } from "@/modules/checkout/validation"
import "@/modules/checkout/shop.css"

export const dynamic = "force-dynamic"

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator()
  return { title: t("account.addressesTitle"), robots: { index: false, follow: false } }
}

export default async function AccountAddressesPage() {
  const customer = await retrieveCustomer()
  if (!customer) redirect("/akun?next=/akun/alamat")
  const [t, addresses] = await Promise.all([getTranslator(), listAddresses()])
  const saved = addresses.map((address) => ({ id: address.id, values: addressValuesFrom(address) }))
  return (
    <div className="container section shop">
      <h1 className="page-title">{t("account.addressesTitle")}</h1>
      <AccountNav current="addresses" t={t} />
      <AddressList addresses={saved} />
      <section className="account-add-address" aria-labelledby="add-address-title">
        <h2 id="add-address-title" className="section__title">
          {t("account.addressAdd")}
        </h2>
        <AddAddressForm areas={addressPickerData(EMPTY_ADDRESS).areas} />
      </section>
    </div>
  )
}
