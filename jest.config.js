/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/tests/e2e/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
  },
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
    "\\.(css)$": "<rootDir>/tests/support/styleMock.js",
  },
  // A timeout only catches a hang; tests never assert time (speed is `npm run bench`). CI's
  // 2 shared cores can make a 1-second test take several, and 5 s (Jest's default) failed there.
  testTimeout: 30_000,
  setupFilesAfterEnv: ["<rootDir>/tests/support/setup.ts"],
};
