import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
    // Dates in tests are civil dates; pin the zone so month arithmetic never shifts.
    env: { TZ: "Europe/Amsterdam" },
    benchmark: { include: ["src/**/*.bench.ts"] },
  },
});
