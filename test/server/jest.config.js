/**
 * The reference server's suites: the contract suite (test/contract) against the server instead of the
 * mock, and the server's own tests (test/server). On PostgreSQL when DATABASE_URL is set (CI starts one
 * with scripts/start-postgres.sh), else on embedded PGlite. Run with `npm run test:server`.
 */
const path = require('path')
const base = require('../../jest.config.js')

process.env.CONTRACT_TARGET = 'reference'

module.exports = {
  ...base,
  rootDir: path.resolve(__dirname, '../..'),
  roots: ['<rootDir>/test/contract', '<rootDir>/test/server'],
  testEnvironment: 'node',
  // The document is checked once, by `npm test`; here it would only repeat.
  testPathIgnorePatterns: ['/node_modules/', 'openapi\\.test\\.ts$'],
  setupFilesAfterEnv: [...base.setupFilesAfterEnv, '<rootDir>/test/server/setup.ts'],
  testTimeout: 30000,
}
