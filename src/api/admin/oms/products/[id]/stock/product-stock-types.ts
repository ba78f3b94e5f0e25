/** The answer of GET /admin/oms/products/:id/stock (also read by the admin widget, type-only). */
import type { StockCondition } from "../../../../../../lib/stock/velocity"

export interface ProductStockCentre {
  stock_location_id: string
  location_name: string | null
  on_hand: number
  available: number
  velocity_28: number
  days_of_supply: number | null
  reorder_point: number
  suggested_order: number
  condition: StockCondition
}

export interface ProductStockVariant {
  variant_id: string
  title: string | null
  sku: string | null
  inventory_item_id: string
  centres: ProductStockCentre[]
}

export interface ProductStock {
  product_id: string
  refreshed_at: string | null
  variants: ProductStockVariant[]
}
