import { formatDate } from '@/lib/dates'
import type { ChartStat } from '../api/map-chart-item'

const count = (n: number) => new Intl.NumberFormat().format(n)

/** "3,223 watching" (now), "16,863 watchers" (in a period), "$29M", "30,838 lists", "Updated 25 Jun 2026". */
export function formatStat(stat: ChartStat): string {
  switch (stat.kind) {
    case 'watching':
      return `${count(stat.value)} watching`
    case 'watchers':
      return `${count(stat.value)} watchers`
    case 'plays':
      return `${count(stat.value)} plays`
    case 'collectors':
      return `${count(stat.value)} collected`
    case 'lists':
      return `On ${count(stat.value)} lists`
    case 'revenue':
      return new Intl.NumberFormat('en-US', {
        style: 'currency',
        currency: 'USD',
        notation: 'compact',
        minimumFractionDigits: 0,
        maximumFractionDigits: 1,
      }).format(stat.value)
    case 'updated':
      return `Updated ${formatDate(stat.value)}`
  }
}

/** "1,234 titles", "1 list". */
export function formatTotal(total: number, noun: 'title' | 'list'): string {
  return `${count(total)} ${noun}${total === 1 ? '' : 's'}`
}
