import { testing } from './taro'

beforeEach(() => testing.reset())
