import { QueryClientProvider } from '@tanstack/react-query'
import { render, type RenderResult } from '@testing-library/react'
import type { ReactElement } from 'react'
import { MemoryRouter } from 'react-router'
import { AntdProvider } from '@/app/provider'
import { createQueryClient } from '@/lib/query-client'

/** Renders with the app's providers, a fresh query cache (no retries) and an in-memory router. */
export function renderWithProviders(ui: ReactElement, { route = '/' }: { route?: string } = {}): RenderResult {
  const queryClient = createQueryClient()
  queryClient.setDefaultOptions({ queries: { retry: false } })
  return render(
    <QueryClientProvider client={queryClient}>
      <AntdProvider>
        <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
      </AntdProvider>
    </QueryClientProvider>,
  )
}

/** A JSON answer, as the backend sends it. */
export function jsonResponse(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    ...init,
    headers: { 'Content-Type': 'application/json', ...init.headers },
  })
}

/** A problem-details answer (RFC 9457) with the backend's stable `code`. */
export function problemResponse(status: number, code: string, extra: Record<string, unknown> = {}): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title: 'Error', status, code, ...extra }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  })
}
