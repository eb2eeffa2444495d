# syntax=docker/dockerfile:1
# Two stages: the build stage has the dev dependencies (TypeScript) and builds dist/; the runtime stage installs
# production dependencies only and copies dist/ in. .ci/run performs the runtime stage's steps on every run.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY src ./src
COPY adapters ./adapters
COPY bench ./bench
# `prepare` builds dist/.
RUN npm ci

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
# No dev dependencies and no install scripts: dist/ comes from the build stage.
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY knowledge ./knowledge
# A broken shipped folder fails the build.
RUN node dist/adapters/cli.js check knowledge
RUN mkdir -p /data && chown node:node /data
USER node
ENV CAREER_ADVISOR_KNOWLEDGE=/app/knowledge PORT=3000 DATA_DIR=/data
# Mount your own knowledge folder over /app/knowledge (edits are picked up while it runs); /data keeps what the advisor records.
VOLUME ["/app/knowledge", "/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/healthz`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM (docker stop) lets questions in flight finish; the default 10 s grace is enough.
CMD ["node", "dist/adapters/cli.js", "serve"]
