import createClient, { type Middleware } from 'openapi-fetch'
import type { components, paths } from '@/api/schema'
import { getAccessToken } from './auth'
import { config } from './config'

export type Schemas = components['schemas']
export type Problem = Schemas['Problem']
export type Violation = NonNullable<Problem['violations']>[number]

/** An error answer of the API (RFC 9457 problem details with a stable `code`). */
export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly detail?: string
  readonly violations: Violation[]

  constructor(status: number, code: string, detail?: string, violations: Violation[] = []) {
    super(detail ?? code)
    this.name = 'ApiError'
    this.status = status
    this.code = code
    this.detail = detail
    this.violations = violations
  }
}

const PROBLEM_TYPE = 'application/problem+json'

function isViolation(value: unknown): value is Violation {
  if (typeof value !== 'object' || value === null) return false
  const { field, message } = value as Record<string, unknown>
  return typeof field === 'string' && typeof message === 'string'
}

/**
 * Reads a failed response: a problem document gives its code, detail and violations; anything
 * else (a proxy's HTML page, an empty 401 from the OIDC layer) becomes code `http.<status>`.
 */
export async function toApiError(response: Response): Promise<ApiError> {
  const fallbackCode = `http.${response.status}`
  const contentType = response.headers.get('Content-Type') ?? ''
  if (!contentType.toLowerCase().startsWith(PROBLEM_TYPE)) {
    return new ApiError(response.status, fallbackCode)
  }
  let body: unknown
  try {
    body = await response.json()
  } catch {
    return new ApiError(response.status, fallbackCode)
  }
  if (typeof body !== 'object' || body === null) return new ApiError(response.status, fallbackCode)
  const { code, detail, title, violations } = body as Record<string, unknown>
  return new ApiError(
    response.status,
    typeof code === 'string' && code !== '' ? code : fallbackCode,
    typeof detail === 'string' ? detail : typeof title === 'string' ? title : undefined,
    Array.isArray(violations) ? violations.filter(isViolation) : [],
  )
}

export const authMiddleware: Middleware = {
  async onRequest({ request }) {
    const token = await getAccessToken()
    if (token) request.headers.set('Authorization', `Bearer ${token}`)
    return request
  },
}

export const problemMiddleware: Middleware = {
  async onResponse({ response }) {
    if (!response.ok) throw await toApiError(response)
    return response
  },
}

function resolveBaseUrl(apiBaseUrl: string): string {
  return apiBaseUrl !== '' ? apiBaseUrl : window.location.origin
}

/** The one client of the API, typed from the generated OpenAPI schema. */
export const apiClient = createClient<paths>({
  baseUrl: resolveBaseUrl(config.apiBaseUrl),
  // Resolved on each call so tests can stub globalThis.fetch.
  fetch: (request) => globalThis.fetch(request),
})
apiClient.use(authMiddleware, problemMiddleware)

/**
 * The body of a successful answer. Error statuses have already thrown an ApiError in the
 * middleware, so a missing body here means the server answered without one.
 */
export function requireData<T>({ data, response }: { data?: T; response: Response }): T {
  if (data === undefined) throw new ApiError(response.status, 'response.empty')
  return data
}

/** The `If-Match` value for an entity version: the version in double quotes, like its ETag. */
export function ifMatch(version: number): string {
  return `"${version}"`
}
