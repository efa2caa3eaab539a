import { screen, waitFor, within } from '@testing-library/react'
import userEvent, { type UserEvent } from '@testing-library/user-event'
import dayjs from 'dayjs'
import { describe, expect, it } from 'vitest'
import type { Schemas } from '@/lib/api-client'
import { chooseOption } from '@/testing/antd'
import { TEST_PICKERS } from '@/testing/area-pickers'
import { requestsTo, stubBackend, type Handler } from '@/testing/backend'
import { HEAD, HEAD_ID, HOUSEHOLD, HOUSEHOLD_ID, SPOUSE_ID } from '@/testing/households'
import { jsonResponse, problemResponse, renderWithProviders } from '@/testing/render'
import { HouseholdDetail } from './household-detail'

const BASE = `/api/v1/households/${HOUSEHOLD_ID}`
const TODAY = dayjs().format('YYYY-MM-DD')
const OTHER_ID = '3c6f2f43-1b8a-4d2e-9a51-7f0e5c4b3a21'

const OTHER: Schemas['HouseholdSummary'] = {
  id: OTHER_ID,
  code: '20179-00042',
  communeCode: '20179',
  villageId: null,
  villageName: 'Thôn Khe Tre',
  headName: 'Hồ Thị Hoa',
  memberCount: 3,
  address: null,
  status: 'ACTIVE',
  year: null,
  classification: null,
  deprivedIndicators: [],
  noLabourCapacity: null,
  meritoriousMember: null,
  ethnicMinority: null,
}

function stub(handlers: Record<string, Handler> = {}) {
  return stubBackend({
    [`GET ${BASE}/records`]: () => jsonResponse([]),
    [`GET ${BASE}/audit`]: () => jsonResponse([]),
    ...handlers,
  })
}

function renderDetail() {
  renderWithProviders(
    <HouseholdDetail
      household={HOUSEHOLD}
      canWrite
      canWriteRecords
      VillageSelect={TEST_PICKERS.VillageSelect}
      indicators={[]}
    />,
  )
}

async function openDialog(user: UserEvent, button: RegExp): Promise<HTMLElement> {
  await user.click(screen.getByRole('button', { name: button }))
  return screen.findByRole('dialog')
}

async function sent(fetch: ReturnType<typeof stub>, method: string, path: string) {
  await waitFor(() => expect(requestsTo(fetch, method, path)).toHaveLength(1))
  const [request] = requestsTo(fetch, method, path)
  return { ifMatch: request.headers.get('If-Match'), body: await request.json() }
}

describe('household actions', () => {
  it('closes the household with the version it was read at', async () => {
    const fetch = stub({ [`POST ${BASE}/closure`]: () => jsonResponse({ ...HOUSEHOLD, status: 'CLOSED' }) })
    const user = userEvent.setup()
    renderDetail()
    const dialog = await openDialog(user, /Đóng hồ sơ hộ/)
    expect(within(dialog).getByText(/Các thành viên còn lại được ghi là đã chuyển đi/)).toBeTruthy()
    await user.click(within(dialog).getByText('Chuyển đi nơi khác'))
    await user.click(within(dialog).getByRole('button', { name: /Đóng hồ sơ/ }))

    expect(await sent(fetch, 'POST', `${BASE}/closure`)).toEqual({
      ifMatch: '"7"',
      body: { reason: 'MOVED_AWAY', closedOn: TODAY },
    })
  })

  it('says someone else changed the household (412) and offers to reload', async () => {
    stub({ [`POST ${BASE}/closure`]: () => problemResponse(412, 'precondition.failed') })
    const user = userEvent.setup()
    renderDetail()
    const dialog = await openDialog(user, /Đóng hồ sơ hộ/)
    await user.click(within(dialog).getByText('Giải thể, không còn thành viên'))
    await user.click(within(dialog).getByRole('button', { name: /Đóng hồ sơ/ }))

    const failure = await within(dialog).findByTestId('form-failure')
    expect(failure.textContent).toContain('Người khác vừa thay đổi hộ gia đình này. Hãy tải lại rồi thử lại.')
    await user.click(within(failure).getByRole('button', { name: /Tải lại/ }))
    await waitFor(() => expect(within(dialog).queryByTestId('form-failure')).toBeNull())
  })

  it('changes the head', async () => {
    const fetch = stub({ [`POST ${BASE}/head`]: () => jsonResponse(HOUSEHOLD) })
    const user = userEvent.setup()
    renderDetail()
    const dialog = await openDialog(user, /Đổi chủ hộ/)
    await chooseOption(user, within(dialog).getByLabelText('Chủ hộ mới'), 'Lê Thị Thử')
    await user.click(within(dialog).getByRole('button', { name: /Lưu/ }))
    expect(await sent(fetch, 'POST', `${BASE}/head`)).toEqual({ ifMatch: '"7"', body: { memberId: SPOUSE_ID } })
  })

  it('splits the head off, naming who heads the household staying', async () => {
    const fetch = stub({
      [`POST ${BASE}/split`]: () => jsonResponse({ ...HOUSEHOLD, id: OTHER_ID, code: '20179-00043' }, { status: 201 }),
    })
    const user = userEvent.setup()
    renderDetail()
    const dialog = await openDialog(user, /Tách hộ/)
    await user.click(within(dialog).getByLabelText('Trần Văn Thử'))
    await chooseOption(user, within(dialog).getByLabelText('Chủ hộ của hộ mới'), 'Trần Văn Thử')
    await chooseOption(user, await within(dialog).findByLabelText('Chủ hộ mới của hộ 20179-00001'), 'Lê Thị Thử')
    await user.type(within(dialog).getByLabelText('Số điện thoại'), '0914 222 333')
    await user.click(within(dialog).getByRole('button', { name: /^Tách hộ$/ }))

    expect(await sent(fetch, 'POST', `${BASE}/split`)).toEqual({
      ifMatch: '"7"',
      body: {
        memberIds: [HEAD_ID],
        headMemberId: HEAD_ID,
        remainingHeadMemberId: SPOUSE_ID,
        phone: '0914 222 333',
        splitOn: TODAY,
      },
    })
    expect(await screen.findByText('Đã tách thành hộ mới 20179-00043')).toBeTruthy()
  })

  it('merges into a household found by name in the same commune', async () => {
    const fetch = stub({
      'GET /api/v1/households': () => jsonResponse({ items: [OTHER], nextCursor: null }),
      [`POST ${BASE}/merge`]: () => jsonResponse({ ...HOUSEHOLD, id: OTHER_ID, code: '20179-00042' }),
    })
    const user = userEvent.setup()
    renderDetail()
    const dialog = await openDialog(user, /Nhập vào hộ khác/)
    const target = within(dialog).getByLabelText('Hộ nhập vào (cùng xã)')
    await user.type(target, 'ho thi hoa')
    const search = await waitFor(() => {
      const [request] = requestsTo(fetch, 'GET', '/api/v1/households')
      expect(request).toBeDefined()
      return Object.fromEntries(new URL(request.url).searchParams)
    })
    expect(search).toEqual({ communeCode: '20179', q: 'ho thi hoa', status: 'ACTIVE', limit: '20' })
    const option = await screen.findByTitle('20179-00042 · Hồ Thị Hoa · Thôn Khe Tre')
    await user.click(option)
    await user.click(within(dialog).getByRole('button', { name: /^Nhập hộ$/ }))

    expect(await sent(fetch, 'POST', `${BASE}/merge`)).toEqual({
      ifMatch: '"7"',
      body: { targetHouseholdId: OTHER_ID, mergedOn: TODAY },
    })
  })

  it("records that a member left, with the member's own version", async () => {
    const fetch = stub({
      [`POST ${BASE}/members/${SPOUSE_ID}/departure`]: () => jsonResponse({}),
    })
    const user = userEvent.setup()
    renderDetail()
    const row = screen.getByRole('row', { name: /Lê Thị Thử/ })
    await user.click(within(row).getByRole('button', { name: /Rời hộ/ }))
    const dialog = await screen.findByRole('dialog')
    await user.click(within(dialog).getByText('Đã mất'))
    await user.click(within(dialog).getByRole('button', { name: /Ghi nhận/ }))

    expect(await sent(fetch, 'POST', `${BASE}/members/${SPOUSE_ID}/departure`)).toEqual({
      ifMatch: '"4"',
      body: { reason: 'DIED', leftOn: TODAY },
    })
  })

  it('moves a member to another household', async () => {
    const fetch = stub({
      'GET /api/v1/households': () => jsonResponse({ items: [OTHER], nextCursor: null }),
      [`POST ${BASE}/members/${SPOUSE_ID}/move`]: () => jsonResponse({}, { status: 201 }),
    })
    const user = userEvent.setup()
    renderDetail()
    const row = screen.getByRole('row', { name: /Lê Thị Thử/ })
    await user.click(within(row).getByRole('button', { name: /Chuyển hộ/ }))
    const dialog = await screen.findByRole('dialog')
    await user.type(within(dialog).getByLabelText('Hộ chuyển đến'), '20179-00042')
    await user.click(await screen.findByTitle('20179-00042 · Hồ Thị Hoa · Thôn Khe Tre'))
    await chooseOption(user, within(dialog).getByLabelText('Quan hệ với chủ hộ của hộ chuyển đến'), 'Anh/chị/em')
    await user.click(within(dialog).getByRole('button', { name: /^Chuyển$/ }))

    expect(await sent(fetch, 'POST', `${BASE}/members/${SPOUSE_ID}/move`)).toEqual({
      ifMatch: '"4"',
      body: { targetHouseholdId: OTHER_ID, relationToHead: 'SIBLING', movedOn: TODAY },
    })
  })

  it('edits a member without reading the citizen ID: left empty, the stored one is kept', async () => {
    const fetch = stub({ [`PUT ${BASE}/members/${HEAD_ID}`]: () => jsonResponse(HEAD) })
    const user = userEvent.setup()
    renderDetail()
    const row = within(screen.getByTestId('members-current')).getByRole('row', { name: /Trần Văn Thử/ })
    await user.click(within(row).getByRole('button', { name: /Sửa/ }))
    const dialog = await screen.findByRole('dialog')
    const citizenId = within(dialog).getByLabelText('Số CCCD') as HTMLInputElement
    expect(citizenId.value).toBe('')
    expect(within(dialog).getByText(/để trống để giữ nguyên/)).toBeTruthy()
    await chooseOption(user, within(dialog).getByLabelText('Có thẻ BHYT'), 'Có')
    await user.click(within(dialog).getByRole('button', { name: /Lưu/ }))

    expect(await sent(fetch, 'PUT', `${BASE}/members/${HEAD_ID}`)).toEqual({
      ifMatch: '"2"',
      body: {
        fullName: 'Trần Văn Thử',
        sex: 'MALE',
        birthDate: '1980-02-03',
        ethnicity: '01',
        relationToHead: 'HEAD',
        employment: 'SELF_EMPLOYED',
        healthInsurance: true,
        // facts the form leaves unknown are sent as null: the API keeps a fact it is not sent
        labourCapacity: null,
        monthlySocialAllowance: null,
        disabled: null,
        nutrition: null,
        attendingSchool: null,
        highestEducation: null,
        meritorious: null,
        sickWithoutCare: null,
      },
    })
    expect(fetch.mock.calls.some(([request]) => request.url.includes('/citizen-id'))).toBe(false)
  })

  it('adds a member, never as a second head', async () => {
    const fetch = stub({ [`POST ${BASE}/members`]: () => jsonResponse(HEAD, { status: 201 }) })
    const user = userEvent.setup()
    renderDetail()
    const dialog = await openDialog(user, /Thêm thành viên/)
    await user.type(within(dialog).getByLabelText('Họ và tên'), 'Trần Bé Mới')
    await user.type(within(dialog).getByLabelText('Ngày sinh'), '01/03/2025')
    await chooseOption(user, within(dialog).getByLabelText('Quan hệ với chủ hộ'), 'Con')
    await user.click(within(dialog).getByRole('button', { name: /Lưu/ }))

    expect(await sent(fetch, 'POST', `${BASE}/members`)).toEqual({
      ifMatch: null,
      body: { fullName: 'Trần Bé Mới', birthDate: '2025-03-01', ethnicity: '01', relationToHead: 'CHILD' },
    })
  })
})
