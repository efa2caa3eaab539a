import { Navigate } from 'react-router'
import { FullPageSpin } from '@/components/full-page-spin'
import { useCurrentUser } from '@/features/account/api/get-current-user'
import { isSupportAgencyUser } from '@/lib/authorization'

/** The landing page by role: helping agencies land on their workspace, everyone else on the areas. */
export function HomeRoute() {
  const currentUser = useCurrentUser()
  if (currentUser.isPending) return <FullPageSpin />
  return <Navigate to={isSupportAgencyUser(currentUser.data) ? '/support' : '/areas'} replace />
}
