import { z } from "@medusajs/framework/zod"
import { LIST_MAX, QUANTITY_MAX, TEXT_MAX_LENGTH } from "../../../../lib/limits"
import { boundedInt, boundedQueryInt, idText, safeText } from "../../../validation"

/** Query of GET /admin/oms/centers/:stock_location_id/bins. */
export const ListBinsQuery = z
  .object({
    q: safeText("q", TEXT_MAX_LENGTH.search, { min: 0 }).optional(),
    limit: boundedQueryInt(1, LIST_MAX.bins_page).default(50),
    offset: boundedQueryInt(0, LIST_MAX.offset).default(0),
  })
  .strict()

export type ListBinsQueryType = z.infer<typeof ListBinsQuery>

const binCode = (field: string) => safeText(field, TEXT_MAX_LENGTH.bin_code)

/** Body of POST /admin/oms/centers/:stock_location_id/bin-stock/moves. */
export const MoveBinStockBody = z
  .object({
    inventory_item_id: idText("inventory_item_id"),
    from_bin_code: binCode("from_bin_code").nullable().optional(),
    to_bin_code: binCode("to_bin_code").nullable().optional(),
    quantity: boundedInt(1, QUANTITY_MAX.move),
    reason: z.enum(["putaway", "move", "adjust"]),
  })
  .strict()

export type MoveBinStockBodyType = z.infer<typeof MoveBinStockBody>
