import { Text, View } from '@tarojs/components'
import type { Question } from '../../../services/questions/questions-schemas'
import { formatDateTime } from '../../../shared/format/time'
import { navigateTo } from '../../../shared/navigation'
import { a11y } from '../../../shared/ui/a11y'
import { useQuestionsText } from '../hooks/use-questions-text'

/** One answered question in a list: the question, who answered and how, and how many it helped. */
export function QuestionCard({ question, department }: { question: Question; department: string }) {
  const { qt } = useQuestionsText()
  return (
    <View
      className='card question-card'
      onClick={() => navigateTo('questionsDetail', { id: question.id })}
      {...a11y(undefined, 'listitem')}
    >
      <Text className='question-card__title' {...a11y(undefined, 'link')}>
        {question.title}
      </Text>
      <Text className='question-card__body'>{question.body}</Text>
      {question.reply ? (
        <View className='question-card__reply'>
          <Text className='question-card__from'>{qt('item.reply', { department })}</Text>
          <Text className='question-card__reply-text'>{question.reply.text}</Text>
          <Text className='question-card__meta'>
            {qt('item.repliedAt', { time: formatDateTime(question.reply.repliedAt) })} ·{' '}
            {qt('item.helpful', { count: question.helpfulCount })}
          </Text>
        </View>
      ) : null}
    </View>
  )
}
