import { useState } from "react"
import { DetailPanel } from "../../../components/common/detail-panel"
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArchiveBox } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Label, Text } from "@medusajs/ui"
import { CenterSelect } from "../../../components/warehouse/center-select"
import { PackBench } from "../../../components/warehouse/pack-bench"
import { PackingSlipPrint } from "../../../components/warehouse/packing-slip-print"
import { ScanInput } from "../../../components/warehouse/scan-input"
import { ScanMessage } from "../../../components/warehouse/scan-message"
import { useCenterNames } from "../../../lib/use-centers"
import { useUrlState } from "../../../lib/use-url-state"
import { usePackSession, type PackShipmentState } from "../../../lib/use-pack-session"
import { usePackScans } from "../../../lib/use-pack-scans"
import { benchText, scanText } from "../../../lib/scan-text"

const STAGE_COLOR: Record<PackShipmentState["stage"], "blue" | "green" | "orange" | "grey"> = {
  packing: "blue",
  packed: "orange",
  shipped: "green",
  delivered: "green",
  canceled: "grey",
}

const PackingPage = () => {
  const [centre, setCentre] = useState("")
  const [sessionId, setSessionId] = useUrlState("session")
  const [printing, setPrinting] = useState(false)
  const nameOf = useCenterNames()
  const { data: session, isLoading, error } = usePackSession(sessionId)
  const scans = usePackScans({ sessionId, setSessionId, centre })
  const open = session?.status === "open"

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
            <Button size="large" variant="secondary" className="h-12" onClick={scans.close}>
              Next order
            </Button>
          )}
        </div>
        <div className="flex flex-col gap-y-4 px-6 py-4">
          {!sessionId && (
            <div className="flex flex-col gap-y-1">
              <Label>Centre (only needed when the order ships from several)</Label>
              <CenterSelect value={centre} onChange={setCentre} placeholder="Order's own centre" />
            </div>
          )}
          <div className="flex flex-col gap-y-1">
            <Label>{open ? benchText.scanItemLabel : benchText.scanOrderLabel}</Label>
            <ScanInput
              onScan={scans.push}
              waiting={scans.waiting}
              waitingText={scanText.waiting}
              placeholder={open ? benchText.scanItemPlaceholder : benchText.scanOrderPlaceholder}
            />
          </div>
          <ScanMessage key={scans.answer?.seq} feedback={scans.answer} />
        </div>
      </Container>

      {sessionId && (
        <DetailPanel isLoading={isLoading} error={error} what="pack session">
          {session && (
            <>
              <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
                <div>
                  <Heading level="h2">{session.display_id != null ? `Order #${session.display_id}` : session.order_id}</Heading>
                  <Text size="small" className="text-ui-fg-subtle">
                    {session.ship_to?.name ? `for ${session.ship_to.name} · ` : ""}at {nameOf(session.stock_location_id)}
                  </Text>
                </div>
                <Badge color={STAGE_COLOR[session.shipment.stage]} data-shipment-badge={session.shipment.stage}>
                  {benchText.stageBadge[session.shipment.stage]}
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
  label: "nav.packing",
  translationNs: "medusa-oms",
  icon: ArchiveBox,
  rank: 13,
})

export default PackingPage
