/**
 * Smoke tests of the COMPILED WeChat build (dist/weapp) under miniprogram-simulate. Unlike the unit
 * tests (../../jest.config.js) nothing from Taro is mapped to a double: the real compiled runtime runs.
 * Run `npm run build:weapp` first, then `npm run test:weapp`.
 */
const path = require('path')

module.exports = {
  rootDir: path.resolve(__dirname, '../..'),
  roots: ['<rootDir>/test/weapp'],
  testEnvironment: 'jsdom',
  // Only our TypeScript (the test and the source fixtures it reads) goes through babel; the compiled
  // dist/weapp js is required as it is, like the WeChat client would run it.
  transform: { '^.+\\.tsx?$': 'babel-jest' },
  testTimeout: 30000,
}
