import { z } from "@medusajs/framework/zod"
import { STOCK_SETTING_BOUNDS } from "../../../../lib/stock"
import { boundedReal, idText } from "../../../validation"

const { serviceLevel, leadTimeDays, targetDaysOfSupply, overstockDays } = STOCK_SETTING_BOUNDS

/** Query of GET /admin/oms/stock-settings: one centre's settings (and one SKU's there), or every centre's. */
export const StockSettingsQuery = z
  .object({
    stock_location_id: idText("stock_location_id").optional(),
    inventory_item_id: idText("inventory_item_id").optional(),
  })
  .strict()
  .refine((q) => !q.inventory_item_id || q.stock_location_id, { message: "inventory_item_id needs stock_location_id", path: ["inventory_item_id"] })

export type StockSettingsQueryType = z.infer<typeof StockSettingsQuery>

/** Body of POST /admin/oms/stock-settings: a centre's override (no inventory_item_id) or one SKU's there; null clears a field. */
export const SaveStockSettingBody = z
  .object({
    stock_location_id: idText("stock_location_id"),
    inventory_item_id: idText("inventory_item_id").nullish(),
    service_level: boundedReal("service_level", serviceLevel.min, serviceLevel.max).nullish(),
    lead_time_days: boundedReal("lead_time_days", leadTimeDays.min, leadTimeDays.max).nullish(),
    target_days_of_supply: boundedReal("target_days_of_supply", targetDaysOfSupply.min, targetDaysOfSupply.max).nullish(),
    overstock_days: boundedReal("overstock_days", overstockDays.min, overstockDays.max).nullish(),
  })
  .strict()

export type SaveStockSettingBodyType = z.infer<typeof SaveStockSettingBody>
