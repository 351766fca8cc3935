# 成果转化政策助手: the web chat (template mode), with sessions and the index kept
# in the DATA_DIR volume. Build: docker build -t chengguo-assistant .
# Run:   docker run -d --name chengguo -p 3000:3000 -v chengguo-data:/data \
#          --restart unless-stopped chengguo-assistant

# hnswlib-node and better-sqlite3 are native modules: they are built here, where
# node:20 (Debian bookworm) has python3, make and g++, and copied below.
FROM node:20-bookworm AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY bot ./bot
COPY eligibility ./eligibility
COPY knowledge ./knowledge
COPY retrieval ./retrieval
COPY tsconfig.json ./

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATA_DIR=/data
WORKDIR /app
COPY --from=build /app /app
# The official image's unprivileged user; only /data is its to write.
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
# /healthz goes through retrieval, the engine and the session store: 503 names the failing part.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node runs as PID 1's only child of interest: SIGTERM reaches it and it shuts down gracefully.
STOPSIGNAL SIGTERM
CMD ["node", "--import", "tsx", "bot/main.ts", "serve"]
