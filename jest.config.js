/** @type {import('jest').Config} */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  setupFiles: ['<rootDir>/test/setup/custom-functions-global.ts', '<rootDir>/test/setup/fast-check-seed.ts'],
  setupFilesAfterEnv: ['<rootDir>/test/setup/price-catalogue.ts'],
};
