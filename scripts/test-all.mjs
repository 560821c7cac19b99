// `npm test`: type check, lint, unit and integration tests, browser tests; ends with `total: N passed, N failed`.
import { spawn } from 'node:child_process'
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
// `npm test -- unit` (or `typecheck,lint`) runs only those steps.
const only = process.argv[2]?.split(',')

// Steps of one stage run side by side: the type check and the lint are each mostly one core's work, and the
// machine has two. Their output is held and printed whole, one step after the other.
const stages = [
  [
    { name: 'typecheck', cmd: ['npx', 'tsc', '--noEmit', '-p', '.'], counts: false },
    { name: 'lint', cmd: ['npm', 'run', '--silent', 'lint'], counts: false },
  ],
  [{ name: 'unit', cmd: ['npx', 'vitest', 'run'], counts: true }],
  [{ name: 'chromium', cmd: ['node', 'scripts/ensure-chromium.mjs'], counts: false }],
  [{ name: 'e2e', cmd: ['npx', 'playwright', 'test'], counts: true }],
]
  .map((stage) => stage.filter((step) => !only || only.includes(step.name)))
  .filter((stage) => stage.length > 0)

const countLines = () =>
  existsSync(countFile) ? readFileSync(countFile, 'utf8').trim().split('\n').filter(Boolean).length : 0

/** Runs one step; alone, its output streams; beside others, it is held and printed once the step ends. */
function run(step, isAlone) {
  return new Promise((resolve) => {
    const started = Date.now()
    const child = spawn(step.cmd[0], step.cmd.slice(1), { stdio: isAlone ? 'inherit' : 'pipe', env })
    const held = []
    child.stdout?.on('data', (chunk) => held.push(chunk))
    child.stderr?.on('data', (chunk) => held.push(chunk))
    child.on('close', (code, signal) => {
      if (!isAlone) {
        console.log(`\n=== ${step.name}: ${step.cmd.join(' ')}`)
        process.stdout.write(Buffer.concat(held))
      }
      const seconds = Math.round((Date.now() - started) / 1000)
      if (code !== 0) console.log(`=== ${step.name} failed (exit ${code ?? signal}) after ${seconds} s`)
      else console.log(`=== ${step.name} done in ${seconds} s`)
      resolve(code === 0)
    })
  })
}

let stepFailures = 0
for (const stage of stages) {
  const isAlone = stage.length === 1
  if (isAlone) console.log(`\n=== ${stage[0].name}: ${stage[0].cmd.join(' ')}`)
  const linesBefore = countLines()
  const results = await Promise.all(stage.map((step) => run(step, isAlone)))
  // A failing step that did not count its own tests (typecheck, lint, a runner that crashed) is one failure.
  stage.forEach((step, i) => {
    if (!results[i] && (!step.counts || countLines() === linesBefore)) stepFailures += 1
  })
  if (stage.some((step, i) => step.name === 'chromium' && !results[i])) break
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
