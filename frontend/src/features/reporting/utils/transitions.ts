import type { TransitionMatrix } from '../api/get-transitions'

/** Rows and columns in the order of the classes, no record last. */
export const TRANSITION_CLASSES = ['POOR', 'NEAR_POOR', 'AVERAGE_LIVING', 'NOT_POOR', 'NONE'] as const
export type TransitionClass = (typeof TRANSITION_CLASSES)[number]

export interface MatrixRow {
  from: string
  counts: Record<string, number>
  total: number
}

/** The classes a matrix uses: the known ones in order, then any other the server sends. */
function classesOf(matrix: TransitionMatrix): string[] {
  const present = new Set([...Object.keys(matrix.counts), ...Object.values(matrix.counts).flatMap((row) => Object.keys(row))])
  return [...TRANSITION_CLASSES.filter((known) => present.has(known)), ...[...present].filter((code) => !TRANSITION_CLASSES.includes(code as TransitionClass))]
}

/** The rows of the matrix with their totals, and the column totals. */
export function transitionRows(matrix: TransitionMatrix): { classes: string[]; rows: MatrixRow[]; columnTotals: Record<string, number>; total: number } {
  const classes = classesOf(matrix)
  const rows = classes.map((from) => {
    const counts = Object.fromEntries(classes.map((to) => [to, matrix.counts[from]?.[to] ?? 0]))
    return { from, counts, total: Object.values(counts).reduce((sum, count) => sum + count, 0) }
  })
  const columnTotals = Object.fromEntries(classes.map((to) => [to, rows.reduce((sum, row) => sum + row.counts[to], 0)]))
  return { classes, rows, columnTotals, total: rows.reduce((sum, row) => sum + row.total, 0) }
}

