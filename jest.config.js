/** Unit, contract and page tests. Taro's runtime is replaced by small doubles (test/doubles): see README. */
module.exports = {
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/weapp/', '<rootDir>/test/e2e/'],
  moduleNameMapper: {
    '^@tarojs/taro$': '<rootDir>/test/doubles/taro.ts',
    '^@tarojs/components$': '<rootDir>/test/doubles/components.tsx',
    '\\.(css|scss)$': '<rootDir>/test/doubles/style.ts',
  },
  setupFilesAfterEnv: ['<rootDir>/test/doubles/setup.ts'],
  transform: { '^.+\\.[jt]sx?$': 'babel-jest' },
  clearMocks: true,
}
