import { checkCalendars } from "./calendar"
import type { CentreCalendars, ReturnCause, ReturnedLineFact, ShipmentFact } from "./facts"
import { deliverByOf, deliveredOnTime, shipByOf, shippedOnTime } from "./on-time"
import { returnCausesByOrder } from "./returns-by-order"
import { OrderRows, ordersOf, Rate, shareOf } from "./rows"

/** Orders whose every live part (not superseded) is delivered: a canceled part keeps an order out. */
export const deliveredOrders = (facts: readonly ShipmentFact[]): OrderRows[] =>
  ordersOf(facts).filter((order) => order.live.length > 0 && order.live.every((f) => f.stage === "delivered"))

const NO_RETURNS: ReadonlySet<ReturnCause> = new Set()

const isAccurate = (causes: ReadonlySet<ReturnCause>) => !causes.has("wrong_item")

export interface PerfectOrders {
  /** Perfect orders of the delivered orders. */
  perfect: Rate
  in_full: Rate
  on_time: Rate
  damage_free: Rate
  accurate: Rate
  /** in_full × on_time × damage_free × accurate rates; null when no order is delivered. */
  werc_index: number | null
}

/**
 * Perfect order rate (SCOR RL.1.1) and the WERC perfect order index, over the orders whose every
 * live part is delivered (wholly or partly canceled orders and orders still on their way are
 * not counted). An order is perfect when it is all four of:
 * - in full: no live part still carries back-ordered units (units a short pick lost and no
 *   centre could supply show up as back-ordered units; a short pick whose units were routed
 *   again and delivered leaves the order in full);
 * - on time: every part shipped before its ship-by deadline, every part with promised days was
 *   delivered before its deliver-by deadline, and no units came back as "late_delivery";
 * - damage-free: no units came back as "damaged";
 * - accurate (documentation and picking): no units came back as "wrong_item", the one trace of
 *   a mispick that reached the customer (mispicks caught at packing did not, and do not count).
 * Returns count whenever they arrive, even before delivery (a parcel refused at the door), so an
 * order can stop being perfect when a late return comes in. Perfect-order rate = perfect /
 * delivered orders. The WERC index is the product of the four component rates instead: it
 * treats the failures as independent, so it is below the perfect-order rate when failures
 * cluster on the same orders, above it when they fall on different ones, and never above the
 * lowest component.
 */
export function perfectOrders(facts: readonly ShipmentFact[], returns: readonly ReturnedLineFact[], calendars: CentreCalendars): PerfectOrders {
  checkCalendars(calendars)
  const orders = deliveredOrders(facts)
  const returned = returnCausesByOrder(returns)
  const causes = (order: OrderRows) => returned.get(order.order_id) ?? NO_RETURNS

  const inFull = (order: OrderRows) => order.live.every((f) => f.backordered_units === 0)
  const onTime = (order: OrderRows) =>
    !causes(order).has("late_delivery") &&
    order.live.every((f) => {
      const shipBy = shipByOf(f, calendars)
      const deliverBy = deliverByOf(f, calendars)
      return (!shipBy || shippedOnTime(f, shipBy)) && (!deliverBy || deliveredOnTime(f, deliverBy))
    })
  const damageFree = (order: OrderRows) => !causes(order).has("damaged")
  const accurate = (order: OrderRows) => isAccurate(causes(order))

  const components = {
    in_full: shareOf(orders, inFull),
    on_time: shareOf(orders, onTime),
    damage_free: shareOf(orders, damageFree),
    accurate: shareOf(orders, accurate),
  }
  return {
    perfect: shareOf(orders, (o) => inFull(o) && onTime(o) && damageFree(o) && accurate(o)),
    ...components,
    werc_index: wercIndex(Object.values(components)),
  }
}

/** The product of the component rates; null when no order is delivered (the rates are null then). */
export const wercIndex = (components: readonly Rate[]): number | null =>
  components.some((c) => c.rate === null) ? null : components.reduce((product, c) => product * c.rate!, 1)

/**
 * Order accuracy: of the delivered orders (as `perfectOrders` counts them), the share from which
 * no units came back as "wrong_item". The same figure as `perfectOrders(...).accurate`, without
 * needing calendars.
 */
export function orderAccuracy(facts: readonly ShipmentFact[], returns: readonly ReturnedLineFact[]): Rate {
  const returned = returnCausesByOrder(returns)
  return shareOf(deliveredOrders(facts), (order) => isAccurate(returned.get(order.order_id) ?? NO_RETURNS))
}
