const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

const swcTransform = [
  "@swc/jest",
  { jsc: { parser: { syntax: "typescript", decorators: true, tsx: true } } },
]

// One jest config, five suites selected by TEST_TYPE (the layout Medusa's starters use).
const suites = {
  unit: ["**/src/**/__tests__/**/*.unit.spec.[jt]s", "<rootDir>/scripts/__tests__/**/*.unit.spec.[jt]s"],
  "integration:modules": ["**/src/modules/*/__tests__/**/*.spec.[jt]s", "**/src/providers/*/__tests__/**/*.spec.[jt]s"],
  "integration:http": ["**/integration-tests/http/**/*.spec.[jt]s"],
  "integration:packaging": ["**/integration-tests/packaging/**/*.spec.[jt]s"],
  "integration:browser": ["**/integration-tests/browser/**/*.spec.[jt]s"],
}

module.exports = {
  transform: { "^.+\\.[jt]sx?$": swcTransform },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "tsx", "json"],
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/", "<rootDir>/.oms-data/"],
  setupFiles: ["./integration-tests/setup.js"],
  testMatch: suites[process.env.TEST_TYPE || "unit"],
  testPathIgnorePatterns:
    process.env.TEST_TYPE === "integration:modules" ? ["\\.unit\\.spec\\."] : [],
}
