import { z } from "@medusajs/framework/zod"
import { LIST_MAX } from "../../../../lib/limits"
import { RETURN_RATE_DIMENSIONS } from "../../../../lib/kpi"
import { ROOT_CAUSES } from "../../../../lib/returns"
import { boundedQueryInt, idText, isoDateTime } from "../../../validation"

/** Query of GET /admin/oms/returns: returned lines requested in a range, by centre and cause. */
export const ListReturnLinesQuery = z
  .object({
    from: isoDateTime("from").optional(),
    to: isoDateTime("to").optional(),
    stock_location_id: idText("stock_location_id").optional(),
    cause: z.enum(ROOT_CAUSES).optional(),
    limit: boundedQueryInt(1, 200).default(50),
    offset: boundedQueryInt(0, LIST_MAX.offset).default(0),
  })
  .strict()
  .refine((q) => !q.from || !q.to || Date.parse(q.from) <= Date.parse(q.to), { message: "from must not be after to", path: ["from"] })

export type ListReturnLinesQueryType = z.infer<typeof ListReturnLinesQuery>

const exportFields = {
  from: isoDateTime("from").optional(),
  to: isoDateTime("to").optional(),
  stock_location_id: idText("stock_location_id").optional(),
  cause: z.enum(ROOT_CAUSES).optional(),
  lang: z.enum(["en", "id"]).default("en"),
}
const fromNotAfterTo = (q: { from?: string; to?: string }) => !q.from || !q.to || Date.parse(q.from) <= Date.parse(q.to)

/** Query of GET /admin/oms/returns/export: the same filters, and the language of the cause columns. */
export const ExportReturnLinesQuery = z.object(exportFields).strict().refine(fromNotAfterTo, { message: "from must not be after to", path: ["from"] })

export type ExportReturnLinesQueryType = z.infer<typeof ExportReturnLinesQuery>

/** Body of POST /admin/oms/returns/export (the background export): the same fields. */
export const ExportReturnLinesBody = z.object(exportFields).strict().refine(fromNotAfterTo, { message: "from must not be after to", path: ["from"] })

export type ExportReturnLinesBodyType = z.infer<typeof ExportReturnLinesBody>


const TIME_ZONE = /^(UTC|[A-Za-z][A-Za-z_]+(\/[A-Za-z0-9_+-]+){1,2})$/
const isTimeZone = (value: string) => {
  if (!TIME_ZONE.test(value)) return false
  try {
    new Intl.DateTimeFormat("en", { timeZone: value })
    return true
  } catch {
    return false
  }
}

/** Query of GET /admin/oms/returns/rates: the period of the orders, a breakdown and the page's filters. */
export const ReturnRatesQuery = z
  .object({
    from: isoDateTime("from").optional(),
    to: isoDateTime("to").optional(),
    stock_location_id: idText("stock_location_id").optional(),
    cause: z.enum(ROOT_CAUSES).optional(),
    by: z.enum(RETURN_RATE_DIMENSIONS).default("product"),
    limit: boundedQueryInt(1, 100).default(20),
    time_zone: z
      .string()
      .max(64)
      .refine(isTimeZone, { message: "time_zone must be a time zone name such as Asia/Jakarta" })
      .default("UTC"),
  })
  .strict()
  .refine((q) => !q.from || !q.to || Date.parse(q.from) < Date.parse(q.to), { message: "from must be before to", path: ["from"] })

export type ReturnRatesQueryType = z.infer<typeof ReturnRatesQuery>
