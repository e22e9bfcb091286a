// Preloaded into the server and the CLI by test/protocol/reliability.test.ts: records every attempt
// to open a network connection or resolve a host name, and refuses it. The record is written to
// the file named by BYLINE_NET_LOG when the process exits.
const fs = require('node:fs');
const net = require('node:net');
const tls = require('node:tls');
const dns = require('node:dns');
const dgram = require('node:dgram');
const http = require('node:http');
const https = require('node:https');

const attempts = [];
const refuse = (what) => (...args) => {
  attempts.push(`${what} ${JSON.stringify(args[0] ?? null)}`.slice(0, 200));
  throw new Error(`Byline must not use the network (${what})`);
};
net.connect = net.createConnection = refuse('net.connect');
const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function connect(...args) {
  // Local IPC and stdio pipes are not the network.
  const target = args[0];
  if (typeof target === 'string' || (target && typeof target === 'object' && typeof target.path === 'string')) return Reflect.apply(originalConnect, this, args);
  return refuse('socket.connect')(...args);
};
tls.connect = refuse('tls.connect');
dns.lookup = refuse('dns.lookup');
dns.resolve = refuse('dns.resolve');
dgram.createSocket = refuse('dgram.createSocket');
http.request = http.get = refuse('http.request');
https.request = https.get = refuse('https.request');
if (typeof globalThis.fetch === 'function') globalThis.fetch = refuse('fetch');
process.on('exit', () => {
  if (process.env.BYLINE_NET_LOG) fs.writeFileSync(process.env.BYLINE_NET_LOG, JSON.stringify(attempts));
});
