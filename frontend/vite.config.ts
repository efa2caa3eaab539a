import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

const port = Number(process.env.SPA_PORT || 5173)
const backend = `http://localhost:${process.env.BACKEND_PORT || 8080}`

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
  server,
  preview: server,
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
