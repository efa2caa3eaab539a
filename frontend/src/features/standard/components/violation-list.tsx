import type { Violation } from '@/lib/api-client'

/** The problems the server found in a standard (field: what is wrong), as a list. */
export function ViolationList({ violations }: { violations: Violation[] }) {
  return (
    <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="violations">
      {violations.map((violation, index) => (
        <li key={index}>
          {violation.field && violation.field !== 'definition' ? `${violation.field}: ` : ''}
          {violation.message}
        </li>
      ))}
    </ul>
  )
}
