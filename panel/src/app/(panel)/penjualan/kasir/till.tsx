"use client"

import {
  DIRECT_PAYMENT_METHOD_LABELS,
  DIRECT_PAYMENT_METHODS,
  type DirectPaymentMethod,
  type DirectSaleCatalogItem,
  type DirectSaleCatalogResponse,
  type Venue,
} from "@karya-binaan/contracts"
import { formatRupiah, type LapasTimeZone } from "@karya-binaan/format"
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from "react"
import { Badge } from "@/components/badge"
import { Button } from "@/components/button"
import { Field } from "@/components/field"
import { Notice } from "@/components/notice"
import { useLocale, useT } from "@/i18n/client"
import { directSalesMessages } from "@/i18n/direct-sales"
import {
  addItem,
  buildSale,
  changeFor,
  discountProblem,
  lineTotal,
  maxDiscount,
  newClientId,
  parseAmount,
  quickAmounts,
  removeLine,
  setQuantity,
  totalsOf,
  type CartLine,
} from "./cart"
import { SaleQueue, startAutoSync, type KeyValueStore, type QueuedSale, type SaleSummary, type SentSale } from "./queue"
import { receiptPdfPath, storefrontReceiptUrl, whatsappLink } from "./receipt-links"
import { openTillStore } from "./storage"
import { fetchCatalog, postSale } from "./sync-client"

const RESULTS_SHOWN = 40
const RECENT_KEPT = 12
/** Recorded sales older than this are dropped from the device's list. */
const SENT_KEPT_DAYS = 3

interface CachedCatalog {
  catalog: DirectSaleCatalogResponse
  loaded_at: string
}

const itemName = (item: { title: string; variant_title: string | null }) =>
  item.variant_title && item.variant_title !== "Default" && item.variant_title !== item.title ? `${item.title} – ${item.variant_title}` : item.title

const sameDay = (a: Date, b: Date) => a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate()

function timeText(iso: string, timeZone: LapasTimeZone, locale: string) {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "id-ID", { hour: "2-digit", minute: "2-digit", hour12: false, timeZone }).format(
    new Date(iso)
  )
}

function dateTimeText(iso: string, timeZone: LapasTimeZone, locale: string) {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "id-ID", {
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
    timeZone,
  }).format(new Date(iso))
}

/**
 * The till (kasir): choose the venue, find products (search, SKU/barcode with Enter, recent items),
 * the cart with quantities and a discount where the venue allows one, the payment, the buyer, and
 * "Selesaikan penjualan". Every sale is written to the device's queue first and then sent through
 * /penjualan/sinkron; the catalogue is kept on the device too, so the till keeps selling without a
 * signal once it has loaded.
 */
export function Till({
  venues,
  storefrontUrl,
  timeZone,
}: {
  venues: Venue[]
  storefrontUrl: string
  timeZone: LapasTimeZone
}) {
  const t = useT(directSalesMessages)
  const locale = useLocale()
  const label = (method: DirectPaymentMethod) => DIRECT_PAYMENT_METHOD_LABELS[method][locale === "en" ? "en" : "id"]

  // Device storage and the outbox.
  const [store, setStore] = useState<KeyValueStore | null>(null)
  const [persistent, setPersistent] = useState(true)
  const queueRef = useRef<SaleQueue | null>(null)
  const [queued, setQueued] = useState<QueuedSale[]>([])
  const [sent, setSent] = useState<SentSale[]>([])
  const [sending, setSending] = useState(false)
  const [online, setOnline] = useState(true)

  // Venue and catalogue.
  const [venueId, setVenueId] = useState<string>("")
  // A venue picked before the device's store opened wins over the remembered one.
  const venuePicked = useRef(false)
  const [catalog, setCatalog] = useState<CachedCatalog | null>(null)
  const [catalogLoading, setCatalogLoading] = useState(false)
  const [catalogError, setCatalogError] = useState<{ status: number; message: string } | null>(null)
  const [recent, setRecent] = useState<string[]>([])

  // The sale being entered.
  const [lines, setLines] = useState<CartLine[]>([])
  const [search, setSearch] = useState("")
  const [code, setCode] = useState("")
  const [codeMessage, setCodeMessage] = useState<{ tone: "success" | "danger"; text: string } | null>(null)
  const [discountText, setDiscountText] = useState("")
  const [method, setMethod] = useState<DirectPaymentMethod>("cash")
  const [tenderedText, setTenderedText] = useState("")
  const [buyer, setBuyer] = useState({ name: "", email: "", phone: "" })
  const [formError, setFormError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const [lastSale, setLastSale] = useState<{ client_id: string; summary: SaleSummary } | null>(null)

  const [catalogVersion, setCatalogVersion] = useState(0)
  const sentCount = useRef<number | null>(null)

  const refreshLists = useCallback(async () => {
    const queue = queueRef.current
    if (!queue) return
    const [q, s] = await Promise.all([queue.queued(), queue.sent()])
    setQueued(q)
    setSent(s)
    // A sale just recorded took stock: load the venue's catalogue again (its stock figures).
    if (sentCount.current !== null && s.length > sentCount.current) setCatalogVersion((v) => v + 1)
    sentCount.current = s.length
    setSending(q.some((entry) => queue.isInFlight(entry.client_id)))
  }, [])

  // Open the device's store, start the outbox and its retries.
  useEffect(() => {
    let stopped = false
    let stopAuto: (() => void) | undefined
    let unsubscribe: (() => void) | undefined
    void (async () => {
      const opened = await openTillStore()
      if (stopped) return
      const queue = new SaleQueue(opened.store, (sale) => postSale(sale))
      queueRef.current = queue
      unsubscribe = queue.subscribe(() => void refreshLists())
      setStore(opened.store)
      setPersistent(opened.persistent)
      const remembered = await opened.store.get<string>("venue")
      const open = venues.find((v) => v.id === remembered) ?? venues[0]
      if (!venuePicked.current) setVenueId(open?.id ?? "")
      setRecent((await opened.store.get<string[]>("recent")) ?? [])
      await queue.pruneSent(new Date(Date.now() - SENT_KEPT_DAYS * 24 * 60 * 60 * 1000))
      await refreshLists()
      stopAuto = startAutoSync(queue, window)
      void queue.syncAll()
    })()
    return () => {
      stopped = true
      stopAuto?.()
      unsubscribe?.()
    }
  }, [venues, refreshLists])

  useEffect(() => {
    const update = () => setOnline(navigator.onLine)
    update()
    window.addEventListener("online", update)
    window.addEventListener("offline", update)
    return () => {
      window.removeEventListener("online", update)
      window.removeEventListener("offline", update)
    }
  }, [])

  // The venue's catalogue: the device's copy at once, then the server's when it answers.
  useEffect(() => {
    if (!store || !venueId) return
    let current = true
    setCatalogError(null)
    void store.set("venue", venueId)
    void (async () => {
      const kept = await store.get<CachedCatalog>(`catalog:${venueId}`)
      if (!current) return
      setCatalog(kept ?? null)
      setCatalogLoading(true)
      const answer = await fetchCatalog(venueId)
      if (!current) return
      setCatalogLoading(false)
      if (answer.catalog) {
        const fresh = { catalog: answer.catalog, loaded_at: new Date().toISOString() }
        setCatalog(fresh)
        await store.set(`catalog:${venueId}`, fresh)
      } else {
        setCatalogError({ status: answer.status, message: answer.status === 0 ? t("catalog.noSignal") : answer.message ?? `HTTP ${answer.status}` })
      }
    })()
    return () => {
      current = false
    }
  }, [store, venueId, catalogVersion, t])

  const venue = catalog?.catalog.venue ?? venues.find((v) => v.id === venueId) ?? null
  const items = useMemo(() => catalog?.catalog.items ?? [], [catalog])
  const itemById = useMemo(() => new Map(items.map((i) => [i.variant_id, i])), [items])
  const maxDiscountBp = venue?.max_discount_bp ?? 0

  const totalsBase = totalsOf(lines, 0)
  const discount = maxDiscountBp > 0 ? parseAmount(discountText) : 0
  const discountIssue = discountProblem(discount, totalsBase.subtotal, maxDiscountBp)
  const totals = totalsOf(lines, discountIssue ? 0 : discount ?? 0)
  const tendered = tenderedText.trim() ? parseAmount(tenderedText) : null
  const change = changeFor(totals.total, tendered)
  const limit = maxDiscount(totals.subtotal, maxDiscountBp)

  const matches = useMemo(() => {
    const needle = search.trim().toLowerCase()
    if (!needle) return items
    return items.filter((i) => `${i.title} ${i.variant_title ?? ""} ${i.sku ?? ""} ${i.barcode ?? ""}`.toLowerCase().includes(needle))
  }, [items, search])
  const recentItems = recent.map((id) => itemById.get(id)).filter((i): i is DirectSaleCatalogItem => !!i)

  const add = (item: DirectSaleCatalogItem) => {
    setLines((current) => addItem(current, item))
    setLastSale(null)
    setFormError(null)
  }

  const onCode = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== "Enter") return
    event.preventDefault()
    const wanted = code.trim().toLowerCase()
    if (!wanted) return
    const item = items.find((i) => i.sku?.toLowerCase() === wanted || i.barcode?.toLowerCase() === wanted)
    if (item) {
      add(item)
      setCodeMessage({ tone: "success", text: t("code.added", { name: itemName(item) }) })
    } else {
      setCodeMessage({ tone: "danger", text: t("code.notFound", { code: code.trim() }) })
    }
    setCode("")
  }

  const resetSale = () => {
    setLines([])
    setDiscountText("")
    setTenderedText("")
    setBuyer({ name: "", email: "", phone: "" })
    setMethod("cash")
    setFormError(null)
  }

  const finish = async (event: FormEvent) => {
    event.preventDefault()
    const queue = queueRef.current
    if (!queue || !store) return
    if (!venue) return setFormError(t("error.noVenue"))
    if (!lines.length) return setFormError(t("error.cartEmpty"))
    if (discountIssue) return setFormError(t(`discount.${discountIssue}`, { max: formatRupiah(limit) }))
    if (totals.total <= 0) return setFormError(t("error.total"))
    if (method === "cash" && (tendered === null || tendered < totals.total)) return setFormError(t("error.tendered"))
    const soldAt = new Date()
    const built = buildSale(
      { venue_id: venue.id, lines, discount: totals.discount, payment_method: method, tendered: method === "cash" ? tendered : null, buyer },
      newClientId(),
      soldAt
    )
    if (!built.ok) return setFormError(t("error.invalid", { message: built.issues.map((i) => i.message).join("; ") }))
    const summary: SaleSummary = {
      venue_name: venue.name,
      lines: lines.map((l) => ({ title: l.title, variant_title: l.variant_title, quantity: l.quantity, unit_price: l.unit_price, subtotal: lineTotal(l) })),
      subtotal: totals.subtotal,
      discount: totals.discount,
      total: totals.total,
      payment_method: method,
      tendered: method === "cash" ? tendered : null,
      change: method === "cash" ? change : null,
      sold_at: soldAt.toISOString(),
      buyer: built.sale.buyer ?? null,
    }
    setSaving(true)
    try {
      await queue.enqueue(built.sale, summary)
    } catch (error) {
      setSaving(false)
      return setFormError(t("error.save", { message: error instanceof Error ? error.message : String(error) }))
    }
    const nextRecent = [...new Set([...lines.map((l) => l.variant_id).reverse(), ...recent])].slice(0, RECENT_KEPT)
    setRecent(nextRecent)
    void store.set("recent", nextRecent)
    setLastSale({ client_id: built.sale.client_id, summary })
    resetSale()
    setSaving(false)
    void queue.syncAll()
  }

  const discard = async (clientId: string) => {
    if (!window.confirm(t("queue.discardConfirm"))) return
    await queueRef.current?.discard(clientId)
  }

  const waiting = queued.filter((q) => q.state !== "rejected")
  const needsLogin = queued.some((q) => q.state === "auth")
  const rejected = queued.filter((q) => q.state === "rejected")
  const today = sent.filter((s) => sameDay(new Date(s.summary.sold_at), new Date()))
  const todayTotal = today.reduce((sum, s) => sum + s.summary.total, 0)

  const lastSent = lastSale ? sent.find((s) => s.client_id === lastSale.client_id) : undefined
  const lastQueued = lastSale ? queued.find((q) => q.client_id === lastSale.client_id) : undefined

  const receiptActions = (s: SentSale) => {
    const url = storefrontReceiptUrl(storefrontUrl, s.direct_sale.receipt_path)
    return (
      <div className="till-actions" data-testid="receipt-actions">
        <a className="button button--secondary" href={receiptPdfPath(s.direct_sale.id, "thermal")} data-testid="receipt-thermal">
          {t("receipt.thermal")}
        </a>
        <a className="button button--secondary" href={receiptPdfPath(s.direct_sale.id, "a4")} data-testid="receipt-a4">
          {t("receipt.a4")}
        </a>
        <a
          className="button button--secondary"
          href={whatsappLink(s.summary.buyer?.phone, t("receipt.whatsappMessage", { url }))}
          target="_blank"
          rel="noopener noreferrer"
          data-testid="receipt-whatsapp"
        >
          {t("receipt.whatsapp")}
        </a>
      </div>
    )
  }

  const warningChip = (s: SentSale) =>
    s.direct_sale.stock_warnings.length ? (
      <span data-testid="stock-warning">
        <Badge tone="warning">{t("warning.chip", { count: s.direct_sale.stock_warnings.length })}</Badge>
      </span>
    ) : null

  return (
    <div className="till">
      <div className="till-bar">
        <div className="field till-venue">
          <label className="field__label" htmlFor="till-venue">
            {t("venue.label")}
          </label>
          <select
            id="till-venue"
            className="field__input"
            value={venueId}
            onChange={(e) => {
              venuePicked.current = true
              setVenueId(e.target.value)
            }}
            data-testid="venue-select"
            data-ready={store ? "true" : "false"}
          >
            {venues.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
          </select>
          {maxDiscountBp > 0 ? <p className="field__hint">{t("venue.discount", { percent: maxDiscountBp / 100 })}</p> : null}
        </div>
        <div className="till-status" aria-live="polite">
          <Badge tone={online ? "success" : "warning"}>{online ? t("status.online") : t("status.offline")}</Badge>
          <span data-testid="queue-badge" data-count={waiting.length}>
            <Badge tone={waiting.length ? "warning" : "success"}>
              {waiting.length ? t("queue.badge", { count: waiting.length }) : t("queue.clear")}
            </Badge>
          </span>
          {sending ? <span className="muted">{t("queue.sending")}</span> : null}
        </div>
      </div>

      {!persistent ? <Notice tone="warning">{t("storage.memory")}</Notice> : null}
      {needsLogin ? (
        <Notice tone="warning" testId="login-again">
          {t("queue.auth")} <a href="/masuk?next=/penjualan">{t("queue.authLink")}</a>
        </Notice>
      ) : null}
      {rejected.map((entry) => (
        <Notice key={entry.client_id} tone="danger" title={t("queue.rejected")} testId="sale-rejected">
          <p>
            {dateTimeText(entry.summary.sold_at, timeZone, locale)} · {entry.summary.venue_name} · {formatRupiah(entry.summary.total)}
          </p>
          <p>{entry.message}</p>
          <p className="muted">{t("queue.rejectedHint")}</p>
          <Button variant="danger" onClick={() => void discard(entry.client_id)}>
            {t("queue.discard")}
          </Button>
        </Notice>
      ))}

      {lastSale ? (
        <section className="till-result card" data-testid="sale-result" aria-live="polite">
          {lastSent ? (
            <>
              <h2>{t("result.sent")}</h2>
              <p>
                {lastSent.direct_sale.display_id ? `${t("result.number", { number: lastSent.direct_sale.display_id })} · ` : null}
                <strong>{formatRupiah(lastSent.summary.total)}</strong>
                {lastSent.summary.change !== null ? ` · ${t("result.change", { amount: formatRupiah(lastSent.summary.change) })}` : null}
              </p>
              {warningChip(lastSent)}
              {receiptActions(lastSent)}
            </>
          ) : lastQueued?.state === "rejected" ? (
            <h2>{t("result.rejected")}</h2>
          ) : (
            <>
              <h2 data-testid="sale-queued">{sending ? t("result.sending") : t("result.queued")}</h2>
              <p>
                <strong>{formatRupiah(lastSale.summary.total)}</strong>
                {lastSale.summary.change !== null ? ` · ${t("result.change", { amount: formatRupiah(lastSale.summary.change) })}` : null}
              </p>
              <p className="muted">{t("result.queuedBody")}</p>
              <ProvisionalReceipt clientId={lastSale.client_id} summary={lastSale.summary} timeZone={timeZone} />
              <div className="till-actions">
                <Button variant="secondary" onClick={() => printReceipt()}>
                  {t("receipt.print")}
                </Button>
              </div>
            </>
          )}
          <div className="till-actions">
            <Button variant="ghost" onClick={() => setLastSale(null)}>
              {t("result.new")}
            </Button>
          </div>
        </section>
      ) : null}

      <div className="till-grid">
        <section className="till-products" aria-labelledby="till-products-title">
          <h2 id="till-products-title" className="visually-hidden">
            {t("results.title")}
          </h2>
          <div className="till-find">
            <div className="field">
              <label className="field__label" htmlFor="till-code">
                {t("code.label")}
              </label>
              <input
                id="till-code"
                className="field__input"
                value={code}
                onChange={(e) => setCode(e.target.value)}
                onKeyDown={onCode}
                autoComplete="off"
                autoCapitalize="characters"
                enterKeyHint="enter"
                aria-describedby="till-code-hint"
                data-testid="code-input"
              />
              <p id="till-code-hint" className="field__hint">
                {t("code.hint")}
              </p>
              {codeMessage ? (
                <p className={codeMessage.tone === "danger" ? "field__error" : "field__hint"} role="status">
                  {codeMessage.text}
                </p>
              ) : null}
            </div>
            <Field
              label={t("search.label")}
              name="search"
              id="till-search"
              type="search"
              value={search}
              placeholder={t("search.placeholder")}
              onChange={(e) => setSearch(e.target.value)}
              autoComplete="off"
            />
          </div>

          {catalogLoading && !catalog ? <p className="muted">{t("catalog.loading")}</p> : null}
          {catalogError && catalog ? (
            <p className="muted" data-testid="catalog-cached">
              {t("catalog.cached", { time: dateTimeText(catalog.loaded_at, timeZone, locale) })}
            </p>
          ) : null}
          {catalogError && !catalog ? (
            <Notice tone="warning" testId="catalog-error">
              {catalogError.status === 0 ? t("catalog.none") : t("catalog.failed", { message: catalogError.message })}
            </Notice>
          ) : null}

          {recentItems.length && !search ? (
            <div className="till-recent">
              <h3 className="till-subtitle">{t("recent.title")}</h3>
              <div className="till-chips">
                {recentItems.map((item) => (
                  <button key={item.variant_id} type="button" className="till-chip" onClick={() => add(item)} aria-label={t("item.add", { name: itemName(item) })}>
                    {itemName(item)}
                  </button>
                ))}
              </div>
            </div>
          ) : null}

          {catalog ? (
            matches.length ? (
              <ul className="till-items" data-testid="till-items">
                {matches.slice(0, RESULTS_SHOWN).map((item) => (
                  <li key={item.variant_id}>
                    <button
                      type="button"
                      className="till-item"
                      onClick={() => add(item)}
                      aria-label={t("item.add", { name: itemName(item) })}
                      data-testid="till-item"
                      data-variant={item.variant_id}
                    >
                      {item.thumbnail ? <img src={item.thumbnail} alt="" className="till-item__thumb" loading="lazy" /> : <span className="till-item__thumb" />}
                      <span className="till-item__text">
                        <span className="till-item__title">{itemName(item)}</span>
                        <span className="till-item__meta">
                          <strong>{formatRupiah(item.unit_price)}</strong>
                          {item.is_service ? ` · ${t("item.service")}` : item.available !== null ? ` · ${t("item.stock", { count: item.available })}` : null}
                        </span>
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t("results.empty")}</p>
            )
          ) : null}
          {matches.length > RESULTS_SHOWN ? <p className="muted">{t("results.more", { count: matches.length - RESULTS_SHOWN })}</p> : null}
        </section>

        <form className="till-sale" onSubmit={finish} noValidate data-testid="till-form">
          <section className="card till-cart" aria-labelledby="till-cart-title">
            <h2 id="till-cart-title" className="till-subtitle">
              {t("cart.title")}
            </h2>
            {lines.length ? (
              <ul className="till-lines" data-testid="cart-lines">
                {lines.map((line) => {
                  const name = itemName(line)
                  const short = line.available !== null && line.quantity > line.available
                  return (
                    <li key={line.variant_id} className="till-line" data-testid="cart-line">
                      <div className="till-line__text">
                        <span className="till-line__title">{name}</span>
                        <span className="muted">
                          {formatRupiah(line.unit_price)} × {line.quantity} = <strong>{formatRupiah(lineTotal(line))}</strong>
                        </span>
                        {short ? <span className="till-line__short">{t("cart.short", { count: line.available ?? 0 })}</span> : null}
                      </div>
                      <div className="till-qty">
                        <button type="button" className="till-qty__button" aria-label={t("cart.decrease", { name })} onClick={() => setLines((c) => setQuantity(c, line.variant_id, line.quantity - 1))}>
                          −
                        </button>
                        <span className="till-qty__value" aria-label={t("cart.quantity", { name })}>
                          {line.quantity}
                        </span>
                        <button type="button" className="till-qty__button" aria-label={t("cart.increase", { name })} onClick={() => setLines((c) => setQuantity(c, line.variant_id, line.quantity + 1))}>
                          +
                        </button>
                        <button type="button" className="button button--ghost" aria-label={t("cart.removeLabel", { name })} onClick={() => setLines((c) => removeLine(c, line.variant_id))}>
                          {t("cart.remove")}
                        </button>
                      </div>
                    </li>
                  )
                })}
              </ul>
            ) : (
              <p className="muted">{t("cart.empty")}</p>
            )}

            <dl className="till-sums">
              <div>
                <dt>{t("cart.subtotal")}</dt>
                <dd>{formatRupiah(totals.subtotal)}</dd>
              </div>
              {maxDiscountBp > 0 ? (
                <div className="till-sums__discount">
                  <dt>
                    <label htmlFor="till-discount">{t("cart.discount")}</label>
                  </dt>
                  <dd>
                    <input
                      id="till-discount"
                      className="field__input till-amount"
                      inputMode="numeric"
                      value={discountText}
                      onChange={(e) => setDiscountText(e.target.value)}
                      aria-invalid={discountIssue ? true : undefined}
                      aria-describedby="till-discount-hint"
                    />
                    <p id="till-discount-hint" className={discountIssue ? "field__error" : "field__hint"}>
                      {discountIssue ? t(`discount.${discountIssue}`, { max: formatRupiah(limit) }) : t("cart.discountHint", { max: formatRupiah(limit) })}
                    </p>
                  </dd>
                </div>
              ) : null}
              <div className="till-sums__total">
                <dt>{t("cart.total")}</dt>
                <dd data-testid="cart-total">{formatRupiah(totals.total)}</dd>
              </div>
            </dl>
          </section>

          <fieldset className="card till-pay">
            <legend className="till-subtitle">{t("pay.legend")}</legend>
            <div className="till-methods" role="radiogroup" aria-label={t("pay.legend")}>
              {DIRECT_PAYMENT_METHODS.map((m) => (
                <label key={m} className={`till-method${method === m ? " till-method--current" : ""}`}>
                  <input type="radio" name="payment_method" value={m} checked={method === m} onChange={() => setMethod(m)} />
                  {label(m)}
                </label>
              ))}
            </div>
            {method === "cash" ? (
              <div className="till-cash">
                <div className="field">
                  <label className="field__label" htmlFor="till-tendered">
                    {t("pay.tendered")}
                  </label>
                  <input
                    id="till-tendered"
                    className="field__input till-amount"
                    inputMode="numeric"
                    value={tenderedText}
                    onChange={(e) => setTenderedText(e.target.value)}
                    data-testid="tendered-input"
                  />
                </div>
                {totals.total > 0 ? (
                  <div className="till-chips" role="group" aria-label={t("pay.quick")}>
                    {quickAmounts(totals.total).map((amount) => (
                      <button key={amount} type="button" className="till-chip" onClick={() => setTenderedText(String(amount))}>
                        {formatRupiah(amount)}
                      </button>
                    ))}
                  </div>
                ) : null}
                <p className="till-change" data-testid="change">
                  {change !== null ? (
                    <>
                      {t("pay.change")}: <strong>{formatRupiah(change)}</strong>
                    </>
                  ) : tendered !== null && tendered < totals.total ? (
                    <span className="field__error">{t("pay.short", { amount: formatRupiah(totals.total - tendered) })}</span>
                  ) : null}
                </p>
              </div>
            ) : null}
            {method === "qris" ? (
              catalog?.catalog.qris_image_url ? (
                <div className="till-qris">
                  <img src={catalog.catalog.qris_image_url} alt={t("pay.qrisAlt")} data-testid="qris-image" />
                  <p className="field__hint">{t("pay.qrisHint")}</p>
                </div>
              ) : (
                <Notice tone="warning" testId="qris-missing">
                  {t("pay.qrisMissing")} <a href="/penjualan/acara">{t("pay.qrisUpload")}</a>
                </Notice>
              )
            ) : null}
            {method === "transfer" ? <p className="field__hint">{t("pay.transferHint")}</p> : null}
            {method === "card" ? <p className="field__hint">{t("pay.cardHint")}</p> : null}
          </fieldset>

          <details className="card till-buyer">
            <summary>{t("buyer.title")}</summary>
            <Field
              label={t("buyer.name")}
              name="buyer_name"
              id="till-buyer-name"
              value={buyer.name}
              maxLength={120}
              onChange={(e) => setBuyer({ ...buyer, name: e.target.value })}
              autoComplete="off"
            />
            <Field
              label={t("buyer.email")}
              name="buyer_email"
              id="till-buyer-email"
              type="email"
              value={buyer.email}
              maxLength={200}
              onChange={(e) => setBuyer({ ...buyer, email: e.target.value })}
              autoComplete="off"
            />
            <Field
              label={t("buyer.phone")}
              name="buyer_phone"
              id="till-buyer-phone"
              type="tel"
              inputMode="tel"
              value={buyer.phone}
              onChange={(e) => setBuyer({ ...buyer, phone: e.target.value })}
              hint={t("buyer.phoneHint")}
              autoComplete="off"
            />
          </details>

          {formError ? (
            <Notice tone="danger" testId="form-error">
              {formError}
            </Notice>
          ) : null}
          <button type="submit" className="button button--primary button--block till-finish" disabled={saving || !lines.length} data-testid="finish-sale">
            {saving ? t("finish.working") : t("finish")}
          </button>
        </form>
      </div>

      {lines.length ? (
        <a className="till-jump" href="#till-cart-title" data-testid="cart-jump">
          <span>{t("cart.jump", { count: lines.reduce((n, l) => n + l.quantity, 0) })}</span>
          <strong>{formatRupiah(totals.total)}</strong>
        </a>
      ) : null}

      {waiting.length ? (
        <section className="card till-queue" aria-labelledby="till-queue-title" data-testid="queue-list">
          <h2 id="till-queue-title" className="till-subtitle">
            {t("queue.title")}
          </h2>
          <ul className="till-list">
            {waiting.map((entry) => (
              <li key={entry.client_id}>
                <span>
                  {timeText(entry.summary.sold_at, timeZone, locale)} · {entry.summary.venue_name} · <strong>{formatRupiah(entry.summary.total)}</strong>
                </span>
                <span className="muted">
                  {entry.state === "auth" ? t("queue.authState") : t("queue.waiting")}
                  {entry.attempts ? ` · ${t("queue.attempts", { count: entry.attempts })}` : null}
                </span>
              </li>
            ))}
          </ul>
          <Button variant="secondary" onClick={() => void queueRef.current?.syncAll()} disabled={sending}>
            {t("queue.sendNow")}
          </Button>
        </section>
      ) : null}

      <section className="card till-today" aria-labelledby="till-today-title" data-testid="today-sales">
        <h2 id="till-today-title" className="till-subtitle">
          {t("today.title")}
        </h2>
        {today.length ? (
          <>
            <p className="muted">{t("today.summary", { count: today.length, total: formatRupiah(todayTotal) })}</p>
            <ul className="till-list">
              {today.map((s) => (
                <li key={s.client_id} data-testid="today-sale" data-client-id={s.client_id}>
                  <span>
                    {timeText(s.summary.sold_at, timeZone, locale)} · {s.summary.venue_name} · {label(s.summary.payment_method)} ·{" "}
                    <strong>{formatRupiah(s.summary.total)}</strong>
                    {s.direct_sale.display_id ? ` · #${s.direct_sale.display_id}` : null}
                    {s.replayed ? <span className="muted"> · {t("today.replayed")}</span> : null}
                  </span>
                  {warningChip(s)}
                  {receiptActions(s)}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="muted">{t("today.empty")}</p>
        )}
      </section>
    </div>
  )
}

/** Prints only the on-screen receipt (the page's print styles hide the rest while the class is set). */
function printReceipt() {
  document.documentElement.classList.add("till-printing")
  const done = () => {
    document.documentElement.classList.remove("till-printing")
    window.removeEventListener("afterprint", done)
  }
  window.addEventListener("afterprint", done)
  window.print()
}

/** A receipt for a sale the server has not seen yet: what was sold, the total and the device's sale id. */
function ProvisionalReceipt({ clientId, summary, timeZone }: { clientId: string; summary: SaleSummary; timeZone: LapasTimeZone }) {
  const t = useT(directSalesMessages)
  const locale = useLocale()
  const method = DIRECT_PAYMENT_METHOD_LABELS[summary.payment_method][locale === "en" ? "en" : "id"]
  return (
    <div className="till-receipt" data-testid="provisional-receipt">
      <p className="till-receipt__title">{t("receipt.title")}</p>
      <p>{summary.venue_name}</p>
      <p>{dateTimeText(summary.sold_at, timeZone, locale)}</p>
      <table>
        <tbody>
          {summary.lines.map((line, index) => (
            <tr key={index}>
              <td>
                {itemName(line)}
                <br />
                {line.quantity} × {formatRupiah(line.unit_price)}
              </td>
              <td className="till-receipt__amount">{formatRupiah(line.subtotal)}</td>
            </tr>
          ))}
          {summary.discount > 0 ? (
            <tr>
              <td>{t("cart.discount")}</td>
              <td className="till-receipt__amount">−{formatRupiah(summary.discount)}</td>
            </tr>
          ) : null}
          <tr className="till-receipt__total">
            <td>{t("cart.total")}</td>
            <td className="till-receipt__amount">{formatRupiah(summary.total)}</td>
          </tr>
          <tr>
            <td>{method}</td>
            <td className="till-receipt__amount">{summary.tendered !== null ? formatRupiah(summary.tendered) : ""}</td>
          </tr>
          {summary.change !== null ? (
            <tr>
              <td>{t("pay.change")}</td>
              <td className="till-receipt__amount">{formatRupiah(summary.change)}</td>
            </tr>
          ) : null}
        </tbody>
      </table>
      <p className="till-receipt__small">{t("receipt.pending")}</p>
      <p className="till-receipt__small">{t("receipt.deviceId", { id: clientId.slice(0, 8) })}</p>
    </div>
  )
}
