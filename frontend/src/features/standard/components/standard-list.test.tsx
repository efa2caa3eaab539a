import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { jsonResponse, renderWithProviders } from '@/testing/render'
import { STANDARD_SUMMARIES } from '@/testing/standards'
import { StandardList } from './standard-list'

describe('StandardList', () => {
  it('shows each standard with its years, status, rule, poverty lines and indicator count', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        jsonResponse(
          STANDARD_SUMMARIES.map((standard) =>
            standard.code === 'QD59_2015' ? { ...standard, status: 'RETIRED' } : standard,
          ),
        ),
      ),
    )
    renderWithProviders(<StandardList />, { route: '/standards' })

    const nd07 = await screen.findByRole('row', { name: /ND07_2021/ })
    expect(within(nd07).getByRole('link', { name: 'ND07_2021' }).getAttribute('href')).toBe('/standards/ND07_2021')
    expect(within(nd07).getByText('2022–2026')).toBeTruthy()
    expect(within(nd07).getByText('Đã công bố').closest('.ant-tag')).not.toBeNull()
    expect(within(nd07).getByText('Một chuẩn thu nhập, phân theo số chỉ số thiếu hụt')).toBeTruthy()
    expect(nd07.textContent).toContain('Nông thôn: 1.500.000 ₫')
    expect(nd07.textContent).toContain('Thành thị: 2.000.000 ₫')
    expect(within(nd07).getByText('12')).toBeTruthy()

    const qd59 = screen.getByRole('row', { name: /QD59_2015/ })
    expect(within(qd59).getByText('Ngừng áp dụng')).toBeTruthy()
    expect(within(qd59).getByText('Hai chuẩn thu nhập (nghèo, cận nghèo)')).toBeTruthy()
    expect(qd59.textContent).toContain('Nông thôn: 700.000 ₫')
  })
})
