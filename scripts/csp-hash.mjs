// Prints the CSP hash of each inline <script> in index.html (for a script-src that allows the theme script only).
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'

const html = readFileSync(process.argv[2] ?? 'index.html', 'utf8')
for (const match of html.matchAll(/<script>([\s\S]*?)<\/script>/g)) {
  console.log(`'sha256-${createHash('sha256').update(match[1]).digest('base64')}'`)
}
