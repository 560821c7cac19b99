// `npm test`: type check, lint, unit and integration tests, browser tests; ends with `total: N passed, N failed`.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const countFile = join(mkdtempSync(join(tmpdir(), 'marquee-test-')), 'counts')
const env = {
  ...process.env,
  NO_COLOR: '1',
  FORCE_COLOR: '0',
  MARQUEE_COUNT_FILE: countFile,
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
}
const only = process.argv[2]

const steps = [
  { name: 'typecheck', cmd: ['npx', 'tsc', '--noEmit', '-p', '.'], counts: false },
  { name: 'lint', cmd: ['npm', 'run', '--silent', 'lint'], counts: false },
  { name: 'unit', cmd: ['npx', 'vitest', 'run'], counts: true },
  { name: 'chromium', cmd: ['node', 'scripts/ensure-chromium.mjs'], counts: false },
  { name: 'e2e', cmd: ['npx', 'playwright', 'test'], counts: true },
].filter((step) => !only || step.name === only)

let stepFailures = 0
const countLines = () =>
  existsSync(countFile) ? readFileSync(countFile, 'utf8').trim().split('\n').filter(Boolean).length : 0
for (const step of steps) {
  console.log(`\n=== ${step.name}: ${step.cmd.join(' ')}`)
  const linesBefore = countLines()
  const result = spawnSync(step.cmd[0], step.cmd.slice(1), { stdio: 'inherit', env })
  if (result.status !== 0) {
    console.log(`=== ${step.name} failed (exit ${result.status ?? result.signal})`)
    // A failing step that did not count its own tests (typecheck, lint, a runner that crashed) is one failure.
    if (!step.counts || countLines() === linesBefore) stepFailures += 1
    if (step.name === 'chromium') break
  }
}

let passed = 0
let failed = stepFailures
if (existsSync(countFile)) {
  for (const line of readFileSync(countFile, 'utf8').trim().split('\n').filter(Boolean)) {
    const [p, f] = line.split(' ').map(Number)
    passed += p
    failed += f
  }
}
console.log(`total: ${passed} passed, ${failed} failed`)
process.exit(failed > 0 ? 1 : 0)
