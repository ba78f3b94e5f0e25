import { z } from "@medusajs/framework/zod"
import { LIST_MAX } from "../../../../lib/limits"
import { boundedInt, boundedQueryInt, idText, safeText } from "../../../validation"

/** POST /admin/oms/transfers/runs: how many days of orders to replay, how many suggestions to value. */
export const CreateTransferRunBody = z
  .object({
    days: boundedInt(1, 365).default(90),
    limit: boundedInt(1, 50).default(20),
  })
  .strict()
export type CreateTransferRunBodyType = z.infer<typeof CreateTransferRunBody>

export const TRANSFER_STATUSES = ["suggested", "accepted", "dismissed"] as const

/** GET /admin/oms/transfers: ranked suggestions, a page of them, or all as CSV. */
export const ListTransfersQuery = z
  .object({
    status: z.enum(TRANSFER_STATUSES).optional(),
    run_id: idText("run_id").optional(),
    format: z.enum(["json", "csv"]).default("json"),
    limit: boundedQueryInt(1, LIST_MAX.page).default(50),
    offset: boundedQueryInt(0, LIST_MAX.offset).default(0),
  })
  .strict()
export type ListTransfersQueryType = z.infer<typeof ListTransfersQuery>

/** POST /admin/oms/transfers/:id/accept: optionally the receiving centre's bin to put the units away into. */
export const AcceptTransferBody = z
  .object({
    to_bin_code: safeText("to_bin_code", 64, { trim: true }).nullish(),
  })
  .strict()
export type AcceptTransferBodyType = z.infer<typeof AcceptTransferBody>

export const DismissTransferBody = z.object({}).strict()
