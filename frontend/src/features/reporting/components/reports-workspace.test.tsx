import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { chooseOption } from '@/testing/antd'
import { requestsTo, stubBackend } from '@/testing/backend'
import { jsonResponse, renderWithProviders } from '@/testing/render'
import { SUMMARY_2025 } from '@/testing/reporting'
import { ReportsWorkspace } from './reports-workspace'

const SUMMARY = '/api/v1/reports/tables/summary'
const DEPRIVATIONS = '/api/v1/reports/tables/deprivations'

describe('ReportsWorkspace', () => {
  it('shows the summary without a poor / near-poor choice, and asks for the chosen table of the chosen kind', async () => {
    const user = userEvent.setup()
    const backend = stubBackend({
      [`GET ${SUMMARY}`]: () => jsonResponse(SUMMARY_2025),
      [`GET ${DEPRIVATIONS}`]: (_, url) =>
        jsonResponse({ ...SUMMARY_2025, report: 'deprivations', kind: url.searchParams.get('kind'), title: 'BIỂU PHÂN TÍCH' }),
    })
    renderWithProviders(<ReportsWorkspace areaCode="46" indicatorName={(code) => code} />, { route: '/reports?tab=tables&year=2025' })

    expect(await screen.findByTestId('table-report-total')).toBeTruthy()
    expect(screen.queryByRole('radio', { name: 'Hộ cận nghèo' })).toBeNull()
    const [summary] = requestsTo(backend, 'GET', SUMMARY)
    expect(Object.fromEntries(new URL(summary.url).searchParams)).toEqual({ areaCode: '46', year: '2025' })

    await chooseOption(user, screen.getByLabelText('Biểu'), 'Mức độ thiếu hụt dịch vụ xã hội cơ bản')
    await screen.findByRole('radio', { name: 'Hộ cận nghèo' })
    await user.click(screen.getByText('Hộ cận nghèo'))

    expect(await screen.findByText('BIỂU PHÂN TÍCH – Thành phố Huế')).toBeTruthy()
    await waitFor(() =>
      expect(requestsTo(backend, 'GET', DEPRIVATIONS).map((request) => new URL(request.url).searchParams.get('kind'))).toEqual([
        'POOR',
        'NEAR_POOR',
      ]),
    )
  })
})
