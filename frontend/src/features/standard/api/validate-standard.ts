import { useMutation } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'

export type StandardValidation = Schemas['StandardValidation']

/** Every reason the standard could not be published now (empty when it could). */
export async function validateStandard(code: string): Promise<StandardValidation> {
  return requireData(await apiClient.POST('/api/v1/standards/{code}/validation', { params: { path: { code } } }))
}

export function useValidateStandard() {
  return useMutation({ mutationFn: validateStandard })
}
