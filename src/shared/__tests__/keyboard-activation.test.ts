import { enableKeyboardActivation } from '../ui/keyboard-activation'

function control(role: string) {
  const el = document.createElement('div')
  el.setAttribute('role', role)
  el.tabIndex = 0
  document.body.append(el)
  const clicks = jest.fn()
  el.addEventListener('click', clicks)
  return { el, clicks }
}

const press = (el: HTMLElement, key: string) => el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }))

test('Enter and Space activate role=button; links take Enter only; other elements are left alone', () => {
  const stop = enableKeyboardActivation(document)
  const button = control('button')
  const link = control('link')
  const plain = control('note')
  press(button.el, 'Enter')
  press(button.el, ' ')
  press(link.el, ' ')
  press(link.el, 'Enter')
  press(plain.el, 'Enter')
  expect(button.clicks).toHaveBeenCalledTimes(2)
  expect(link.clicks).toHaveBeenCalledTimes(1)
  expect(plain.clicks).not.toHaveBeenCalled()
  stop()
  press(button.el, 'Enter')
  expect(button.clicks).toHaveBeenCalledTimes(2)
})
