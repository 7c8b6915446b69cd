import type { MedusaContainer } from "@medusajs/framework/types"
import { createRawPropertiesFromBigNumber, decorateCartTotals } from "@medusajs/framework/utils"
import { sqlOf } from "../sql"

type Row = Record<string, any>

/**
 * The orders (not drafts) with what their parts are built from (ORDER_PART_FIELDS), in ONE
 * statement instead of query.graph's walk of the order module and its links (about 60 ms of CPU
 * per order through MikroORM, against under 1 ms here). Rows are read as Medusa's order module
 * reads them: the current version's items (order_item over order_line_item), shipping methods and
 * credit lines, the items' tax lines and their version's adjustments, nothing soft-deleted. The
 * totals (`total`, `items.total`, `shipping_methods.total`) are then computed by Medusa's own
 * decorateCartTotals on the same shape its order module passes it (formatOrder), so they are the
 * figures query.graph would give.
 */
const PART_ORDERS_SQL = `
  SELECT o.id, o.display_id, o.created_at, o.updated_at, o.canceled_at, o.status, o.email, o.metadata, o.currency_code,
         (SELECT json_build_object('first_name', a.first_name, 'last_name', a.last_name, 'city', a.city)
            FROM order_address a WHERE a.id = o.shipping_address_id AND a.deleted_at IS NULL) AS shipping_address,
         (SELECT COALESCE(json_agg(json_build_object(
                   'detail', to_jsonb(oi) - 'metadata',
                   'item', to_jsonb(li) - 'product_description' - 'variant_option_values',
                   'tax_lines', (SELECT COALESCE(json_agg(to_jsonb(t) ORDER BY t.id), '[]')
                                   FROM order_line_item_tax_line t WHERE t.item_id = li.id AND t.deleted_at IS NULL),
                   'adjustments', (SELECT COALESCE(json_agg(to_jsonb(ad) ORDER BY ad.id), '[]')
                                     FROM order_line_item_adjustment ad
                                    WHERE ad.item_id = li.id AND ad.version = oi.version AND ad.deleted_at IS NULL)
                 ) ORDER BY li.created_at, li.id), '[]')
            FROM order_item oi
            JOIN order_line_item li ON li.id = oi.item_id AND li.deleted_at IS NULL
           WHERE oi.order_id = o.id AND oi.version = o.version AND oi.deleted_at IS NULL) AS items,
         (SELECT COALESCE(json_agg(json_build_object(
                   'detail', to_jsonb(s),
                   'method', to_jsonb(m),
                   'tax_lines', (SELECT COALESCE(json_agg(to_jsonb(t) ORDER BY t.id), '[]')
                                   FROM order_shipping_method_tax_line t WHERE t.shipping_method_id = m.id AND t.deleted_at IS NULL),
                   'adjustments', (SELECT COALESCE(json_agg(to_jsonb(ad) ORDER BY ad.id), '[]')
                                     FROM order_shipping_method_adjustment ad
                                    WHERE ad.shipping_method_id = m.id AND ad.version = s.version AND ad.deleted_at IS NULL)
                 ) ORDER BY m.created_at, m.id), '[]')
            FROM order_shipping s
            JOIN order_shipping_method m ON m.id = s.shipping_method_id AND m.deleted_at IS NULL
           WHERE s.order_id = o.id AND s.version = o.version AND s.deleted_at IS NULL) AS shipping_methods,
         (SELECT COALESCE(json_agg(to_jsonb(cl) ORDER BY cl.created_at, cl.id), '[]')
            FROM order_credit_line cl
           WHERE cl.order_id = o.id AND cl.version = o.version AND cl.deleted_at IS NULL) AS credit_lines,
         (SELECT COALESCE(json_agg(json_build_object(
                   'status', pc.status,
                   'payments', (SELECT COALESCE(json_agg(json_build_object(
                                         'id', p.id, 'provider_id', p.provider_id, 'amount', p.raw_amount ->> 'value',
                                         'captured_at', p.captured_at, 'canceled_at', p.canceled_at,
                                         'captures', (SELECT COALESCE(json_agg(json_build_object(
                                                               'created_at', c.created_at, 'amount', c.raw_amount ->> 'value') ORDER BY c.created_at, c.id), '[]')
                                                        FROM capture c WHERE c.payment_id = p.id AND c.deleted_at IS NULL),
                                         'refunds', (SELECT COALESCE(json_agg(json_build_object(
                                                              'created_at', r.created_at, 'amount', r.raw_amount ->> 'value') ORDER BY r.created_at, r.id), '[]')
                                                       FROM refund r WHERE r.payment_id = p.id AND r.deleted_at IS NULL)
                                       ) ORDER BY p.created_at, p.id), '[]')
                                  FROM payment p WHERE p.payment_collection_id = pc.id AND p.deleted_at IS NULL)
                 ) ORDER BY pc.created_at, pc.id), '[]')
            FROM order_payment_collection opc
            JOIN payment_collection pc ON pc.id = opc.payment_collection_id AND pc.deleted_at IS NULL
           WHERE opc.order_id = o.id AND opc.deleted_at IS NULL) AS payment_collections,
         (SELECT COALESCE(json_agg(json_build_object(
                   'id', f.id, 'location_id', f.location_id, 'created_at', f.created_at, 'shipped_at', f.shipped_at,
                   'delivered_at', f.delivered_at, 'canceled_at', f.canceled_at, 'metadata', f.metadata,
                   'labels', (SELECT COALESCE(json_agg(json_build_object('tracking_number', l.tracking_number) ORDER BY l.created_at, l.id), '[]')
                                FROM fulfillment_label l WHERE l.fulfillment_id = f.id AND l.deleted_at IS NULL),
                   'items', (SELECT COALESCE(json_agg(json_build_object(
                                       'line_item_id', fi.line_item_id, 'quantity', fi.raw_quantity ->> 'value') ORDER BY fi.created_at, fi.id), '[]')
                               FROM fulfillment_item fi WHERE fi.fulfillment_id = f.id AND fi.deleted_at IS NULL)
                 ) ORDER BY f.created_at, f.id), '[]')
            FROM order_fulfillment ofl
            JOIN fulfillment f ON f.id = ofl.fulfillment_id AND f.deleted_at IS NULL
           WHERE ofl.order_id = o.id AND ofl.deleted_at IS NULL) AS fulfillments
    FROM "order" o
   WHERE o.id = ANY(?) AND o.deleted_at IS NULL AND o.is_draft_order = false`

/** An item as Medusa's formatOrder makes it: the line item, with its version's quantity and price and the rest as `detail`. */
function formattedItem(row: Row) {
  const { detail, item } = row
  return {
    ...item,
    quantity: detail.quantity,
    raw_quantity: detail.raw_quantity,
    unit_price: detail.unit_price ?? item.unit_price,
    raw_unit_price: detail.raw_unit_price ?? item.raw_unit_price,
    compare_at_unit_price: detail.compare_at_unit_price ?? item.compare_at_unit_price,
    raw_compare_at_unit_price: detail.raw_compare_at_unit_price ?? item.raw_compare_at_unit_price,
    tax_lines: row.tax_lines,
    adjustments: row.adjustments,
    detail,
  }
}

/** The orders with their totals, in the order of `orderIds` (orders that don't exist are absent). */
export async function loadPartOrders(scope: MedusaContainer, orderIds: string[]): Promise<Row[]> {
  if (!orderIds.length) return []
  const { rows } = await sqlOf(scope).raw(PART_ORDERS_SQL, [orderIds])
  const byId = new Map<string, Row>()
  for (const row of rows as Row[]) {
    const order = {
      ...row,
      items: (row.items as Row[]).map(formattedItem),
      shipping_methods: (row.shipping_methods as Row[]).map((s) => ({
        ...s.method,
        order_id: row.id,
        tax_lines: s.tax_lines,
        adjustments: s.adjustments,
        detail: s.detail,
      })),
    }
    const decorated = decorateCartTotals(order) as Row
    // BigNumbers to plain values with their raw_* twins, as the order module hands them out.
    createRawPropertiesFromBigNumber(decorated)
    byId.set(row.id, decorated)
  }
  return orderIds.filter((id) => byId.has(id)).map((id) => byId.get(id)!)
}
