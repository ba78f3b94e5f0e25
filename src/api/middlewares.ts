import { defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { MoveBinStockBody } from "./admin/oms/bins/validators"
import { CreateCartonBody, RecommendCartonBody } from "./admin/oms/cartons/validators"
import { UpsertCenterBody } from "./admin/oms/centers/validators"
import { HealthReportQuery } from "./admin/oms/health/validators"
import { UpsertLayoutBody } from "./admin/oms/layouts/validators"
import {
  CompletePackSessionBody,
  OpenPackSessionBody,
  ScanBody,
  ShipPackSessionBody,
} from "./admin/oms/pack-sessions/validators"
import { RerouteOrderBody } from "./admin/oms/orders/validators"
import { SimulateRoutingBody } from "./admin/oms/routing/simulate/validators"
import { CreateWaveBody, ListWavesQuery, RecordPickBody, ShortPickBody } from "./admin/oms/waves/validators"
import { serializeCheckoutPerItem } from "./store/carts/serialize-checkout"
import { omsErrorHandler } from "./error-handler"
import { rejectUnsafeInput } from "./input-guard"

export default defineMiddlewares({
  errorHandler: omsErrorHandler,
  routes: [
    // No methods: Medusa registers these first, before every validator and route below.
    { matcher: "/admin/oms", middlewares: [rejectUnsafeInput] },
    { matcher: "/store/carts/:id/complete", middlewares: [rejectUnsafeInput] },
    {
      matcher: "/admin/oms/health",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(HealthReportQuery, {})],
    },
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
    {
      matcher: "/admin/oms/centers/:stock_location_id/layout",
      methods: ["PUT"],
      middlewares: [validateAndTransformBody(UpsertLayoutBody)],
    },
    {
      matcher: "/admin/oms/centers/:stock_location_id/bin-stock/moves",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(MoveBinStockBody)],
    },
    {
      matcher: "/admin/oms/centers/:stock_location_id/cartons",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(CreateCartonBody)],
    },
    // POST /cartons/:code validates its body in the route: a matcher here would also catch /cartons/recommend.
    {
      matcher: "/admin/oms/centers/:stock_location_id/cartons/recommend",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(RecommendCartonBody)],
    },
    {
      matcher: "/admin/oms/waves",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(CreateWaveBody)],
    },
    {
      matcher: "/admin/oms/waves",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(ListWavesQuery, {})],
    },
    {
      matcher: "/admin/oms/waves/:id/picks",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(RecordPickBody)],
    },
    {
      matcher: "/admin/oms/waves/:id/short-picks",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(ShortPickBody)],
    },
    {
      matcher: "/admin/oms/pack-sessions",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(OpenPackSessionBody)],
    },
    {
      matcher: "/admin/oms/pack-sessions/:id/scans",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(ScanBody)],
    },
    {
      matcher: "/admin/oms/pack-sessions/:id/complete",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(CompletePackSessionBody)],
    },
    {
      matcher: "/admin/oms/pack-sessions/:id/ship",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(ShipPackSessionBody)],
    },
  ],
})
