import { lazyPort } from '../lazy-port'

interface Greeter {
  greet(name: string): Promise<string>
  count(): Promise<number>
}

test('loads the implementation once, on the first call, and forwards every call', async () => {
  const load = jest.fn(async (): Promise<Greeter> => ({ greet: async (name) => `你好，${name}`, count: async () => 2 }))
  const port = lazyPort(load, ['greet', 'count'])
  expect(load).not.toHaveBeenCalled()
  await expect(port.greet('王')).resolves.toBe('你好，王')
  await expect(port.count()).resolves.toBe(2)
  expect(load).toHaveBeenCalledTimes(1)
})

test('a failed load is tried again on the next call', async () => {
  const load = jest
    .fn<Promise<Greeter>, []>()
    .mockRejectedValueOnce(new Error('chunk lost'))
    .mockResolvedValue({ greet: async () => 'ok', count: async () => 0 })
  const port = lazyPort(load, ['greet', 'count'])
  await expect(port.greet('x')).rejects.toThrow('chunk lost')
  await expect(port.greet('x')).resolves.toBe('ok')
  expect(load).toHaveBeenCalledTimes(2)
})
