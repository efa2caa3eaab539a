import type { Schemas } from '@/lib/api-client'

type ImportPhase = Schemas['ImportPhase']

export const IMPORT_PHASES = [
  'QUEUED',
  'STAGING',
  'VALIDATING',
  'VALIDATED',
  'COMMITTING',
  'COMMITTED',
  'UNDOING',
  'UNDONE',
  'CANCELLED',
  'FAILED',
] as const satisfies readonly ImportPhase[]

/** The phases the server works on: the page asks for the progress every second. */
const RUNNING: readonly ImportPhase[] = ['QUEUED', 'STAGING', 'VALIDATING', 'COMMITTING', 'UNDOING']

export function isRunning(phase: ImportPhase): boolean {
  return RUNNING.includes(phase)
}

/** An import can be given up until its commit starts. */
export function isCancellable(phase: ImportPhase): boolean {
  return phase === 'QUEUED' || phase === 'STAGING' || phase === 'VALIDATING' || phase === 'VALIDATED'
}

