import type { Count, MovementFigures, MovementKind, MovementReport } from '../api/get-movement'

/** The form's columns, in its order: how households leave the list … */
export const DECREASE_KINDS: Record<MovementKind, readonly string[]> = {
  POOR: ['TO_NEAR_POOR', 'ESCAPED', 'OTHER'],
  NEAR_POOR: ['TO_POOR', 'ESCAPED', 'OTHER'],
}

/** … and how they join it. */
export const INCREASE_KINDS: Record<MovementKind, readonly string[]> = {
  POOR: ['FROM_NEAR_POOR', 'RE_POOR', 'NEWLY_POOR', 'OTHER'],
  NEAR_POOR: ['FROM_POOR', 'NEWLY_NEAR_POOR', 'OTHER'],
}

/** Households or persons (nhân khẩu): the form counts both. */
export type MovementMeasure = keyof Count

/** One line of the table in one measure: start, each decrease and increase with their totals, end. */
export interface MovementLine {
  key: string
  name: string
  start: number
  decreases: Record<string, number>
  decreasesTotal: number
  increases: Record<string, number>
  increasesTotal: number
  end: number
  /** end = start − decreases + increases */
  balanced: boolean
}

/** The kinds of a report's columns: the form's, then any other the server sends. */
export function movementKinds(report: Pick<MovementReport, 'kind' | 'total'>) {
  const extra = (known: readonly string[], present: Record<string, Count>) =>
    Object.keys(present).filter((kind) => !known.includes(kind))
  return {
    decreases: [...DECREASE_KINDS[report.kind], ...extra(DECREASE_KINDS[report.kind], report.total.decreases)],
    increases: [...INCREASE_KINDS[report.kind], ...extra(INCREASE_KINDS[report.kind], report.total.increases)],
  }
}

function line(key: string, name: string, figures: MovementFigures, measure: MovementMeasure): MovementLine {
  const pick = (counts: Record<string, Count>) =>
    Object.fromEntries(Object.entries(counts).map(([kind, count]) => [kind, count[measure]]))
  const start = figures.start[measure]
  const decreasesTotal = figures.decreasesTotal[measure]
  const increasesTotal = figures.increasesTotal[measure]
  const end = figures.end[measure]
  return {
    key,
    name,
    start,
    decreases: pick(figures.decreases),
    decreasesTotal,
    increases: pick(figures.increases),
    increasesTotal,
    end,
    balanced: end === start - decreasesTotal + increasesTotal,
  }
}

/** The report's lines (villages or communes) and its total line, in one measure. */
export function movementLines(report: MovementReport, measure: MovementMeasure): { rows: MovementLine[]; total: MovementLine } {
  return {
    rows: report.rows.map((row, index) => line(row.key ?? `row-${index}`, row.name, row.figures, measure)),
    total: line('TOTAL', report.areaName, report.total, measure),
  }
}

/** The sum of lines, column by column (the total line must equal it). */
export function sumLines(rows: readonly MovementLine[], kinds: { decreases: readonly string[]; increases: readonly string[] }) {
  const sum = (value: (row: MovementLine) => number) => rows.reduce((total, row) => total + value(row), 0)
  return {
    start: sum((row) => row.start),
    decreases: Object.fromEntries(kinds.decreases.map((kind) => [kind, sum((row) => row.decreases[kind] ?? 0)])),
    decreasesTotal: sum((row) => row.decreasesTotal),
    increases: Object.fromEntries(kinds.increases.map((kind) => [kind, sum((row) => row.increases[kind] ?? 0)])),
    increasesTotal: sum((row) => row.increasesTotal),
    end: sum((row) => row.end),
  }
}
