import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/** Where `npm run dev` sends API, websocket and image requests: the gateway of `npm start`. */
const gateway = process.env["GATEWAY_URL"] ?? "http://127.0.0.1:4000";

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      "/graphql": { target: gateway, ws: true },
      "/images": { target: gateway },
    },
  },
  build: {
    target: "es2022",
    sourcemap: true,
  },
});
