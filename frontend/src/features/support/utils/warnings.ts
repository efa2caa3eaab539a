import type { SupportKind } from '../api/list-kinds'
import { WARNING_DISCOURAGED, WARNING_NO_NEED, type SupportItem } from '../api/get-plan'

/** What an item warns about, for its row. */
export interface ItemWarnings {
  /** The province discourages the kind: its policy note, or '' when it gave none. */
  discouraged?: string
  /** The item addresses nothing the household lacks: to be reviewed. */
  noNeed: boolean
}

export function itemWarnings(item: Pick<SupportItem, 'warnings' | 'kindCode'>, kinds: readonly SupportKind[]): ItemWarnings {
  const kind = kinds.find((candidate) => candidate.code === item.kindCode)
  return {
    discouraged: item.warnings.includes(WARNING_DISCOURAGED) ? (kind?.policyNote ?? '') : undefined,
    noNeed: item.warnings.includes(WARNING_NO_NEED),
  }
}
