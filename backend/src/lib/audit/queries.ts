/**
 * The audit's SQL: set-based reads over Medusa's tables and ours, one statement per fact, each
 * restricted to the audited orders by the `scoped` CTE. Amounts come back as text (whole rupiah:
 * Medusa's computed amounts rounded half away from zero by PostgreSQL's round), read with BigInt.
 */

export interface Scope {
  orderIds: string[] | null
  since: string | null
}

/**
 * The audited orders (not drafts, not deleted): all, the ones named, or those created since.
 * Ids travel as one JSON array, so the statement has the same four bindings whatever their count.
 */
export function scopedCte(scope: Scope): { sql: string; bindings: unknown[] } {
  return {
    sql: `scoped AS (
      SELECT o.id, o.version, o.status, o.email, o.no_notification, o.metadata, o.created_at
        FROM "order" o
       WHERE o.deleted_at IS NULL AND o.is_draft_order = false
         AND (?::jsonb IS NULL OR o.id IN (SELECT jsonb_array_elements_text(?::jsonb)))
         AND (?::timestamptz IS NULL OR o.created_at >= ?::timestamptz)
    )`,
    bindings: [
      scope.orderIds ? JSON.stringify(scope.orderIds) : null,
      scope.orderIds ? JSON.stringify(scope.orderIds) : null,
      scope.since,
      scope.since,
    ],
  }
}

/** One row per audited order: its state and its money as Medusa holds it. */
export const ORDER_FACTS_SQL = (scoped: string) => `
WITH ${scoped},
captures AS (
  SELECT p.payment_collection_id, sum(c.amount) AS amount
    FROM order_payment_collection opc
    JOIN scoped s ON s.id = opc.order_id
    JOIN payment p ON p.payment_collection_id = opc.payment_collection_id AND p.deleted_at IS NULL
    JOIN capture c ON c.payment_id = p.id AND c.deleted_at IS NULL
   WHERE opc.deleted_at IS NULL
   GROUP BY p.payment_collection_id
),
collections AS MATERIALIZED (
  SELECT opc.order_id, pc.id, pc.status, round(pc.amount) AS amount, round(coalesce(pc.captured_amount, 0)) AS captured_amount,
         round(coalesce(cap.amount, 0)) AS captures
    FROM order_payment_collection opc
    JOIN scoped s ON s.id = opc.order_id
    JOIN payment_collection pc ON pc.id = opc.payment_collection_id AND pc.deleted_at IS NULL
    LEFT JOIN captures cap ON cap.payment_collection_id = pc.id
   WHERE opc.deleted_at IS NULL
),
money AS (
  SELECT order_id,
         count(*) FILTER (WHERE status <> 'canceled') AS live,
         coalesce(bool_and(captured_amount >= amount) FILTER (WHERE status <> 'canceled'), false) AS live_full,
         coalesce(sum(captured_amount) FILTER (WHERE status <> 'canceled'), 0) AS live_captured,
         sum(captures) AS captured_total,
         coalesce(bool_and(captures >= amount) FILTER (WHERE captures > 0), false) AS ever_full
    FROM collections GROUP BY order_id
),
refunds AS (
  SELECT opc.order_id, round(coalesce(sum(r.amount), 0)) AS refunded, count(*) AS n
    FROM order_payment_collection opc
    JOIN scoped s ON s.id = opc.order_id
    JOIN payment p ON p.payment_collection_id = opc.payment_collection_id AND p.deleted_at IS NULL
    JOIN refund r ON r.payment_id = p.id AND r.deleted_at IS NULL
   WHERE opc.deleted_at IS NULL
   GROUP BY opc.order_id
)
SELECT s.id, s.status, s.email, coalesce(s.no_notification, false) AS no_notification,
       CASE WHEN jsonb_typeof(s.metadata -> 'canceled_parts') = 'array' THEN jsonb_array_length(s.metadata -> 'canceled_parts') ELSE 0 END AS canceled_parts,
       EXISTS (SELECT 1 FROM order_cart oc WHERE oc.order_id = s.id AND oc.deleted_at IS NULL) AS from_cart,
       coalesce(m.live, 0)::int AS live_collections,
       coalesce(m.live_full, false) AS live_full,
       coalesce(m.live_captured, 0)::text AS live_captured,
       coalesce(m.captured_total, 0)::text AS captured_total,
       coalesce(m.ever_full, false) AS ever_full,
       coalesce(r.refunded, 0)::text AS refunded_total,
       coalesce(r.n, 0)::int AS refunds
  FROM scoped s
  LEFT JOIN money m ON m.order_id = s.id
  LEFT JOIN refunds r ON r.order_id = s.id`

/** The live transfer confirmations of the audited orders, per order and lapas. */
export const CONFIRMATIONS_SQL = (scoped: string) => `
WITH ${scoped}
SELECT tc.order_id, tc.lapas_id, round(sum(tc.amount))::text AS amount
  FROM transfer_confirmation tc JOIN scoped s ON s.id = tc.order_id
 WHERE tc.deleted_at IS NULL
 GROUP BY tc.order_id, tc.lapas_id`

/**
 * One row per line item the audited orders ever held (every version): its quantity now (0 when
 * an order edit took it out, e.g. a canceled part), the quantities it had, its price and
 * discounts, its lapas (the cost snapshot's, else the product's) and its snapshotted HPP.
 */
export const LINE_FACTS_SQL = (scoped: string) => `
WITH ${scoped},
lines AS (
  SELECT oi.order_id, oi.item_id,
         coalesce(max(oi.quantity) FILTER (WHERE oi.version = s.version), 0) AS current_quantity,
         array_agg(DISTINCT oi.quantity::text) AS quantities
    FROM order_item oi JOIN scoped s ON s.id = oi.order_id
   WHERE oi.deleted_at IS NULL
   GROUP BY oi.order_id, oi.item_id
),
costs AS (
  SELECT DISTINCT ON (c.line_item_id) c.line_item_id, c.lapas_id, c.unit_cost
    FROM production_order_line_cost c JOIN scoped s ON s.id = c.order_id
   WHERE c.deleted_at IS NULL
   ORDER BY c.line_item_id, c.created_at
),
discounts AS (
  SELECT a.item_id, sum(a.amount) AS amount
    FROM order_line_item_adjustment a JOIN lines l ON l.item_id = a.item_id
   WHERE a.deleted_at IS NULL
   GROUP BY a.item_id
)
SELECT l.order_id, l.item_id AS line_item_id, l.current_quantity::text AS current_quantity, l.quantities,
       li.unit_price::text AS unit_price, coalesce(li.is_tax_inclusive, false) AS tax_inclusive,
       coalesce(d.amount, 0)::text AS discount,
       coalesce(c.lapas_id, lp.lapas_id) AS lapas_id,
       c.unit_cost::text AS unit_cost
  FROM lines l
  JOIN order_line_item li ON li.id = l.item_id
  LEFT JOIN costs c ON c.line_item_id = l.item_id
  LEFT JOIN discounts d ON d.item_id = l.item_id
  LEFT JOIN LATERAL (
    SELECT lapas_id FROM lapas_lapas_product_product
     WHERE product_id = li.product_id AND deleted_at IS NULL ORDER BY created_at LIMIT 1
  ) lp ON true`

/** Every sale entry of the audited orders (three per booked line when all is well). */
export const SALE_ENTRIES_SQL = (scoped: string) => `
WITH ${scoped}
SELECT e.id, e.order_id, e.line_item_id, e.lapas_id, e.account, e.amount::text AS amount, e.idempotency_key,
       e.quantity, e.revenue::text AS revenue, e.paid::text AS paid, e.unit_cost::text AS unit_cost,
       e.capital_bp, e.premi_bp, e.pnbp_bp
  FROM share_ledger_entry e JOIN scoped s ON s.id = e.order_id
 WHERE e.kind = 'sale'
 ORDER BY e.order_id, e.line_item_id, e.account, e.created_at, e.id`

/**
 * The refund and correction entries of the audited orders, summed per line, event and account
 * (a refund's figures are repeated on each account's row). A correction's last HPP comes with it.
 */
export const REVERSAL_ENTRIES_SQL = (scoped: string) => `
WITH ${scoped}
SELECT e.order_id, e.line_item_id, e.kind, e.reference_id, e.account,
       count(*)::int AS n, sum(e.amount)::text AS amount, sum(e.paid)::text AS paid, sum(e.revenue)::text AS revenue,
       (array_agg(e.unit_cost::text ORDER BY e.created_at DESC, e.id DESC))[1] AS unit_cost,
       max(e.created_at) AS created_at
  FROM share_ledger_entry e JOIN scoped s ON s.id = e.order_id
 WHERE e.kind <> 'sale'
 GROUP BY e.order_id, e.line_item_id, e.kind, e.reference_id, e.account`

/** Every Medusa refund of the audited orders. */
export const REFUNDS_SQL = (scoped: string) => `
WITH ${scoped}
SELECT r.id, opc.order_id, round(r.amount)::text AS amount, r.created_at
  FROM order_payment_collection opc
  JOIN scoped s ON s.id = opc.order_id
  JOIN payment p ON p.payment_collection_id = opc.payment_collection_id AND p.deleted_at IS NULL
  JOIN refund r ON r.payment_id = p.id AND r.deleted_at IS NULL
 WHERE opc.deleted_at IS NULL`

/**
 * Per line with premi booked or allocated or with makers: the net premi booked, the sum allocated,
 * allocations that name no premi entry of their line, and whether the line has makers (a batch its
 * units came from with inmates who worked on it).
 */
export const PREMI_SQL = (scoped: string) => `
WITH ${scoped},
booked AS (
  SELECT e.order_id, e.line_item_id, sum(e.amount) AS premi
    FROM share_ledger_entry e JOIN scoped s ON s.id = e.order_id
   WHERE e.account = 'premi'
   GROUP BY e.order_id, e.line_item_id
),
allocated AS (
  SELECT a.order_id, a.line_item_id, sum(a.amount) AS amount, count(*) AS n,
         count(*) FILTER (WHERE e.id IS NULL OR e.account <> 'premi' OR e.line_item_id <> a.line_item_id) AS orphans
    FROM premi_allocation a JOIN scoped s ON s.id = a.order_id
    LEFT JOIN share_ledger_entry e ON e.id = a.ledger_entry_id
   WHERE a.deleted_at IS NULL
   GROUP BY a.order_id, a.line_item_id
),
makers AS (
  SELECT DISTINCT lb.order_id, lb.line_item_id
    FROM production_line_batch lb JOIN scoped s ON s.id = lb.order_id
    JOIN production_batch_maker bm ON bm.batch_id = lb.batch_id AND bm.deleted_at IS NULL AND bm.work_units > 0
   WHERE lb.deleted_at IS NULL AND lb.quantity > 0
)
SELECT coalesce(b.order_id, a.order_id, m.order_id) AS order_id,
       coalesce(b.line_item_id, a.line_item_id, m.line_item_id) AS line_item_id,
       coalesce(b.premi, 0)::text AS booked, coalesce(a.amount, 0)::text AS allocated,
       coalesce(a.n, 0)::int AS allocations, coalesce(a.orphans, 0)::int AS orphans,
       m.line_item_id IS NOT NULL AS has_makers
  FROM booked b
  FULL JOIN allocated a ON a.line_item_id = b.line_item_id
  FULL JOIN makers m ON m.line_item_id = coalesce(b.line_item_id, a.line_item_id)`

/**
 * Inventory levels whose reserved quantity is not the sum of their live reservations, whose stock
 * is below 0, or that reserve more than they stock (without a backorder reservation); and live
 * reservations at a location with no level.
 */
export const STOCK_LEVELS_SQL = `
WITH live AS (
  SELECT inventory_item_id, location_id, sum(quantity) AS reserved, bool_or(coalesce(allow_backorder, false)) AS backorder, count(*) AS n
    FROM reservation_item WHERE deleted_at IS NULL
   GROUP BY inventory_item_id, location_id
)
SELECT il.id, coalesce(il.inventory_item_id, r.inventory_item_id) AS inventory_item_id,
       coalesce(il.location_id, r.location_id) AS location_id,
       il.stocked_quantity::text AS stocked, il.reserved_quantity::text AS reserved,
       coalesce(r.reserved, 0)::text AS live_reserved, coalesce(r.backorder, false) AS backorder
  FROM (SELECT * FROM inventory_level WHERE deleted_at IS NULL) il
  FULL JOIN live r ON r.inventory_item_id = il.inventory_item_id AND r.location_id = il.location_id
 WHERE il.id IS NULL
    OR il.reserved_quantity <> coalesce(r.reserved, 0)
    OR il.stocked_quantity < 0
    OR (il.reserved_quantity > il.stocked_quantity AND NOT coalesce(r.backorder, false))`

/** Live reservations of the audited orders' lines, with the line's state: canceled order, or the line taken out of the order. */
export const RESERVATIONS_SQL = (scoped: string) => `
WITH ${scoped},
lines AS (
  SELECT oi.order_id, oi.item_id, s.status,
         coalesce(max(oi.quantity) FILTER (WHERE oi.version = s.version), 0) AS current_quantity
    FROM order_item oi JOIN scoped s ON s.id = oi.order_id
   WHERE oi.deleted_at IS NULL
   GROUP BY oi.order_id, oi.item_id, s.status
)
SELECT ri.id, ri.line_item_id, ri.quantity::text AS quantity, l.order_id, l.status, l.current_quantity::text AS current_quantity
  FROM reservation_item ri JOIN lines l ON l.item_id = ri.line_item_id
 WHERE ri.deleted_at IS NULL`

/** The order e-mails sent once per order (key `<template>:<order id>`). */
export const ONCE_PER_ORDER_TEMPLATES = ["order-placed", "payment-confirmed", "order-canceled", "order-shipped"]

/**
 * Notification rows of the audit (all, or those of the audited orders): idempotency keys held by
 * more than one live row, once-per-order e-mails sent more than once, and e-mails not `success`.
 */
export const NOTIFICATIONS_SQL = (scoped: string, all: boolean) => `
WITH ${scoped},
rows AS (
  SELECT n.id, n.channel, n.template, n.status, n.resource_id, n.resource_type, n.idempotency_key, n.created_at
    FROM notification n
   WHERE n.deleted_at IS NULL
     AND (${all ? "true" : "false"} OR n.resource_id IN (SELECT id FROM scoped))
)
SELECT 'key' AS problem, min(idempotency_key) AS key, NULL::text AS template, min(resource_id) AS order_id,
       count(*)::int AS n, string_agg(id, ',' ORDER BY created_at, id) AS ids, NULL::text AS status
  FROM rows WHERE idempotency_key IS NOT NULL GROUP BY idempotency_key HAVING count(*) > 1
UNION ALL
SELECT 'per_order', NULL, template, resource_id, count(*)::int, string_agg(id, ',' ORDER BY created_at, id), NULL
  FROM rows WHERE channel = 'email' AND resource_type = 'order' AND template IN (${ONCE_PER_ORDER_TEMPLATES.map((t) => `'${t}'`).join(", ")})
 GROUP BY template, resource_id HAVING count(*) > 1
UNION ALL
SELECT 'status', idempotency_key, template, resource_id, 1, id, status
  FROM rows WHERE channel = 'email' AND status <> 'success'
UNION ALL
SELECT 'count', NULL, NULL, NULL, count(*)::int, NULL, NULL FROM rows`

/** Orders placed from a cart, with an address and notifications on, that have no order-placed row. */
export const ORDER_PLACED_MISSING_SQL = (scoped: string) => `
WITH ${scoped}
SELECT s.id
  FROM scoped s
 WHERE s.email IS NOT NULL AND s.email <> '' AND NOT coalesce(s.no_notification, false)
   AND EXISTS (SELECT 1 FROM order_cart oc WHERE oc.order_id = s.id AND oc.deleted_at IS NULL)
   AND NOT EXISTS (
     SELECT 1 FROM notification n
      WHERE n.idempotency_key = 'order-placed:' || s.id AND n.deleted_at IS NULL
   )`

/** Live reservations (all, or of the audited orders' lines) and premi allocations of the audited orders. */
export const COUNTS_SQL = (scoped: string, all: boolean) => `
WITH ${scoped}
SELECT
  (SELECT count(*) FROM reservation_item ri
    WHERE ri.deleted_at IS NULL
      AND (${all ? "true" : "false"} OR ri.line_item_id IN (
        SELECT oi.item_id FROM order_item oi JOIN scoped s ON s.id = oi.order_id))
  )::int AS reservations,
  (SELECT count(*) FROM premi_allocation a JOIN scoped s ON s.id = a.order_id WHERE a.deleted_at IS NULL)::int AS premi_allocations`
