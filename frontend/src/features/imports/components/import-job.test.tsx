import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { requestsTo, stubBackend } from '@/testing/backend'
import { catchSavedFiles } from '@/testing/downloads'
import { COMMITTED_JOB, IMPORT_HOUSEHOLDS, IMPORT_ID, ISSUES, VALIDATED_JOB } from '@/testing/imports'
import { jsonResponse, problemResponse, renderWithProviders } from '@/testing/render'
import { ImportJobView } from './import-job'

const PATH = `/api/v1/imports/${IMPORT_ID}`

function stubValidated(job = VALIDATED_JOB, extra = {}) {
  return stubBackend({
    [`GET ${PATH}`]: () => jsonResponse(job),
    [`GET ${PATH}/issues`]: () => jsonResponse({ items: ISSUES, nextCursor: null }),
    [`GET ${PATH}/households`]: () => jsonResponse({ items: IMPORT_HOUSEHOLDS, nextCursor: null }),
    ...extra,
  })
}

describe('ImportJobView', () => {
  it('shows the 409 problem when an all-or-nothing commit meets rejected households, and writes nothing', async () => {
    const backend = stubValidated(VALIDATED_JOB, {
      [`POST ${PATH}/commit`]: () =>
        problemResponse(409, 'import.has_rejected', {
          detail: '1 household(s) of the file are rejected; fix the rows and upload again, or commit per household',
        }),
    })
    const user = userEvent.setup()
    renderWithProviders(<ImportJobView id={IMPORT_ID} canWrite />)
    const commit = await screen.findByTestId('import-commit')
    await user.click(within(commit).getByRole('radio', { name: 'Tất cả hoặc không' }))
    await user.click(within(commit).getByRole('button', { name: /Ghi vào sổ hộ/ }))

    const alert = await within(commit).findByTestId('form-failure')
    expect(alert.textContent).toContain(
      'Tệp còn hộ bị từ chối nên không ghi được theo cách "Tất cả hoặc không": hãy sửa các dòng lỗi rồi tải lên lại, hoặc ghi theo từng hộ.',
    )
    const [request] = requestsTo(backend, 'POST', `${PATH}/commit`)
    expect(await request.json()).toEqual({ mode: 'ALL_OR_NOTHING' })
    // Still validated: the summary and the commit stay.
    expect(within(screen.getByTestId('import-job')).getByTestId('import-phase').textContent).toBe('Đã kiểm tra')
  })

  it('commits per household and follows the job until it is committed', async () => {
    let job = VALIDATED_JOB
    const backend = stubValidated(VALIDATED_JOB, {
      [`GET ${PATH}`]: () => {
        const answer = job
        if (job.phase === 'COMMITTING') job = COMMITTED_JOB
        return jsonResponse(answer)
      },
      [`POST ${PATH}/commit`]: () => {
        job = { ...VALIDATED_JOB, phase: 'COMMITTING', rowsDone: 0, progress: 0 }
        return jsonResponse(job, { status: 202 })
      },
    })
    const user = userEvent.setup()
    renderWithProviders(<ImportJobView id={IMPORT_ID} canWrite />)
    await user.click(await screen.findByRole('button', { name: /Ghi vào sổ hộ/ }))
    const result = await screen.findByTestId('import-committed', {}, { timeout: 4_000 })
    expect(within(result).getByTestId('import-committed-counts').textContent).toBe(
      '2 hộ mới, 0 hộ cập nhật, 0 hộ không thay đổi, 1 hộ bị từ chối.',
    )
    expect(within(result).getByRole('link', { name: 'Xem danh sách hộ gia đình' }).getAttribute('href')).toBe(
      '/households?communeCode=20179',
    )
    expect(await requestsTo(backend, 'POST', `${PATH}/commit`)[0].json()).toEqual({ mode: 'PER_HOUSEHOLD' })
  })

  it('cancels only once the user confirms', async () => {
    const backend = stubValidated(VALIDATED_JOB, {
      [`POST ${PATH}/cancel`]: () => jsonResponse({ ...VALIDATED_JOB, phase: 'CANCELLED' }),
    })
    const user = userEvent.setup()
    renderWithProviders(<ImportJobView id={IMPORT_ID} canWrite />)
    const commit = await screen.findByTestId('import-commit')
    await user.click(within(commit).getByRole('button', { name: /Hủy/ }))
    const confirm = await screen.findByRole('tooltip')
    expect(within(confirm).getByText('Hủy lần nhập này?')).toBeTruthy()
    expect(requestsTo(backend, 'POST', `${PATH}/cancel`)).toHaveLength(0)
    await user.click(within(confirm).getByRole('button', { name: 'Hủy lần nhập' }))
    expect(await screen.findByText('Đã hủy lần nhập này')).toBeTruthy()
    expect(requestsTo(backend, 'POST', `${PATH}/cancel`)).toHaveLength(1)
  })

  it('says when the same file was committed before, lists the households and downloads the error workbook', async () => {
    stubValidated(
      { ...VALIDATED_JOB, sameFileAs: '6b1c2d3e-4f50-4a61-8b72-93a4b5c6d7e8' },
      {
        [`GET ${PATH}/error-workbook`]: () =>
          new Response('xlsx', {
            headers: {
              'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
              'Content-Disposition': `attachment; filename="loi-nhap-${IMPORT_ID}.xlsx"`,
            },
          }),
      },
    )
    const clicked = catchSavedFiles()
    const user = userEvent.setup()
    renderWithProviders(<ImportJobView id={IMPORT_ID} canWrite />)
    expect((await screen.findByTestId('import-same-file')).textContent).toContain(
      'Tệp này đã được nhập trước đây; nhập lại chỉ ghi những gì đã thay đổi',
    )
    await user.click(screen.getByRole('button', { name: /Tải tệp lỗi/ }))
    await waitFor(() => expect(clicked).toHaveBeenCalledOnce())
    expect((clicked.mock.contexts[0] as HTMLAnchorElement).download).toBe(`loi-nhap-${IMPORT_ID}.xlsx`)

    await user.click(screen.getByRole('tab', { name: /Hộ trong tệp/ }))
    const table = await screen.findByTestId('import-households-table')
    const rejected = await within(table).findByRole('row', { name: /Nguyễn Văn Một/ })
    expect(within(rejected).getByText('Bị từ chối')).toBeTruthy()
    expect(within(rejected).getByText('2–5')).toBeTruthy()
    const poor = within(table).getByRole('row', { name: /Trần Thị Hai/ })
    expect(within(poor).getByText('Hộ mới')).toBeTruthy()
    expect(within(poor).getByText('Hộ nghèo')).toBeTruthy()
  })

  it('undoes a committed import once the user confirms, and follows it until it is undone', async () => {
    let job = COMMITTED_JOB
    const backend = stubValidated(COMMITTED_JOB, {
      [`GET ${PATH}`]: () => {
        const answer = job
        if (job.phase === 'UNDOING') job = { ...job, phase: 'UNDONE', undoneAt: '2026-12-03T10:00:00Z' }
        return jsonResponse(answer)
      },
      [`POST ${PATH}/undo`]: () => {
        job = { ...COMMITTED_JOB, phase: 'UNDOING', undoneBy: 'xa.namdong', rowsDone: 0 }
        return jsonResponse(job, { status: 202 })
      },
    })
    const user = userEvent.setup()
    renderWithProviders(<ImportJobView id={IMPORT_ID} canWrite />)
    await user.click(await screen.findByTestId('import-undo'))
    const confirm = await screen.findByRole('tooltip')
    expect(within(confirm).getByText('Hoàn tác cả lần nhập này?')).toBeTruthy()
    expect(requestsTo(backend, 'POST', `${PATH}/undo`)).toHaveLength(0)
    await user.click(within(confirm).getByRole('button', { name: 'Hoàn tác' }))
    const undone = await screen.findByTestId('import-undone', {}, { timeout: 4_000 })
    expect(within(undone).getByText('Lần nhập này đã được hoàn tác')).toBeTruthy()
    expect(requestsTo(backend, 'POST', `${PATH}/undo`)).toHaveLength(1)
    expect(screen.getByTestId('import-job').textContent).toMatch(/Hoàn tác:?\s*xa\.namdong/)
  })

  it('names the households that block an undo', async () => {
    stubValidated(COMMITTED_JOB, {
      [`POST ${PATH}/undo`]: () =>
        problemResponse(409, 'import.undo_blocked', {
          detail: 'Newer changes touched household(s) 20179-00007 since this import; it can no longer be undone',
          violations: [{ field: 'householdCode', message: '20179-00007' }],
        }),
    })
    const user = userEvent.setup()
    renderWithProviders(<ImportJobView id={IMPORT_ID} canWrite />)
    await user.click(await screen.findByTestId('import-undo'))
    await user.click(within(await screen.findByRole('tooltip')).getByRole('button', { name: 'Hoàn tác' }))
    const alert = await screen.findByTestId('form-failure')
    expect(alert.textContent).toContain('Không hoàn tác được: có hộ của lần nhập đã được sửa')
    expect(within(alert).getByTestId('import-undo-blocking').textContent).toBe(
      'Hộ đã thay đổi sau lần nhập: 20179-00007',
    )
    expect(screen.getByTestId('import-committed')).toBeTruthy()
  })

  it('offers no commit or cancel to those who only read', async () => {
    stubValidated()
    renderWithProviders(<ImportJobView id={IMPORT_ID} canWrite={false} />)
    await screen.findByTestId('import-summary')
    expect(screen.queryByRole('button', { name: /Ghi vào sổ hộ/ })).toBeNull()
    expect(screen.queryByRole('button', { name: /Hủy/ })).toBeNull()
    expect(screen.getByRole('button', { name: /Tải tệp lỗi/ })).toBeTruthy()
  })

  it('offers no undo to those who only read', async () => {
    stubValidated(COMMITTED_JOB)
    renderWithProviders(<ImportJobView id={IMPORT_ID} canWrite={false} />)
    await screen.findByTestId('import-committed')
    expect(screen.queryByTestId('import-undo')).toBeNull()
  })

  it('words a known failure itself and shows the server message of an unknown one', async () => {
    stubBackend({
      [`GET ${PATH}`]: () =>
        jsonResponse({
          ...VALIDATED_JOB,
          phase: 'FAILED',
          summary: null,
          failureCode: 'import.encoding',
          failureMessage: 'The CSV file is not UTF-8',
        }),
    })
    const { unmount } = renderWithProviders(<ImportJobView id={IMPORT_ID} canWrite />)
    expect((await screen.findByTestId('import-failure')).textContent).toBe(
      'Tệp CSV không dùng bảng mã UTF-8: hãy lưu lại tệp dạng "CSV UTF-8" rồi tải lên lại.',
    )
    expect(screen.getByText('Không nhập được tệp')).toBeTruthy()
    unmount()

    stubBackend({
      [`GET ${PATH}`]: () =>
        jsonResponse({ ...VALIDATED_JOB, phase: 'FAILED', failureCode: 'import.something_new', failureMessage: 'Sheet 2 is locked' }),
    })
    renderWithProviders(<ImportJobView id={IMPORT_ID} canWrite />)
    expect((await screen.findByTestId('import-failure')).textContent).toBe('Sheet 2 is locked')
  })
})
