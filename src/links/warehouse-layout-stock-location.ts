import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import WarehouseModule from "../modules/warehouse"

/**
 * Read-only link: a layout stores `stock_location_id`, so query.graph can join
 * `warehouse_layout.stock_location` without a pivot table to keep in sync.
 */
export default defineLink(
  { linkable: WarehouseModule.linkable.omsWarehouseLayout, field: "stock_location_id" },
  StockLocationModule.linkable.stockLocation,
  { readOnly: true }
)
