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
  },
});
