/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url'
import react from '@vitejs/plugin-react'
import tailwindcss from '@tailwindcss/vite'
import { defineConfig } from 'vite'
import { routePreload } from './scripts/vite-route-preload.mjs'

export default defineConfig({
  plugins: [
    react(),
    tailwindcss(),
    routePreload({
      router: fileURLToPath(new URL('./src/app/router.tsx', import.meta.url)),
      routesDir: fileURLToPath(new URL('./src/app/routes', import.meta.url)),
      session: fileURLToPath(new URL('./src/lib/auth/default-session.ts', import.meta.url)),
    }),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Every browser that runs es2022 supports <link rel="modulepreload">: no polyfill in the entry.
    modulePreload: { polyfill: false },
    // The demo's sandbox (MSW + seed data, ~770 kB) is one lazy chunk that only demo mode loads.
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      preserveEntrySignatures: false,
      output: {
        // Everything the entry imports statically goes in one chunk: a first visit then fetches the entry, its
        // styles and the page's own chunks, not a dozen shared slivers queued on the browser's six connections
        // (each wave a round trip), and one file compresses better than many.
        codeSplitting: {
          groups: [{ name: 'index', tags: ['$initial'] }],
          experimentalInlineCommonChunks: { maxSize: 40 * 1024 },
        },
      },
    },
  },
  test: {
    globals: true,
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    testTimeout: 15000,
    // Vitest's default leaves one core to its main process: on CI's two cores that is one worker, and the suite ran
    // file after file (668 s for 999 tests). The main process only hands out files and transforms; use every core.
    maxWorkers: '100%',
    reporters: ['default', './tests/support/count-reporter.ts'],
  },
})
