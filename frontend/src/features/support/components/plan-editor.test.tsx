import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { Schemas } from '@/lib/api-client'
import { chooseOption } from '@/testing/antd'
import { requestsTo, stubBackend } from '@/testing/backend'
import { jsonResponse, problemResponse, renderWithProviders } from '@/testing/render'
import { COMMITMENT, GROUP, KINDS, LIVESTOCK_ITEM, LIVESTOCK_NOTE, PLAN, PLAN_ID } from '@/testing/support'
import { PlanEditor } from './plan-editor'

const NAMES: Record<string, string> = { SANITATION: 'Nhà tiêu hợp vệ sinh' }
const indicatorName = (code: string) => NAMES[code] ?? code

function renderEditor(plan: Schemas['PlanView'] = PLAN, canWrite = true) {
  return renderWithProviders(
    <PlanEditor
      plan={plan}
      kinds={KINDS}
      group={GROUP}
      canWrite={canWrite}
      agencyUser={false}
      indicatorName={indicatorName}
      visitorName="Đặng Văn Nông"
    />,
  )
}

/** The table row of an item, found by a text in it (faster than by role in a large table). */
function itemRow(text: string): HTMLElement {
  const row = screen.getByText(text).closest<HTMLElement>('tr')
  if (!row) throw new Error(`no row with ${text}`)
  return row
}

describe('PlanEditor', () => {
  it("shows the province's policy on a discouraged kind and flags an item that meets no need", () => {
    stubBackend({})
    renderEditor()
    const livestock = itemRow('Heo giống')
    expect(within(livestock).getByTestId('warning-discouraged').textContent).toContain('Tỉnh không khuyến khích hình thức hỗ trợ này')
    expect(within(livestock).getByTestId('warning-discouraged').textContent).toContain(LIVESTOCK_NOTE)
    expect(within(livestock).queryByTestId('warning-no-need')).toBeNull()

    const fence = itemRow('Hàng rào xanh')
    expect(within(fence).getByTestId('warning-no-need').textContent).toBe('Không giải quyết thiếu hụt nào của hộ: cần xem lại')
    expect(within(fence).queryByTestId('warning-discouraged')).toBeNull()

    const seedlings = itemRow('Cây keo giống')
    expect(within(seedlings).queryByRole('alert')).toBeNull()
    expect(within(seedlings).getByText('Đã giao')).toBeTruthy()
    expect(within(seedlings).getByText('05/11/2026')).toBeTruthy()
    expect(within(livestock).getByText('3.000.000 ₫')).toBeTruthy()
    expect(screen.getByTestId('plan-header').textContent).toContain('1.500.000 ₫ / 5.000.000 ₫')
  })

  it('keeps delivering disabled until the commitment exists, and says why', () => {
    stubBackend({})
    renderEditor()
    const deliver = screen.getByRole('button', { name: 'Giao Con giống' })
    expect((deliver as HTMLButtonElement).disabled).toBe(true)
    expect(screen.getByTestId('commitment-missing').textContent).toContain('Chưa có bản cam kết')
    // Delivered items have nothing left to do.
    expect(within(itemRow('Cây keo giống')).queryByRole('button')).toBeNull()
  })

  it("shows the server's refusal when it still asks for the commitment (422)", async () => {
    const fetch = stubBackend({
      [`POST /api/v1/support/plans/${PLAN_ID}/items/${LIVESTOCK_ITEM.id}/delivery`]: () =>
        problemResponse(422, 'support.commitment_required', { detail: 'Record the commitment first' }),
    })
    const user = userEvent.setup()
    renderEditor({ ...PLAN, commitment: COMMITMENT })
    expect(screen.queryByTestId('commitment-missing')).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Giao Con giống' }))
    const dialog = await screen.findByTestId('deliver-modal')
    await user.click(within(dialog).getByRole('button', { name: 'Ghi nhận đã giao' }))
    const alert = await within(dialog).findByTestId('form-failure')
    expect(alert.textContent).toContain('Chưa có bản cam kết giữa cơ quan và hộ: hãy ghi nhận bản cam kết trước khi giao hỗ trợ.')
    const [request] = requestsTo(fetch, 'POST', `/api/v1/support/plans/${PLAN_ID}/items/${LIVESTOCK_ITEM.id}/delivery`)
    expect(await request.json()).toEqual({ deliveredOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) })
  })

  it('marks discouraged kinds in the catalogue and warns before adding one', async () => {
    const fetch = stubBackend({
      [`POST /api/v1/support/plans/${PLAN_ID}/items`]: () => jsonResponse(PLAN, { status: 201 }),
    })
    const user = userEvent.setup()
    renderEditor({ ...PLAN, items: [] })
    await user.click(screen.getByRole('button', { name: /Thêm hỗ trợ/ }))
    const dialog = await screen.findByTestId('add-item-modal')
    const kind = within(dialog).getByLabelText('Hình thức hỗ trợ')
    await user.click(kind)
    const livestockOption = await screen.findByTestId('kind-option-LIVESTOCK')
    expect(livestockOption.textContent).toContain('Không khuyến khích')
    expect(livestockOption.textContent).toContain('Giải quyết: thu nhập')
    expect((await screen.findByTestId('kind-option-LATRINE')).textContent).toContain('Giải quyết: Nhà tiêu hợp vệ sinh')
    expect(screen.getByTestId('kind-option-SEEDLINGS').textContent).not.toContain('Không khuyến khích')
    await user.click(kind)

    await chooseOption(user, kind, 'Con giống')
    expect((await within(dialog).findByTestId('kind-discouraged-hint')).textContent).toContain(LIVESTOCK_NOTE)
    await user.clear(within(dialog).getByLabelText('Số lượng'))
    await user.type(within(dialog).getByLabelText('Số lượng'), '2')
    await user.type(within(dialog).getByLabelText('Giá trị'), '3000000')
    await user.click(within(dialog).getByRole('button', { name: 'Thêm hỗ trợ' }))
    await waitFor(() => expect(requestsTo(fetch, 'POST', `/api/v1/support/plans/${PLAN_ID}/items`)).toHaveLength(1))
    const [request] = requestsTo(fetch, 'POST', `/api/v1/support/plans/${PLAN_ID}/items`)
    expect(await request.json()).toMatchObject({
      kindCode: 'LIVESTOCK',
      quantity: 2,
      unit: 'con',
      valueVnd: 3_000_000,
      fundingSource: 'AGENCY_CONTRIBUTIONS',
      agencyId: GROUP.lead.id,
    })
  })

  it('records the commitment with its scan in base64', async () => {
    const fetch = stubBackend({
      [`POST /api/v1/support/plans/${PLAN_ID}/commitment`]: () => jsonResponse({ ...PLAN, commitment: COMMITMENT }, { status: 201 }),
    })
    const user = userEvent.setup()
    renderEditor()
    const form = screen.getByTestId('commitment-form')
    await user.type(within(form).getByLabelText('Người ký'), 'Đặng Văn Nông; Lê Văn Hưng')
    const file = new File(['%PDF-1.4'], 'cam-ket.pdf', { type: 'application/pdf' })
    await user.upload(form.querySelector<HTMLInputElement>('input[type="file"]')!, file)
    await user.click(within(form).getByRole('button', { name: /Ghi nhận bản cam kết/ }))
    await waitFor(() => expect(requestsTo(fetch, 'POST', `/api/v1/support/plans/${PLAN_ID}/commitment`)).toHaveLength(1))
    const [request] = requestsTo(fetch, 'POST', `/api/v1/support/plans/${PLAN_ID}/commitment`)
    expect(await request.json()).toEqual({
      signedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      signatories: 'Đặng Văn Nông; Lê Văn Hưng',
      file: btoa('%PDF-1.4'),
      fileName: 'cam-ket.pdf',
    })
  })

  it('records a visit, proposing the signed-in user as visitor, and warns when this month has none', async () => {
    const fetch = stubBackend({
      [`POST /api/v1/support/plans/${PLAN_ID}/visits`]: () => jsonResponse(PLAN, { status: 201 }),
    })
    const user = userEvent.setup()
    renderEditor()
    expect(screen.getByTestId('visit-overdue').textContent).toBe('Chưa thăm hộ trong tháng này.')
    const form = screen.getByTestId('visit-form')
    expect((within(form).getByLabelText('Người thăm') as HTMLInputElement).value).toBe('Đặng Văn Nông')
    await user.type(within(form).getByLabelText('Tình hình ghi nhận'), 'Cây keo phát triển tốt')
    await user.click(within(form).getByRole('button', { name: /Ghi nhận lần thăm/ }))
    await waitFor(() => expect(requestsTo(fetch, 'POST', `/api/v1/support/plans/${PLAN_ID}/visits`)).toHaveLength(1))
    const [request] = requestsTo(fetch, 'POST', `/api/v1/support/plans/${PLAN_ID}/visits`)
    expect(await request.json()).toEqual({
      visitedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      visitor: 'Đặng Văn Nông',
      observed: 'Cây keo phát triển tốt',
    })
  })

  it('only reads for those who may not change plans', () => {
    stubBackend({})
    renderEditor(PLAN, false)
    expect(screen.queryByRole('button', { name: /Thêm hỗ trợ/ })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Giao Con giống' })).toBeNull()
    expect(screen.queryByTestId('commitment-form')).toBeNull()
    expect(screen.queryByTestId('visit-form')).toBeNull()
    expect(screen.getByText('Chưa có bản cam kết.')).toBeTruthy()
  })
})
