/** Packs every unit of a routed single-centre order at the bench, ships it with a tracking number and marks it delivered. */
export async function packShipDeliver(post: (url: string, body?: Record<string, unknown>) => Promise<any>, orderId: string, scans: string[]) {
  const opened = await post("/admin/oms/pack-sessions", { order_id: orderId })
  expect(opened.status).toBe(201)
  const session = opened.data.pack_session
  for (const barcode of scans) expect((await post(`/admin/oms/pack-sessions/${session.id}/scans`, { barcode })).status).toBe(200)
  const completed = await post(`/admin/oms/pack-sessions/${session.id}/complete`, { tracking_numbers: ["JNE-1"] })
  expect(completed.status).toBe(200)
  expect((await post(`/admin/oms/pack-sessions/${session.id}/deliver`)).status).toBe(200)
  return { session_id: session.id as string, fulfillment_id: completed.data.pack_session.fulfillment_id as string }
}
