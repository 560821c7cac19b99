import { createMutex, createRefreshLock, REFRESH_LOCK_NAME } from '@/lib/auth/refresh-lock'

describe('refresh lock', () => {
  it('runs tasks one at a time, even after a failure', async () => {
    const lock = createMutex()
    const order: string[] = []
    const slow = lock(async () => {
      order.push('a start')
      await new Promise((resolve) => setTimeout(resolve, 5))
      order.push('a end')
      throw new Error('boom')
    })
    const fast = lock(async () => {
      order.push('b')
      return 'b'
    })
    await expect(slow).rejects.toThrow('boom')
    await expect(fast).resolves.toBe('b')
    expect(order).toEqual(['a start', 'a end', 'b'])
  })

  it('uses the Web Locks API when the browser has it', async () => {
    const request = vi.fn((_name: string, task: () => Promise<unknown>) => task())
    vi.stubGlobal('navigator', { ...navigator, locks: { request } })
    try {
      await expect(createRefreshLock()(async () => 42)).resolves.toBe(42)
      expect(request).toHaveBeenCalledWith(REFRESH_LOCK_NAME, expect.any(Function))
    } finally {
      vi.unstubAllGlobals()
    }
  })
})
