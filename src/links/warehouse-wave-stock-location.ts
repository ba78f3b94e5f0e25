import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import WarehouseModule from "../modules/warehouse"

/** Read-only link from a pick wave to the stock location it is picked in (`wave.stock_location`). */
export default defineLink(
  { linkable: WarehouseModule.linkable.omsWave, field: "stock_location_id" },
  StockLocationModule.linkable.stockLocation,
  { readOnly: true }
)
