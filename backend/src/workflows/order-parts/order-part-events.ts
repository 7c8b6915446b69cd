/** Events about one lapas's part of an order, beside Medusa's own order events. */

/**
 * A lapas confirmed its part's bank transfer: `{ order_id, lapas_id, confirmation_id, fully_paid }`;
 * `fully_paid` when every part of the order is confirmed now (the buyer is told then).
 */
export const TRANSFER_CONFIRMED_EVENT = "order-part.transfer-confirmed"

/**
 * A lapas has a pickup part ready at the gate: `{ order_id, lapas_id, fulfillment_id }`.
 * Courier parts announce themselves with Medusa's shipment.created when shipped.
 */
export const READY_FOR_PICKUP_EVENT = "order-part.ready-for-pickup"

/**
 * One lapas's part was canceled on its own (cancel-order-part): `{ order_id, lapas_id }`. Its
 * lines left the order; the buyer is told which part and why (notify-part-canceled). A whole
 * order canceled instead emits Medusa's order.canceled.
 */
export const PART_CANCELED_EVENT = "order-part.canceled"
