/** What a merchant does in Medusa's own admin (its routes run Medusa's workflows), for tests and benches. */
type Api = { post: Function; get: Function }

const call = async (request: Promise<any>, what: string) => {
  const res = await request.catch((e: any) => e.response)
  if (!res || res.status >= 300) throw new Error(`${what}: ${res?.status} ${JSON.stringify(res?.data)}`)
  return res
}

export async function orderItems(api: Api, headers: Record<string, string>, orderId: string): Promise<any[]> {
  return (await call(api.get(`/admin/orders/${orderId}?fields=*items`, { headers }), "order")).data.order.items
}

/**
 * Fulfils every unit of the order's lines with these SKUs at a centre through Medusa's admin,
 * then ships it with a tracking label and marks it delivered, as far as asked. Returns the fulfilment id.
 */
export async function fulfilInMedusa(api: Api, headers: Record<string, string>, orderId: string, locationId: string, skus: string[], then: "fulfilled" | "shipped" | "delivered") {
  const items = (await orderItems(api, headers, orderId)).filter((i) => skus.includes(i.variant_sku)).map((i) => ({ id: i.id, quantity: Number(i.quantity) }))
  await call(api.post(`/admin/orders/${orderId}/fulfillments`, { items, location_id: locationId }, { headers }), "fulfilment")
  const { data } = await call(api.get(`/admin/orders/${orderId}?fields=*fulfillments`, { headers }), "order")
  const fulfillment = data.order.fulfillments.find((f: any) => f.location_id === locationId && !f.canceled_at && !f.shipped_at)
  if (then === "fulfilled") return fulfillment.id as string
  const labels = [{ tracking_number: `JNE-${orderId.slice(-6)}`, tracking_url: "#", label_url: "#" }]
  await call(api.post(`/admin/orders/${orderId}/fulfillments/${fulfillment.id}/shipments`, { items, labels }, { headers }), "shipment")
  if (then === "delivered") await call(api.post(`/admin/orders/${orderId}/fulfillments/${fulfillment.id}/mark-as-delivered`, {}, { headers }), "delivery")
  return fulfillment.id as string
}

/** A return of `quantity` units of one line through Medusa's admin, received in parcels: `[fine, damaged]` per parcel. */
export async function returnInMedusa(
  api: Api,
  headers: Record<string, string>,
  order: { order_id: string; location_id: string; line_item_id: string; quantity: number; reason_id?: string; note?: string },
  parcels: [number, number][]
) {
  const post = (url: string, body: Record<string, unknown> = {}) => call(api.post(url, body, { headers }), url)
  const returnId = (await post("/admin/returns", { order_id: order.order_id, location_id: order.location_id })).data.return.id
  await post(`/admin/returns/${returnId}/request-items`, { items: [{ id: order.line_item_id, quantity: order.quantity, reason_id: order.reason_id, internal_note: order.note }] })
  await post(`/admin/returns/${returnId}/request`)
  for (const [fine, damaged] of parcels) {
    await post(`/admin/returns/${returnId}/receive`)
    if (fine) await post(`/admin/returns/${returnId}/receive-items`, { items: [{ id: order.line_item_id, quantity: fine }] })
    if (damaged) await post(`/admin/returns/${returnId}/dismiss-items`, { items: [{ id: order.line_item_id, quantity: damaged }] })
    await post(`/admin/returns/${returnId}/receive/confirm`)
  }
  return returnId as string
}
