import { appendFileSync } from 'node:fs'
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter'

/**
 * Prints the plain `playwright: N passed, N failed` line CI counts (a retried test counts once, by its final result).
 * A test marked `test.fail()` that does fail went as expected: it counts as passed, and as failed if it passes.
 */
export default class CountReporter implements Reporter {
  private readonly outcomes = new Map<string, ReturnType<TestCase['outcome']> | 'skipped'>()
  private errors = 0

  onTestEnd(test: TestCase, result: TestResult): void {
    this.outcomes.set(test.id, result.status === 'skipped' ? 'skipped' : test.outcome())
  }

  onError(): void {
    this.errors += 1
  }

  onEnd(_result: FullResult): void {
    let passed = 0
    let failed = this.errors
    let skipped = 0
    for (const outcome of this.outcomes.values()) {
      if (outcome === 'expected' || outcome === 'flaky') passed += 1
      else if (outcome === 'skipped') skipped += 1
      else failed += 1
    }
    console.log(`playwright: ${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : ''))
    if (process.env.MARQUEE_COUNT_FILE)
      appendFileSync(process.env.MARQUEE_COUNT_FILE, `${passed} ${failed}\n`)
  }
}
