import { appendFileSync } from 'node:fs'
import type { Reporter, TestModule } from 'vitest/node'

/** Prints the plain `vitest: N passed, N failed` line CI counts; files that fail to load count as failures. */
export default class CountReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0
    let failed = 0
    let skipped = 0
    for (const module of testModules) {
      let tests = 0
      for (const test of module.children.allTests()) {
        tests += 1
        const state = test.result().state
        if (state === 'passed') passed += 1
        else if (state === 'failed') failed += 1
        else skipped += 1
      }
      if (tests === 0 && module.state() === 'failed') failed += 1
    }
    failed += unhandledErrors.length
    const line = `vitest: ${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : '')
    console.log(line)
    if (process.env.MARQUEE_COUNT_FILE) {
      appendFileSync(process.env.MARQUEE_COUNT_FILE, `${passed} ${failed}\n`)
    }
  }
}
