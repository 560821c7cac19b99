import { getThemePreference, initTheme, resolveTheme, setThemePreference } from '@/lib/theme'

describe('theme', () => {
  afterEach(() => localStorage.clear())

  it('persists the choice and sets data-theme', () => {
    expect(getThemePreference()).toBe('system')
    setThemePreference('dark')
    expect(localStorage.getItem('marquee.theme')).toBe('dark')
    expect(document.documentElement.dataset.theme).toBe('dark')
  })

  it('follows the OS for "system"', () => {
    const matchMedia = vi.fn(() => ({
      matches: true,
      addEventListener: vi.fn(),
      removeEventListener: vi.fn(),
    }))
    vi.stubGlobal('matchMedia', matchMedia)
    try {
      expect(resolveTheme('system')).toBe('dark')
      setThemePreference('system')
      expect(document.documentElement.dataset.theme).toBe('dark')
    } finally {
      vi.unstubAllGlobals()
    }
  })

  it('applies the theme saved by another tab', () => {
    const stop = initTheme()
    try {
      localStorage.setItem('marquee.theme', 'dark')
      window.dispatchEvent(new StorageEvent('storage', { key: 'marquee.theme', newValue: 'dark' }))
      expect(document.documentElement.dataset.theme).toBe('dark')
      localStorage.setItem('marquee.theme', 'light')
      window.dispatchEvent(new StorageEvent('storage', { key: 'marquee.theme', newValue: 'light' }))
      expect(document.documentElement.dataset.theme).toBe('light')
    } finally {
      stop()
    }
  })
})
