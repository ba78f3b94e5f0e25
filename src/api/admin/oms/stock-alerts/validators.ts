import { z } from "@medusajs/framework/zod"
import { LIST_MAX } from "../../../../lib/limits"
import { ALERT_KINDS, type AlertKind } from "../../../../lib/stock"
import { boundedQueryInt, idText } from "../../../validation"

const KIND_LIST_MESSAGE = `kind must be one or more of ${ALERT_KINDS.join(", ")}, separated by commas`

/** `kind=low_stock,stock_out`: one or more alert kinds. */
const kindList = z
  .string()
  .max(200)
  .transform((text, ctx) => {
    const kinds = [...new Set(text.split(",").map((k) => k.trim()))]
    if (!kinds.length || kinds.some((k) => !(ALERT_KINDS as readonly string[]).includes(k))) {
      ctx.addIssue({ code: "custom", message: KIND_LIST_MESSAGE })
      return z.NEVER
    }
    return kinds as AlertKind[]
  })

/** Query of GET /admin/oms/stock-alerts: open or cleared alerts, of some kinds, at one centre or for one item, newest first. */
export const ListStockAlertsQuery = z
  .object({
    status: z.enum(["open", "cleared"]).optional(),
    kind: kindList.optional(),
    stock_location_id: idText("stock_location_id").optional(),
    inventory_item_id: idText("inventory_item_id").optional(),
    limit: boundedQueryInt(1, LIST_MAX.page).default(50),
    offset: boundedQueryInt(0, LIST_MAX.offset).default(0),
  })
  .strict()

export type ListStockAlertsQueryType = z.infer<typeof ListStockAlertsQuery>
