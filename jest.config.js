/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  testTimeout: 30000,
  setupFilesAfterEnv: ['<rootDir>/test/support/no-noise.ts'],
  reporters: ['default', '<rootDir>/test/summary-reporter.js'],
};
