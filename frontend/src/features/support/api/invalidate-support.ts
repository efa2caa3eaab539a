import type { QueryClient } from '@tanstack/react-query'
import type { Plan } from './get-plan'
import { supportKeys, supportQueryKey } from './keys'

/** After a write: everything the support pages read (lists, plans, reports) is read again. */
export async function invalidateSupport(queryClient: QueryClient): Promise<void> {
  await queryClient.invalidateQueries({ queryKey: supportQueryKey })
}

/** After a write that answers with the plan: the plan is shown at once, the rest read again. */
export async function planChanged(queryClient: QueryClient, plan: Plan): Promise<void> {
  queryClient.setQueryData(supportKeys.plan(plan.id), plan)
  await queryClient.invalidateQueries({
    queryKey: supportQueryKey,
    predicate: (query) => !(query.queryKey[1] === 'plan' && query.queryKey[2] === plan.id),
  })
}
