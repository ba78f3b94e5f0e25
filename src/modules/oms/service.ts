import { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { OmsPluginOptions, ResolvedOmsOptions, resolveOmsOptions } from "../../lib/oms-options"
import FulfillmentCenter from "./models/fulfillment-center"
import OmsOrder from "./models/oms-order"
import OrderAllocation from "./models/order-allocation"
import OrderEvent from "./models/order-event"
import RoutingDecision from "./models/routing-decision"

type SqlManager = { execute: (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]> }

class OmsModuleService extends MedusaService({
  FulfillmentCenter,
  OmsOrder,
  RoutingDecision,
  OrderAllocation,
  OrderEvent,
}) {
  protected readonly options_: ResolvedOmsOptions

  constructor(container: Record<string, unknown>, options?: OmsPluginOptions) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = resolveOmsOptions(options)
  }

  getOptions(): ResolvedOmsOptions {
    return this.options_
  }

  /**
   * Distinct orders currently allocated to each centre since the given instant (the start of
   * the centre's local day), leaving out one order (the one being re-routed).
   */
  @InjectManager()
  async countOrdersRoutedSince(
    windows: { stock_location_id: string; since: Date }[],
    excludeOrderId: string | null = null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Record<string, number>> {
    const counts: Record<string, number> = {}
    if (!windows.length) {
      return counts
    }
    const manager = sharedContext.manager as unknown as SqlManager
    const clauses = windows.map(() => "(stock_location_id = ? and created_at >= ?)").join(" or ")
    const params = windows.flatMap((w) => [w.stock_location_id, w.since])
    const rows = await manager.execute(
      `select stock_location_id, count(distinct order_id)::int as orders
         from oms_order_allocation
        where deleted_at is null and active = true and order_id <> ? and (${clauses})
        group by stock_location_id`,
      [excludeOrderId ?? "", ...params]
    )
    for (const row of rows) {
      counts[row.stock_location_id as string] = Number(row.orders)
    }
    return counts
  }
}

export default OmsModuleService
