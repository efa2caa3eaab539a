import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { changeLanguage } from '@/lib/i18n'
import { chooseOption } from '@/testing/antd'
import { requestsTo, stubBackend } from '@/testing/backend'
import { IMPORT_ID, ISSUES } from '@/testing/imports'
import { jsonResponse, renderWithProviders } from '@/testing/render'
import { ImportIssues } from './import-issues'

const PATH = `/api/v1/imports/${IMPORT_ID}/issues`

function rowsOf(table: HTMLElement) {
  return within(table).getAllByRole('row').slice(1)
}

describe('ImportIssues', () => {
  afterEach(() => changeLanguage('vi'))

  it('shows each issue with its row, column and the message in the UI language', async () => {
    stubBackend({ [`GET ${PATH}`]: () => jsonResponse({ items: ISSUES, nextCursor: null }) })
    renderWithProviders(<ImportIssues jobId={IMPORT_ID} />)
    const table = await screen.findByTestId('import-issues-table')
    await waitFor(() => expect(rowsOf(table)).toHaveLength(3))
    const [first, second, third] = rowsOf(table)
    expect(within(first).getByText('3')).toBeTruthy()
    expect(within(first).getByText('Số CCCD')).toBeTruthy()
    expect(within(first).getByTestId('issue-message').textContent).toBe('Số CCCD phải gồm 12 chữ số')
    expect(within(first).getByText('import.citizen_id')).toBeTruthy()
    expect(within(second).getByTestId('issue-message').textContent).toBe('Ngày không hợp lệ "31/02/2010" (dạng dd/mm/yyyy)')
    expect(within(third).getByTestId('issue-message').textContent).toContain('không có trong danh sách')
    expect(screen.getByRole('columnheader', { name: 'Dòng' })).toBeTruthy()

    await act(() => changeLanguage('en'))
    await waitFor(() => expect(within(rowsOf(table)[0]).getByTestId('issue-message').textContent).toBe('A citizen ID has 12 digits'))
    expect(within(rowsOf(table)[1]).getByTestId('issue-message').textContent).toBe('Not a date "31/02/2010" (dd/mm/yyyy)')
    expect(within(rowsOf(table)[2]).getByTestId('issue-message').textContent).toBe(
      '"Hàng xóm" is not one of the values of Quan hệ với chủ hộ',
    )
    expect(screen.getByRole('columnheader', { name: 'Row' })).toBeTruthy()
    // The column header is the file's own (Vietnamese) header in both languages.
    expect(within(rowsOf(table)[0]).getByText('Số CCCD')).toBeTruthy()

    await act(() => changeLanguage('vi'))
    await waitFor(() =>
      expect(within(rowsOf(table)[0]).getByTestId('issue-message').textContent).toBe('Số CCCD phải gồm 12 chữ số'),
    )
  })

  it('filters by column and by code on the server, and loads the next page on demand', async () => {
    const backend = stubBackend({
      [`GET ${PATH}`]: (_request, url) => {
        const column = url.searchParams.get('column')
        const code = url.searchParams.get('code')
        if (column || code) {
          return jsonResponse({
            items: ISSUES.filter((issue) => (!column || issue.column === column) && (!code || issue.code === code)),
            nextCursor: null,
          })
        }
        return url.searchParams.get('after') === 'page-2'
          ? jsonResponse({ items: ISSUES.slice(2), nextCursor: null })
          : jsonResponse({ items: ISSUES.slice(0, 2), nextCursor: 'page-2' })
      },
    })
    const user = userEvent.setup()
    renderWithProviders(<ImportIssues jobId={IMPORT_ID} />)
    const table = await screen.findByTestId('import-issues-table')
    await waitFor(() => expect(rowsOf(table)).toHaveLength(2))
    await user.click(screen.getByRole('button', { name: 'Tải thêm' }))
    await waitFor(() => expect(rowsOf(table)).toHaveLength(3))
    expect(new URL(requestsTo(backend, 'GET', PATH).at(-1)!.url).searchParams.get('after')).toBe('page-2')

    await chooseOption(user, screen.getByLabelText('Lọc theo cột'), 'Ngày sinh')
    await waitFor(() => expect(rowsOf(table)).toHaveLength(1))
    expect(within(rowsOf(table)[0]).getByText('import.date')).toBeTruthy()
    const filtered = new URL(requestsTo(backend, 'GET', PATH).at(-1)!.url).searchParams
    expect(Object.fromEntries(filtered)).toEqual({ column: 'birth_date', limit: '100' })

    await chooseOption(user, screen.getByLabelText('Lọc theo mã lỗi'), 'import.citizen_id')
    await waitFor(() => expect(within(table).getByText('Không có lỗi.')).toBeTruthy())
    expect(Object.fromEntries(new URL(requestsTo(backend, 'GET', PATH).at(-1)!.url).searchParams)).toEqual({
      column: 'birth_date',
      code: 'import.citizen_id',
      limit: '100',
    })
  })
})
