import { useEffect, useRef, useState } from "react"
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArchiveBox } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Label, Skeleton, Text } from "@medusajs/ui"
import { CenterSelect } from "../../../components/warehouse/center-select"
import { PackBench } from "../../../components/warehouse/pack-bench"
import { PackingSlipPrint } from "../../../components/warehouse/packing-slip-print"
import { ScanFocus } from "../../../components/warehouse/scan-focus"
import { ScanInput } from "../../../components/warehouse/scan-input"
import { ScanMessage } from "../../../components/warehouse/scan-message"
import { useOmsTranslation } from "../../../lib/i18n"
import { useCenterNames } from "../../../lib/use-centers"
import { useUrlParams } from "../../../lib/use-url-state"
import { usePackSession, type PackShipmentState } from "../../../lib/use-pack-session"
import { usePackScans } from "../../../lib/use-pack-scans"

const STAGE_COLOR: Record<PackShipmentState["stage"], "blue" | "green" | "orange" | "grey"> = {
  packing: "blue",
  packed: "orange",
  shipped: "green",
  delivered: "green",
  canceled: "grey",
}

/** The packing bench in the full-screen mode: one scan input for totes, orders and items. */
const PackFocus = ({ centre, onClose }: { centre: string; onClose: () => void }) => {
  const { t } = useOmsTranslation()
  const [{ session: sessionId, tote }, setParams] = useUrlParams(["session", "tote"] as const)
  const setSessionId = (id: string | null) => setParams({ session: id })
  const [printing, setPrinting] = useState(false)
  const nameOf = useCenterNames()
  const { data: session, isLoading } = usePackSession(sessionId)
  const scans = usePackScans({ sessionId, setSessionId, centre })
  const open = session?.status === "open"

  // "Pack these orders" from a picked wave: its first tote, as if scanned. The parameter goes
  // first, so the session the scan opens is written to a URL without it (a reload must not scan it again).
  const [arrivedWith] = useState(tote)
  const toteSent = useRef(false)
  useEffect(() => {
    if (tote) setParams({ tote: null })
    else if (arrivedWith && !toteSent.current) {
      toteSent.current = true
      scans.push(arrivedWith)
    }
  }, [tote])

  return (
    <ScanFocus
      onClose={onClose}
      title={
        session ? (
          <>
            <span data-pack-order="" className="shrink-0 whitespace-nowrap">
              {session.display_id != null ? t("packing.orderHeading", { number: session.display_id }) : t("packing.thisOrderHeading")}
            </span>
            <Badge className="shrink-0 whitespace-nowrap" color={STAGE_COLOR[session.shipment.stage]} data-shipment-badge={session.shipment.stage}>
              {t(`packing.stage.${session.shipment.stage}`)}
            </Badge>
            <Text size="small" className="text-ui-fg-subtle hidden truncate lg:block">
              {session.ship_to?.name ? t("packing.forCustomer", { name: session.ship_to.name }) + " · " : ""}
              {nameOf(session.stock_location_id)}
            </Text>
          </>
        ) : (
          <span>{t("packing.title")}</span>
        )
      }
      actions={
        sessionId && (
          <>
            {session && (
              <Button size="large" variant="secondary" className="h-11" onClick={() => setPrinting(true)}>
                {t("packing.printSlip")}
              </Button>
            )}
            <Button size="large" variant="secondary" className="h-11" onClick={scans.close}>
              {t("packing.nextOrder")}
            </Button>
          </>
        )
      }
    >
      <div className="flex flex-col gap-y-3">
        <div className="flex flex-col gap-y-1">
          <Label className="text-base">{open ? t("packing.scanItemLabel") : t("packing.scanOrderLabel")}</Label>
          <ScanInput
            onScan={scans.push}
            waiting={scans.waiting}
            waitingText={(n) => t("picking.scan.waiting", { count: n })}
            label={t("picking.scan.label")}
            placeholder={open ? t("packing.scanItemPlaceholder") : t("packing.scanOrderPlaceholder")}
          />
        </div>
        <ScanMessage key={scans.answer?.seq} feedback={scans.answer} idle={open ? t("packing.idleItem") : t("packing.idleOrder")} />
        {sessionId && isLoading && <Skeleton className="h-40 w-full" />}
        {session && <PackBench key={session.id} session={session} />}
      </div>
      {printing && session && <PackingSlipPrint session={session} onClose={() => setPrinting(false)} />}
    </ScanFocus>
  )
}

const PackingPage = () => {
  const { t } = useOmsTranslation()
  const [centre, setCentre] = useState("")
  // the bench opens at once: packing is scanning; closed, the page offers it again
  const [bench, setBench] = useState(true)
  return (
    <div className="mx-auto flex w-full max-w-[820px] flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h1">{t("packing.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("packing.intro")}
          </Text>
        </div>
        <div className="flex flex-col gap-y-4 px-6 py-4">
          <div className="flex flex-col gap-y-1">
            <Label>{t("packing.centreLabel")}</Label>
            <CenterSelect value={centre} onChange={setCentre} placeholder={t("packing.centreAny")} />
          </div>
          <Button size="large" className="h-14 text-lg" onClick={() => setBench(true)}>
            {t("packing.openBench")}
          </Button>
        </div>
      </Container>
      {bench && <PackFocus centre={centre} onClose={() => setBench(false)} />}
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
