import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import OmsModule from "../modules/oms"

/**
 * Read-only link: the centre profile stores `stock_location_id`, so query.graph can join
 * `fulfillment_center.stock_location` without a pivot table to keep in sync.
 */
export default defineLink(
  { linkable: OmsModule.linkable.omsFulfillmentCenter, field: "stock_location_id" },
  StockLocationModule.linkable.stockLocation,
  { readOnly: true }
)
