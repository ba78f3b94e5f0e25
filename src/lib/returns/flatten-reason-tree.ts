import type { LocalisedText, RootCause } from "./facts"
import { DEFAULT_RETURN_REASONS, type ReturnReasonNode } from "./reason-tree"

export type ReasonLocale = keyof LocalisedText

/** One reason to create, in `createReturnReasonsWorkflow`'s terms plus what the seeding step needs. */
export interface ReturnReasonRow {
  value: string
  /** In the locale asked for: Medusa keeps one label per reason (others go to its translations). */
  label: string
  labels: LocalisedText
  /** Resolve to the parent's id (`parent_return_reason_id`): the parent's row always comes earlier. */
  parent_value: string | null
  cause: RootCause
}

/**
 * The tree as rows, each parent before its children (depth first), so a seeding step can create
 * them in this order and know every parent's id by the time a child needs it.
 */
export function flattenReasonTree(
  tree: readonly ReturnReasonNode[] = DEFAULT_RETURN_REASONS,
  locale: ReasonLocale = "en"
): ReturnReasonRow[] {
  const rows: ReturnReasonRow[] = []
  const visit = (node: ReturnReasonNode, parent_value: string | null) => {
    rows.push({ value: node.value, label: node.label[locale], labels: node.label, parent_value, cause: node.cause })
    for (const child of node.children ?? []) visit(child, node.value)
  }
  for (const node of tree) visit(node, null)
  return rows
}
