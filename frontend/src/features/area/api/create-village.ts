import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'
import { villagesQueryKey, type Village } from './list-villages'

export type VillageRequest = Schemas['VillageRequest']

export async function createVillage(communeCode: string, body: VillageRequest): Promise<Village> {
  return requireData(
    await apiClient.POST('/api/v1/communes/{communeCode}/villages', { params: { path: { communeCode } }, body }),
  )
}

export function useCreateVillage(communeCode: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: VillageRequest) => createVillage(communeCode, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: villagesQueryKey(communeCode) }),
  })
}
