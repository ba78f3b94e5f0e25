import { useState } from "react"
import { Badge, Button, Input, Label, Select, Text, clx, toast } from "@medusajs/ui"
import {
  useCartons,
  useCompletePack,
  useDeliverPack,
  usePackScan,
  useShipPack,
  type PackSession,
} from "../../lib/use-pack-session"
import { errorMessage } from "../../lib/errors"
import { scanError, scanOk } from "../../lib/scan-feedback"
import { Stat } from "../common/section"
import { ProgressBar } from "./progress-bar"
import { ScanInput } from "./scan-input"
import { ScanMessage, type ScanFeedback } from "./scan-message"

const RECOMMENDED = "__recommended__"
const kg = (g: number | null | undefined) => (g == null ? "—" : `${(g / 1000).toFixed(2)} kg`)
const splitTracking = (value: string) =>
  value
    .split(/[\s,;]+/)
    .map((t) => t.trim())
    .filter(Boolean)

/** The pack bench for one open (or completed) session. */
export const PackBench = ({ session, onPrint }: { session: PackSession; onPrint: () => void }) => {
  const scan = usePackScan(session.id)
  const complete = useCompletePack(session.id)
  const ship = useShipPack(session.id)
  const deliver = useDeliverPack(session.id)
  const { data: cartons } = useCartons(session.stock_location_id)
  const [feedback, setFeedback] = useState<ScanFeedback>(null)
  const [carton, setCarton] = useState(RECOMMENDED)
  const [tracking, setTracking] = useState("")
  const [stage, setStage] = useState<"packed" | "shipped" | "delivered" | null>(null)
  const rec = session.recommendation
  const open = session.status === "open"
  const allScanned = session.progress.complete

  const onScan = (barcode: string) =>
    scan.mutate(barcode, {
      onSuccess: () => {
        setFeedback({ kind: "ok", text: `✓ ${barcode}` })
        scanOk()
      },
      onError: (e) => {
        setFeedback({ kind: "error", text: errorMessage(e) })
        scanError()
      },
    })

  const trackingNumbers = splitTracking(tracking)
  const onComplete = () =>
    complete.mutate(
      {
        ...(carton !== RECOMMENDED ? { carton_code: carton } : {}),
        ...(trackingNumbers.length ? { tracking_numbers: trackingNumbers } : {}),
      },
      {
        onSuccess: () => {
          setStage(trackingNumbers.length ? "shipped" : "packed")
          toast.success(trackingNumbers.length ? "Packed and shipped" : "Packed — fulfilment created")
        },
        onError: (e) => toast.error("Could not complete", { description: errorMessage(e) }),
      }
    )

  return (
    <div className="flex flex-col gap-y-4">
      <ProgressBar done={session.progress.packed_units} total={session.progress.expected_units} label="Units scanned" />

      <div className="flex flex-col gap-y-2">
        {session.expected_items.map((item) => {
          const done = item.packed >= item.quantity
          return (
            <div
              key={item.line_item_id}
              className={clx(
                "flex min-h-[64px] items-center justify-between gap-3 rounded-lg border-2 px-4 py-2",
                done ? "border-ui-tag-green-border bg-ui-tag-green-bg" : "border-ui-border-base"
              )}
            >
              <div className="min-w-0">
                <div className="truncate text-lg font-semibold">{item.title ?? "(no title)"}</div>
                <div className="text-ui-fg-subtle font-mono text-sm">
                  {item.sku ?? "—"}
                  {item.barcode ? ` · ${item.barcode}` : ""}
                </div>
              </div>
              <div className="text-3xl font-bold tabular-nums">
                {item.packed}
                <span className="text-ui-fg-muted text-xl"> / {item.quantity}</span>
              </div>
            </div>
          )
        })}
      </div>

      {open && (
        <>
          <ScanInput onScan={onScan} busy={scan.isPending} placeholder="Scan an item…" disabled={allScanned} />
          <ScanMessage feedback={feedback} />
        </>
      )}

      <div className="grid grid-cols-2 gap-4 sm:grid-cols-4">
        <Stat
          label="Recommended carton"
          value={
            !rec || rec.mode === "none"
              ? "none"
              : rec.mode === "single"
                ? rec.parcels[0]?.carton_id
                : `${rec.parcels.length} parcels (${rec.parcels.map((p) => p.carton_id).join(", ")})`
          }
          hint={rec?.warnings.length ? rec.warnings.join("; ") : undefined}
        />
        <Stat label="Billable weight" value={kg(rec?.total_billable_weight_g)} hint={rec?.parcels[0] ? `actual ${kg(rec.parcels.reduce((s, p) => s + p.actual_weight_g, 0))}` : undefined} />
        <Stat label="Accepted scans" value={session.accepted_count} />
        <Stat
          label="Refused scans"
          value={
            <span className={session.refused_count > 0 ? "text-ui-fg-error" : undefined}>{session.refused_count}</span>
          }
        />
      </div>

      {open ? (
        <div className="flex flex-col gap-y-3 rounded-lg border p-4">
          <div className="flex flex-wrap gap-3">
            <div className="flex min-w-[220px] flex-1 flex-col gap-y-1">
              <Label htmlFor="pack-carton">Carton</Label>
              <Select value={carton} onValueChange={setCarton}>
                <Select.Trigger id="pack-carton" className="h-12 text-base">
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  <Select.Item value={RECOMMENDED}>
                    Recommended{rec?.mode === "single" && rec.parcels[0] ? ` (${rec.parcels[0].carton_id})` : ""}
                  </Select.Item>
                  {(cartons ?? []).map((c) => (
                    <Select.Item key={c.code} value={c.code}>
                      {c.code}
                      {c.name ? ` — ${c.name}` : ""}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </div>
            <div className="flex min-w-[220px] flex-1 flex-col gap-y-1">
              <Label htmlFor="pack-tracking">Tracking number(s) (optional)</Label>
              <Input
                id="pack-tracking"
                className="h-12 text-base"
                placeholder="Ships on completion when filled"
                value={tracking}
                onChange={(e) => setTracking(e.target.value)}
              />
            </div>
          </div>
          <Button
            size="large"
            className="h-14 text-lg"
            disabled={!allScanned}
            isLoading={complete.isPending}
            onClick={onComplete}
          >
            {allScanned ? "Complete" : `Complete (${session.progress.remaining_units} unit(s) left to scan)`}
          </Button>
        </div>
      ) : (
        <div className="border-ui-tag-green-border bg-ui-tag-green-bg flex flex-col gap-y-3 rounded-lg border-2 p-4">
          <div className="flex flex-wrap items-center gap-2">
            <span className="text-ui-tag-green-text text-2xl font-bold">
              {session.status === "completed" ? "Fulfilment done" : `Session ${session.status}`}
            </span>
            {stage && <Badge color="green">{stage}</Badge>}
          </div>
          <Text size="small">
            {session.carton_code ? `Carton ${session.carton_code}` : "Recommended packing"}
            {session.fulfillment_id ? ` · fulfilment ${session.fulfillment_id}` : ""}
          </Text>
          {session.status === "completed" && stage !== "shipped" && stage !== "delivered" && (
            <div className="flex flex-wrap items-end gap-2">
              <div className="flex min-w-[220px] flex-1 flex-col gap-y-1">
                <Label htmlFor="ship-tracking">Tracking number(s)</Label>
                <Input id="ship-tracking" className="h-12 text-base" value={tracking} onChange={(e) => setTracking(e.target.value)} />
              </div>
              <Button
                size="large"
                className="h-12"
                disabled={!trackingNumbers.length}
                isLoading={ship.isPending}
                onClick={() =>
                  ship.mutate(
                    { tracking_numbers: trackingNumbers },
                    {
                      onSuccess: () => setStage("shipped"),
                      onError: (e) => toast.error("Could not ship", { description: errorMessage(e) }),
                    }
                  )
                }
              >
                Mark shipped
              </Button>
            </div>
          )}
          {session.status === "completed" && stage === "shipped" && (
            <Button
              size="large"
              variant="secondary"
              className="h-12"
              isLoading={deliver.isPending}
              onClick={() =>
                deliver.mutate(
                  {},
                  {
                    onSuccess: () => setStage("delivered"),
                    onError: (e) => toast.error("Could not mark delivered", { description: errorMessage(e) }),
                  }
                )
              }
            >
              Mark delivered
            </Button>
          )}
        </div>
      )}

      <Button size="large" variant="secondary" className="h-12" onClick={onPrint}>
        Print packing slip
      </Button>
    </div>
  )
}
