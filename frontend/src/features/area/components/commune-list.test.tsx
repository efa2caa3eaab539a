import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { jsonResponse, renderWithProviders } from '@/testing/render'
import type { Commune, CommunePage } from '../api/list-communes'
import { CommuneList } from './commune-list'

const commune = (code: string, fullName: string, unitType: Commune['unitType'], areaType: Commune['areaType']): Commune => ({
  code,
  name: fullName.replace(/^(Xã|Phường|Đặc khu) /, ''),
  fullName,
  nameEn: fullName,
  unitType,
  areaType,
  provinceCode: '46',
  validFrom: '2025-07-01',
  validTo: null,
  successorCode: null,
})

const NAM_DONG = commune('20179', 'Xã Nam Đông', 'COMMUNE', 'RURAL')
const HUONG_TRA = commune('19996', 'Phường Hương Trà', 'WARD', 'URBAN')
const SPECIAL_ZONE = commune('99999', 'Đặc khu Thử Nghiệm', 'SPECIAL_ZONE', 'RURAL')

/** Stubs the backend: `q` narrows the list, `after` serves the second page. */
function stubBackend() {
  const fetch = vi.fn(async (request: Request) => {
    const url = new URL(request.url)
    const q = url.searchParams.get('q')
    const page: CommunePage = q
      ? { items: [NAM_DONG], nextCursor: null }
      : url.searchParams.get('after') === 'cursor-2'
        ? { items: [SPECIAL_ZONE], nextCursor: null }
        : { items: [NAM_DONG, HUONG_TRA], nextCursor: 'cursor-2' }
    return jsonResponse(page)
  })
  vi.stubGlobal('fetch', fetch)
  return fetch
}

const requestedUrls = (fetch: ReturnType<typeof stubBackend>) => fetch.mock.calls.map(([request]) => new URL(request.url))

describe('CommuneList', () => {
  it('shows each commune with its type badge and area type', async () => {
    const fetch = stubBackend()
    renderWithProviders(<CommuneList provinceCode="46" />, { route: '/areas/46' })

    const namDong = await screen.findByRole('row', { name: /Xã Nam Đông/ })
    expect(within(namDong).getByText('Xã').closest('.ant-tag')).not.toBeNull()
    expect(within(namDong).getByText('Nông thôn')).toBeTruthy()
    expect(within(namDong).getByRole('link', { name: 'Xã Nam Đông' }).getAttribute('href')).toBe(
      '/areas/46/communes/20179',
    )

    const huongTra = screen.getByRole('row', { name: /Phường Hương Trà/ })
    expect(within(huongTra).getByText('Phường').closest('.ant-tag')).not.toBeNull()
    expect(within(huongTra).getByText('Thành thị')).toBeTruthy()

    const [first] = requestedUrls(fetch)
    expect(first.pathname).toBe('/api/v1/provinces/46/communes')
    expect(first.searchParams.has('q')).toBe(false)
  })

  it('searches on the server with q', async () => {
    const fetch = stubBackend()
    const user = userEvent.setup()
    renderWithProviders(<CommuneList provinceCode="46" />, { route: '/areas/46' })
    await screen.findByRole('row', { name: /Phường Hương Trà/ })

    await user.type(screen.getByLabelText('Tìm theo tên, không cần gõ dấu'), 'nam dong')

    await waitFor(() => expect(screen.queryByRole('row', { name: /Phường Hương Trà/ })).toBeNull())
    expect(screen.getByRole('row', { name: /Xã Nam Đông/ })).toBeTruthy()
    const searches = requestedUrls(fetch).filter((url) => url.searchParams.has('q'))
    expect(searches.map((url) => url.searchParams.get('q'))).toEqual(['nam dong'])
  })

  it('loads the next page with the cursor', async () => {
    const fetch = stubBackend()
    const user = userEvent.setup()
    renderWithProviders(<CommuneList provinceCode="46" />, { route: '/areas/46' })
    await screen.findByRole('row', { name: /Xã Nam Đông/ })

    await user.click(screen.getByRole('button', { name: 'Tải thêm' }))

    const zone = await screen.findByRole('row', { name: /Đặc khu Thử Nghiệm/ })
    expect(within(zone).getByText('Đặc khu').closest('.ant-tag')).not.toBeNull()
    expect(requestedUrls(fetch).at(-1)?.searchParams.get('after')).toBe('cursor-2')
    expect(screen.queryByRole('button', { name: 'Tải thêm' })).toBeNull()
  })
})
