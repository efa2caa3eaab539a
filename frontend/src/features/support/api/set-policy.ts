import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import { supportKeys } from './keys'
import type { SupportKind } from './list-kinds'

export interface SetPolicyInput {
  kindCode: string
  provinceCode: string
  body: Schemas['KindPolicyRequest']
}

/** A province's policy on a kind of support: discouraged kinds warn in every plan that has them. */
export async function setPolicy({ kindCode, provinceCode, body }: SetPolicyInput): Promise<SupportKind[]> {
  return requireData(
    await apiClient.PUT('/api/v1/support/catalogue/{kindCode}/policies/{provinceCode}', {
      params: { path: { kindCode, provinceCode } },
      body,
    }),
  )
}

export function useSetPolicy() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: setPolicy,
    onSuccess: (kinds, { provinceCode }) => queryClient.setQueryData(supportKeys.catalogue(provinceCode), kinds),
  })
}
