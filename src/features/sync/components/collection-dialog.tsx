import { useId, useState, type FormEvent } from 'react'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import type { CollectionMetadata } from '../api/map-user-state'

const OPTIONS = {
  media_type: ['digital', 'bluray', 'hddvd', 'dvd', 'vcd', 'vhs', 'betamax', 'laserdisc'],
  resolution: ['uhd_4k', 'hd_1080p', 'hd_1080i', 'hd_720p', 'sd_480p', 'sd_480i', 'sd_576p', 'sd_576i'],
  hdr: ['dolby_vision', 'hdr10', 'hdr10_plus', 'hlg'],
  audio: [
    'lpcm',
    'mp3',
    'aac',
    'ogg',
    'wma',
    'dts',
    'dts_ma',
    'dts_hr',
    'dts_x',
    'auro_3d',
    'dolby_digital',
    'dolby_digital_plus',
    'dolby_atmos',
    'dolby_truehd',
    'dolby_prologic',
  ],
  audio_channels: [
    '1.0',
    '2.0',
    '2.1',
    '3.0',
    '3.1',
    '4.0',
    '4.1',
    '5.0',
    '5.1',
    '5.1.2',
    '5.1.4',
    '6.1',
    '7.1',
    '7.1.2',
    '7.1.4',
    '9.1',
    '10.1',
  ],
} as const

type SelectField = keyof typeof OPTIONS

const LABELS: Record<SelectField, string> = {
  media_type: 'Media type',
  resolution: 'Resolution',
  hdr: 'HDR',
  audio: 'Audio',
  audio_channels: 'Audio channels',
}

const WORDS: Record<string, string> = {
  bluray: 'Blu-ray',
  hddvd: 'HD DVD',
  dvd: 'DVD',
  vcd: 'VCD',
  vhs: 'VHS',
  uhd_4k: '4K UHD',
  hd_1080p: '1080p',
  hd_1080i: '1080i',
  hd_720p: '720p',
  sd_480p: '480p',
  sd_480i: '480i',
  sd_576p: '576p',
  sd_576i: '576i',
  dolby_vision: 'Dolby Vision',
  hdr10: 'HDR10',
  hdr10_plus: 'HDR10+',
  hlg: 'HLG',
  lpcm: 'LPCM',
  mp3: 'MP3',
  aac: 'AAC',
  ogg: 'Ogg',
  wma: 'WMA',
  dts: 'DTS',
  dts_ma: 'DTS-HD MA',
  dts_hr: 'DTS-HD HR',
  dts_x: 'DTS:X',
  auro_3d: 'Auro-3D',
  dolby_digital: 'Dolby Digital',
  dolby_digital_plus: 'Dolby Digital Plus',
  dolby_atmos: 'Dolby Atmos',
  dolby_truehd: 'Dolby TrueHD',
  dolby_prologic: 'Dolby Pro Logic',
}

const word = (value: string) => WORDS[value] ?? value.charAt(0).toUpperCase() + value.slice(1)

type CollectionDialogProps = {
  title: string
  open: boolean
  onOpenChange: (open: boolean) => void
  onSubmit: (metadata: CollectionMetadata) => void
}

/** Media metadata for a collection entry; every field is optional and only chosen fields are sent. */
export function CollectionDialog({ title, open, onOpenChange, onSubmit }: CollectionDialogProps) {
  const id = useId()
  const [values, setValues] = useState<Partial<Record<SelectField, string>>>({})
  const [is3d, setIs3d] = useState(false)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const metadata: CollectionMetadata = {}
    for (const field of Object.keys(OPTIONS) as SelectField[]) {
      const value = values[field]
      if (value) metadata[field] = value
    }
    if (is3d) metadata['3d'] = true
    onSubmit(metadata)
    onOpenChange(false)
  }

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title="Add to collection"
      description={title}
      footer={
        <>
          <Button variant="ghost" onClick={() => onOpenChange(false)}>
            Cancel
          </Button>
          <Button type="submit" form={`${id}-form`}>
            Add to collection
          </Button>
        </>
      }
    >
      <form id={`${id}-form`} onSubmit={submit} className="grid gap-3 sm:grid-cols-2">
        {(Object.keys(OPTIONS) as SelectField[]).map((field) => (
          <label key={field} className="flex flex-col gap-1 text-sm font-medium">
            {LABELS[field]}
            <select
              value={values[field] ?? ''}
              onChange={(event) => setValues((current) => ({ ...current, [field]: event.target.value }))}
              className="rounded-md border border-line bg-surface px-2 py-1 font-normal"
            >
              <option value="">Not specified</option>
              {OPTIONS[field].map((value) => (
                <option key={value} value={value}>
                  {word(value)}
                </option>
              ))}
            </select>
          </label>
        ))}
        <label className="flex items-center gap-2 text-sm font-medium">
          <input type="checkbox" checked={is3d} onChange={(event) => setIs3d(event.target.checked)} />
          3D
        </label>
      </form>
    </Dialog>
  )
}
