type Fix = { variable: string | null; problem: string; fix: string; example?: string }

const EXAMPLES: Record<string, string> = {
  VITE_TRAKT_CLIENT_ID: 'VITE_TRAKT_CLIENT_ID=<the Client ID of your app at trakt.tv/oauth/applications>',
  VITE_TRAKT_API_URL: 'VITE_TRAKT_API_URL=https://api.trakt.tv',
  VITE_TRAKT_AUTH_URL: 'VITE_TRAKT_AUTH_URL=https://auth.trakt.tv',
  VITE_TRAKT_GET_BUDGET: 'VITE_TRAKT_GET_BUDGET=1000',
}

/** Pairs each problem from parseConfig with what to write in .env.local. */
export function explainConfigProblem(problem: string): Fix {
  const variable = /^(VITE_[A-Z_]+)/.exec(problem)?.[1] ?? null
  if (variable === 'VITE_TRAKT_CLIENT_SECRET') {
    return {
      variable,
      problem,
      fix: 'Delete the VITE_TRAKT_CLIENT_SECRET line from .env.local (and from any CI settings).',
    }
  }
  const example = variable ? EXAMPLES[variable] : undefined
  return example
    ? { variable, problem, fix: 'Set it in .env.local, for example:', example }
    : { variable, problem, fix: 'Correct the variable in .env.local.' }
}

/** Shown instead of the app when the build-time configuration is invalid (see src/lib/config.ts). */
export function ConfigErrorPage({ problems }: { problems: string[] }) {
  const fixes = problems.map(explainConfigProblem)
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-12 sm:py-16">
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Marquee is not configured correctly</h1>
      <p className="mt-3 text-muted">
        {problems.length === 1 ? 'One setting needs' : `${problems.length} settings need`} fixing before
        Marquee can talk to Trakt.
      </p>
      <ol className="mt-6 space-y-3">
        {fixes.map((item, index) => (
          <li key={index} className="rounded-card border border-line bg-surface p-4">
            <p className="font-medium">{item.problem}</p>
            <p className="mt-2 text-sm text-muted">{item.fix}</p>
            {item.example ? (
              <pre className="mt-2 overflow-x-auto rounded-md bg-raised px-3 py-2 font-mono text-xs text-fg">
                <code>{item.example}</code>
              </pre>
            ) : null}
          </li>
        ))}
      </ol>
      <section className="mt-8 rounded-card bg-raised p-4 text-sm" aria-labelledby="config-then">
        <h2 id="config-then" className="font-semibold">
          Then rebuild
        </h2>
        <p className="mt-1 text-muted">
          These values are read when the app is built: after editing{' '}
          <code className="font-mono">.env.local</code>, restart{' '}
          <code className="font-mono">npm run dev</code> or run{' '}
          <code className="font-mono">npm run build</code> again.
        </p>
      </section>
    </main>
  )
}
