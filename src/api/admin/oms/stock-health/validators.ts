import { z } from "@medusajs/framework/zod"
import { CONDITION_SEVERITY } from "../../../../lib/stock"
import { STOCK_HEALTH_SORTS } from "../../../../workflows/stock/stock-health-query"
import { boundedQueryInt, idText, safeText } from "../../../validation"

type Condition = (typeof CONDITION_SEVERITY)[number]
const isCondition = (c: string): c is Condition => (CONDITION_SEVERITY as readonly string[]).includes(c)

const conditionList = z
  .string()
  .max(200)
  .transform((text) => text.split(",").map((c) => c.trim()).filter(Boolean))
  .refine((list) => list.every(isCondition), { message: `condition must be a comma-separated list of ${CONDITION_SEVERITY.join(", ")}` })
  .transform((list) => list as Condition[])

/** Query of GET /admin/oms/stock-health: filters, sort and page of the stock-health table, or all of it as CSV. */
export const StockHealthQuery = z
  .object({
    stock_location_id: idText("stock_location_id").optional(),
    condition: conditionList.optional(),
    q: safeText("q", 200, { trim: true, min: 0 }).optional(),
    sort: z.enum(STOCK_HEALTH_SORTS).optional(),
    order: z.enum(["asc", "desc"]).optional(),
    limit: boundedQueryInt(1, 200).default(50),
    offset: boundedQueryInt(0, 1_000_000).default(0),
    format: z.enum(["json", "csv"]).default("json"),
  })
  .strict()

export type StockHealthQueryType = z.infer<typeof StockHealthQuery>

/** Query of GET /admin/oms/stock-health/items/:inventory_item_id (none). */
export const StockHealthItemQuery = z.object({}).strict()

/** Body of POST /admin/oms/stock-health/refresh (none). */
export const RefreshStockHealthBody = z.object({}).strict()
