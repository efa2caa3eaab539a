import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

const port = Number(process.env.SPA_PORT || 5173)
const backend = `http://localhost:${process.env.BACKEND_PORT || 8080}`

// Keycloak's origin: the only other origin the SPA talks to (token calls, the silent check-sso frame).
const keycloakOrigin = new URL(process.env.VITE_KEYCLOAK_URL || 'http://localhost:8180').origin

// The headers of every page; the served build (preview, like the compose nginx) adds a CSP. The dev server has
// none: React's fast refresh injects an inline script.
const safeHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
}
export const contentSecurityPolicy = (keycloak: string) =>
  [
    "default-src 'self'",
    "script-src 'self'",
    // antd writes its component styles into <style> elements at run time
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self' ${keycloak}`,
    `frame-src ${keycloak}`,
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self' ${keycloak}`,
  ].join('; ')

// The SPA calls the API on its own origin; in dev and preview Vite forwards it to Quarkus.
const server = {
  host: 'localhost',
  port,
  strictPort: true,
  proxy: {
    '/api': { target: backend, changeOrigin: false },
    '/q': { target: backend, changeOrigin: false },
  },
}

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: { ...server, headers: safeHeaders },
  preview: {
    ...server,
    headers: { ...safeHeaders, 'Content-Security-Policy': contentSecurityPolicy(keycloakOrigin) },
  },
  build: {
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
            { name: 'antd', test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+|dayjs)[\\/]/ },
            // Charts are drawn on the report pages only: their own chunk, loaded with those pages.
            { name: 'echarts', test: /node_modules[\\/](echarts|echarts-for-react|zrender|tslib)[\\/]/ },
            { name: 'vendor', test: /node_modules[\\/]/ },
          ],
        },
      },
    },
    // antd alone is ~1 MB minified (~330 kB gzip, date picker included) and cannot be split further.
    chunkSizeWarningLimit: 1100,
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    // antd forms typed into by user-event are slow in jsdom, more so on a busy 2-core CI machine
    testTimeout: 30_000,
    // One jsdom and one module graph per worker instead of per file: importing antd and booting
    // jsdom 72 times took most of the suite's ~9 minutes on a 2-core machine. The shared setup
    // (cleanup, restoreAllMocks, unstubAllGlobals after each test) keeps the files independent.
    pool: 'threads',
    isolate: false,
  },
})
