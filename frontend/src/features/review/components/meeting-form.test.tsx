import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import dayjs from 'dayjs'
import { describe, expect, it } from 'vitest'
import type { Schemas } from '@/lib/api-client'
import { requestsTo, stubBackend } from '@/testing/backend'
import { THON_HA_AN } from '@/testing/households'
import { jsonResponse, problemResponse, renderWithProviders } from '@/testing/render'
import { CAMPAIGN, CAMPAIGN_ID } from '@/testing/reviews'
import { MeetingForm } from './meeting-form'

const MEETINGS = `/api/v1/review-campaigns/${CAMPAIGN_ID}/meetings`

function meeting(body: Schemas['MeetingRequest']): Schemas['MeetingView'] {
  return {
    id: '8d28a6cd-ef50-4365-a3e3-bb40da02f2ac',
    villageId: body.villageId ?? null,
    villageName: 'Thôn Hà An',
    heldOn: body.heldOn,
    chair: body.chair,
    attendees: body.attendees,
    agreeing: body.agreeing,
    passed: body.agreeing * 2 >= body.attendees,
    households: 2,
    minutesName: body.minutesName ?? null,
  }
}

function stub() {
  return stubBackend({
    [`POST ${MEETINGS}`]: async (request) =>
      jsonResponse(meeting((await request.clone().json()) as Schemas['MeetingRequest']), { status: 201 }),
    [`GET /api/v1/review-campaigns/${CAMPAIGN_ID}`]: () => jsonResponse(CAMPAIGN),
  })
}

function verdict(): HTMLElement {
  return screen.getByTestId('meeting-verdict')
}

describe('MeetingForm', () => {
  it('says live whether the meeting passes: at least half of the attendees must agree', async () => {
    stub()
    const user = userEvent.setup()
    renderWithProviders(<MeetingForm campaign={CAMPAIGN} />)
    // The village whose households wait for their meeting is proposed first.
    expect(screen.getByTitle('Thôn Hà An (2 hộ chờ họp)')).toBeTruthy()
    expect(verdict().textContent).toContain('ít nhất 50 %')

    await user.type(screen.getByLabelText('Số người dự họp'), '10')
    await user.type(screen.getByLabelText('Số người đồng ý'), '4')
    await waitFor(() => expect(verdict().textContent).toContain('Không đạt: các hộ sẽ rà soát lại'))
    expect(verdict().textContent).toContain('4/10 người dự họp đồng ý (40 %)')

    await user.clear(screen.getByLabelText('Số người đồng ý'))
    await user.type(screen.getByLabelText('Số người đồng ý'), '5')
    await waitFor(() => expect(verdict().getAttribute('data-passes')).toBe('true'))
    expect(verdict().textContent).toContain('Đạt')
    expect(verdict().textContent).toContain('5/10 người dự họp đồng ý (50 %)')
  })

  it('refuses more people agreeing than attending, on the field', async () => {
    const fetch = stub()
    const user = userEvent.setup()
    renderWithProviders(<MeetingForm campaign={CAMPAIGN} />)
    await user.type(screen.getByLabelText('Người chủ trì'), 'Lê Văn Trưởng')
    await user.type(screen.getByLabelText('Số người dự họp'), '10')
    await user.type(screen.getByLabelText('Số người đồng ý'), '12')
    expect(await screen.findByText('Số người đồng ý không được lớn hơn số người dự họp')).toBeTruthy()
    await user.click(screen.getByRole('button', { name: /Ghi nhận cuộc họp/ }))
    await waitFor(() => expect(screen.getAllByText('Số người đồng ý không được lớn hơn số người dự họp')).toHaveLength(1))
    expect(requestsTo(fetch, 'POST', MEETINGS)).toHaveLength(0)
  })

  it('sends the meeting with its minutes in base64', async () => {
    const fetch = stub()
    const user = userEvent.setup()
    const { container } = renderWithProviders(<MeetingForm campaign={CAMPAIGN} />)
    await user.type(screen.getByLabelText('Người chủ trì'), 'Lê Văn Trưởng')
    await user.type(screen.getByLabelText('Số người dự họp'), '10')
    await user.type(screen.getByLabelText('Số người đồng ý'), '6')
    const input = container.querySelector<HTMLInputElement>('input[type="file"]')
    if (!input) throw new Error('no file input')
    await user.upload(input, new File(['%PDF-1.7 biên bản'], 'bien-ban-ha-an.pdf', { type: 'application/pdf' }))
    await user.click(screen.getByRole('button', { name: /Ghi nhận cuộc họp/ }))

    await waitFor(() => expect(requestsTo(fetch, 'POST', MEETINGS)).toHaveLength(1))
    const body = (await requestsTo(fetch, 'POST', MEETINGS)[0].json()) as Schemas['MeetingRequest']
    expect(body).toEqual({
      villageId: THON_HA_AN,
      heldOn: dayjs().format('YYYY-MM-DD'),
      chair: 'Lê Văn Trưởng',
      attendees: 10,
      agreeing: 6,
      minutesName: 'bien-ban-ha-an.pdf',
      minutes: btoa(String.fromCharCode(...new TextEncoder().encode('%PDF-1.7 biên bản'))),
    })
    expect(await screen.findByText('Họp dân Thôn Hà An đạt: 2 hộ được thông qua')).toBeTruthy()
  })

  it("shows the server's refusal in words", async () => {
    stubBackend({
      [`POST ${MEETINGS}`]: () => problemResponse(422, 'review.meeting_nothing_to_confirm'),
    })
    const user = userEvent.setup()
    renderWithProviders(<MeetingForm campaign={CAMPAIGN} />)
    await user.type(screen.getByLabelText('Người chủ trì'), 'Lê Văn Trưởng')
    await user.type(screen.getByLabelText('Số người dự họp'), '10')
    await user.type(screen.getByLabelText('Số người đồng ý'), '6')
    await user.click(screen.getByRole('button', { name: /Ghi nhận cuộc họp/ }))
    const village = screen.getByLabelText('Thôn, tổ dân phố').closest<HTMLElement>('.ant-form-item')
    if (!village) throw new Error('no village item')
    expect(await within(village).findByText('Thôn này không có hộ nào đã rà soát đang chờ họp dân.')).toBeTruthy()
  })
})
