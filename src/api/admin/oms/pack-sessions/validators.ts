import { z } from "@medusajs/framework/zod"
import { LIST_MAX, TEXT_MAX_LENGTH } from "../../../../lib/limits"
import { idText, safeText } from "../../../validation"
import { CartonCode } from "../cartons/validators"

/** Body of POST /admin/oms/pack-sessions. */
export const OpenPackSessionBody = z
  .object({ order_id: idText("order_id"), stock_location_id: idText("stock_location_id").optional() })
  .strict()
export type OpenPackSessionBodyType = z.infer<typeof OpenPackSessionBody>

/** Body of POST /admin/oms/pack-sessions/:id/scans. */
export const ScanBody = z.object({ barcode: safeText("barcode", TEXT_MAX_LENGTH.barcode) }).strict()
export type ScanBodyType = z.infer<typeof ScanBody>

const trackingNumbers = z
  .array(safeText("tracking_numbers", TEXT_MAX_LENGTH.tracking_number, { trim: true }))
  .max(LIST_MAX.tracking_numbers)

/** Body of POST /admin/oms/pack-sessions/:id/complete. */
export const CompletePackSessionBody = z
  .object({ carton_code: CartonCode.optional(), tracking_numbers: trackingNumbers.optional() })
  .strict()
export type CompletePackSessionBodyType = z.infer<typeof CompletePackSessionBody>

/** Body of POST /admin/oms/pack-sessions/:id/ship. */
export const ShipPackSessionBody = z.object({ tracking_numbers: trackingNumbers.min(1) }).strict()
export type ShipPackSessionBodyType = z.infer<typeof ShipPackSessionBody>
