import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
    // Dates in tests are civil dates; pin the zone so month arithmetic never shifts.
    env: { TZ: "Europe/Amsterdam" },
    // The fast-check properties run hundreds of timelines: about a second on a quiet machine, but
    // five times that on two busy cores. A time limit here would measure the machine, not the code.
    testTimeout: 30_000,
    benchmark: { include: ["src/**/*.bench.ts"] },
  },
});
