import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { requestsTo, stubBackend } from '@/testing/backend'
import { IMPORT_ID, ISSUES, QUEUED_JOB, STAGING_JOB, VALIDATED_JOB } from '@/testing/imports'
import { jsonResponse, renderWithProviders } from '@/testing/render'
import { ImportJobView } from './import-job'
import { ImportProgress } from './import-progress'

const PATH = `/api/v1/imports/${IMPORT_ID}`

describe('ImportProgress', () => {
  it('shows the phase, the share done, the rows done of the total, the rate and the time left', () => {
    renderWithProviders(<ImportProgress job={STAGING_JOB} />)
    expect(screen.getByTestId('import-progress-phase').textContent).toBe('Đang đọc tệp')
    const bar = screen.getByRole('progressbar')
    expect(bar.getAttribute('aria-valuenow')).toBe('42.5')
    expect(bar.className).toContain('ant-progress-status-active')
    expect(bar.querySelector('.ant-progress-indicator')?.textContent).toBe('42,5\u00a0%')
    expect(screen.getByTestId('import-progress-rows').textContent).toBe('425 / 1.000 dòng')
    expect(screen.getByTestId('import-progress-rate').textContent).toBe('212,5 dòng/giây')
    expect(screen.getByTestId('import-progress-eta').textContent).toBe('Còn khoảng 3 giây')
  })

  it('moves without a share while the rows are still being counted', () => {
    renderWithProviders(<ImportProgress job={QUEUED_JOB} />)
    expect(screen.getByTestId('import-progress-phase').textContent).toBe('Đang chờ xử lý')
    const bar = screen.getByRole('progressbar')
    expect(bar.getAttribute('aria-valuenow')).toBeNull()
    expect(bar.getAttribute('data-indeterminate')).toBe('true')
    expect(bar.className).toContain('ant-progress-status-active')
    expect(bar.querySelector('.ant-progress-indicator')).toBeNull()
    expect(screen.getByTestId('import-progress-rows').textContent).toBe('Đã xử lý 0 dòng')
    expect(screen.getByText('Đang đếm số dòng của tệp…')).toBeTruthy()
    expect(screen.queryByTestId('import-progress-eta')).toBeNull()
  })

  it('gives a longer time left in minutes and seconds', () => {
    renderWithProviders(<ImportProgress job={{ ...STAGING_JOB, phase: 'VALIDATING', etaSeconds: 125 }} />)
    expect(screen.getByTestId('import-progress-phase').textContent).toBe('Đang kiểm tra dữ liệu')
    expect(screen.getByTestId('import-progress-eta').textContent).toBe('Còn khoảng 2 phút 5 giây')
  })
})

describe('ImportJobView', () => {
  it('asks for the job every second while it works, then shows what validation found', async () => {
    const answers = [QUEUED_JOB, STAGING_JOB, VALIDATED_JOB]
    const backend = stubBackend({
      [`GET ${PATH}`]: () => jsonResponse(answers.length > 1 ? answers.shift() : answers[0]),
      [`GET ${PATH}/issues`]: () => jsonResponse({ items: ISSUES, nextCursor: null }),
    })
    renderWithProviders(<ImportJobView id={IMPORT_ID} canWrite />)
    expect((await screen.findByTestId('import-progress-phase')).textContent).toBe('Đang chờ xử lý')
    await waitFor(() => expect(screen.getByTestId('import-progress-rows').textContent).toBe('425 / 1.000 dòng'), {
      timeout: 4_000,
    })
    await screen.findByTestId('import-summary', {}, { timeout: 4_000 })
    expect(screen.queryByTestId('import-progress')).toBeNull()
    expect(within(screen.getByTestId('summary-households-new')).getByText('2')).toBeTruthy()
    expect(within(screen.getByTestId('summary-households-rejected')).getByText('1')).toBeTruthy()
    expect(within(screen.getByTestId('import-job')).getByTestId('import-phase').textContent).toBe('Đã kiểm tra')

    // Validated: the polling stops.
    const asked = requestsTo(backend, 'GET', PATH).length
    await new Promise((resolve) => setTimeout(resolve, 1_500))
    expect(requestsTo(backend, 'GET', PATH)).toHaveLength(asked)
  })
})
