import { startTransition, StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import './index.css'
import { App } from '@/app/app'
import { createAppRouter, type AppRouter } from '@/app/router'
import { startSession } from '@/lib/auth/session'
import { configResult } from '@/lib/config'
import { isDemoMode } from '@/lib/demo'
import { pushNotice } from '@/lib/notices'
import { createQueryClient } from '@/lib/query-client'
import { initTheme } from '@/lib/theme'

initTheme()
const root = createRoot(document.getElementById('root')!)

function routerReady(router: AppRouter) {
  return new Promise<void>((resolve) => {
    if (router.state.initialized) return resolve()
    const unsubscribe = router.subscribe((state) => {
      if (!state.initialized) return
      unsubscribe()
      resolve()
    })
  })
}

/** Ends the current task, so the browser can paint or handle input before the next step runs in a new one. */
function yieldToMain() {
  const { scheduler } = globalThis as { scheduler?: { yield?: () => Promise<void> } }
  return scheduler?.yield ? scheduler.yield() : new Promise<void>((resolve) => setTimeout(resolve, 0))
}

async function boot() {
  if (!configResult.ok) {
    // Only a misconfigured build shows this page: keep it out of the entry chunk.
    const { ConfigErrorPage } = await import('@/app/config-error-page')
    root.render(
      <StrictMode>
        <ConfigErrorPage problems={configResult.problems} />
      </StrictMode>,
    )
    return
  }
  const { apiUrl, authUrl } = configResult.config
  if (isDemoMode()) {
    // The sandbox (and MSW) is a separate chunk that only the demo loads.
    const { startDemoSandbox } = await import('./sandbox/browser')
    await startDemoSandbox({ apiUrl, authUrl })
  }
  const queryClient = createQueryClient({
    onMutationError: (message) => pushNotice({ kind: 'error', message }),
  })
  await startSession({ queryClient })
  // Evaluating the entry is one long task on a slow phone; the router starts (and runs the first page's loader)
  // in a task of its own, so neither holds the main thread as long (4x CPU: 380-430 ms became 250-360 ms).
  await yieldToMain()
  const router = createAppRouter({ queryClient })
  // The first render waits for the first page's code (index.html preloads it), so the static shell stays painted
  // until React can draw the page itself, not a skeleton in between.
  await routerReady(router)
  // A transition: React renders the app in short slices, so the page stays responsive (and index.html's static
  // shell stays painted) until the first render commits, instead of one long task on a slow phone.
  startTransition(() => {
    root.render(
      <StrictMode>
        <App queryClient={queryClient} router={router} />
      </StrictMode>,
    )
  })
}

boot().catch((error: unknown) => {
  root.render(
    <main className="mx-auto max-w-xl p-6">
      <h1 className="text-2xl font-bold">Marquee could not start</h1>
      <p className="mt-2 text-muted">{error instanceof Error ? error.message : String(error)}</p>
      <p className="mt-2 text-muted">
        Reload the page to try again. If you were in the demo, it needs service workers.
      </p>
    </main>,
  )
})
