import "server-only"
import type { ReactNode } from "react"
import { MoreMessages } from "./client"
import { clientMessages, type ClientNamespace } from "./client-messages"
import { getLocale } from "./server"

/** Server side of `MoreMessages`: sends the browser the texts of these namespaces for this request's locale. */
export async function ClientMessages({
  namespaces,
  children,
}: {
  namespaces: readonly ClientNamespace[]
  children: ReactNode
}) {
  const locale = await getLocale()
  return <MoreMessages messages={clientMessages(locale, namespaces)}>{children}</MoreMessages>
}
