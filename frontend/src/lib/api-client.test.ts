import { describe, expect, it, vi } from 'vitest'
import { jsonResponse, problemResponse } from '@/testing/render'
import { ApiError, apiClient, toApiError } from './api-client'
import { errorMessage } from './error-message'
import { i18n } from './i18n'

describe('toApiError', () => {
  it('reads status, code, detail and violations from a problem document', async () => {
    const error = await toApiError(
      problemResponse(400, 'validation.failed', {
        detail: 'Request is not valid',
        violations: [{ field: 'createVillage.request.name', message: 'must not be blank' }],
      }),
    )
    expect(error).toBeInstanceOf(ApiError)
    expect(error.status).toBe(400)
    expect(error.code).toBe('validation.failed')
    expect(error.detail).toBe('Request is not valid')
    expect(error.violations).toEqual([{ field: 'createVillage.request.name', message: 'must not be blank' }])
  })

  it('gives a non-problem answer the code http.<status>', async () => {
    const error = await toApiError(new Response('<html>Bad gateway</html>', { status: 502 }))
    expect(error.status).toBe(502)
    expect(error.code).toBe('http.502')
    expect(error.violations).toEqual([])
  })
})

describe('apiClient', () => {
  it('throws an ApiError for a problem answer', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => problemResponse(403, 'security.out_of_jurisdiction', { detail: 'Commune 20179 is not yours' })),
    )
    const call = apiClient.GET('/api/v1/areas/{code}', { params: { path: { code: '20179' } } })
    await expect(call).rejects.toMatchObject({
      name: 'ApiError',
      status: 403,
      code: 'security.out_of_jurisdiction',
      detail: 'Commune 20179 is not yours',
    })
  })

  it('returns the body of a successful answer', async () => {
    const fetch = vi.fn<(request: Request) => Promise<Response>>(async () => jsonResponse([]))
    vi.stubGlobal('fetch', fetch)
    const { data } = await apiClient.GET('/api/v1/provinces')
    expect(data).toEqual([])
    expect(new URL(fetch.mock.calls[0][0].url).pathname).toBe('/api/v1/provinces')
  })
})

describe('errorMessage', () => {
  const t = i18n.getFixedT('vi')

  it('translates a known code', () => {
    expect(errorMessage(new ApiError(409, 'village.duplicate_name', 'duplicate'), t)).toBe(
      'Xã đã có thôn, tổ dân phố trùng tên.',
    )
  })

  it("falls back to the server's detail for an unknown code", () => {
    expect(errorMessage(new ApiError(422, 'household.something_new', 'Chi tiết từ máy chủ'), t)).toBe(
      'Chi tiết từ máy chủ',
    )
  })

  it('falls back to a generic text without detail', () => {
    expect(errorMessage(new ApiError(418, 'teapot'), t)).toBe(i18n.t('errors.generic', { lng: 'vi' }))
  })

  it('explains a network failure', () => {
    expect(errorMessage(new TypeError('Failed to fetch'), t)).toBe(i18n.t('errors.network', { lng: 'vi' }))
  })
})
