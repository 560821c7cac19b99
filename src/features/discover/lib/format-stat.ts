import { formatMediumDate } from '@/lib/english-formats'
import type { ChartStat } from '../api/map-chart-item'
import { formatCount } from '@/lib/media/format'
import { numberFormat } from '@/lib/intl'

/** "3,223 watching" (now), "16,863 watchers" (in a period), "$29M", "30,838 lists", "Updated 25 Jun 2026". */
export function formatStat(stat: ChartStat): string {
  switch (stat.kind) {
    case 'watching':
      return `${formatCount(stat.value)} watching`
    case 'watchers':
      return `${formatCount(stat.value)} watchers`
    case 'plays':
      return `${formatCount(stat.value)} plays`
    case 'collectors':
      return `${formatCount(stat.value)} collected`
    case 'lists':
      return `On ${formatCount(stat.value)} lists`
    case 'revenue':
      return numberFormat('en-US', {
        style: 'currency',
        currency: 'USD',
        notation: 'compact',
        minimumFractionDigits: 0,
        maximumFractionDigits: 1,
      }).format(stat.value)
    case 'updated': {
      // formatDate's medium date, without the rest of lib/dates in the hub's code.
      const date = new Date(stat.value)
      return Number.isNaN(date.getTime()) ? '' : `Updated ${formatMediumDate(date)}`
    }
  }
}

/** "1,234 titles", "1 list". */
export function formatTotal(total: number, noun: 'title' | 'list'): string {
  return `${formatCount(total)} ${noun}${total === 1 ? '' : 's'}`
}
