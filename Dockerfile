# The app image for docker-compose.yml: builds the client, runs the server with tsx.
# Neo4j comes from the compose file's neo4j service (NEO4J_URI), never the managed local one.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx vite build
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
EXPOSE 3000
USER node
CMD ["npx", "tsx", "server/index.ts"]
