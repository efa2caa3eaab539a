import { useMutation } from '@tanstack/react-query'
import { apiClient, requireData } from '@/lib/api-client'

export interface SetContactsInput {
  unitCode: string
  emails: string[]
}

/** Whom to e-mail about a unit's reports (replaces the list); answers the addresses kept. */
export async function setContacts({ unitCode, emails }: SetContactsInput): Promise<string[]> {
  return requireData(
    await apiClient.PUT('/api/v1/reporting/contacts/{unitCode}', { params: { path: { unitCode } }, body: { emails } }),
  )
}

export function useSetContacts() {
  return useMutation({ mutationFn: setContacts })
}
