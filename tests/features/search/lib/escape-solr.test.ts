import { escapeSolr } from '@/features/search/lib/escape-solr'

describe('escapeSolr', () => {
  it('escapes every character Solr treats as syntax', () => {
    expect(escapeSolr('+ - && || ! ( ) { } [ ] ^ " ~ * ? : /')).toBe(
      String.raw`\+ \- \&\& \|\| \! \( \) \{ \} \[ \] \^ \" \~ \* \? \: \/`,
    )
  })

  it('escapes a backslash so it cannot undo an escape', () => {
    expect(escapeSolr(String.raw`AC\DC`)).toBe(String.raw`AC\\DC`)
  })

  it('keeps words and collapses whitespace', () => {
    expect(escapeSolr('  Mission:   Impossible  ')).toBe(String.raw`Mission\: Impossible`)
    expect(escapeSolr('WALL·E')).toBe('WALL·E')
  })
})
