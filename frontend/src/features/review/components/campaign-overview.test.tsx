import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { requestsTo, stubBackend } from '@/testing/backend'
import { jsonResponse, renderWithProviders } from '@/testing/render'
import { CAMPAIGN, CAMPAIGN_ID } from '@/testing/reviews'
import { CampaignOverview } from './campaign-overview'

describe('CampaignOverview', () => {
  it('shows the window, each step with its due date and the late ones flagged', () => {
    renderWithProviders(<CampaignOverview campaign={CAMPAIGN} />)
    const overview = screen.getByTestId('campaign-overview')
    expect(overview.textContent).toContain('Thường xuyên tháng 03/2026')
    expect(overview.textContent).toContain('15/03/2026 – 03/04/2026')
    expect(within(overview).getByText('Đang rà soát')).toBeTruthy()

    const survey = screen.getByTestId('deadline-SURVEY')
    expect(survey.textContent).toBe('Hạn 20/03/2026Đã xong')
    const meetings = screen.getByTestId('deadline-MEETINGS')
    expect(meetings.textContent).toBe('Hạn 23/03/2026Trễ hạn')
    expect(within(meetings).getByTestId('late-flag').className).toContain('ant-tag-red')
    expect(screen.getAllByTestId('late-flag')).toHaveLength(4)
  })

  it('counts the households per state and per village', () => {
    renderWithProviders(<CampaignOverview campaign={CAMPAIGN} />)
    expect(screen.getByTestId('state-counts').textContent).toBe('Tổng số hộ2Đã rà soát, chờ họp dân2')
    const villages = screen.getByTestId('village-progress')
    const haAn = within(villages).getByRole('row', { name: /Thôn Hà An/ })
    expect(haAn.textContent).toContain('Đã rà soát, chờ họp dân2')
    expect(haAn.textContent).toContain('Chưa họp')
    expect(within(villages).getByRole('row', { name: /Chưa gán thôn/ }).textContent).toContain('Đưa ra khỏi danh sách1')
  })

  it('lets the province set the due dates, sending the version read', async () => {
    const fetch = stubBackend({
      [`PUT /api/v1/review-campaigns/${CAMPAIGN_ID}/deadlines`]: () => jsonResponse({ ...CAMPAIGN, version: 4 }),
    })
    const user = userEvent.setup()
    renderWithProviders(<CampaignOverview campaign={CAMPAIGN} canSetDeadlines />)
    await user.click(screen.getByRole('button', { name: /Đặt thời hạn/ }))
    const dialog = await screen.findByRole('dialog')
    const posting = within(dialog).getByLabelText('Số ngày niêm yết')
    await user.clear(posting)
    await user.type(posting, '5')
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }))
    await waitFor(() => expect(requestsTo(fetch, 'PUT', `/api/v1/review-campaigns/${CAMPAIGN_ID}/deadlines`)).toHaveLength(1))
    const [request] = requestsTo(fetch, 'PUT', `/api/v1/review-campaigns/${CAMPAIGN_ID}/deadlines`)
    expect(request.headers.get('If-Match')).toBe('"3"')
    expect(await request.json()).toEqual({
      surveyDue: '2026-03-20',
      meetingsDue: '2026-03-23',
      postingDue: '2026-03-26',
      opinionDue: '2026-03-28',
      decisionDue: '2026-04-03',
      postingDays: 5,
      recheckDays: 3,
    })
  })

  it('does not offer it to others', () => {
    renderWithProviders(<CampaignOverview campaign={CAMPAIGN} />)
    expect(screen.queryByRole('button', { name: /Đặt thời hạn/ })).toBeNull()
  })
})
