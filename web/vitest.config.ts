import react from "@vitejs/plugin-react";
import { defineProject } from "vitest/config";

/** Component tests: jsdom, React's transform (the root config's swc setup is for the subgraphs). */
export default defineProject({
  plugins: [react()],
  test: {
    name: "web",
    environment: "jsdom",
    include: ["test/**/*.test.{ts,tsx}"],
    setupFiles: ["test/setup.ts"],
    // Tests wait for what the page shows; this bounds a wait gone wrong with room for a loaded
    // machine (a sign-in test took over vitest's default 5 s while CI's two cores ran every service).
    testTimeout: 15_000,
  },
});
