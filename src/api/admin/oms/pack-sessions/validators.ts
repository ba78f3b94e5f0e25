import { z } from "@medusajs/framework/zod"

/** Body of POST /admin/oms/pack-sessions. */
export const OpenPackSessionBody = z
  .object({ order_id: z.string().min(1), stock_location_id: z.string().min(1).optional() })
  .strict()
export type OpenPackSessionBodyType = z.infer<typeof OpenPackSessionBody>

/** Body of POST /admin/oms/pack-sessions/:id/scans. */
export const ScanBody = z.object({ barcode: z.string().min(1).max(128) }).strict()
export type ScanBodyType = z.infer<typeof ScanBody>

const trackingNumbers = z.array(z.string().trim().min(1).max(100)).max(20)

/** Body of POST /admin/oms/pack-sessions/:id/complete. */
export const CompletePackSessionBody = z
  .object({ carton_code: z.string().min(1).optional(), tracking_numbers: trackingNumbers.optional() })
  .strict()
export type CompletePackSessionBodyType = z.infer<typeof CompletePackSessionBody>

/** Body of POST /admin/oms/pack-sessions/:id/ship. */
export const ShipPackSessionBody = z.object({ tracking_numbers: trackingNumbers.min(1) }).strict()
export type ShipPackSessionBodyType = z.infer<typeof ShipPackSessionBody>
