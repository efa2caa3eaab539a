import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { jsonResponse, problemResponse, renderWithProviders } from '@/testing/render'
import type { Village } from '../api/list-villages'
import { VillageTable } from './village-table'

const THON_1: Village = {
  id: '0b6f1f9e-3c0e-4c55-9d8e-7f0a2d1e4b11',
  communeCode: '20179',
  name: 'Thôn 1',
  kind: 'VILLAGE',
  version: 3,
  createdAt: '2025-07-01T08:00:00Z',
  updatedAt: '2025-07-02T08:00:00Z',
}

function stubBackend(onWrite: (request: Request) => Response) {
  const fetch = vi.fn(async (request: Request) =>
    request.method === 'GET' ? jsonResponse({ items: [THON_1], nextCursor: null }) : onWrite(request),
  )
  vi.stubGlobal('fetch', fetch)
  return fetch
}

describe('VillageTable', () => {
  it('hides editing from users who may not edit', async () => {
    stubBackend(() => new Response(null, { status: 500 }))
    renderWithProviders(<VillageTable communeCode="20179" canEdit={false} defaultKind="VILLAGE" />)
    await screen.findByRole('row', { name: /Thôn 1/ })
    expect(screen.queryByRole('button', { name: /Thêm/ })).toBeNull()
    expect(screen.queryByRole('button', { name: /Sửa/ })).toBeNull()
  })

  it('sends the version as If-Match and explains a conflict (412)', async () => {
    const fetch = stubBackend(() => problemResponse(412, 'precondition.failed'))
    const user = userEvent.setup()
    renderWithProviders(<VillageTable communeCode="20179" canEdit defaultKind="VILLAGE" />)
    const row = await screen.findByRole('row', { name: /Thôn 1/ })

    await user.click(within(row).getByRole('button', { name: /Sửa/ }))
    const dialog = await screen.findByRole('dialog')
    const name = within(dialog).getByLabelText('Tên')
    await waitFor(() => expect((name as HTMLInputElement).value).toBe('Thôn 1'))
    await user.clear(name)
    await user.type(name, 'Thôn Một')
    await user.click(within(dialog).getByRole('button', { name: /Lưu/ }))

    expect(await within(dialog).findByText(/Người khác vừa thay đổi/)).toBeTruthy()
    const put = fetch.mock.calls.map(([request]) => request).find((request) => request.method === 'PUT')
    expect(put?.headers.get('If-Match')).toBe('"3"')
    expect(new URL(put?.url ?? '').pathname).toBe(`/api/v1/communes/20179/villages/${THON_1.id}`)
    expect(await put?.json()).toEqual({ name: 'Thôn Một', kind: 'VILLAGE' })
  })

  it('validates the name before sending', async () => {
    const fetch = stubBackend(() => new Response(null, { status: 500 }))
    const user = userEvent.setup()
    renderWithProviders(<VillageTable communeCode="20179" canEdit defaultKind="VILLAGE" />)
    await screen.findByRole('row', { name: /Thôn 1/ })

    await user.click(screen.getByRole('button', { name: /Thêm thôn/ }))
    const dialog = await screen.findByRole('dialog')
    await user.click(within(dialog).getByRole('button', { name: /Lưu/ }))

    expect(await within(dialog).findByText('Nhập tên thôn, tổ dân phố')).toBeTruthy()
    expect(fetch.mock.calls.some(([request]) => request.method === 'POST')).toBe(false)
  })
})
