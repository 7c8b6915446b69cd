import Link from "next/link"
import { getTranslator } from "@/i18n/server"
import { MessagePanel } from "@/modules/common/components/message-panel"

export default async function OrderNotFound() {
  const t = await getTranslator()
  return (
    <div className="container section">
      <MessagePanel
        title={t("order.notFoundTitle")}
        actions={
          <>
            <Link prefetch={false} className="button button--primary" href="/lacak-pesanan">
              {t("order.lookupAnother")}
            </Link>
            <Link prefetch={false} className="button button--ghost" href="/produk">
              {t("order.continue")}
            </Link>
          </>
        }
      >
        <p>{t("order.notFoundBody")}</p>
      </MessagePanel>
    </div>
  )
}
