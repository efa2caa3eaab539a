import type { Violation } from '@/lib/api-client'

export type FieldPath = (string | number)[]

/**
 * The form field a server violation names: "members[0].citizenId" → ["members", 0, "citizenId"].
 * A leading method/argument prefix ("createHousehold.request.phone") is dropped by keeping the
 * path from the first segment the form knows.
 */
export function violationPath(field: string, knownRoots: readonly string[]): FieldPath | undefined {
  const segments: FieldPath = field
    .split('.')
    .flatMap((part) => {
      const match = /^([^[\]]+)((?:\[\d+\])*)$/.exec(part)
      if (!match) return [part]
      const indexes = [...match[2].matchAll(/\[(\d+)\]/g)].map((index) => Number(index[1]))
      return [match[1], ...indexes]
    })
  const start = segments.findIndex((segment) => typeof segment === 'string' && knownRoots.includes(segment))
  return start < 0 ? undefined : segments.slice(start)
}

export interface PlacedViolations {
  /** Violations on a field of the form, by its path. */
  fields: { name: FieldPath; errors: string[] }[]
  /** Violations on nothing the form shows (shown in the form's alert instead). */
  rest: Violation[]
}

/** Splits violations between the form's fields and the rest; several on one field are joined. */
export function placeViolations(
  violations: readonly Violation[],
  knownRoots: readonly string[],
  message: (path: FieldPath, violation: Violation) => string = (_, violation) => violation.message,
): PlacedViolations {
  const fields = new Map<string, { name: FieldPath; errors: string[] }>()
  const rest: Violation[] = []
  for (const violation of violations) {
    const name = violationPath(violation.field, knownRoots)
    if (!name) {
      rest.push(violation)
      continue
    }
    const key = JSON.stringify(name)
    const entry = fields.get(key) ?? { name, errors: [] }
    entry.errors.push(message(name, violation))
    fields.set(key, entry)
  }
  return { fields: [...fields.values()], rest }
}
