import { waveName } from "../../../lib/format"
import { useState } from "react"
import { DetailPanel } from "../../../components/common/detail-panel"
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { HandTruck } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Label, Text } from "@medusajs/ui"
import { useQueryClient } from "@tanstack/react-query"
import { CenterSelect } from "../../../components/warehouse/center-select"
import { WaveList } from "../../../components/warehouse/wave-list"
import { RouteSummary } from "../../../components/warehouse/route-summary"
import { PickerView } from "../../../components/warehouse/picker-view"
import { PickListPrint } from "../../../components/warehouse/pick-list-print"
import { useCenterNames } from "../../../lib/use-centers"
import { useUrlState } from "../../../lib/use-url-state"
import { useWave, waveKeys, type Wave } from "../../../lib/use-waves"

const PickingPage = () => {
  const [centreParam, setCentreParam] = useUrlState("centre")
  const centre = centreParam ?? ""
  const setCentre = (id: string) => setCentreParam(id)
  const [waveId, setWaveId] = useUrlState("wave")
  const [printing, setPrinting] = useState(false)
  const queryClient = useQueryClient()
  const nameOf = useCenterNames()
  const { data: wave, isLoading, error } = useWave(waveId)

  const openWave = (w: Wave | string) => {
    if (typeof w !== "string") queryClient.setQueryData(waveKeys.detail(w.id), { wave: w })
    setWaveId(typeof w === "string" ? w : w.id)
  }

  return (
    <div className="mx-auto flex w-full max-w-[820px] flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
          <div>
            <Heading level="h1">Picking</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Walk the route, scan the bin then the item. Use a keyboard-wedge scanner or type and press Enter.
            </Text>
          </div>
          {waveId && (
            <Button size="large" variant="secondary" className="h-12" onClick={() => setWaveId(null)}>
              ← All waves
            </Button>
          )}
        </div>
        {!waveId && (
          <div className="flex flex-col gap-y-4 px-6 py-4">
            <div className="flex flex-col gap-y-1">
              <Label>Centre</Label>
              <CenterSelect value={centre} onChange={setCentre} />
            </div>
            {centre && <WaveList stockLocationId={centre} onOpen={openWave} />}
          </div>
        )}
      </Container>

      {waveId && (
        <DetailPanel isLoading={isLoading} error={error} what="wave">
          {wave && (
            <>
              <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
                <div>
                  <div className="flex items-center gap-2">
                    <Heading level="h2">{waveName(wave)}</Heading>
                    <Badge>{wave.status}</Badge>
                  </div>
                  <Text size="small" className="text-ui-fg-subtle">
                    {wave.mode} wave at {nameOf(wave.stock_location_id)}
                  </Text>
                </div>
                <Button size="large" variant="secondary" className="h-12" onClick={() => setPrinting(true)}>
                  Print pick list
                </Button>
              </div>
              <div className="px-6 py-4">
                <RouteSummary wave={wave} />
              </div>
              <div className="px-6 py-4">
                {wave.status === "canceled" ? (
                  <Text className="text-ui-fg-subtle">This wave was canceled.</Text>
                ) : (
                  <PickerView key={wave.id} wave={wave} />
                )}
              </div>
            </>
          )}
        </DetailPanel>
      )}
      {printing && wave && <PickListPrint wave={wave} onClose={() => setPrinting(false)} />}
    </div>
  )
}

export const config = defineRouteConfig({
  label: "nav.picking",
  translationNs: "medusa-oms",
  icon: HandTruck,
  rank: 12,
})

export default PickingPage
