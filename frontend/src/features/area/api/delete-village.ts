import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiClient, ifMatch } from '@/lib/api-client'
import { villagesQueryKey, type Village } from './list-villages'

/** Deletes a village; the server answers 412 if someone changed it since `village.version`. */
export async function deleteVillage(village: Pick<Village, 'id' | 'communeCode' | 'version'>): Promise<void> {
  await apiClient.DELETE('/api/v1/communes/{communeCode}/villages/{id}', {
    params: {
      path: { communeCode: village.communeCode, id: village.id },
      header: { 'If-Match': ifMatch(village.version) },
    },
  })
}

export function useDeleteVillage(communeCode: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: deleteVillage,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: villagesQueryKey(communeCode) }),
  })
}
