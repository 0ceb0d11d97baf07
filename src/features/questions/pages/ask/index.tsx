import { Screen } from '../../../../shared/ui/screen'
import { ErrorState, Skeleton } from '../../../../shared/ui/state-views'
import { useCity } from '../../../../shared/use-city'
import { QuestionForm } from '../../components/question-form'
import { useQuestionsConfig } from '../../hooks/use-questions-config'
import { useQuestionsText } from '../../hooks/use-questions-text'
import '../../provide-mock'
import '../../questions.scss'

export default function AskQuestionPage() {
  const { qt } = useQuestionsText()
  const city = useCity()
  const config = useQuestionsConfig()
  return (
    <Screen className='questions-page' title={qt('ask.title')}>
      {config.status === 'loading' ? <Skeleton rows={3} /> : null}
      {config.status === 'error' ? <ErrorState error={config.error} onRetry={config.retry} /> : null}
      {config.status === 'success' ? (
        <QuestionForm key={city.id} cityId={city.id} departments={config.data.departments} />
      ) : null}
    </Screen>
  )
}
