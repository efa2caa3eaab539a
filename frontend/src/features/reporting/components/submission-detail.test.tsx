import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { stubBackend, requestsTo } from '@/testing/backend'
import { jsonResponse, renderWithProviders } from '@/testing/render'
import { OPEN_SUBMISSION, SENT_SUBMISSION } from '@/testing/reporting'
import { useSubmission } from '../api/get-submission'
import { SubmissionDetail } from './submission-detail'

const PATH = `/api/v1/reporting/submissions/${OPEN_SUBMISSION.id}`

/** As the route does it: the submission read from the API. */
function Loaded({ canSubmit, canReceive }: { canSubmit: boolean; canReceive: boolean }) {
  const submission = useSubmission(OPEN_SUBMISSION.id)
  if (!submission.data) return null
  return <SubmissionDetail submission={submission.data} canSubmit={canSubmit} canReceive={canReceive} />
}

describe('SubmissionDetail', () => {
  it('sends the report with a narrative, then shows the figures frozen with it', async () => {
    const user = userEvent.setup()
    let current = OPEN_SUBMISSION
    const backend = stubBackend({
      [`GET ${PATH}`]: () => jsonResponse(current),
      [`POST ${PATH}/submission`]: () => {
        current = SENT_SUBMISSION
        return jsonResponse({ ...SENT_SUBMISSION, history: [] })
      },
    })
    renderWithProviders(<Loaded canSubmit canReceive={false} />)
    expect(await screen.findByText('Chưa gửi lần nào.')).toBeTruthy()
    expect(screen.queryByRole('button', { name: /Tiếp nhận/ })).toBeNull()

    await user.click(screen.getByRole('button', { name: /Gửi báo cáo/ }))
    const dialog = await screen.findByRole('dialog')
    await user.type(within(dialog).getByLabelText('Thuyết minh'), 'Hoàn thành kế hoạch giúp đỡ năm 2026.')
    await user.click(within(dialog).getByRole('button', { name: /Gửi báo cáo/ }))

    await screen.findByTestId('just-sent')
    const sent = requestsTo(backend, 'POST', `${PATH}/submission`)
    expect(sent).toHaveLength(1)
    expect(await sent[0].json()).toEqual({ narrative: 'Hoàn thành kế hoạch giúp đỡ năm 2026.' })
    const history = screen.getByTestId('version-history')
    expect(within(history).getByText('Lần 1 – 22/11/2026 – phuong.huongtra')).toBeTruthy()
    expect(within(history).getByTestId('version-narrative').textContent).toBe('Hoàn thành kế hoạch giúp đỡ năm 2026.')
    const figures = within(history).getByTestId('frozen-figures')
    expect(within(figures).getByText('Kết quả giúp đỡ hộ nghèo')).toBeTruthy()
    expect(within(figures).getByText('12.500.000 ₫')).toBeTruthy()
    expect(screen.getByText('Đã gửi đúng hạn')).toBeTruthy()
    expect(screen.queryByRole('button', { name: /Gửi báo cáo/ })).toBeNull()
  })

  it('lets the recipient return a sent report with a reason', async () => {
    const user = userEvent.setup()
    const backend = stubBackend({
      [`GET ${PATH}`]: () => jsonResponse(SENT_SUBMISSION),
      [`POST ${PATH}/return`]: () => jsonResponse({ ...SENT_SUBMISSION, state: 'RETURNED', returnedReason: 'Thiếu số liệu' }),
    })
    renderWithProviders(<Loaded canSubmit={false} canReceive />)
    await user.click(await screen.findByRole('button', { name: /Trả lại/ }))
    const dialog = await screen.findByRole('dialog')
    await user.click(within(dialog).getByRole('button', { name: /Trả lại/ }))
    expect(await within(dialog).findByText('Ghi lý do trả lại.')).toBeTruthy()
    await user.type(within(dialog).getByLabelText('Lý do trả lại'), 'Thiếu số liệu')
    await user.click(within(dialog).getByRole('button', { name: /Trả lại/ }))
    await waitFor(() => expect(requestsTo(backend, 'POST', `${PATH}/return`)).toHaveLength(1))
    expect(await requestsTo(backend, 'POST', `${PATH}/return`)[0].json()).toEqual({ reason: 'Thiếu số liệu' })
  })
})
