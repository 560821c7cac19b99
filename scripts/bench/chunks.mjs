// `node scripts/bench/chunks.mjs [route-chunk-name ...]`: builds the app and prints what the entry chunk (and its
// static imports) holds, module by module, so "only what the first route needs" can be checked.
import { gzipSync } from 'node:zlib'
import { build } from 'vite'

const wanted = process.argv.slice(2)
const TOP = Number(process.env.TOP ?? 25)

/** Reports each chunk's modules by rendered size. */
function chunkReport() {
  return {
    name: 'bench-chunk-report',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk')
      const entry = chunks.find((c) => c.isEntry)
      const byFile = new Map(chunks.map((c) => [c.fileName, c]))
      const staticClosure = (chunk, seen = new Set()) => {
        for (const file of chunk.imports) {
          if (!seen.has(file)) {
            seen.add(file)
            staticClosure(byFile.get(file), seen)
          }
        }
        return seen
      }
      const print = (chunk) => {
        const gz = gzipSync(chunk.code, { level: 9 }).length
        console.log(
          `\n${chunk.fileName}: ${(chunk.code.length / 1024).toFixed(1)} kB, gzip ${(gz / 1024).toFixed(1)} kB`,
        )
        const groups = new Map()
        for (const [id, m] of Object.entries(chunk.modules)) {
          const match = id.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)
          const key = match ? `npm:${match[1]}` : id.replace(process.cwd() + '/', '')
          groups.set(key, (groups.get(key) ?? 0) + m.renderedLength)
        }
        const sorted = [...groups].sort((a, b) => b[1] - a[1])
        for (const [key, size] of sorted.slice(0, TOP))
          console.log(`  ${(size / 1024).toFixed(1).padStart(7)} kB  ${key}`)
        if (sorted.length > TOP) console.log(`  … ${sorted.length - TOP} more`)
      }
      print(entry)
      for (const file of staticClosure(entry)) print(byFile.get(file))
      for (const name of wanted) {
        for (const chunk of chunks.filter((c) => c.name === name)) {
          print(chunk)
          for (const file of staticClosure(chunk)) print(byFile.get(file))
        }
      }
    },
  }
}

await build({ logLevel: 'warn', plugins: [chunkReport()], build: { write: false } })
