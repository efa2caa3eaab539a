import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { requestsTo, stubBackend } from '@/testing/backend'
import { IMPORT_ID, QUEUED_JOB } from '@/testing/imports'
import { jsonResponse, problemResponse, renderWithProviders } from '@/testing/render'
import { ImportUpload } from './import-upload'

const CSV = 'Số thứ tự hộ,Mã xã,Họ và tên,Quan hệ với chủ hộ\r\n1,20179,Nguyễn Văn Một,Chủ hộ\r\n'

function fileInput(): HTMLInputElement {
  const input = screen.getByTestId('import-upload').querySelector<HTMLInputElement>('input[type=file]')
  if (!input) throw new Error('no file input')
  return input
}

describe('ImportUpload', () => {
  it('sends the file, the area and the mode as multipart and hands the queued job on', async () => {
    const backend = stubBackend({ 'POST /api/v1/imports': () => jsonResponse(QUEUED_JOB, { status: 202 }) })
    const onUploaded = vi.fn()
    const append = vi.spyOn(FormData.prototype, 'append')
    const user = userEvent.setup()
    renderWithProviders(<ImportUpload areaCode="20179" onUploaded={onUploaded} />)
    const send = screen.getByRole('button', { name: /Tải lên/ })
    expect(send.hasAttribute('disabled')).toBe(true)
    expect(fileInput().accept).toBe('.xlsx,.csv')

    await user.upload(fileInput(), new File([CSV], 'ho-nam-dong.csv', { type: 'text/csv' }))
    expect(await screen.findByText('ho-nam-dong.csv')).toBeTruthy()
    await user.click(screen.getByRole('radio', { name: 'Tất cả hoặc không' }))
    await user.click(screen.getByRole('button', { name: /Tải lên/ }))

    await waitFor(() => expect(onUploaded).toHaveBeenCalledWith(expect.objectContaining({ id: IMPORT_ID })))
    const [request] = requestsTo(backend, 'POST', '/api/v1/imports')
    expect(request.headers.get('Content-Type')).toMatch(/^multipart\/form-data; boundary=/)
    // jsdom's FormData loses the file on its way into a Request: the parts are checked as the page appends them.
    const parts = append.mock.calls.map(([name, value, fileName]) => [name, value instanceof Blob ? fileName : value])
    expect(parts).toEqual([
      ['file', 'ho-nam-dong.csv'],
      ['areaCode', '20179'],
      ['mode', 'ALL_OR_NOTHING'],
    ])
    expect(await (append.mock.calls[0][1] as File).text()).toBe(CSV)
    // Ready for the next file.
    await waitFor(() => expect(screen.queryByText('ho-nam-dong.csv')).toBeNull())
  })

  it('shows why the server refused the file', async () => {
    stubBackend({
      'POST /api/v1/imports': () =>
        problemResponse(400, 'import.xls_unsupported', { detail: 'Excel 97-2003 workbooks (.xls) are not read' }),
    })
    const user = userEvent.setup()
    renderWithProviders(<ImportUpload areaCode="20179" onUploaded={vi.fn()} />)
    await user.upload(fileInput(), new File(['xls'], 'cu.xlsx'))
    await user.click(screen.getByRole('button', { name: /Tải lên/ }))
    expect((await screen.findByTestId('form-failure')).textContent).toContain(
      'Không nhận tệp Excel 97–2003 (.xls): hãy lưu lại tệp dạng .xlsx rồi tải lên lại.',
    )
  })
})
