import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import dayjs from 'dayjs'
import { describe, expect, it } from 'vitest'
import { requestsTo, stubBackend } from '@/testing/backend'
import { jsonResponse, problemResponse, renderWithProviders } from '@/testing/render'
import { CAMPAIGN, CAMPAIGN_AWAITING_DECISION, CAMPAIGN_ID, GAPS, ITEM_ID } from '@/testing/reviews'
import { DecisionPanel } from './decision-panel'

const BASE = `/api/v1/review-campaigns/${CAMPAIGN_ID}`

function decideButton(): HTMLButtonElement {
  return screen.getByRole('button', { name: /Ra quyết định/ })
}

describe('DecisionPanel', () => {
  it('stays disabled while households lack a result, and names them', async () => {
    stubBackend({ [`GET ${BASE}/gaps`]: () => jsonResponse(GAPS) })
    renderWithProviders(<DecisionPanel campaign={CAMPAIGN} canDecide />)
    expect(decideButton().disabled).toBe(true)
    expect(screen.getByTestId('decision-blocked').textContent).toBe(
      'Chưa ra quyết định được: còn 2 hộ chưa có kết quả hoặc lý do được ghi nhận.',
    )
    expect(screen.getByTestId('decision-check-gaps').getAttribute('data-ok')).toBe('false')
    expect(screen.getByTestId('decision-check-opinion').textContent).toBe('Cấp trên chưa cho ý kiến')
    const gaps = screen.getByTestId('decision-gaps')
    expect(await within(gaps).findByText('20179-00031 – Nguyễn Thị Hoà, Thôn Hà An: chờ Họp dân')).toBeTruthy()
    expect(within(gaps).getByText('20179-00032 – Trần Văn Đức, Thôn Hà An: chờ Điều tra, chấm điểm')).toBeTruthy()
  })

  it('stays disabled without the opinion of the level above', () => {
    stubBackend({})
    renderWithProviders(<DecisionPanel campaign={{ ...CAMPAIGN_AWAITING_DECISION, opinionOn: null, opinionBy: null }} canDecide />)
    expect(decideButton().disabled).toBe(true)
    expect(screen.getByTestId('decision-blocked').textContent).toBe('Chưa ra quyết định được: cấp trên chưa cho ý kiến.')
  })

  it('names the households the server refuses the decision for (422 review.gaps)', async () => {
    const fetch = stubBackend({
      [`POST ${BASE}/decision`]: () =>
        problemResponse(422, 'review.gaps', {
          detail: 'Households without a result or a recorded reason: 20179-00031 (Nguyễn Thị Hoà)',
          violations: [
            { field: 'households/20179-00031', message: '20179-00031 (Nguyễn Thị Hoà) waits for meetings (state SURVEYED)' },
            { field: 'households/20179-00099', message: '20179-00099 (Lê Thị Mới) waits for survey (state LISTED)' },
          ],
        }),
      [`GET ${BASE}/gaps`]: () => jsonResponse(GAPS.slice(0, 1)),
    })
    const user = userEvent.setup()
    renderWithProviders(<DecisionPanel campaign={CAMPAIGN_AWAITING_DECISION} canDecide />)
    expect(screen.getByTestId('decision-check-gaps').getAttribute('data-ok')).toBe('true')
    expect(screen.getByTestId('decision-check-opinion').textContent).toBe('Cấp trên đã cho ý kiến ngày 26/03/2026 (tinh.hue)')
    expect(decideButton().disabled).toBe(false)

    await user.type(screen.getByLabelText('Số quyết định'), '125/QĐ-UBND')
    await user.click(decideButton())
    const dialog = await screen.findByRole('dialog')
    expect(dialog.textContent).toContain('Ra quyết định số 125/QĐ-UBND?')
    await user.click(within(dialog).getByRole('button', { name: /Ra quyết định/ }))

    const alert = await screen.findByTestId('form-failure')
    expect(alert.textContent).toContain('Còn hộ chưa có kết quả rà soát hoặc lý do được ghi nhận')
    const named = await within(alert).findByTestId('named-households')
    // A household in the list of gaps is named in words and links to its page; another one keeps the server's text.
    const known = await within(named).findByRole('link', { name: '20179-00031 – Nguyễn Thị Hoà, Thôn Hà An: chờ Họp dân' })
    expect(known.getAttribute('href')).toBe(`/reviews/${CAMPAIGN_ID}/items/${ITEM_ID}`)
    expect(named.textContent).toContain('20179-00099 (Lê Thị Mới) waits for survey')

    const [request] = requestsTo(fetch, 'POST', `${BASE}/decision`)
    expect(request.headers.get('If-Match')).toBe('"3"')
    // Dated today by default, never before the opinion.
    const opinion = dayjs(CAMPAIGN_AWAITING_DECISION.opinionOn)
    const expected = (opinion.isAfter(dayjs(), 'day') ? opinion : dayjs()).format('YYYY-MM-DD')
    expect(await request.json()).toEqual({ number: '125/QĐ-UBND', decidedOn: expected })
  })

  it('leaves the decision to the chairman', () => {
    stubBackend({})
    renderWithProviders(<DecisionPanel campaign={CAMPAIGN_AWAITING_DECISION} canDecide={false} />)
    expect(screen.queryByRole('button', { name: /Ra quyết định/ })).toBeNull()
    expect(screen.getByText('Chỉ Chủ tịch UBND xã ra quyết định công nhận.')).toBeTruthy()
  })

  it('shows the decision once taken', () => {
    stubBackend({})
    renderWithProviders(
      <DecisionPanel
        campaign={{ ...CAMPAIGN_AWAITING_DECISION, status: 'DECIDED', decisionNumber: '125/QĐ-UBND', decisionOn: '2026-03-30', decidedBy: 'chutich.namdong' }}
        canDecide
      />,
    )
    expect(screen.getByText('Quyết định số 125/QĐ-UBND ngày 30/03/2026 (chutich.namdong)')).toBeTruthy()
    expect(screen.queryByRole('button', { name: /Ra quyết định/ })).toBeNull()
  })
})
