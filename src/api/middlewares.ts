import { authenticate, defineMiddlewares } from "@medusajs/framework/http"
import { ListBinsQuery, MoveBinStockBody } from "./admin/oms/bins/validators"
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
import { FeedbackReportQuery } from "./admin/oms/feedback/validators"
import { GeographyQuery } from "./admin/oms/geography/validators"
import { KpiQuery } from "./admin/oms/kpis/validators"
import { KpiOrdersQuery } from "./admin/oms/kpis/orders/validators"
import { QueuesQuery } from "./admin/oms/queues/validators"
import { RoutingSettingsQuery, UpdateRoutingSettingsBody } from "./admin/oms/settings/routing/validators"
import { QueueOrdersQuery } from "./admin/oms/queues/orders/validators"
import { ProductReturnsQuery } from "./admin/oms/products/[id]/returns/validators"
import { ProductStockQuery } from "./admin/oms/products/[id]/stock/validators"
import { RerouteOrderBody } from "./admin/oms/orders/validators"
import { SeedReturnReasonsBody } from "./admin/oms/return-reasons/validators"
import { ExportReturnLinesBody, ExportReturnLinesQuery, ListReturnLinesQuery, ReturnRatesQuery } from "./admin/oms/returns/validators"
import { SimulateRoutingBody } from "./admin/oms/routing/simulate/validators"
import { RefreshStockHealthBody, StockHealthItemQuery, StockHealthQuery } from "./admin/oms/stock-health/validators"
import { SaveStockSettingBody, StockSettingsQuery } from "./admin/oms/stock-settings/validators"
import { ListStockAlertsQuery } from "./admin/oms/stock-alerts/validators"
import { CreateWaveBody, ListWavesQuery, PreviewWaveQuery, RecordPickBody, ShortPickBody } from "./admin/oms/waves/validators"
import { FeedbackBody } from "./store/oms/validators"
import { AcceptTransferBody, CreateTransferRunBody, DismissTransferBody, ListTransfersQuery } from "./admin/oms/transfers/validators"
import { omsErrorHandler } from "./error-handler"
import { rejectUnsafeInput } from "./input-guard"
import { validatedBody, validatedQuery } from "./validation"

export default defineMiddlewares({
  errorHandler: omsErrorHandler,
  routes: [
    // No methods: Medusa registers these first, before every validator and route below.
    { matcher: "/admin/oms", middlewares: [rejectUnsafeInput] },
    { matcher: "/store/carts/:id/complete", middlewares: [rejectUnsafeInput] },
    { matcher: "/store/oms", middlewares: [rejectUnsafeInput] },
    {
      matcher: "/store/oms/feedback/:token",
      methods: ["POST"],
      middlewares: [validatedBody(FeedbackBody)],
    },
    {
      matcher: "/store/oms/orders/:id/feedback",
      methods: ["POST"],
      middlewares: [authenticate("customer", ["session", "bearer"]), validatedBody(FeedbackBody)],
    },
    // Medusa's own routes the plugin wraps (api/admin/orders)
    { matcher: "/admin/orders/:id/cancel", middlewares: [rejectUnsafeInput] },
    { matcher: "/admin/orders/:id/fulfillments", middlewares: [rejectUnsafeInput] },
    { matcher: "/admin/oms/transfers", methods: ["GET"], middlewares: [validatedQuery(ListTransfersQuery)] },
    { matcher: "/admin/oms/transfers/runs", methods: ["POST"], middlewares: [validatedBody(CreateTransferRunBody)] },
    { matcher: "/admin/oms/transfers/:id/accept", methods: ["POST"], middlewares: [validatedBody(AcceptTransferBody)] },
    { matcher: "/admin/oms/transfers/:id/dismiss", methods: ["POST"], middlewares: [validatedBody(DismissTransferBody)] },
    {
      matcher: "/admin/oms/health",
      methods: ["GET"],
      middlewares: [validatedQuery(HealthReportQuery)],
    },
    {
      matcher: "/admin/oms/centers/:stock_location_id",
      methods: ["POST"],
      middlewares: [validatedBody(UpsertCenterBody)],
    },
    {
      matcher: "/admin/oms/stock-alerts",
      methods: ["GET"],
      middlewares: [validatedQuery(ListStockAlertsQuery)],
    },
    {
      matcher: "/admin/oms/kpis",
      methods: ["GET"],
      middlewares: [validatedQuery(KpiQuery)],
    },
    {
      matcher: "/admin/oms/geography",
      methods: ["GET"],
      middlewares: [validatedQuery(GeographyQuery)],
    },
    {
      matcher: "/admin/oms/feedback",
      methods: ["GET"],
      middlewares: [validatedQuery(FeedbackReportQuery)],
    },
    {
      matcher: "/admin/oms/settings/routing",
      methods: ["GET"],
      middlewares: [validatedQuery(RoutingSettingsQuery)],
    },
    {
      matcher: "/admin/oms/settings/routing",
      methods: ["POST"],
      middlewares: [validatedBody(UpdateRoutingSettingsBody)],
    },
    {
      matcher: "/admin/oms/queues",
      methods: ["GET"],
      middlewares: [validatedQuery(QueuesQuery)],
    },
    {
      matcher: "/admin/oms/queues/orders",
      methods: ["GET"],
      middlewares: [validatedQuery(QueueOrdersQuery)],
    },
    {
      matcher: "/admin/oms/kpis/orders",
      methods: ["GET"],
      middlewares: [validatedQuery(KpiOrdersQuery)],
    },
    {
      matcher: "/admin/oms/products/:id/returns",
      methods: ["GET"],
      middlewares: [validatedQuery(ProductReturnsQuery)],
    },
    {
      matcher: "/admin/oms/products/:id/stock",
      methods: ["GET"],
      middlewares: [validatedQuery(ProductStockQuery)],
    },
    {
      matcher: "/admin/oms/return-reasons/seed",
      methods: ["POST"],
      middlewares: [validatedBody(SeedReturnReasonsBody)],
    },
    {
      matcher: "/admin/oms/returns",
      methods: ["GET"],
      middlewares: [validatedQuery(ListReturnLinesQuery)],
    },
    {
      matcher: "/admin/oms/returns/rates",
      methods: ["GET"],
      middlewares: [validatedQuery(ReturnRatesQuery)],
    },
    {
      matcher: "/admin/oms/returns/export",
      methods: ["GET"],
      middlewares: [validatedQuery(ExportReturnLinesQuery)],
    },
    {
      matcher: "/admin/oms/returns/export",
      methods: ["POST"],
      middlewares: [validatedBody(ExportReturnLinesBody)],
    },
    {
      matcher: "/admin/oms/orders/:order_id/reroute",
      methods: ["POST"],
      middlewares: [validatedBody(RerouteOrderBody)],
    },
    {
      matcher: "/admin/oms/routing/simulate",
      methods: ["POST"],
      middlewares: [validatedBody(SimulateRoutingBody)],
    },
    {
      matcher: "/admin/oms/centers/:stock_location_id/layout",
      methods: ["PUT"],
      middlewares: [validatedBody(UpsertLayoutBody)],
    },
    {
      matcher: "/admin/oms/centers/:stock_location_id/bins",
      methods: ["GET"],
      middlewares: [validatedQuery(ListBinsQuery)],
    },
    {
      matcher: "/admin/oms/centers/:stock_location_id/bin-stock/moves",
      methods: ["POST"],
      middlewares: [validatedBody(MoveBinStockBody)],
    },
    {
      matcher: "/admin/oms/centers/:stock_location_id/cartons",
      methods: ["POST"],
      middlewares: [validatedBody(CreateCartonBody)],
    },
    // POST /cartons/:code validates its body in the route: a matcher here would also catch /cartons/recommend.
    {
      matcher: "/admin/oms/centers/:stock_location_id/cartons/recommend",
      methods: ["POST"],
      middlewares: [validatedBody(RecommendCartonBody)],
    },
    {
      matcher: "/admin/oms/waves",
      methods: ["POST"],
      middlewares: [validatedBody(CreateWaveBody)],
    },
    {
      matcher: "/admin/oms/waves",
      methods: ["GET"],
      middlewares: [validatedQuery(ListWavesQuery)],
    },
    {
      matcher: "/admin/oms/waves/preview",
      methods: ["GET"],
      middlewares: [validatedQuery(PreviewWaveQuery)],
    },
    {
      matcher: "/admin/oms/waves/:id/picks",
      methods: ["POST"],
      middlewares: [validatedBody(RecordPickBody)],
    },
    {
      matcher: "/admin/oms/waves/:id/short-picks",
      methods: ["POST"],
      middlewares: [validatedBody(ShortPickBody)],
    },
    {
      matcher: "/admin/oms/pack-sessions",
      methods: ["POST"],
      middlewares: [validatedBody(OpenPackSessionBody)],
    },
    {
      matcher: "/admin/oms/pack-sessions/:id/scans",
      methods: ["POST"],
      middlewares: [validatedBody(ScanBody)],
    },
    {
      matcher: "/admin/oms/pack-sessions/:id/complete",
      methods: ["POST"],
      middlewares: [validatedBody(CompletePackSessionBody)],
    },
    {
      matcher: "/admin/oms/pack-sessions/:id/ship",
      methods: ["POST"],
      middlewares: [validatedBody(ShipPackSessionBody)],
    },
    {
      matcher: "/admin/oms/stock-health",
      methods: ["GET"],
      middlewares: [validatedQuery(StockHealthQuery)],
    },
    {
      matcher: "/admin/oms/stock-health/items/:inventory_item_id",
      methods: ["GET"],
      middlewares: [validatedQuery(StockHealthItemQuery)],
    },
    {
      matcher: "/admin/oms/stock-health/refresh",
      methods: ["POST"],
      middlewares: [validatedBody(RefreshStockHealthBody)],
    },
    {
      matcher: "/admin/oms/stock-settings",
      methods: ["GET"],
      middlewares: [validatedQuery(StockSettingsQuery)],
    },
    {
      matcher: "/admin/oms/stock-settings",
      methods: ["POST"],
      middlewares: [validatedBody(SaveStockSettingBody)],
    },
  ],
})
