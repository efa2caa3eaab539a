/**
 * Query keys of the support feature. Every key starts with `support`, so a write can refresh all
 * that it may have changed (plans, lists, reports) at once.
 */
export const supportQueryKey = ['support'] as const

export const supportKeys = {
  agencies: (provinceCode: string) => [...supportQueryKey, 'agencies', provinceCode] as const,
  agency: (id: string) => [...supportQueryKey, 'agency', id] as const,
  groups: (filter: object) => [...supportQueryKey, 'groups', filter] as const,
  group: (id: string) => [...supportQueryKey, 'group', id] as const,
  catalogue: (provinceCode: string | undefined) => [...supportQueryKey, 'catalogue', provinceCode ?? ''] as const,
  targets: (filter: object) => [...supportQueryKey, 'targets', filter] as const,
  plans: (filter: object) => [...supportQueryKey, 'plans', filter] as const,
  plan: (id: string) => [...supportQueryKey, 'plan', id] as const,
  overdue: (filter: object) => [...supportQueryKey, 'overdue', filter] as const,
  crossCheck: (id: string) => [...supportQueryKey, 'cross-check', id] as const,
  groupCrossChecks: (groupId: string, year: number | undefined) =>
    [...supportQueryKey, 'group-cross-checks', groupId, year ?? null] as const,
  groupReport: (groupId: string, year: number) => [...supportQueryKey, 'group-report', groupId, year] as const,
  agencyReport: (agencyId: string, year: number) => [...supportQueryKey, 'agency-report', agencyId, year] as const,
  effect: (areaCode: string, year: number) => [...supportQueryKey, 'effect', areaCode, year] as const,
}
