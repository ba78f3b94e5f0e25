import { defineMiddlewares, validateAndTransformBody } from "@medusajs/framework/http"
import { UpsertCenterBody } from "./admin/oms/centers/validators"
import { RerouteOrderBody } from "./admin/oms/orders/validators"
import { SimulateRoutingBody } from "./admin/oms/routing/simulate/validators"
import { serializeCheckoutPerItem } from "./store/carts/serialize-checkout"

export default defineMiddlewares({
  routes: [
    {
      matcher: "/store/carts/:id/complete",
      methods: ["POST"],
      middlewares: [serializeCheckoutPerItem],
    },
    {
      matcher: "/admin/oms/centers/:stock_location_id",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(UpsertCenterBody)],
    },
    {
      matcher: "/admin/oms/orders/:order_id/reroute",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(RerouteOrderBody)],
    },
    {
      matcher: "/admin/oms/routing/simulate",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(SimulateRoutingBody)],
    },
  ],
})
