// Preloaded with --import into the CLI under test: every way Node can reach the network throws and
// leaves a mark on stderr, so a test can prove the CLI never tries.
import dgram from 'node:dgram';
import dns from 'node:dns';
import http from 'node:http';
import http2 from 'node:http2';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';

const refuse = (what) =>
  function refused() {
    process.stderr.write(`NETWORK ATTEMPT: ${what}\n`);
    throw new Error(`network use refused: ${what}`);
  };

net.connect = net.createConnection = refuse('net.connect');
net.Socket.prototype.connect = refuse('net.Socket#connect');
tls.connect = refuse('tls.connect');
http.request = http.get = refuse('http.request');
https.request = https.get = refuse('https.request');
http2.connect = refuse('http2.connect');
dgram.createSocket = refuse('dgram.createSocket');
dns.lookup = dns.resolve = refuse('dns.lookup');
dns.promises.lookup = dns.promises.resolve = refuse('dns.promises.lookup');
globalThis.fetch = refuse('fetch');
globalThis.WebSocket = refuse('WebSocket');
