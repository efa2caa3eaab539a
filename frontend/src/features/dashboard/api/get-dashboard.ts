import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiClient, requireData, type Schemas } from '@/lib/api-client'

export type Dashboard = Schemas['DashboardView']
export type YearFigure = Schemas['YearFigure']
export type Target = Schemas['PovertyTargetView']
export type TargetIndicator = Schemas['TargetIndicator']
export type Light = Schemas['Light']
export type AreaValue = Schemas['AreaValue']
export type DeadlineStatus = Schemas['DeadlineStatus']
export type DeprivationShare = Schemas['DeprivationShare']

export const TARGET_INDICATORS = [
  'POVERTY_RATE',
  'NEAR_POVERTY_RATE',
  'NO_LABOUR_POOR_RATE',
  'ESCAPED_HOUSEHOLDS',
  'MERITORIOUS_POOR',
] as const satisfies readonly TargetIndicator[]

export const LIGHTS = ['GREEN', 'AMBER', 'RED', 'NO_DATA'] as const satisfies readonly Light[]

/** The country, as the dashboard's area code. */
export const NATIONAL = 'VN'

/** Key of a unit's dashboard and of everything read beside it (hand-entered figures): writes invalidate it. */
export const dashboardQueryKey = (areaCode: string) => ['dashboard', areaCode] as const

export async function getDashboard(areaCode: string, signal?: AbortSignal): Promise<Dashboard> {
  return requireData(await apiClient.GET('/api/v1/dashboards/{areaCode}', { params: { path: { areaCode } }, signal }))
}

export const getDashboardQueryOptions = (areaCode: string) =>
  queryOptions({
    queryKey: dashboardQueryKey(areaCode),
    queryFn: ({ signal }) => getDashboard(areaCode, signal),
  })

export function useDashboard(areaCode: string) {
  return useQuery({ ...getDashboardQueryOptions(areaCode), enabled: areaCode !== '' })
}
