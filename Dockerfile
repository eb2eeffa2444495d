# syntax=docker/dockerfile:1
# Two stages: the build stage has the dev dependencies (TypeScript) and builds dist/; the runtime stage installs
# production dependencies only and copies dist/ in. .ci/run performs the runtime stage's steps on every run.

FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY src ./src
COPY adapters ./adapters
# `prepare` builds dist/; the benchmarks are left out of the context, so none is built.
RUN npm ci

FROM node:24-bookworm-slim
# tini is process 1: it passes SIGTERM on to node and reaps what node leaves behind, which node as process 1 does not.
RUN apt-get update && apt-get install -y --no-install-recommends tini && rm -rf /var/lib/apt/lists/*
# `docker build --build-arg SOURCE=<repository URL>` names where the image was built from.
ARG VERSION=0.1.0
ARG SOURCE=""
LABEL org.opencontainers.image.title="career-advisor" \
      org.opencontainers.image.description="A chatbot that advises people on careers in healthcare IT, on Discord, Slack and an HTTP API." \
      org.opencontainers.image.source="${SOURCE}" \
      org.opencontainers.image.licenses="MIT" \
      org.opencontainers.image.version="${VERSION}"
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
# /data keeps what the advisor records. The knowledge is not a volume: the shipped folder is the image's own, and
# a folder of yours is bind-mounted over /app/knowledge (edits are picked up while it runs).
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/healthz`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["/usr/bin/tini", "--"]
# SIGTERM (docker stop) lets questions in flight finish; the default 10 s grace is enough.
CMD ["node", "dist/adapters/cli.js", "serve"]
