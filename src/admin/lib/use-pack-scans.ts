import { useEffect, useRef } from "react"
import { useQueryClient } from "@tanstack/react-query"
import { errorMessage } from "./errors"
import { applyPackRefusal, applyPackScan, decidePackScan, packAnswer, packRefusal } from "./packing-scan"
import { packText, scanText, serverReason } from "./scan-text"
import { openPackSession, packKeys, packScan, packSessionQuery, resolveOrderId, type PackSession } from "./use-pack-session"
import { useScanQueue } from "./use-scan-queue"

/**
 * The packing bench's scan loop: with no open order a scan (tote, order id, #number) opens it;
 * with one open, items are packed into it, and a tote or order of another order is refused
 * until this one is completed. Each scan sees the session the previous one left.
 */
export function usePackScans({
  sessionId,
  setSessionId,
  centre,
}: {
  sessionId: string | null
  setSessionId: (id: string | null) => void
  centre: string
}) {
  const queryClient = useQueryClient()
  // The session scans go to: set by the loop as soon as it opens one (before the URL follows).
  const openId = useRef(sessionId)
  useEffect(() => {
    openId.current = sessionId
  }, [sessionId])

  const current = async (): Promise<PackSession | null> =>
    openId.current ? (await queryClient.ensureQueryData(packSessionQuery(openId.current))).pack_session : null
  const update = (id: string, change: (s: PackSession) => PackSession) =>
    queryClient.setQueryData<{ pack_session: PackSession }>(packKeys.detail(id), (old) => (old ? { pack_session: change(old.pack_session) } : old))

  const scans = useScanQueue(async (code) => {
    const session = await current()
    const decision = decidePackScan(session, code)
    if (decision.kind === "item" && session) {
      try {
        const change = await packScan(session.id, code)
        update(session.id, (s) => applyPackScan(s, change))
        return packAnswer(change)
      } catch (e) {
        const message = errorMessage(e)
        if (message.startsWith("scan refused")) update(session.id, applyPackRefusal)
        else await queryClient.refetchQueries({ queryKey: packKeys.detail(session.id) })
        return packRefusal(session, code, message)
      }
    }
    const orderId = await resolveOrderId(code)
    if (decision.kind === "next_order" && session) {
      const name = scanText.orderName(session.display_id)
      return orderId === session.order_id ? packText.sameOrder(name) : packText.finishFirst(name)
    }
    if (!orderId) return packText.noOrder(code)
    try {
      const { pack_session } = await openPackSession({ order_id: orderId, ...(centre ? { stock_location_id: centre } : {}) })
      queryClient.setQueryData(packKeys.detail(pack_session.id), { pack_session })
      openId.current = pack_session.id
      setSessionId(pack_session.id)
      return packText.opened(scanText.orderName(pack_session.display_id))
    } catch (e) {
      return packText.notOpened(code, serverReason(errorMessage(e)))
    }
  })

  const close = () => {
    openId.current = null
    setSessionId(null)
  }
  return { ...scans, close }
}
