import type { ComponentType, ComponentProps } from 'react'
import {
  BookmarkIcon,
  CalendarIcon,
  CompassIcon,
  ListIcon,
  ProgressIcon,
  SearchIcon,
  UserIcon,
} from '@/components/ui/icons'

export type NavItem = { to: string; label: string; Icon: ComponentType<ComponentProps<'svg'>> }

/** The seven primary destinations, in the order of Trakt's own navigation. */
export const navItems: NavItem[] = [
  { to: '/discover', label: 'Discover', Icon: CompassIcon },
  { to: '/calendar', label: 'Calendar', Icon: CalendarIcon },
  { to: '/progress', label: 'Progress', Icon: ProgressIcon },
  { to: '/watchlist', label: 'Watchlist', Icon: BookmarkIcon },
  { to: '/lists', label: 'Lists', Icon: ListIcon },
  { to: '/search', label: 'Search', Icon: SearchIcon },
  { to: '/profile', label: 'Profile', Icon: UserIcon },
]
