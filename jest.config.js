/** Unit, contract and page tests. Taro's runtime is replaced by small doubles (test/doubles): see README. */

// Times are shown and deadlines counted in Beijing time whatever the device's zone: the suite runs far
// from UTC+8, so code that leans on the machine's own zone fails here.
process.env.TZ = 'America/Los_Angeles'

module.exports = {
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/weapp/', '<rootDir>/test/e2e/', '<rootDir>/test/server/'],
  moduleNameMapper: {
    '^@tarojs/taro$': '<rootDir>/test/doubles/taro.ts',
    '^@tarojs/components$': '<rootDir>/test/doubles/components.tsx',
    '\\.(css|scss)$': '<rootDir>/test/doubles/style.ts',
  },
  setupFilesAfterEnv: ['<rootDir>/test/doubles/setup.ts'],
  transform: { '^.+\\.[jt]sx?$': 'babel-jest' },
  clearMocks: true,
}
