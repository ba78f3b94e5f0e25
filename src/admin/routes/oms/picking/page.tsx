import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { HandTruck } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Label, Skeleton, Text, toast, usePrompt } from "@medusajs/ui"
import { useQueryClient } from "@tanstack/react-query"
import { CenterSelect } from "../../../components/warehouse/center-select"
import { WaveList } from "../../../components/warehouse/wave-list"
import { RouteSummary } from "../../../components/warehouse/route-summary"
import { PickerView } from "../../../components/warehouse/picker-view"
import { PickListPrint } from "../../../components/warehouse/pick-list-print"
import { ScanFocus } from "../../../components/warehouse/scan-focus"
import { ShortedLines } from "../../../components/warehouse/shorted-lines"
import { useOmsTranslation } from "../../../lib/i18n"
import { useCenterNames } from "../../../lib/use-centers"
import { useUrlState } from "../../../lib/use-url-state"
import { errorMessage } from "../../../lib/errors"
import { sayWords, serverReason } from "../../../lib/scan-text"
import { toteLabel } from "../../../lib/tote-label"
import { useCancelWave, useWave, waveKeys, type Wave } from "../../../lib/use-waves"

const statusColor = { open: "blue", picking: "orange", picked: "green", canceled: "grey" } as const

/** One wave in the full-screen mode: the picker's screen, the walk behind a toggle, print and cancel. */
const WaveFocus = ({ waveId, onClose }: { waveId: string; onClose: () => void }) => {
  const { t } = useOmsTranslation()
  const navigate = useNavigate()
  const prompt = usePrompt()
  const nameOf = useCenterNames()
  const { data: wave, isLoading, error } = useWave(waveId)
  const cancel = useCancelWave(waveId)
  const [showRoute, setShowRoute] = useState(false)
  const [printing, setPrinting] = useState(false)

  const onCancel = async () => {
    const sure = await prompt({
      title: t("picking.cancel.title"),
      description: t("picking.cancel.description"),
      confirmText: t("picking.cancel.confirm"),
      cancelText: t("picking.cancel.keep"),
    })
    if (!sure) return
    cancel.mutate(undefined, {
      onSuccess: ({ released }) => toast.success(t("picking.cancel.done", { count: released.length })),
      onError: (e) => toast.error(t("picking.cancel.failed"), { description: sayWords(t, serverReason(errorMessage(e))) }),
    })
  }
  // the packer scans the first picked tote; the bench opens its order
  const packThese = (w: Wave) => {
    const first = w.orders.find((o) => o.status === "picked")
    navigate(`/oms/packing${first ? `?tote=${encodeURIComponent(toteLabel(w.id, first.tote))}` : ""}`)
  }
  const active = wave && (wave.status === "open" || wave.status === "picking")

  return (
    <ScanFocus
      onClose={onClose}
      title={
        <>
          <span data-wave-name="" className="shrink-0 whitespace-nowrap font-mono">
            {wave?.name ?? t("wave.unnamed")}
          </span>
          {wave && (
            <Badge className="shrink-0 whitespace-nowrap" color={statusColor[wave.status]}>
              {t(`wave.status.${wave.status}`)}
            </Badge>
          )}
          {wave && (
            <Text size="small" className="text-ui-fg-subtle hidden truncate lg:block">
              {t(`wave.mode.${wave.mode}`)} · {nameOf(wave.stock_location_id)}
            </Text>
          )}
        </>
      }
      actions={
        wave && (
          <>
            <Button size="large" variant={showRoute ? "primary" : "secondary"} className="h-11" aria-pressed={showRoute} onClick={() => setShowRoute(!showRoute)}>
              {t("picking.walk")}
            </Button>
            <Button size="large" variant="secondary" className="h-11" onClick={() => setPrinting(true)}>
              {t("picking.print")}
            </Button>
            {active && (
              <Button size="large" variant="secondary" className="h-11" isLoading={cancel.isPending} onClick={onCancel}>
                {t("picking.cancel.button")}
              </Button>
            )}
          </>
        )
      }
    >
      {isLoading && <Skeleton className="h-64 w-full" />}
      {error && <Text className="text-ui-fg-error">{t("picking.loadFailed")}</Text>}
      {wave && (
        <div className="flex flex-col gap-y-3">
          {showRoute && (
            <div className="rounded-lg border p-3">
              <RouteSummary wave={wave} />
            </div>
          )}
          {wave.status === "canceled" ? (
            <Text className="text-ui-fg-subtle text-lg">{t("picking.canceledWave")}</Text>
          ) : (
            <PickerView key={wave.id} wave={wave} onComplete={() => packThese(wave)} />
          )}
          <ShortedLines wave={wave} />
        </div>
      )}
      {printing && wave && <PickListPrint wave={wave} onClose={() => setPrinting(false)} />}
    </ScanFocus>
  )
}

const PickingPage = () => {
  const { t } = useOmsTranslation()
  const [centreParam, setCentreParam] = useUrlState("centre")
  const centre = centreParam ?? ""
  const [waveId, setWaveId] = useUrlState("wave")
  const queryClient = useQueryClient()

  const openWave = (w: Wave | string) => {
    if (typeof w !== "string") queryClient.setQueryData(waveKeys.detail(w.id), { wave: w })
    setWaveId(typeof w === "string" ? w : w.id)
  }

  return (
    <div className="mx-auto flex w-full max-w-[820px] flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h1">{t("picking.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("picking.intro")}
          </Text>
        </div>
        <div className="flex flex-col gap-y-4 px-6 py-4">
          <div className="flex flex-col gap-y-1">
            <Label>{t("wave.centre")}</Label>
            <CenterSelect value={centre} onChange={(id) => setCentreParam(id)} />
          </div>
          {centre && <WaveList stockLocationId={centre} onOpen={openWave} />}
        </div>
      </Container>
      {waveId && <WaveFocus waveId={waveId} onClose={() => setWaveId(null)} />}
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
