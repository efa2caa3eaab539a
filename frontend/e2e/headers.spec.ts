import { expect, test } from '@playwright/test'
import { logIn } from './helpers'

test('the built SPA is served with safe headers, and works under its CSP', async ({ page, request }) => {
  await test.step('the page, the runtime configuration and a script carry the headers', async () => {
    const index = await request.get('/')
    expect(index.status()).toBe(200)
    const headers = index.headers()
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['x-frame-options']).toBe('DENY')
    expect(headers['referrer-policy']).toBe('no-referrer')
    const csp = headers['content-security-policy']
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toContain("object-src 'none'")
    expect(csp).toMatch(/connect-src 'self' http:\/\/localhost:\d+/)
    expect((await request.get('/config.js')).headers()['x-content-type-options']).toBe('nosniff')
  })

  await test.step('the API answers through the SPA origin are not stored', async () => {
    const problem = await request.get('/api/v1/households')
    expect(problem.status()).toBe(401)
    expect(problem.headers()['cache-control']).toBe('no-store')
    expect(problem.headers()['x-content-type-options']).toBe('nosniff')
  })

  await test.step('logging in and opening pages with charts violates nothing', async () => {
    const violations: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text())
    })
    await logIn(page, 'tinh.hue')
    await page.goto('/dashboard')
    await expect(page.getByTestId('poverty-map').locator('svg')).toBeVisible({ timeout: 30_000 })
    expect(violations).toEqual([])
  })
})
