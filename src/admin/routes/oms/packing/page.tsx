import { useState } from "react"
import { DetailPanel } from "../../../components/common/detail-panel"
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArchiveBox } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Label, Text } from "@medusajs/ui"
import { CenterSelect } from "../../../components/warehouse/center-select"
import { PackBench } from "../../../components/warehouse/pack-bench"
import { PackingSlipPrint } from "../../../components/warehouse/packing-slip-print"
import { ScanInput } from "../../../components/warehouse/scan-input"
import { ScanMessage, type ScanFeedback } from "../../../components/warehouse/scan-message"
import { useCenterNames } from "../../../lib/use-centers"
import { useUrlState } from "../../../lib/use-url-state"
import { resolveOrderId, useOpenPackSession, usePackSession } from "../../../lib/use-pack-session"
import { errorMessage } from "../../../lib/errors"
import { scanError, scanOk } from "../../../lib/scan-feedback"

const PackingPage = () => {
  const [centre, setCentre] = useState("")
  const [sessionId, setSessionId] = useUrlState("session")
  const [feedback, setFeedback] = useState<ScanFeedback>(null)
  const [resolving, setResolving] = useState(false)
  const [printing, setPrinting] = useState(false)
  const openSession = useOpenPackSession()
  const nameOf = useCenterNames()
  const { data: session, isLoading, error } = usePackSession(sessionId)

  const onOrderScan = async (input: string) => {
    setResolving(true)
    try {
      const orderId = await resolveOrderId(input)
      if (!orderId) {
        setFeedback({ kind: "error", text: `No picked order found for ${input}` })
        scanError()
        return
      }
      const { pack_session } = await openSession.mutateAsync({
        order_id: orderId,
        ...(centre ? { stock_location_id: centre } : {}),
      })
      setFeedback(null)
      setSessionId(pack_session.id)
      scanOk()
    } catch (e) {
      setFeedback({ kind: "error", text: errorMessage(e) })
      scanError()
    } finally {
      setResolving(false)
    }
  }

  return (
    <div className="mx-auto flex w-full max-w-[820px] flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
          <div>
            <Heading level="h1">Packing</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Scan the tote (or the order), then every item into the carton. Complete unlocks when everything is scanned.
            </Text>
          </div>
          {sessionId && (
            <Button size="large" variant="secondary" className="h-12" onClick={() => setSessionId(null)}>
              Next order
            </Button>
          )}
        </div>
        {!sessionId && (
          <div className="flex flex-col gap-y-4 px-6 py-4">
            <div className="flex flex-col gap-y-1">
              <Label>Centre (only needed when the order ships from several)</Label>
              <CenterSelect value={centre} onChange={setCentre} placeholder="Order's own centre" />
            </div>
            <div className="flex flex-col gap-y-1">
              <Label>Tote label, order id or display id</Label>
              <ScanInput onScan={onOrderScan} busy={resolving} placeholder="Scan the tote, or type order_… or #1042, then Enter" />
            </div>
            <ScanMessage feedback={feedback} />
          </div>
        )}
      </Container>

      {sessionId && (
        <DetailPanel isLoading={isLoading} error={error} what="pack session">
          {session && (
            <>
              <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
                <div>
                  <Heading level="h2">{session.display_id != null ? `Order #${session.display_id}` : session.order_id}</Heading>
                  <Text size="small" className="text-ui-fg-subtle">
                    {session.ship_to?.name ? `for ${session.ship_to.name} · ` : ""}at {nameOf(session.stock_location_id)} ·{" "}
                    <span className="font-mono">{session.order_id}</span>
                  </Text>
                </div>
                <Badge color={session.status === "open" ? "blue" : session.status === "completed" ? "green" : "grey"}>
                  {session.status}
                </Badge>
              </div>
              <div className="px-6 py-4">
                <PackBench key={session.id} session={session} onPrint={() => setPrinting(true)} />
              </div>
            </>
          )}
        </DetailPanel>
      )}
      {printing && session && <PackingSlipPrint session={session} onClose={() => setPrinting(false)} />}
    </div>
  )
}

export const config = defineRouteConfig({
  label: "Packing",
  icon: ArchiveBox,
  rank: 13,
})

export default PackingPage
