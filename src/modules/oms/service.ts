import { MedusaService } from "@medusajs/framework/utils"
import { OmsPluginOptions, ResolvedOmsOptions, resolveOmsOptions } from "../../lib/oms-options"
import FulfillmentCenter from "./models/fulfillment-center"
import OmsOrder from "./models/oms-order"
import OrderAllocation from "./models/order-allocation"
import OrderEvent from "./models/order-event"
import RoutingDecision from "./models/routing-decision"

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
}

export default OmsModuleService
