import { DeviceSignInPage } from '@/features/auth/components/device-sign-in-page'

export function Component() {
  return <DeviceSignInPage />
}
