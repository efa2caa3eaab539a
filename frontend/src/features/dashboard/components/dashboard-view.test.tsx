import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { stubBackend } from '@/testing/backend'
import { jsonResponse, renderWithProviders } from '@/testing/render'
import { HUONG_TRA_DASHBOARD } from '@/testing/reporting'
import { DashboardView } from './dashboard-view'

describe('DashboardView', () => {
  it('shows the ward\'s rates by year, its targets with their traffic lights and its deadlines', async () => {
    stubBackend({
      'GET /api/v1/dashboards/19996': () => jsonResponse(HUONG_TRA_DASHBOARD),
      'GET /api/v1/historical-figures/19996': () => jsonResponse([]),
    })
    renderWithProviders(
      <DashboardView
        areaCode="19996"
        canEditTargets
        canEditFigures
        indicatorName={(code) => (code === 'EMPLOYMENT' ? 'Việc làm' : code)}
        timelinessHref={() => '/reporting/timeliness?obligation=COMMUNE_BRIEFING&period=2026-07-01&area=19996'}
      />,
    )
    expect((await screen.findByTestId('dashboard-area')).textContent).toBe('Phường Hương Trà')
    // the chart is drawn (SVG) with its note on the figures entered by hand
    const chart = screen.getByTestId('rate-chart')
    expect(chart.querySelector('svg')).toBeTruthy()
    expect(within(chart).getByTestId('rate-chart-note').textContent).toContain('số liệu nhập tay')

    const targets = screen.getByTestId('targets-table')
    const row = within(targets).getByText('Tỷ lệ hộ nghèo không có khả năng lao động').closest('tr') as HTMLElement
    expect(within(row).getByTestId('target-value').textContent).toBe('≤ 1,7\u00a0%')
    expect(within(row).getByText('Đạt, đúng tiến độ')).toBeTruthy()
    expect(within(targets).getByRole('button', { name: /Sửa mục tiêu/ })).toBeTruthy()

    const deadlines = screen.getByTestId('deadline-calendar')
    expect(within(deadlines).getByText('Báo cáo giao ban quý I và quý III').closest('a')?.getAttribute('href')).toContain(
      'obligation=COMMUNE_BRIEFING',
    )
    expect(within(deadlines).getByText('30/09/2026')).toBeTruthy()
    expect(within(deadlines).getByText('Quá hạn, còn thiếu')).toBeTruthy()
    expect(await screen.findByText('Chưa có số liệu nhập tay.')).toBeTruthy()
  })

  it('hides the editing buttons from those who only read', async () => {
    stubBackend({
      'GET /api/v1/dashboards/19996': () => jsonResponse(HUONG_TRA_DASHBOARD),
      'GET /api/v1/historical-figures/19996': () => jsonResponse([]),
    })
    renderWithProviders(
      <DashboardView areaCode="19996" canEditTargets={false} canEditFigures={false} indicatorName={(code) => code} />,
    )
    await screen.findByTestId('targets-table')
    expect(screen.queryByRole('button', { name: /Thêm mục tiêu/ })).toBeNull()
    expect(screen.queryByRole('button', { name: /Nhập số liệu một năm/ })).toBeNull()
  })
})
