import { Stat } from "../common/section"
import { useOmsTranslation } from "../../lib/i18n"
import { routeSaving, type Wave } from "../../lib/use-waves"

const METHODS = new Set(["ratliff-rosenthal", "multi-block", "s-shape"])

/** The planned walk against walking every aisle in turn, in staff words (no algorithm names). */
export const RouteSummary = ({ wave }: { wave: Wave }) => {
  const { t } = useOmsTranslation()
  const saving = routeSaving(wave.route)
  const stops = new Set(wave.lines.map((l) => l.bin_code)).size
  const metres = (m: number | null | undefined) => (m == null ? "—" : t("wave.route.metres", { count: Math.round(m) }))
  const method = wave.route?.method
  return (
    <div data-route-summary="" className="grid grid-cols-2 gap-4 sm:grid-cols-4">
      <Stat
        label={t("wave.route.walk")}
        value={metres(wave.route?.distance_m)}
        hint={method ? t(`wave.route.method.${METHODS.has(method) ? method : "planned"}`) : undefined}
      />
      <Stat label={t("wave.route.aisleByAisle")} value={metres(wave.route?.s_shape_distance_m)} />
      <Stat
        label={t("wave.route.saving")}
        value={
          saving == null ? (
            "—"
          ) : (
            <span className={saving > 0 ? "text-ui-tag-green-text" : undefined}>
              {saving > 0
                ? t("wave.route.shorter", { percent: saving.toFixed(0) })
                : saving < 0
                  ? t("wave.route.longer", { percent: (-saving).toFixed(0) })
                  : t("wave.route.same")}
            </span>
          )
        }
      />
      <Stat
        label={t("wave.route.work")}
        value={t("wave.route.bins", { count: stops })}
        hint={t("wave.route.ordersUnits", { orders: wave.orders.length, units: wave.progress.units_total })}
      />
    </div>
  )
}
