import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { Schemas } from '@/lib/api-client'
import { chooseOption } from '@/testing/antd'
import { TEST_PICKERS } from '@/testing/area-pickers'
import { requestsTo, stubBackend, type BackendMock } from '@/testing/backend'
import { jsonResponse, renderWithProviders } from '@/testing/render'
import { CAMPAIGN_ID } from '@/testing/reviews'
import { CampaignList } from './campaign-list'

const LATE: Schemas['CampaignSummary'] = {
  id: CAMPAIGN_ID,
  communeCode: '20179',
  communeName: 'Xã Nam Đông',
  kind: 'REGULAR',
  year: 2026,
  month: 3,
  status: 'OPEN',
  households: 12,
  gaps: 3,
  lateSteps: ['MEETINGS', 'POSTING'],
  decisionDue: '2026-04-03',
}

const ON_TIME: Schemas['CampaignSummary'] = {
  id: '0b7c5e2a-9d1f-4e3b-8a6c-5f4d3e2c1b0a',
  communeCode: '20179',
  communeName: 'Xã Nam Đông',
  kind: 'PERIODIC',
  year: 2025,
  month: null,
  status: 'DECIDED',
  households: 164,
  gaps: 0,
  lateSteps: [],
  decisionDue: '2025-12-14',
}

function stub() {
  return stubBackend({
    'GET /api/v1/review-campaigns': () => jsonResponse({ items: [LATE, ON_TIME], nextCursor: null }),
    'POST /api/v1/review-campaigns': async (request) => {
      const body = (await request.clone().json()) as Schemas['CreateCampaignRequest']
      return jsonResponse({ ...LATE, ...body, id: '9e8d7c6b-5a49-4382-9170-6f5e4d3c2b1a' }, { status: 201 })
    },
  })
}

function lastQuery(fetch: BackendMock): Record<string, string> {
  const requests = requestsTo(fetch, 'GET', '/api/v1/review-campaigns')
  return Object.fromEntries(new URL(requests[requests.length - 1].url).searchParams)
}

function renderList(route = '/reviews', canCreate = true) {
  return renderWithProviders(
    <CampaignList CommuneSelect={TEST_PICKERS.CommuneSelect} defaultCommuneCode="20179" canCreate={canCreate} />,
    { route },
  )
}

describe('CampaignList', () => {
  it("lists the user's commune's reviews with their late steps as red tags", async () => {
    const fetch = stub()
    renderList()
    const late = await screen.findByRole('row', { name: /Thường xuyên tháng 03\/2026/ })
    expect(lastQuery(fetch)).toEqual({ communeCode: '20179', limit: '50' })
    expect(within(late).getByRole('link', { name: 'Thường xuyên tháng 03/2026' }).getAttribute('href')).toBe(`/reviews/${CAMPAIGN_ID}`)
    expect(within(late).getByText('Đang rà soát')).toBeTruthy()
    expect(within(late).getByTestId('campaign-gaps').textContent).toBe('3')
    expect(within(late).getByText('03/04/2026')).toBeTruthy()
    const flags = within(late).getAllByTestId('late-step')
    expect(flags.map((flag) => flag.textContent)).toEqual(['Họp dân', 'Niêm yết'])
    for (const flag of flags) expect(flag.className).toContain('ant-tag-red')

    const onTime = screen.getByRole('row', { name: /Định kỳ năm 2025/ })
    expect(within(onTime).queryAllByTestId('late-step')).toHaveLength(0)
    expect(within(onTime).getByText('Không có')).toBeTruthy()
    expect(within(onTime).getByText('Đã có quyết định')).toBeTruthy()
  })

  it('asks for the late ones only, and the other filters, from the URL and the controls', async () => {
    const fetch = stub()
    const user = userEvent.setup()
    renderList('/reviews?year=2026&kind=REGULAR')
    await screen.findByRole('row', { name: /Thường xuyên tháng 03\/2026/ })
    expect(lastQuery(fetch)).toEqual({ communeCode: '20179', year: '2026', kind: 'REGULAR', limit: '50' })

    await user.click(screen.getByRole('checkbox', { name: 'Chỉ đợt có bước trễ hạn' }))
    await chooseOption(user, screen.getByLabelText('Trạng thái'), 'Đang rà soát')
    await waitFor(() =>
      expect(lastQuery(fetch)).toEqual({ communeCode: '20179', year: '2026', kind: 'REGULAR', status: 'OPEN', late: 'true', limit: '50' }),
    )
  })

  it('opens a regular review of a month', async () => {
    const fetch = stub()
    const user = userEvent.setup()
    renderList()
    await screen.findByRole('row', { name: /Thường xuyên tháng 03\/2026/ })
    await user.click(screen.getByRole('button', { name: /Mở đợt rà soát/ }))
    const dialog = await screen.findByRole('dialog')
    await user.click(within(dialog).getByText('Thường xuyên'))
    await chooseOption(user, within(dialog).getByLabelText('Tháng'), 'Tháng 5')
    const year = within(dialog).getByLabelText('Năm')
    await user.clear(year)
    await user.type(year, '2026')
    await user.click(within(dialog).getByRole('button', { name: 'Mở đợt' }))
    await waitFor(() => expect(requestsTo(fetch, 'POST', '/api/v1/review-campaigns')).toHaveLength(1))
    expect(await requestsTo(fetch, 'POST', '/api/v1/review-campaigns')[0].json()).toEqual({
      communeCode: '20179',
      kind: 'REGULAR',
      year: 2026,
      month: 5,
    })
  })

  it('offers opening a review only to those who run them', async () => {
    stub()
    renderList('/reviews', false)
    await screen.findByRole('row', { name: /Thường xuyên tháng 03\/2026/ })
    expect(screen.queryByRole('button', { name: /Mở đợt rà soát/ })).toBeNull()
  })
})
