import { vi } from 'vitest'
import { problemResponse } from './render'

export type Handler = (request: Request, url: URL) => Response | Promise<Response>

/**
 * Stubs fetch with handlers keyed by "METHOD /path" (the path without its query string); anything
 * else answers 404 with a problem document. Returns the mock, to look at the requests sent.
 */
export function stubBackend(handlers: Record<string, Handler>) {
  const fetch = vi.fn(async (request: Request) => {
    const url = new URL(request.url)
    const handler = handlers[`${request.method} ${url.pathname}`]
    return handler ? handler(request, url) : problemResponse(404, 'http.404', { detail: `${request.method} ${url.pathname}` })
  })
  vi.stubGlobal('fetch', fetch)
  return fetch
}

export type BackendMock = ReturnType<typeof stubBackend>

/** The requests sent to "METHOD /path", oldest first. */
export function requestsTo(fetch: BackendMock, method: string, path: string): Request[] {
  return fetch.mock.calls
    .map(([request]) => request)
    .filter((request) => request.method === method && new URL(request.url).pathname === path)
}
