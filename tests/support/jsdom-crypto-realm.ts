// Vitest's jsdom environment swaps the global ArrayBuffer for jsdom's, while crypto.subtle stays Node's,
// so `digest()` results fail `instanceof ArrayBuffer` inside oauth4webapi. Copy them into this realm.
// Imported by tests/setup.ts for every test.
const subtle = globalThis.crypto.subtle
const digest = subtle.digest.bind(subtle)
if (!(subtle as { realmPatched?: boolean }).realmPatched) {
  Object.defineProperty(subtle, 'realmPatched', { value: true })
  Object.defineProperty(subtle, 'digest', {
    configurable: true,
    value: async (algorithm: AlgorithmIdentifier, data: BufferSource) => {
      const bytes = new Uint8Array(await digest(algorithm, data))
      const copy = new Uint8Array(bytes.length)
      copy.set(bytes)
      return copy.buffer
    },
  })
}
export {}
