/**
 * The Measure screens' data as the admin receives it: the server's own types (src/lib/kpi,
 * src/lib/returns) through JSON, never restated.
 */
import type { AtRiskShipment, DrillKpi, KpiOrderRow, Period, ShipmentSla } from "../../lib/kpi"
import type { ProductReturns } from "../../lib/returns/summarise-product-returns"
import type { Json } from "./json"

export type { DrillKpi }
export type AtRisk = Json<AtRiskShipment>
export type ShipmentSlaView = Json<ShipmentSla>

/** GET /admin/oms/kpis: the at-risk part. */
export interface AtRiskList {
  count: number
  shipments: AtRisk[]
}

/** GET /admin/oms/kpis/orders */
export interface KpiOrdersResponse {
  kpi: DrillKpi
  period: Json<Period>
  /** Rows per outcome over the whole period (the tile's numerator and the rest). */
  outcomes: Record<string, number>
  kpi_orders: (Json<KpiOrderRow> & { display_id: number | null })[]
  count: number
  limit: number
  offset: number
}

/** GET /admin/oms/products/:id/returns */
export interface ProductReturnsResponse {
  product_returns: Json<ProductReturns> & { product_id: string; period: Json<Period>; days: number }
}

/** GET /admin/oms/orders/:order_id: a rating the customer gave. */
export interface OrderFeedback {
  id: string
  shipment_id: string | null
  stock_location_id: string | null
  rating: number
  comment: string | null
  source: "link" | "account"
  created_at: string
}
