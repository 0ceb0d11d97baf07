import { fireEvent, render, screen } from '@testing-library/react'
import { ErrorBoundary } from '../ui/error-boundary'

let broken = true
function Fragile() {
  if (broken) throw new Error('render failed')
  return <span>恢复了</span>
}

test('an exception in a page shows the crash state, not a white screen, and the page can try again', () => {
  const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined)
  render(
    <ErrorBoundary>
      <Fragile />
    </ErrorBoundary>,
  )
  expect(screen.getByText('页面出错了')).toBeTruthy()
  broken = false
  fireEvent.click(screen.getByRole('button', { name: '重新打开本页' }))
  expect(screen.getByText('恢复了')).toBeTruthy()
  quiet.mockRestore()
})
