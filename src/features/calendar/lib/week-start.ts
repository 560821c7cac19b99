type WeekInfo = { firstDay?: number }
type LocaleWithWeek = Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo }

/**
 * The day the locale's weeks start on, 0 for Sunday to 6 for Saturday (Intl says 1 for Monday to 7 for Sunday).
 * Browsers without the week data get Monday, the ISO week.
 */
export function firstDayOfWeek(locale?: string): number {
  try {
    const tag = locale ?? new Intl.DateTimeFormat().resolvedOptions().locale
    const intl = new Intl.Locale(tag) as LocaleWithWeek
    const info = intl.getWeekInfo?.() ?? intl.weekInfo
    const day = info?.firstDay
    return typeof day === 'number' && day >= 1 && day <= 7 ? day % 7 : 1
  } catch {
    return 1
  }
}
