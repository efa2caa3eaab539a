import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { TEST_PICKERS } from '@/testing/area-pickers'
import { requestsTo, stubBackend } from '@/testing/backend'
import { jsonResponse, renderWithProviders } from '@/testing/render'
import { GROUP, GROUP_ID, OVERDUE, PLAN_ID, PLAN_SUMMARY, PRIORITY_TARGET, TARGET } from '@/testing/support'
import { READ_ONLY, type SupportPermissions } from '../utils/permissions'
import { OverdueVisits } from './overdue-visits'
import { SupportWorkspace } from './support-workspace'

const AGENCY: SupportPermissions = { ...READ_ONLY, agencyUser: true, writePlans: true, findings: true }
const OFFICER: SupportPermissions = { ...READ_ONLY, writePlans: true, assign: true, pair: true, findings: true, effect: true }
const NAMES: Record<string, string> = {
  HEALTH_INSURANCE: 'Bảo hiểm y tế',
  SANITATION: 'Nhà tiêu hợp vệ sinh',
  EMPLOYMENT: 'Việc làm',
}
const indicatorName = (code: string) => NAMES[code] ?? code

function stubSupport() {
  return stubBackend({
    'GET /api/v1/support/groups': () => jsonResponse([GROUP]),
    'GET /api/v1/support/households': () => jsonResponse({ items: [TARGET, PRIORITY_TARGET], nextCursor: null }),
    'GET /api/v1/support/plans': () => jsonResponse([PLAN_SUMMARY]),
    'GET /api/v1/support/overdue-visits': () => jsonResponse(OVERDUE),
  })
}

function rowOf(table: HTMLElement, text: string): HTMLElement {
  const row = within(table).getByText(text).closest<HTMLElement>('tr')
  if (!row) throw new Error(`no row with ${text}`)
  return row
}

describe('OverdueVisits', () => {
  it('lists the households not visited this month, each leading to its plan', () => {
    renderWithProviders(<OverdueVisits visits={OVERDUE} loading={false} />)
    const table = screen.getByTestId('overdue-visits')
    const never = rowOf(table, 'Lê Văn Hưng')
    expect(within(never).getByRole('link', { name: '20179-00001' }).getAttribute('href')).toBe(`/support/plans/${PLAN_ID}`)
    expect(within(never).getByText('Chưa thăm')).toBeTruthy()
    const last = rowOf(table, 'Quỳnh Minh Cường')
    expect(within(last).getByText('14/10/2026')).toBeTruthy()
    expect(within(last).getByText('Nhóm Trạm Khuyến nông lâm ngư')).toBeTruthy()
  })

  it('says so when every household was visited', () => {
    renderWithProviders(<OverdueVisits visits={[]} loading={false} />)
    expect(screen.getByText('Đã thăm đủ các hộ trong tháng.')).toBeTruthy()
  })
})

describe('SupportWorkspace', () => {
  it("shows a helping agency its groups' households with their deprivations, plan and priority", async () => {
    const fetch = stubSupport()
    renderWithProviders(<SupportWorkspace permissions={AGENCY} CommuneSelect={TEST_PICKERS.CommuneSelect} indicatorName={indicatorName} />, {
      route: '/support?year=2026',
    })
    const table = await screen.findByTestId('targets-table')
    await within(table).findByText('Lê Văn Hưng')
    const first = rowOf(table, 'Lê Văn Hưng')
    expect(within(first).getByText('Bảo hiểm y tế')).toBeTruthy()
    expect(within(first).getByText('Nhà tiêu hợp vệ sinh')).toBeTruthy()
    expect(within(first).getByText('Hộ nghèo')).toBeTruthy()
    await waitFor(() =>
      expect(within(first).getByRole('link', { name: 'Mở kế hoạch của hộ 20179-00001' }).getAttribute('href')).toBe(`/support/plans/${PLAN_ID}`),
    )
    expect(within(first).getByText('Đã giao 1/3')).toBeTruthy()
    const second = rowOf(table, 'Quỳnh Minh Cường')
    expect(within(second).getByTestId('priority-tag')).toBeTruthy()
    expect(within(second).getByText('Có đất, có lao động')).toBeTruthy()
    expect(within(second).getByRole('button', { name: /Lập kế hoạch cho hộ 20179-00011/ })).toBeTruthy()

    // An agency's user asks for its own groups: no commune, no group.
    const [targets] = requestsTo(fetch, 'GET', '/api/v1/support/households')
    expect(new URL(targets.url).searchParams.has('communeCode')).toBe(false)
    const [plans] = requestsTo(fetch, 'GET', '/api/v1/support/plans')
    expect(Object.fromEntries(new URL(plans.url).searchParams)).toEqual({ year: '2026' })
    expect(within(await screen.findByTestId('overdue-visits')).getAllByRole('link')).toHaveLength(2)
    expect(within(screen.getByTestId('plans-to-deliver')).getByRole('link', { name: '20179-00001' })).toBeTruthy()
  })

  it("asks an officer for a commune, then reads each of its groups' plans and overdue visits", async () => {
    const fetch = stubSupport()
    const user = userEvent.setup()
    renderWithProviders(<SupportWorkspace permissions={OFFICER} CommuneSelect={TEST_PICKERS.CommuneSelect} indicatorName={indicatorName} />, {
      route: '/support?year=2026',
    })
    expect(screen.getByText('Chọn xã, phường, đặc khu để xem các hộ.')).toBeTruthy()
    await user.selectOptions(screen.getByLabelText('Xã, phường, đặc khu'), 'Xã Nam Đông')
    await within(await screen.findByTestId('targets-table')).findByText('Lê Văn Hưng')
    await waitFor(() => expect(requestsTo(fetch, 'GET', '/api/v1/support/overdue-visits')).toHaveLength(1))
    const [targets] = requestsTo(fetch, 'GET', '/api/v1/support/households')
    expect(new URL(targets.url).searchParams.get('communeCode')).toBe('20179')
    const [plans] = requestsTo(fetch, 'GET', '/api/v1/support/plans')
    expect(Object.fromEntries(new URL(plans.url).searchParams)).toEqual({ groupId: GROUP_ID, year: '2026' })
    const [overdue] = requestsTo(fetch, 'GET', '/api/v1/support/overdue-visits')
    expect(new URL(overdue.url).searchParams.get('groupId')).toBe(GROUP_ID)
  })
})
