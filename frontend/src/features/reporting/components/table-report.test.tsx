import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderWithProviders } from '@/testing/render'
import { SUMMARY_2025 } from '@/testing/reporting'
import type { TableReport } from '../api/get-table-report'
import { TableReportTable } from './table-report'

const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((cell) => cell.textContent)
/** A rate as Vietnamese writes it: decimal comma, a non-breaking space before the sign. */
const rate = (text: string) => `${text}\u00a0%`

describe('TableReportTable', () => {
  it("shows the server's column labels, a row per commune and the total, in Vietnamese number formats", () => {
    renderWithProviders(<TableReportTable report={SUMMARY_2025} />)
    expect(screen.getByText('BIỂU TỔNG HỢP KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO NĂM 2025 – Thành phố Huế')).toBeTruthy()
    for (const label of ['Xã, phường, đặc khu', 'Tổng số hộ', 'Tổng số khẩu', 'Số hộ nghèo', 'Tỷ lệ hộ nghèo (%)', 'Tỷ lệ hộ cận nghèo (%)']) {
      expect(screen.getAllByText(label).length, label).toBeGreaterThan(0)
    }

    const namDong = screen.getByText('Xã Nam Đông').closest('tr') as HTMLElement
    expect(cells(namDong)).toEqual(['Xã Nam Đông', '2.469', '9.876', '112', rate('4,54'), '230', rate('9,32')])
    const huongTra = screen.getByText('Phường Hương Trà').closest('tr') as HTMLElement
    expect(cells(huongTra)).toEqual(['Phường Hương Trà', '165', '612', '2', rate('1,21'), '10', rate('6,06')])
    expect(cells(screen.getByTestId('table-report-total'))).toEqual(['Tổng cộng', '2.634', '10.488', '114', rate('4,33'), '240', rate('9,11')])
  })

  it('reads keys ending in _pct as percentages and names villages in a commune report', () => {
    const deprivations: TableReport = {
      report: 'deprivations',
      title: 'BIỂU PHÂN TÍCH MỨC ĐỘ THIẾU HỤT CÁC DỊCH VỤ XÃ HỘI CƠ BẢN CỦA HỘ NGHÈO NĂM 2025',
      areaCode: '19996',
      areaName: 'Phường Hương Trà',
      year: 2025,
      kind: 'POOR',
      columns: [
        { key: 'households', label: 'Số hộ nghèo' },
        { key: 'HEALTH_INSURANCE', label: 'Bảo hiểm y tế (hộ)' },
        { key: 'HEALTH_INSURANCE_pct', label: 'Bảo hiểm y tế (%)' },
      ],
      rows: [{ key: 'v1', name: 'Tổ dân phố 1', values: { households: 8, HEALTH_INSURANCE: 1, HEALTH_INSURANCE_pct: 12.5 } }],
      total: { key: null, name: 'Tổng cộng', values: { households: 8, HEALTH_INSURANCE: 1, HEALTH_INSURANCE_pct: 12.5 } },
    }
    renderWithProviders(<TableReportTable report={deprivations} />)
    expect(screen.getAllByText('Thôn, tổ dân phố').length).toBeGreaterThan(0)
    const row = screen.getByText('Tổ dân phố 1').closest('tr') as HTMLElement
    expect(cells(row)).toEqual(['Tổ dân phố 1', '8', '1', rate('12,5')])
  })
})
