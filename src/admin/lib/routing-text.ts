import { formatCount } from "./kpi-format"
import type { Translate } from "./translate"
import type { RoutingStrategy } from "./types"

/** The strategies staff can choose, in the order the pickers list them. */
export const STRATEGY_CHOICES: RoutingStrategy[] = ["closest_full_stock", "fewest_shipments", "priority"]

/** A routing strategy in the merchant's words ("Closest centre with full stock"), never its code. */
export const strategyText = (t: Translate, strategy: string | null | undefined) =>
  strategy ? t(`routing.strategy.${strategy}.label`, { defaultValue: t("routing.strategy.other") }) : "—"

/** One line on what the strategy does. */
export const strategyHint = (t: Translate, strategy: string) => t(`routing.strategy.${strategy}.hint`, { defaultValue: "" })

/** What started a routing decision: the order being placed, a re-route, an order edit. */
export const triggerText = (t: Translate, trigger: string) =>
  t(`routing.trigger.${trigger.replace(/\./g, "_")}`, { defaultValue: t("routing.trigger.other") })

/** Who acted: staff are "an admin user" (never their id), the customer, or the system. */
export function actorText(t: Translate, actor: string | null | undefined): string {
  if (!actor || actor === "system") return t("routing.actor.system")
  if (actor === "customer") return t("routing.actor.customer")
  if (/^user_/.test(actor) || actor === "admin") return t("routing.actor.admin")
  return t("routing.actor.other")
}

/** Day, month and time in the admin's language: "1 Dec, 14:05" / "1 Des 14.05". */
export function dateTimeText(value: string | Date | null | undefined, locale: string): string {
  if (!value) return "—"
  const date = typeof value === "string" ? new Date(value) : value
  if (Number.isNaN(date.getTime())) return "—"
  return date.toLocaleString(locale, { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" })
}

/** Kilometres with the locale's decimal sign: one decimal under 10 km. */
export function kmText(km: number | null | undefined, locale: string): string {
  if (km == null || !Number.isFinite(km)) return "—"
  const digits = km < 10 ? 1 : 0
  return `${new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(km)} km`
}

/** A whole number in the admin's language. */
export const countText = formatCount

/** An order line by its title; a line no longer on the order is "an item removed from the order". */
export function lineTitle(t: Translate, lineId: string, items: { id: string; title: string }[]): string {
  return items.find((i) => i.id === lineId)?.title ?? t("routing.removedItem")
}
