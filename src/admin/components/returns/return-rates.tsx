import { Text } from "@medusajs/ui"
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import { useOmsTranslation } from "../../lib/i18n"
import { formatCount, formatMoney, formatRate } from "../../lib/kpi-format"
import { RETURN_RATE_DIMENSIONS, ROOT_CAUSE_LABELS, type ReturnRateDimension, type ReturnRateGroup, type RootCause } from "../../lib/kpi-types"
import { useReturnRates } from "../../lib/use-returns"
import { useProductTitles, useRegions, useSalesChannels, useUserNames } from "../../lib/use-store-data"
import { useUrlState } from "../../lib/use-url-state"
import { CompactTable } from "../common/compact-table"
import { Section } from "../common/section"
import { FilterSelect } from "../dashboard/dashboard-filters"

/** An axis tick: a whole percentage. */
const formatPercent = (share: number, locale: string) => new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(share)

const LINE_COLOURS = ["var(--tag-red-icon)", "var(--tag-orange-icon)", "var(--tag-purple-icon)", "var(--tag-blue-icon)", "var(--tag-green-icon)"]

/** How a breakdown's groups are named: the store's own names where the admin can read them. */
function useGroupNames(by: ReturnRateDimension, groups: ReturnRateGroup[], centreName: (id: string | null) => string) {
  const { t, contentLocale } = useOmsTranslation()
  const keys = groups.map((g) => g.key).filter((k): k is string => !!k)
  const product = useProductTitles(by === "product" ? keys : [])
  const user = useUserNames(by === "picker" || by === "packer" ? keys : [])
  const { data: channels } = useSalesChannels()
  const { data: regions } = useRegions()
  return (group: Pick<ReturnRateGroup, "key" | "label">): string => {
    const key = group.key
    if (key === null) return t(`returns.rates.unknown.${by}`)
    switch (by) {
      case "product":
        return product(key) ?? t("returns.unknownProduct")
      case "centre":
        return centreName(key)
      case "picker":
      case "packer":
        return user(key) ?? t("returns.staff")
      case "cause":
        return ROOT_CAUSE_LABELS[key as RootCause]?.[contentLocale] ?? key
      case "channel":
        return channels?.find((c) => c.id === key)?.name ?? t("returns.rates.removed")
      case "region":
        return regions?.find((r) => r.id === key)?.name ?? t("returns.rates.removed")
      case "carton":
        return t("returns.carton", { code: key })
      default:
        return group.label ?? t("returns.rates.removed")
    }
  }
}

/**
 * The return rate of the period's orders broken down by what the merchant chooses, the groups
 * to look at first with what their customers wrote, and the rate week by week.
 */
export const ReturnRates = ({
  period,
  centre,
  cause,
  centreName,
}: {
  period: { from: string; to: string }
  centre: string | null
  cause: RootCause | null
  centreName: (id: string | null) => string
}) => {
  const { t, locale } = useOmsTranslation()
  const [byParam, setBy] = useUrlState("by")
  const by = (RETURN_RATE_DIMENSIONS as readonly string[]).includes(byParam ?? "") ? (byParam as ReturnRateDimension) : "product"
  const rates = useReturnRates({ ...period, stock_location_id: centre, cause, by })
  const data = rates.data
  const name = useGroupNames(by, [...(data?.groups ?? []), ...(data?.offenders ?? [])], centreName)
  const money = (amount: number | null) => (amount == null ? "—" : formatMoney(amount, data?.totals.currency_code ?? null, locale))
  const week = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short" })
  const chart = (data?.over_time ?? []).map((w) => ({
    week: week.format(new Date(`${w.week}T00:00:00`)),
    all: w.rate,
    ...Object.fromEntries((data?.offenders ?? []).map((o, i) => [`g${i}`, w.groups[o.key as string]?.rate ?? null])),
  }))
  const series = [{ key: "all", label: t("returns.rates.allUnits"), colour: "var(--fg-base)" }, ...(data?.offenders ?? []).map((o, i) => ({ key: `g${i}`, label: name(o), colour: LINE_COLOURS[i % LINE_COLOURS.length] }))]

  return (
    <>
      <Section
        title={t("returns.rates.title")}
        description={t("returns.rates.text")}
        actions={
          <FilterSelect
            id="oms-rate-by"
            label={t("returns.rates.by")}
            value={by}
            onChange={(value) => setBy(value === "product" ? null : value)}
            options={RETURN_RATE_DIMENSIONS.map((d) => ({ value: d, label: t(`returns.rates.dimension.${d}`) }))}
          />
        }
      />
      {rates.isError && (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-error">
            {t("returns.rates.error")}
          </Text>
        </div>
      )}
      {data && (
        <div className={rates.isFetching ? "opacity-60" : undefined}>
          <div className="px-6 py-3">
            <Text size="small" className="text-ui-fg-subtle">
              {data.totals.shipped_units
                ? t("returns.rates.summary", {
                    count: data.totals.shipped_units,
                    rate: formatRate(data.totals.rate.rate, locale),
                    returned: formatCount(data.totals.returned_units, locale),
                    shipped: formatCount(data.totals.shipped_units, locale),
                  })
                : t("returns.rates.nothingShipped")}
              {data.totals.refund_by_currency.length > 0 &&
                ` · ${t("returns.rates.value", { value: data.totals.refund_by_currency.map((c) => formatMoney(c.amount, c.currency_code, locale)).join(" + ") })}`}
            </Text>
          </div>

          {data.offenders.length > 0 && (
            <div className="flex flex-col gap-y-2 px-6 py-4">
              <Text size="small" weight="plus">
                {t("returns.rates.offenders")}
              </Text>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {t("returns.rates.offendersText")}
              </Text>
              <div className="grid grid-cols-1 gap-3 md:grid-cols-2 xl:grid-cols-3">
                {data.offenders.map((o, i) => (
                  <div key={o.key} className="bg-ui-bg-subtle flex flex-col gap-y-1 rounded-lg px-4 py-3">
                    <div className="flex items-center gap-x-2">
                      <span className="size-2.5 shrink-0 rounded-full" style={{ background: LINE_COLOURS[i % LINE_COLOURS.length] }} />
                      <Text size="small" weight="plus" className="truncate">
                        {name(o)}
                      </Text>
                    </div>
                    <Text size="xlarge" weight="plus" className="tabular-nums">
                      {formatRate(o.rate.rate, locale)}
                    </Text>
                    <Text size="xsmall" className="text-ui-fg-subtle tabular-nums">
                      {t("returns.rates.unitsOf", { count: o.shipped_units, n: formatCount(o.returned_units, locale), total: formatCount(o.shipped_units, locale) })}
                      {o.refund != null && ` · ${money(o.refund)}`}
                    </Text>
                    {o.words.length > 0 ? (
                      <ul className="mt-1 flex flex-col gap-y-0.5">
                        {o.words.map((w, j) => (
                          <li key={j}>
                            <Text size="xsmall" className="whitespace-normal italic">
                              “{w.note}”
                            </Text>
                          </li>
                        ))}
                      </ul>
                    ) : (
                      <Text size="xsmall" className="text-ui-fg-muted mt-1">
                        {t("returns.rates.noWords")}
                      </Text>
                    )}
                  </div>
                ))}
              </div>
            </div>
          )}

          {chart.length > 1 && (
            <div className="flex flex-col gap-y-2 px-6 py-4">
              <Text size="small" weight="plus">
                {t("returns.rates.overTime")}
              </Text>
              <div className="flex flex-wrap gap-x-4 gap-y-1">
                {series.map((s) => (
                  <span key={s.key} className="inline-flex items-center gap-x-1.5">
                    <span className="h-0.5 w-4 rounded" style={{ background: s.colour }} />
                    <Text size="xsmall" className="text-ui-fg-subtle">
                      {s.label}
                    </Text>
                  </span>
                ))}
              </div>
              <div className="h-[220px] w-full" role="img" aria-label={t("returns.rates.overTime")}>
                <ResponsiveContainer width="100%" height="100%">
                  <LineChart data={chart} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
                    <CartesianGrid vertical={false} stroke="var(--border-base)" />
                    <XAxis dataKey="week" tick={{ fill: "var(--fg-muted)", fontSize: 12 }} axisLine={false} tickLine={false} />
                    <YAxis tickFormatter={(v: number) => formatPercent(v, locale)} tick={{ fill: "var(--fg-muted)", fontSize: 12 }} axisLine={false} tickLine={false} width={56} />
                    <Tooltip formatter={(value: unknown, key: unknown) => [formatRate(Number(value), locale), series.find((s) => s.key === key)?.label ?? String(key)]} />
                    {series.map((s) => (
                      <Line key={s.key} dataKey={s.key} stroke={s.colour} strokeWidth={s.key === "all" ? 2.5 : 1.5} dot={s.key === "all" ? false : { r: 2 }} isAnimationActive={false} />
                    ))}
                  </LineChart>
                </ResponsiveContainer>
              </div>
            </div>
          )}

          <div className="px-6 py-4">
            <CompactTable
              columns={[
                { header: t(`returns.rates.dimension.${by}`), cell: (g) => name(g) },
                { header: t("returns.rates.col.shipped"), numeric: true, cell: (g) => formatCount(g.shipped_units, locale) },
                { header: t("returns.rates.col.returned"), numeric: true, cell: (g) => formatCount(g.returned_units, locale) },
                { header: t("returns.rates.col.rate"), numeric: true, cell: (g) => formatRate(g.rate.rate, locale) },
                { header: t("returns.rates.col.value"), numeric: true, cell: (g) => money(g.refund) },
              ]}
              rows={data.groups}
              rowKey={(g) => String(g.key)}
              empty={t("returns.rates.nothingShipped")}
            />
            {data.group_count > data.groups.length && (
              <Text size="xsmall" className="text-ui-fg-muted pt-2">
                {t("returns.rates.more", { shown: formatCount(data.groups.length, locale), total: formatCount(data.group_count, locale) })}
              </Text>
            )}
          </div>
        </div>
      )}
    </>
  )
}
