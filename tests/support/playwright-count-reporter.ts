import { appendFileSync } from 'node:fs'
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter'

/** Prints the plain `playwright: N passed, N failed` line CI counts (a retried test counts once, by its final result). */
export default class CountReporter implements Reporter {
  private readonly outcomes = new Map<string, TestResult['status']>()
  private errors = 0

  onTestEnd(test: TestCase, result: TestResult): void {
    this.outcomes.set(test.id, result.status)
  }

  onError(): void {
    this.errors += 1
  }

  onEnd(_result: FullResult): void {
    let passed = 0
    let failed = this.errors
    let skipped = 0
    for (const status of this.outcomes.values()) {
      if (status === 'passed') passed += 1
      else if (status === 'skipped') skipped += 1
      else failed += 1
    }
    console.log(`playwright: ${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : ''))
    if (process.env.MARQUEE_COUNT_FILE)
      appendFileSync(process.env.MARQUEE_COUNT_FILE, `${passed} ${failed}\n`)
  }
}
