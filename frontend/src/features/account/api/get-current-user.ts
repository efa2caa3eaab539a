import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'

export type CurrentUser = Schemas['CurrentUserView']

export async function getCurrentUser(): Promise<CurrentUser> {
  return requireData(await apiClient.GET('/api/v1/me'))
}

export const getCurrentUserQueryOptions = () =>
  queryOptions({
    queryKey: ['account', 'me'],
    queryFn: getCurrentUser,
    staleTime: 5 * 60 * 1000,
  })

export function useCurrentUser() {
  return useQuery(getCurrentUserQueryOptions())
}
