import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderWithProviders } from '@/testing/render'
import { MOVEMENT_2025 } from '@/testing/reporting'
import { MovementTable } from './movement-table'

const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((cell) => cell.textContent)

describe('MovementTable', () => {
  it('lays the movement out like the form, with the total line, in households then persons', async () => {
    const user = userEvent.setup()
    renderWithProviders(<MovementTable report={MOVEMENT_2025} />)
    expect(screen.getAllByText('Đầu kỳ (cuối năm 2024)').length).toBeGreaterThan(0)
    expect(screen.getAllByText('Thành hộ cận nghèo').length).toBeGreaterThan(0)
    expect(screen.getAllByText('Tái nghèo').length).toBeGreaterThan(0)
    expect(screen.getAllByText('Cuối kỳ (năm 2025)').length).toBeGreaterThan(0)

    const row = screen.getByText('Tổ dân phố 1').closest('tr') as HTMLElement
    // start | to near-poor, escaped, other, subtotal | from near-poor, re-poor, newly poor, other, subtotal | end
    expect(cells(row)).toEqual(['Tổ dân phố 1', '3', '1', '1', '0', '2', '0', '1', '0', '0', '1', '2'])
    const total = screen.getByTestId('movement-total')
    expect(cells(total)).toEqual(['Tổng cộng', '5', '1', '2', '0', '3', '0', '1', '1', '0', '2', '4'])

    await user.click(screen.getByText('Số nhân khẩu'))
    expect(cells(screen.getByTestId('movement-total'))).toEqual(['Tổng cộng', '18', '4', '8', '0', '12', '0', '5', '2', '1', '8', '14'])
    expect(screen.queryByRole('alert')).toBeNull()
  })
})
