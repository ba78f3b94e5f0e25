/** The work queues' data as the admin receives it: the server's own types through JSON. */
import type { Queue, QueueCounts } from "../../lib/journey/queues"
import type { QueueOrderRow } from "../../api/admin/oms/queues/orders/load-queue-orders"

export type { Queue, QueueCounts }
export { QUEUES } from "../../lib/journey/queues"

/** GET /admin/oms/queues */
export interface QueuesResponse {
  centres: { stock_location_id: string | null; name: string | null; counts: QueueCounts }[]
  total: QueueCounts
  counted_at: string
}

/** GET /admin/oms/queues/orders */
export interface QueueOrdersResponse {
  queue: Queue
  orders: (QueueOrderRow & { location_name: string | null })[]
  count: number
  limit: number
  offset: number
}
