import { screen, waitFor, within } from '@testing-library/react'
import userEvent, { type UserEvent } from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { chooseOption } from '@/testing/antd'
import { requestsTo, stubBackend } from '@/testing/backend'
import { jsonResponse, problemResponse, renderWithProviders } from '@/testing/render'
import { PRELIMINARY_RESULTS_OBLIGATION, REGULAR_REVIEW_OBLIGATION } from '@/testing/reporting'
import type { Obligation } from '../api/list-obligations'
import { ObligationForm } from './obligation-form'

const OBLIGATIONS = '/api/v1/reporting/obligations'

async function openForm(obligation?: Obligation) {
  const onClose = vi.fn()
  renderWithProviders(<ObligationForm open onClose={onClose} obligation={obligation} />)
  const dialog = await screen.findByRole('dialog')
  const field = (label: string) => within(dialog).getByLabelText(label)
  /** The form item of a field, to read what it shows. */
  const item = (label: string) => {
    const found = field(label).closest<HTMLElement>('.ant-form-item')
    if (!found) throw new Error(`no form item for ${label}`)
    return found
  }
  return { dialog, field, item, onClose }
}

async function retype(user: UserEvent, input: HTMLElement, text: string) {
  await user.clear(input)
  await user.type(input, text)
}

describe('ObligationForm', () => {
  it('creates an obligation with the typed values, the periods sorted and the recipient proposed from the owner', async () => {
    const user = userEvent.setup()
    const backend = stubBackend({
      [`POST ${OBLIGATIONS}`]: () => jsonResponse({ ...PRELIMINARY_RESULTS_OBLIGATION, code: 'PROVINCE_BRIEFING' }, { status: 201 }),
    })
    const { dialog, field, item, onClose } = await openForm()

    await user.type(field('Mã'), 'province_briefing')
    await user.type(field('Tên báo cáo (tiếng Việt)'), 'Báo cáo giao ban quý của tỉnh')
    await user.type(field('Tên báo cáo (tiếng Anh)'), 'Quarterly briefing of the province')
    await user.type(field('Căn cứ'), 'Kế hoạch 12/KH-UBND')
    await chooseOption(user, field('Loại kỳ'), 'Hằng quý')
    await chooseOption(user, field('Các kỳ phải báo cáo trong năm'), 'Quý III')
    await chooseOption(user, field('Các kỳ phải báo cáo trong năm'), 'Quý I')
    expect(within(dialog).queryByLabelText('Tháng')).toBeNull()
    await chooseOption(user, field('Cách tính hạn nộp'), 'Số ngày sau khi hết kỳ')
    await retype(user, field('Số ngày'), '10')
    await retype(user, field('Mở trước hạn (ngày)'), '7')
    expect(within(item('Cấp nhận báo cáo')).getByTitle('Cấp tỉnh')).toBeTruthy()
    await chooseOption(user, field('Đơn vị phải nộp'), 'Cấp tỉnh')
    expect(within(item('Cấp nhận báo cáo')).getByTitle('Bộ')).toBeTruthy()
    await chooseOption(user, field('Nội dung'), 'Giao ban')
    await user.type(field('Nhắc hạn (số ngày so với hạn nộp)'), '-3{Enter}')
    await user.click(within(dialog).getByRole('button', { name: /Lưu/ }))

    await waitFor(() => expect(onClose).toHaveBeenCalled())
    const [request] = requestsTo(backend, 'POST', OBLIGATIONS)
    expect(await request.json()).toEqual({
      code: 'PROVINCE_BRIEFING',
      title: 'Báo cáo giao ban quý của tỉnh',
      titleEn: 'Quarterly briefing of the province',
      legalBasis: 'Kế hoạch 12/KH-UBND',
      periodType: 'QUARTERLY',
      periods: [1, 3],
      dueRule: 'DAYS_AFTER_PERIOD',
      dueDay: 10,
      opensDaysBeforeDue: 7,
      ownerLevel: 'PROVINCE',
      recipientLevel: 'MINISTRY',
      content: 'BRIEFING',
      reminderOffsets: [-5, -3, 1],
      lockDays: 10,
      active: true,
    })
  })

  it('sends a change with If-Match and the version read, without the code', async () => {
    const user = userEvent.setup()
    const path = `${OBLIGATIONS}/COMMUNE_REGULAR_REVIEW`
    const backend = stubBackend({
      [`PUT ${path}`]: () => jsonResponse({ ...REGULAR_REVIEW_OBLIGATION, periods: [1, 2, 3, 4, 5, 6, 7, 8, 9], active: false, version: 3 }),
    })
    const { dialog, field, onClose } = await openForm(REGULAR_REVIEW_OBLIGATION)

    expect(within(dialog).getByText(/Lịch mới áp dụng cho các kỳ chưa đến hạn/)).toBeTruthy()
    await chooseOption(user, field('Các kỳ phải báo cáo trong năm'), 'Tháng 9')
    await retype(user, field('Khóa sau hạn (ngày)'), '15')
    await user.click(within(dialog).getByRole('switch'))
    await user.click(within(dialog).getByRole('button', { name: /Lưu/ }))

    await waitFor(() => expect(onClose).toHaveBeenCalled())
    const [request] = requestsTo(backend, 'PUT', path)
    expect(request.headers.get('If-Match')).toBe('"2"')
    expect(await request.json()).toEqual({
      title: REGULAR_REVIEW_OBLIGATION.title,
      titleEn: REGULAR_REVIEW_OBLIGATION.titleEn,
      legalBasis: REGULAR_REVIEW_OBLIGATION.legalBasis,
      periodType: 'MONTHLY',
      periods: [1, 2, 3, 4, 5, 6, 7, 8, 9],
      dueRule: 'DAY_OF_NEXT_MONTH',
      dueDay: 5,
      opensDaysBeforeDue: 0,
      ownerLevel: 'COMMUNE',
      recipientLevel: 'PROVINCE',
      content: 'REGULAR_REVIEW',
      reminderOffsets: [-5, 1],
      lockDays: 15,
      active: false,
    })
  })

  it("shows the server's detail of a due date it refuses (422 reporting.invalid_due_date) and stays open", async () => {
    const user = userEvent.setup()
    const path = `${OBLIGATIONS}/PROVINCE_PERIODIC_PRELIMINARY`
    const detail = 'A fixed due date is a day and month that every year has, for a yearly obligation'
    const backend = stubBackend({
      [`PUT ${path}`]: () => problemResponse(422, 'reporting.invalid_due_date', { detail }),
    })
    const { dialog, field, item, onClose } = await openForm(PRELIMINARY_RESULTS_OBLIGATION)

    expect(within(item('Tháng')).getByTitle('Tháng 11')).toBeTruthy()
    await retype(user, field('Ngày'), '31')
    await user.click(within(dialog).getByRole('button', { name: /Lưu/ }))

    const alert = await within(dialog).findByTestId('form-failure')
    expect(alert.textContent).toContain('Hạn nộp không hợp lệ.')
    expect(within(alert).getByTestId('problem-detail').textContent).toBe(`Chi tiết: ${detail}`)
    const [request] = requestsTo(backend, 'PUT', path)
    expect(await request.json()).toMatchObject({ dueRule: 'FIXED_DATE', dueDay: 31, dueMonth: 11 })
    expect(onClose).not.toHaveBeenCalled()
  })

  it('puts the violations on their fields and offers to reload after a conflict (412)', async () => {
    const user = userEvent.setup()
    const path = `${OBLIGATIONS}/COMMUNE_REGULAR_REVIEW`
    let answer = problemResponse(422, 'validation.failed', {
      detail: 'The request content is invalid',
      violations: [{ field: 'updateObligation.r.titleEn', message: 'size must be between 0 and 300' }],
    })
    stubBackend({ [`PUT ${path}`]: () => answer })
    const { dialog, item, onClose } = await openForm(REGULAR_REVIEW_OBLIGATION)

    await user.click(within(dialog).getByRole('button', { name: /Lưu/ }))
    expect(await within(item('Tên báo cáo (tiếng Anh)')).findByText('size must be between 0 and 300')).toBeTruthy()
    expect(within(dialog).getByTestId('form-failure').textContent).toContain('Dữ liệu chưa hợp lệ')

    answer = problemResponse(412, 'precondition.failed')
    await user.click(within(dialog).getByRole('button', { name: /Lưu/ }))
    const alert = await within(dialog).findByText('Dữ liệu vừa được người khác thay đổi. Hãy tải lại rồi thử lại.')
    expect(alert).toBeTruthy()
    await user.click(within(dialog).getByRole('button', { name: 'Tải lại' }))
    expect(onClose).toHaveBeenCalled()
  })
})
