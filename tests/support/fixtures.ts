import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

// The recorded Trakt bodies in tests/fixtures (see MANIFEST.md), for mapper tests that read every body of a kind.

const FIXTURES = join(import.meta.dirname, '../fixtures')

/** Every fixture file name. */
export function fixtureNames(): string[] {
  return readdirSync(FIXTURES).filter((name) => name.endsWith('.json'))
}

/** One fixture's parsed body. */
export function readFixture(name: string): unknown {
  return JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'))
}
