# syntax=docker/dockerfile:1
# One image recipe for every service; SERVICE_DIR picks which one runs:
#   docker build --build-arg SERVICE_DIR=subgraphs/users -t shopgraph/users .
# docker-compose.yml builds each service this way.
ARG NODE_IMAGE=node:24-bookworm-slim

FROM ${NODE_IMAGE} AS build
ARG SERVICE_DIR
WORKDIR /app
COPY . .
RUN npm ci --no-audit --no-fund
RUN npx tsc -b
# The gateway also serves the web shop, when there is one to build.
RUN if [ "$SERVICE_DIR" = gateway ] && [ -d web/src ] && grep -q '"build"' web/package.json; then \
      npm run build -w @shopgraph/web; \
    fi
RUN npm prune --omit=dev --no-audit --no-fund

FROM ${NODE_IMAGE} AS runtime
ARG SERVICE_DIR
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build --chown=node:node /app /app
# Where products keeps uploaded images on disk (docker compose mounts a volume here; a new volume takes this owner).
RUN mkdir -p /var/lib/shopgraph/media && chown node:node /var/lib/shopgraph/media
USER node
WORKDIR /app/${SERVICE_DIR}
# OpenTelemetry when OTEL_EXPORTER_OTLP_ENDPOINT is set; without it the import does nothing.
CMD ["node", "--import", "@shopgraph/platform/tracing/register", "dist/server.js"]
