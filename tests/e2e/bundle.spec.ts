import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'

const CLIENT_ID = '77c46c77cc7ace17e9de3d862298c25e63ede51eedcfd503582bc81b40c74132'

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : [path]
  })
}

// The webServer built dist/ before the tests ran.
test('the built bundle carries no client secret', () => {
  const text = files('dist')
    .filter((f) => /\.(js|html|css|json|webmanifest)$/.test(f))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n')
  // The only 64-hex-character value allowed in the bundle is the public client id.
  const hex = new Set(text.match(/\b[0-9a-f]{64}\b/g) ?? [])
  hex.delete(CLIENT_ID)
  expect([...hex]).toEqual([])
  expect(text).not.toMatch(/client_secret["']?\s*[:=]\s*["'][^"']+["']/)
  expect(text).toContain(CLIENT_ID)
})
