import { execFileSync } from 'node:child_process'
import { mkdirSync, statSync } from 'node:fs'
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { choose, logIn, typeDate } from './helpers'

const ARTIFACTS = 'e2e/artifacts'
const KEYCLOAK_URL = process.env.E2E_KEYCLOAK_URL || `http://localhost:${process.env.KEYCLOAK_PORT || 8180}`
const TOKEN_URL = `${KEYCLOAK_URL}/realms/giamngheo/protocol/openid-connect/token`
const NAM_DONG = '20179'
const YEAR = 2026

/*
 * The review (rà soát) of one household, end to end. What other people do is prepared through the
 * API with their own Keycloak tokens (the SPA's origin proxies /api to the backend): the officer
 * registers the household, opens a regular review and lists it; the reviewer surveys it; the
 * province gives its opinion. What the commune officer and the chairman do, they do in the SPA.
 */

/** Letters only, so the name stays a name: every run registers a household nobody else has. */
function randomLetters(length: number): string {
  return Array.from({ length }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('')
}

/** Today as the stack sees it: GIAMNGHEO_CLOCK_TODAY when the suite runs on another date. */
function today(): Date {
  const fixed = process.env.GIAMNGHEO_CLOCK_TODAY
  return fixed ? new Date(`${fixed}T12:00:00`) : new Date()
}

/** A date as the API takes it, days from today (local time). */
function isoDay(offset = 0): string {
  const date = today()
  date.setDate(date.getDate() + offset)
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** dd/MM/yyyy, as the SPA shows dates. */
function shownDate(iso: string): string {
  const [year, month, day] = iso.split('-')
  return `${day}/${month}/${year}`
}

/** The API as one dev user (password = user name), with a fresh token for each call. */
function apiAs(request: APIRequestContext, username: string) {
  const token = async () => {
    const response = await request.post(TOKEN_URL, {
      form: { grant_type: 'password', client_id: 'giamngheo-web', username, password: username },
    })
    expect(response.ok(), `token of ${username}`).toBeTruthy()
    return ((await response.json()) as { access_token: string }).access_token
  }
  const send = async (method: 'GET' | 'POST', path: string, body?: unknown) =>
    request.fetch(path, {
      method,
      headers: { Authorization: `Bearer ${await token()}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      data: body === undefined ? undefined : JSON.stringify(body),
    })
  return {
    send,
    /** A call that must succeed; its JSON answer. */
    async call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
      const response = await send(method, path, body)
      expect(response.ok(), `${method} ${path} as ${username}: ${response.status()} ${await response.text()}`).toBeTruthy()
      return (await response.json()) as T
    },
  }
}

interface Village {
  id: string
  name: string
}
interface Household {
  id: string
  code: string
}
interface Campaign {
  id: string
  month: number | null
  status: string
}
interface Item {
  id: string
  state: string
  proposedClass: string | null
}
interface Posting {
  endsOn: string
}

/** A reviewer's survey that classifies the household poor: low income, a house not durable, a simple pit latrine. */
const POOR_SURVEY = {
  record: {
    surveyYear: YEAR,
    surveyDate: isoDay(-13),
    reviewer: 'Hồ Văn Rà',
    monthlyIncomePerCapita: 1_200_000,
    household: { wallsDurable: false, roofDurable: false, latrineType: 'SIMPLE_PIT' },
  },
}

/**
 * Opens Xã Nam Đông's regular review of a month of 2026 that opened (on the 15th) before the story's first
 * meeting, 10 days ago: the month follows the run, and the next one is tried when a review of that month exists
 * already (a retry on the same database).
 */
async function openRegularReview(officer: ReturnType<typeof apiAs>): Promise<Campaign> {
  const opened = Array.from({ length: 12 }, (_, index) => index + 1)
    .filter((month) => `${YEAR}-${String(month).padStart(2, '0')}-15` <= isoDay(-14))
  expect(opened.length, `no month of ${YEAR} opened before ${isoDay(-14)}`).toBeGreaterThan(0)
  const first = Math.floor(Date.now() / 60_000) % opened.length
  for (let attempt = 0; attempt < opened.length; attempt++) {
    const month = opened[(first + attempt) % opened.length]
    const response = await officer.send('POST', '/api/v1/review-campaigns', { communeCode: NAM_DONG, kind: 'REGULAR', year: YEAR, month })
    if (response.status() === 409) continue
    expect(response.status(), await response.text()).toBe(201)
    return (await response.json()) as Campaign
  }
  throw new Error(`Xã Nam Đông has a regular review for every month of ${YEAR}: reset the e2e database`)
}

/** Records a village meeting held on a past day in the form and checks what it says before saving. */
async function recordMeeting(page: Page, village: string, attendees: number, agreeing: number, verdict: string,
  heldOn: string) {
  const form = page.getByTestId('meeting-form')
  await choose(page, 'Thôn, tổ dân phố', `${village} (1 hộ chờ họp)`)
  await typeDate(page, 'Ngày họp', shownDate(heldOn), form)
  await form.getByLabel('Người chủ trì', { exact: true }).fill('Lê Văn Trưởng')
  await form.getByLabel('Số người dự họp', { exact: true }).fill(String(attendees))
  await form.getByLabel('Số người đồng ý', { exact: true }).fill(String(agreeing))
  const shown = page.getByTestId('meeting-verdict')
  await expect(shown).toContainText(verdict)
  await expect(shown).toContainText(`${agreeing}/${attendees} người dự họp đồng ý (${(agreeing * 100) / attendees} %)`)
  await page.getByRole('button', { name: /Ghi nhận cuộc họp/ }).click()
}

test('a household is reviewed: survey, village meetings, posting, opinion, decision and certificate', async ({
  page,
  browser,
  request,
}, testInfo) => {
  test.setTimeout(240_000)
  mkdirSync(ARTIFACTS, { recursive: true })
  const suffix = randomLetters(6)
  const headName = `Nguyễn Thị Hoà ${suffix[0].toUpperCase()}${suffix.slice(1)}`
  const officer = apiAs(request, 'xa.namdong')
  const reviewer = apiAs(request, 'rsv.namdong')
  const province = apiAs(request, 'tinh.hue')

  let village!: Village
  let household!: Household
  let campaign!: Campaign
  let item!: Item

  await test.step('prepare through the API: a household, a regular review listing it, its survey', async () => {
    const villages = await officer.call<{ items: Village[] }>('GET', `/api/v1/communes/${NAM_DONG}/villages?limit=100`)
    village = villages.items.find((candidate) => candidate.name === 'Thôn Hà An') ?? villages.items[0]
    household = await officer.call<Household>('POST', '/api/v1/households', {
      communeCode: NAM_DONG,
      villageId: village.id,
      address: 'Số 12, đường Khe Tre',
      members: [
        { fullName: headName, relationToHead: 'HEAD', sex: 'FEMALE', birthDate: '1979-03-08', ethnicity: '01', healthInsurance: false },
        { fullName: 'Trần Văn Đức', relationToHead: 'SPOUSE', sex: 'MALE', birthDate: '1976-11-20', ethnicity: '01', healthInsurance: true },
      ],
    })
    campaign = await openRegularReview(officer)
    item = await officer.call<Item>('POST', `/api/v1/review-campaigns/${campaign.id}/applicants`, {
      householdId: household.id,
      form: 'MAU_01',
      requestedOn: isoDay(-14),
      screeningPassed: true,
    })
    const surveyed = await reviewer.call<Item>('POST', `/api/v1/review-campaigns/${campaign.id}/items/${item.id}/survey`, POOR_SURVEY)
    expect(surveyed.state).toBe('SURVEYED')
    expect(surveyed.proposedClass).toBe('POOR')
  })

  const period = `Thường xuyên tháng ${String(campaign.month).padStart(2, '0')}/${YEAR}`

  await test.step('the commune officer finds the review and its board shows the household waiting for its meeting', async () => {
    await logIn(page, 'xa.namdong')
    await page.getByRole('menuitem', { name: /Rà soát/ }).click()
    await expect(page).toHaveURL(/\/reviews$/)
    await expect(page.getByRole('heading', { name: 'Rà soát hộ nghèo, hộ cận nghèo' })).toBeVisible()
    const row = page.getByTestId('campaign-table').getByRole('row', { name: new RegExp(period) })
    await expect(row).toContainText('Xã Nam Đông')
    await expect(row).toContainText('Đang rà soát')
    await row.getByRole('link', { name: period }).click()
    await expect(page).toHaveURL(new RegExp(`/reviews/${campaign.id}$`))
    await expect(page.getByRole('heading', { name: `${period} – Xã Nam Đông` })).toBeVisible()
    await expect(page.getByTestId('campaign-deadlines')).toContainText('Họp dân')
    const gaps = page.getByTestId('gaps')
    await expect(gaps).toContainText('Còn 1 hộ chưa có kết quả')
    await expect(gaps.getByRole('row', { name: new RegExp(household.code) })).toContainText('Họp dân')
  })

  await test.step('a meeting where 4 of 10 agree does not pass: the household goes back to survey', async () => {
    await page.getByRole('tab', { name: 'Họp dân' }).click()
    await expect(page).toHaveURL(/tab=meetings/)
    await recordMeeting(page, village.name, 10, 4, 'Không đạt: các hộ sẽ rà soát lại', isoDay(-10))
    const row = page.getByTestId('meeting-table').getByRole('row', { name: /Lê Văn Trưởng/ })
    await expect(row).toContainText('Không đạt')
    await expect(page.getByTestId('gaps').getByRole('row', { name: new RegExp(household.code) })).toContainText('Điều tra, chấm điểm')
  })

  await test.step('surveyed again, a meeting where 6 of 10 agree passes', async () => {
    const again = await reviewer.call<Item>('POST', `/api/v1/review-campaigns/${campaign.id}/items/${item.id}/survey`, POOR_SURVEY)
    expect(again.state).toBe('SURVEYED')
    await page.reload()
    await expect(page.getByTestId('meeting-form')).toBeVisible()
    await recordMeeting(page, village.name, 10, 6, 'Đạt', isoDay(-9))
    const rows = page.getByTestId('meeting-table').locator('tbody tr.ant-table-row')
    await expect(rows).toHaveCount(2)
    await expect(rows.filter({ hasText: 'Không đạt' })).toHaveCount(1)
    await expect(page.getByTestId('village-progress')).toContainText('Đạt')
  })

  await test.step('post the results (from a week ago), with the end of the posting counted in working days', async () => {
    await page.getByRole('tab', { name: 'Niêm yết' }).click()
    await expect(page.getByTestId('posting-form')).toContainText('1 hộ đã được họp dân thông qua đang chờ niêm yết')
    await typeDate(page, 'Ngày bắt đầu niêm yết', shownDate(isoDay(-7)), page.getByTestId('posting-form'))
    const expected = await officer.call<Posting>('GET', `/api/v1/working-days?startsOn=${isoDay(-7)}&days=3`)
    await expect(page.getByTestId('posting-end')).toContainText(`Niêm yết đến hết ngày ${shownDate(expected.endsOn)}`)
    await page.getByRole('button', { name: /Niêm yết kết quả/ }).click()
    await expect(page.getByTestId('posting-table').locator('tbody tr.ant-table-row')).toHaveCount(1)
    await expect(page.getByTestId('campaign-overview')).toContainText('Đang niêm yết')
    await expect(page.getByTestId('gaps')).toContainText('Mọi hộ trong danh sách đã có kết quả')
    // The confirmation toast fades out before the picture is taken.
    await expect(page.locator('.ant-message-notice')).toHaveCount(0)
    await page.screenshot({ path: `${ARTIFACTS}/review-board.png`, fullPage: true })
  })

  await test.step('the province gives its opinion once the posting is over (through the API)', async () => {
    const postings = await province.call<Posting[]>('GET', `/api/v1/review-campaigns/${campaign.id}/postings`)
    const opinion = await province.call<Campaign>('POST', `/api/v1/review-campaigns/${campaign.id}/opinion`, {
      givenOn: postings[0].endsOn,
      text: 'Sở Nông nghiệp và Môi trường thống nhất kết quả rà soát.',
    })
    expect(opinion.status).toBe('AWAITING_DECISION')
  })

  const chairContext = await browser.newContext({ baseURL: testInfo.project.use.baseURL, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' })
  const chair = await chairContext.newPage()
  try {
    await test.step('the chairman decides on the decision screen', async () => {
      await logIn(chair, 'chutich.namdong')
      await chair.goto(`/reviews/${campaign.id}?tab=decision`)
      const decision = chair.getByTestId('decision')
      await expect(decision.getByTestId('decision-check-gaps')).toHaveAttribute('data-ok', 'true')
      await expect(decision.getByTestId('decision-check-opinion')).toHaveAttribute('data-ok', 'true')
      await decision.getByLabel('Số quyết định', { exact: true }).fill(`${campaign.month}/QĐ-UBND`)
      await chair.screenshot({ path: `${ARTIFACTS}/review-decision.png`, fullPage: true })
      await decision.getByRole('button', { name: /Ra quyết định/ }).click()
      await chair.getByRole('dialog').getByRole('button', { name: /Ra quyết định/ }).click()
      await expect(decision).toContainText(`Quyết định số ${campaign.month}/QĐ-UBND`)
      await expect(chair.getByTestId('campaign-overview')).toContainText('Đã có quyết định')
    })

    await test.step('the household review screen shows the decided class and gives the certificate', async () => {
      await chair.getByRole('tab', { name: 'Hộ trong đợt' }).click()
      await chair.getByTestId('item-table').getByRole('link', { name: household.code }).click()
      await expect(chair).toHaveURL(new RegExp(`/reviews/${campaign.id}/items/${item.id}$`))
      const review = chair.getByTestId('review-item')
      await expect(review.getByTestId('final-class')).toHaveText('Hộ nghèo')
      await expect(review).toContainText('Nghèo phát sinh mới')
      await expect(review.getByTestId('item-deprived')).toContainText('Bảo hiểm y tế')
      await expect(chair.getByTestId('review-household')).toContainText(headName)

      const download = chair.waitForEvent('download')
      await review.getByRole('button', { name: /Tải giấy chứng nhận/ }).click()
      const certificate = await download
      expect(certificate.suggestedFilename()).toMatch(new RegExp(`^giay-chung-nhan-${household.code}.*\\.pdf$`))
      await certificate.saveAs(`${ARTIFACTS}/certificate.pdf`)
    })
  } finally {
    await chairContext.close()
  }

  await test.step('the certificate renders, with the head of household named in Vietnamese', () => {
    execFileSync('pdftoppm', ['-png', '-r', '80', '-singlefile', `${ARTIFACTS}/certificate.pdf`, `${ARTIFACTS}/certificate`])
    expect(statSync(`${ARTIFACTS}/certificate.png`).size).toBeGreaterThan(20_000)
    const text = execFileSync('pdftotext', ['-layout', `${ARTIFACTS}/certificate.pdf`, '-'], { encoding: 'utf8' }).normalize('NFC')
    expect(text).toContain(headName.normalize('NFC'))
    expect(text).toContain('GIẤY CHỨNG NHẬN')
    expect(text).toContain('HỘ NGHÈO')
  })
})
