import { progressParams, viewFromSearchParams, writeView } from '@/features/progress/lib/progress-options'

describe('progress view in the address', () => {
  it('reads defaults from an empty address and writes them back as nothing', () => {
    const view = viewFromSearchParams(new URLSearchParams(''))
    expect(view).toEqual({
      mode: 'watched',
      tab: 'up-next',
      sort: 'recent',
      options: { specials: false, countSpecials: true, hiddenSeasons: false, lastActivity: 'aired' },
    })
    expect(writeView(new URLSearchParams('demo=1'), view).toString()).toBe('demo=1')
  })

  it('round-trips every setting and ignores unknown values', () => {
    const search =
      'mode=collection&tab=hidden&sort=title&specials=1&count_specials=0&hidden_seasons=1&last_activity=1'
    const view = viewFromSearchParams(new URLSearchParams(search))
    expect(writeView(new URLSearchParams(), view).toString()).toBe(search)
    expect(viewFromSearchParams(new URLSearchParams('tab=nope&sort=nope')).tab).toBe('up-next')
  })
})

describe('progressParams', () => {
  it('sends only what differs from Trakt’s defaults, and the rule’s word for each mode', () => {
    const defaults = viewFromSearchParams(new URLSearchParams('')).options
    expect(progressParams('watched', defaults)).toEqual({ extended: 'full' })
    // count_specials only means something with specials.
    expect(progressParams('watched', { ...defaults, countSpecials: false })).toEqual({ extended: 'full' })
    const all = {
      specials: true,
      countSpecials: false,
      hiddenSeasons: true,
      lastActivity: 'activity' as const,
    }
    expect(progressParams('watched', all)).toEqual({
      extended: 'full',
      hidden: true,
      specials: true,
      count_specials: false,
      last_activity: 'watched',
    })
    expect(progressParams('collection', all).last_activity).toBe('collected')
  })
})
