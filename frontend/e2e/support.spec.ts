import { expect, test, type APIRequestContext } from '@playwright/test'
import { choose } from './helpers'

const ARTIFACTS = 'e2e/artifacts'
const KEYCLOAK = process.env.E2E_KEYCLOAK_URL || 'http://localhost:8180'
const GROUP = 'Nhóm Trạm Khuyến nông lâm ngư'
const LIVESTOCK_NOTE = 'Huyện không khuyến khích hỗ trợ con giống: ưu tiên cây giống'

interface Target {
  householdId: string
  householdCode: string
  groupName: string | null
}

interface PlanSummary {
  id: string
  householdId: string
  year: number
}

/** A token of a dev user (password = username), straight from Keycloak. */
async function token(request: APIRequestContext, username: string): Promise<string> {
  const response = await request.post(`${KEYCLOAK}/realms/giamngheo/protocol/openid-connect/token`, {
    form: { grant_type: 'password', client_id: 'giamngheo-web', username, password: username },
  })
  expect(response.ok()).toBeTruthy()
  return ((await response.json()) as { access_token: string }).access_token
}

async function api<T>(request: APIRequestContext, bearer: string, method: 'GET' | 'POST' | 'PUT', path: string, data?: unknown) {
  const response = await request.fetch(`/api/v1${path}`, { method, headers: { Authorization: `Bearer ${bearer}` }, data })
  return { status: response.status(), body: (await response.json().catch(() => undefined)) as T }
}

// Wide enough for the plan's item table without scrolling, for the screenshots.
test.use({ viewport: { width: 1600, height: 1000 } })

test('a helping agency plans, commits, delivers and visits', async ({ page, request }) => {
  const thisYear = new Date().getFullYear()
  let households: Target[] = []
  let plan: { id: string; code: string; year: number } | undefined

  await test.step('set up: the province discourages livestock; a new plan without commitment for a household of the group', async () => {
    const officer = await token(request, 'tinh.hue')
    const policy = await api(request, officer, 'PUT', '/support/catalogue/LIVESTOCK/policies/46', {
      discouraged: true,
      note: LIVESTOCK_NOTE,
    })
    expect(policy.status).toBe(200)

    const agency = await token(request, 'khuyennong.namdong')
    households = (await api<{ items: Target[] }>(request, agency, 'GET', '/support/households?limit=200')).body.items
    expect(households.length).toBeGreaterThan(0)
    const plans = (await api<PlanSummary[]>(request, agency, 'GET', '/support/plans')).body
    // The first year from next year on in which a household of the group has no plan yet: every
    // run makes its own plan, whatever ran before on this database.
    for (let year = thisYear + 1; year <= 2100 && !plan; year++) {
      const free = households.find((household) => !plans.some((p) => p.householdId === household.householdId && p.year === year))
      if (!free) continue
      const created = await api<{ id: string; householdCode: string; year: number }>(request, agency, 'POST', '/support/plans', {
        householdId: free.householdId,
        year,
        escapeYear: year + 1,
      })
      expect(created.status).toBe(201)
      plan = { id: created.body.id, code: created.body.householdCode, year: created.body.year }
    }
    expect(plan).toBeDefined()
  })

  await test.step('log in through Keycloak and land on the agency workspace', async () => {
    await page.goto('/')
    await expect(page).toHaveURL(/\/realms\/giamngheo\/protocol\/openid-connect\/auth/)
    await page.locator('#username').fill('khuyennong.namdong')
    await page.locator('#password').fill('khuyennong.namdong')
    await page.locator('#kc-login').click()
    await expect(page).toHaveURL(/\/support$/)
    await expect(page.getByRole('heading', { name: 'Hỗ trợ hộ nghèo' })).toBeVisible()
  })

  await test.step("see only the group's households, what they lack, overdue visits and plans to deliver", async () => {
    const rows = page.getByTestId('targets-table').locator('tbody tr.ant-table-row')
    await expect(rows).toHaveCount(households.length)
    for (const household of households) {
      await expect(rows.filter({ hasText: household.householdCode })).toContainText(GROUP)
    }
    // Deprivations by name, not by code.
    await expect(rows.first().getByTestId('deprivations')).not.toContainText('_')
    await expect(page.getByTestId('overdue-visits')).toBeVisible()
    await expect(page.getByTestId('plans-to-deliver')).toBeVisible()
    await page.screenshot({ path: `${ARTIFACTS}/support-workspace.png`, fullPage: true })
  })

  const { id, code, year } = plan!
  await test.step(`open the new plan of ${code} for ${year}`, async () => {
    // The year select offers up to next year; a later plan (after many runs) is reached by its address.
    if (year <= thisYear + 1) await choose(page, 'Năm', String(year))
    else await page.goto(`/support?year=${year}`)
    const link = page.getByRole('link', { name: `Mở kế hoạch của hộ ${code}` })
    await expect(link).toHaveAttribute('href', `/support/plans/${id}`)
    await link.click()
    await expect(page).toHaveURL(new RegExp(`/support/plans/${id}$`))
    await expect(page.getByRole('heading', { name: `Kế hoạch hỗ trợ hộ ${code} năm ${year}` })).toBeVisible()
    await expect(page.getByTestId('plan-header')).toContainText(GROUP)
  })

  await test.step('add a livestock item: the province policy warns', async () => {
    await page.getByRole('button', { name: 'Thêm hỗ trợ' }).click()
    const modal = page.getByTestId('add-item-modal')
    await choose(page, 'Hình thức hỗ trợ', 'Con giống')
    await expect(modal.getByTestId('kind-discouraged-hint')).toContainText(LIVESTOCK_NOTE)
    await modal.getByLabel('Số lượng', { exact: true }).fill('2')
    await modal.getByLabel('Mô tả', { exact: true }).fill('Heo giống')
    const value = modal.getByLabel('Giá trị', { exact: true })
    await value.fill('3000000')
    await value.blur()
    await expect(value).toHaveValue('3.000.000')
    await page.getByRole('button', { name: 'Thêm hỗ trợ' }).last().click()
    const row = page.getByTestId('plan-items').locator('tbody tr.ant-table-row', { hasText: 'Heo giống' })
    await expect(row.getByTestId('warning-discouraged')).toContainText('Tỉnh không khuyến khích hình thức hỗ trợ này')
    await expect(row.getByTestId('warning-discouraged')).toContainText(LIVESTOCK_NOTE)
    await expect(row).toContainText('3.000.000 ₫')
  })

  await test.step('delivering is refused before the commitment', async () => {
    const deliver = page.getByRole('button', { name: 'Giao Con giống' })
    await expect(deliver).toBeDisabled()
    await expect(page.getByTestId('commitment-missing')).toContainText('Chưa có bản cam kết')
    // The server says the same to anyone who tries.
    const agency = await token(request, 'khuyennong.namdong')
    const planView = (await api<{ items: { id: string; kindCode: string }[] }>(request, agency, 'GET', `/support/plans/${id}`)).body
    const item = planView.items.find((candidate) => candidate.kindCode === 'LIVESTOCK')!
    const refused = await api<{ code: string }>(request, agency, 'POST', `/support/plans/${id}/items/${item.id}/delivery`, {
      deliveredOn: new Date().toISOString().slice(0, 10),
    })
    expect(refused.status).toBe(422)
    expect(refused.body.code).toBe('support.commitment_required')
  })

  await test.step('record the signed commitment with its scan', async () => {
    const form = page.getByTestId('commitment-form')
    await form.getByLabel('Người ký', { exact: true }).fill('Đặng Văn Nông (Trạm Khuyến nông); chủ hộ')
    await form.locator('input[type="file"]').setInputFiles({
      name: 'ban-cam-ket.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n% bản cam kết\n%%EOF\n'),
    })
    await form.getByRole('button', { name: 'Ghi nhận bản cam kết' }).click()
    const commitment = page.getByTestId('commitment')
    await expect(commitment).toContainText('Đặng Văn Nông (Trạm Khuyến nông); chủ hộ')
    await expect(commitment.getByRole('button', { name: /ban-cam-ket\.pdf/ })).toBeVisible()
    await expect(page.getByTestId('commitment-missing')).toHaveCount(0)
  })

  await test.step('deliver the livestock', async () => {
    await page.getByRole('button', { name: 'Giao Con giống' }).click()
    await page.getByTestId('deliver-modal').getByRole('button', { name: 'Ghi nhận đã giao' }).click()
    const row = page.getByTestId('plan-items').locator('tbody tr.ant-table-row', { hasText: 'Heo giống' })
    await expect(row.locator('[data-status]')).toHaveText('Đã giao')
    await expect(page.getByRole('button', { name: 'Giao Con giống' })).toHaveCount(0)
  })

  await test.step('record a visit', async () => {
    const form = page.getByTestId('visit-form')
    await expect(form.getByLabel('Người thăm', { exact: true })).toHaveValue('Đặng Văn Nông')
    await form.getByLabel('Tình hình ghi nhận', { exact: true }).fill('Heo giống khỏe, chuồng trại sạch')
    await form.getByLabel('Việc tiếp theo', { exact: true }).fill('Hướng dẫn tiêm phòng')
    await form.getByRole('button', { name: 'Ghi nhận lần thăm' }).click()
    await expect(page.getByTestId('visit-table')).toContainText('Heo giống khỏe, chuồng trại sạch')
    await expect(page.getByTestId('visit-table')).toContainText('Hướng dẫn tiêm phòng')
    await expect(page.locator('.ant-message-notice')).toHaveCount(0, { timeout: 10_000 })
    // Clicking "Giao" scrolled the item table sideways: show it from its first column again.
    await page.getByTestId('plan-items').locator('.ant-table-content').evaluate((table) => table.scrollTo({ left: 0 }))
    await page.screenshot({ path: `${ARTIFACTS}/support-plan.png`, fullPage: true })
  })
})
