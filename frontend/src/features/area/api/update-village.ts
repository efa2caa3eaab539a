import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient, ifMatch, requireData } from '@/lib/api-client'
import type { VillageRequest } from './create-village'
import { villagesQueryKey, type Village } from './list-villages'

export interface UpdateVillageInput {
  village: Pick<Village, 'id' | 'communeCode' | 'version'>
  body: VillageRequest
}

/** Saves a village; the server answers 412 if someone changed it since `village.version`. */
export async function updateVillage({ village, body }: UpdateVillageInput): Promise<Village> {
  return requireData(
    await apiClient.PUT('/api/v1/communes/{communeCode}/villages/{id}', {
      params: {
        path: { communeCode: village.communeCode, id: village.id },
        header: { 'If-Match': ifMatch(village.version) },
      },
      body,
    }),
  )
}

export function useUpdateVillage(communeCode: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: updateVillage,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: villagesQueryKey(communeCode) }),
  })
}
