// freePorts: several ports at once are distinct (each held until all are found), and free to listen on.
import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { freePort, freePorts } from '../../tools/neo4j/local-neo4j.ts';

const listenOn = (port: number) =>
  new Promise<net.Server>((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });

describe('free ports', () => {
  it('gives distinct ports that can then be listened on', async () => {
    const ports = await freePorts(5);
    expect(new Set(ports).size).toBe(5);
    const servers = await Promise.all(ports.map(listenOn));
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  });

  it('gives one port with freePort', async () => {
    const port = await freePort();
    expect(port).toBeGreaterThan(0);
    const server = await listenOn(port);
    await new Promise((resolve) => server.close(resolve));
  });
});
