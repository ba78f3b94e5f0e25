import { useState } from "react"
import { Button, Input, Label, Select, Text, clx, toast } from "@medusajs/ui"
import { useCartons, useCompletePack, useDeliverPack, useShipPack, type PackSession } from "../../lib/use-pack-session"
import { errorMessage } from "../../lib/errors"
import { benchText } from "../../lib/scan-text"
import { Stat } from "../common/section"
import { ProgressBar } from "./progress-bar"

const RECOMMENDED = "__recommended__"
const kg = (g: number | null | undefined) => (g == null ? "—" : `${(g / 1000).toFixed(2)} kg`)
const splitTracking = (value: string) =>
  value
    .split(/[\s,;]+/)
    .map((t) => t.trim())
    .filter(Boolean)

/**
 * The pack bench for one session: what to pack and how far it is, then completion, shipping
 * and delivery as the server reports them (so a reload shows the real stage and tracking).
 * Scans come from the page's scan input.
 */
export const PackBench = ({ session, onPrint }: { session: PackSession; onPrint: () => void }) => {
  const complete = useCompletePack(session.id)
  const ship = useShipPack(session.id)
  const deliver = useDeliverPack(session.id)
  const { data: cartons } = useCartons(session.stock_location_id)
  const [carton, setCarton] = useState(RECOMMENDED)
  const [tracking, setTracking] = useState("")
  const rec = session.recommendation
  const open = session.status === "open"
  const allScanned = session.progress.complete

  const { stage, next_action, tracking_numbers } = session.shipment

  const trackingNumbers = splitTracking(tracking)
  const onComplete = () =>
    complete.mutate(
      {
        ...(carton !== RECOMMENDED ? { carton_code: carton } : {}),
        ...(trackingNumbers.length ? { tracking_numbers: trackingNumbers } : {}),
      },
      {
        onSuccess: () => {
          setTracking("")
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
        <div
          data-shipment-stage={stage}
          className={clx(
            "flex flex-col gap-y-3 rounded-lg border-2 p-4",
            stage === "canceled" ? "border-ui-border-base bg-ui-bg-subtle" : "border-ui-tag-green-border bg-ui-tag-green-bg"
          )}
        >
          <span className={clx("text-2xl font-bold", stage !== "canceled" && "text-ui-tag-green-text")}>{benchText.stageHeadline[stage]}</span>
          <Text size="small">
            {session.carton_code ? `Carton ${session.carton_code}` : "Recommended packing"}
            {tracking_numbers.length ? ` · ${benchText.tracking(tracking_numbers)}` : ""}
          </Text>
          {next_action === "ship" && (
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
                      onSuccess: () => setTracking(""),
                      onError: (e) => toast.error("Could not ship", { description: errorMessage(e) }),
                    }
                  )
                }
              >
                Mark shipped
              </Button>
            </div>
          )}
          {next_action === "deliver" && (
            <Button
              size="large"
              variant="secondary"
              className="h-12"
              isLoading={deliver.isPending}
              onClick={() =>
                deliver.mutate({}, { onError: (e) => toast.error("Could not mark delivered", { description: errorMessage(e) }) })
              }
            >
              Mark delivered
            </Button>
          )}
          {(next_action === null || next_action === "ship" || next_action === "deliver") && (
            <Text size="small" className="text-ui-fg-subtle">
              {benchText.next}
            </Text>
          )}
        </div>
      )}

      <Button size="large" variant="secondary" className="h-12" onClick={onPrint}>
        Print packing slip
      </Button>
    </div>
  )
}
