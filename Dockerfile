# The app image for docker-compose.yml. Neo4j comes from the compose file's neo4j service
# (NEO4J_URI), never the managed local one. The build stage compiles the client and the
# server; the runtime image holds production dependencies and compiled JavaScript only.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
# Run-time files the server reads from the project root: Cypher, the seed and the built code.
COPY --from=build /app/dist ./dist
COPY cypher ./cypher
COPY seed ./seed
COPY ingest/gazetteers ./ingest/gazetteers
EXPOSE 3000
USER node
CMD ["node", "dist/server/server/index.js"]
