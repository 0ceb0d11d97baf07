import { Text } from '@tarojs/components'
import { daysLeft } from '../consultation-window'
import { useConsultationsText } from '../hooks/use-consultations-text'

/** Days left to comment, in words (the colour only repeats them): still time, the last day, closed. */
export function Countdown({ endDate, closed }: { endDate: string; closed?: boolean }) {
  const { ct } = useConsultationsText()
  // The city's word (`closed`) wins over the phone's clock, which may be wrong.
  const left = closed ? 'closed' : daysLeft(endDate, Date.now())
  const [text, tone] =
    left === 'closed'
      ? [ct('countdown.closed'), 'closed']
      : left === 0
        ? [ct('countdown.today'), 'last']
        : [ct('countdown.days', { days: left }), left <= 3 ? 'last' : 'open']
  return <Text className={`countdown countdown--${tone}`}>{text}</Text>
}
