import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { chooseOption } from '@/testing/antd'
import { TEST_PICKERS, VILLAGES } from '@/testing/area-pickers'
import { requestsTo, stubBackend } from '@/testing/backend'
import { HOUSEHOLD } from '@/testing/households'
import { jsonResponse, problemResponse, renderWithProviders } from '@/testing/render'
import { CreateHouseholdForm } from './create-household-form'

function renderForm(onCreated = vi.fn()) {
  renderWithProviders(<CreateHouseholdForm {...TEST_PICKERS} defaultCommuneCode="20179" onCreated={onCreated} />)
  return onCreated
}

/** The error shown under the field of this label. */
function fieldError(label: string): string {
  const item = screen.getByLabelText(label).closest('.ant-form-item')
  return item?.querySelector('.ant-form-item-explain')?.textContent ?? ''
}

describe('CreateHouseholdForm', () => {
  it('checks the fields as the API does before sending anything', async () => {
    const fetch = stubBackend({})
    const user = userEvent.setup()
    renderForm()

    await user.type(screen.getByLabelText('Số CCCD – thành viên 1'), '0461900123456')
    await user.type(screen.getByLabelText('Số điện thoại'), 'abc')
    await user.click(screen.getByRole('button', { name: /Lưu hộ gia đình/ }))

    expect(await screen.findByText('Nhập họ và tên')).toBeTruthy()
    expect(screen.getByText('Số CCCD gồm đúng 12 chữ số')).toBeTruthy()
    expect(fieldError('Số điện thoại')).toContain('Số điện thoại gồm 6–20 ký tự')
    expect(requestsTo(fetch, 'POST', '/api/v1/households')).toHaveLength(0)
  })

  it('accepts a citizen ID of exactly 12 digits', async () => {
    stubBackend({})
    const user = userEvent.setup()
    renderForm()
    const citizenId = screen.getByLabelText('Số CCCD – thành viên 1')
    await user.type(citizenId, '046190012345')
    await user.click(screen.getByRole('button', { name: /Lưu hộ gia đình/ }))
    expect(await screen.findByText('Nhập họ và tên')).toBeTruthy()
    expect(screen.queryByText('Số CCCD gồm đúng 12 chữ số')).toBeNull()
  })

  it('needs exactly one head', async () => {
    const fetch = stubBackend({})
    const user = userEvent.setup()
    renderForm()
    await user.type(screen.getByLabelText('Họ và tên – thành viên 1'), 'Nguyễn Văn An')
    await chooseOption(user, screen.getByLabelText('Quan hệ với chủ hộ – thành viên 1'), 'Con')
    await user.click(screen.getByRole('button', { name: /Lưu hộ gia đình/ }))
    expect(await screen.findByText('Hộ phải có đúng một chủ hộ (quan hệ "Chủ hộ").')).toBeTruthy()
    expect(requestsTo(fetch, 'POST', '/api/v1/households')).toHaveLength(0)
  })

  it('registers the household with its members and their facts', async () => {
    const fetch = stubBackend({ 'POST /api/v1/households': () => jsonResponse(HOUSEHOLD, { status: 201 }) })
    const user = userEvent.setup()
    const onCreated = renderForm()

    await user.selectOptions(screen.getByLabelText('Thôn, tổ dân phố'), 'Thôn Hà An')
    await user.type(screen.getByLabelText('Địa chỉ'), ' 12 Hà An ')
    await user.type(screen.getByLabelText('Số điện thoại'), '0905 123 456')
    await user.type(screen.getByLabelText('Họ và tên – thành viên 1'), 'Trần Văn Thử')
    await user.type(screen.getByLabelText('Ngày sinh – thành viên 1'), '03/02/1980')
    await user.type(screen.getByLabelText('Số CCCD – thành viên 1'), '046080012345')
    await chooseOption(user, screen.getByLabelText('Có thẻ BHYT – thành viên 1'), 'Không')
    await user.click(screen.getByRole('button', { name: /Thêm thành viên/ }))
    await user.type(screen.getByLabelText('Họ và tên – thành viên 2'), 'Lê Thị Thử')
    await chooseOption(user, screen.getByLabelText('Quan hệ với chủ hộ – thành viên 2'), 'Vợ/chồng')
    await chooseOption(user, screen.getByLabelText('Dân tộc – thành viên 2'), '10 – Gia-rai')
    await user.click(screen.getByRole('button', { name: /Lưu hộ gia đình/ }))

    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(HOUSEHOLD))
    const [request] = requestsTo(fetch, 'POST', '/api/v1/households')
    expect(await request.json()).toEqual({
      communeCode: '20179',
      villageId: VILLAGES[0].id,
      address: '12 Hà An',
      phone: '0905 123 456',
      members: [
        {
          fullName: 'Trần Văn Thử',
          birthDate: '1980-02-03',
          ethnicity: '01',
          citizenId: '046080012345',
          relationToHead: 'HEAD',
          healthInsurance: false,
        },
        { fullName: 'Lê Thị Thử', ethnicity: '10', relationToHead: 'SPOUSE' },
      ],
    })
  })

  it("shows the server's violations next to the fields they name", async () => {
    stubBackend({
      'POST /api/v1/households': () =>
        problemResponse(422, 'validation.failed', {
          detail: 'The request content is invalid',
          violations: [{ field: 'members[0].citizenId', message: 'must be 12 digits' }],
        }),
    })
    const user = userEvent.setup()
    renderForm()
    await user.type(screen.getByLabelText('Họ và tên – thành viên 1'), 'Trần Văn Thử')
    await user.type(screen.getByLabelText('Số CCCD – thành viên 1'), '046080012345')
    await user.click(screen.getByRole('button', { name: /Lưu hộ gia đình/ }))

    const failure = await screen.findByTestId('form-failure')
    expect(failure.textContent).toContain('Dữ liệu chưa hợp lệ')
    const cell = screen.getByLabelText('Số CCCD – thành viên 1').closest('.ant-form-item') as HTMLElement
    expect(await within(cell).findByText('Số CCCD gồm đúng 12 chữ số')).toBeTruthy()
  })

  it('explains a duplicate citizen ID in words', async () => {
    stubBackend({ 'POST /api/v1/households': () => problemResponse(409, 'member.duplicate_citizen_id') })
    const user = userEvent.setup()
    renderForm()
    await user.type(screen.getByLabelText('Họ và tên – thành viên 1'), 'Trần Văn Thử')
    await user.click(screen.getByRole('button', { name: /Lưu hộ gia đình/ }))
    expect((await screen.findByTestId('form-failure')).textContent).toContain(
      'Số CCCD này đã thuộc một thành viên khác đang được quản lý.',
    )
  })
})
