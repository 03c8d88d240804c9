#!/usr/bin/env node
// SPDX-License-Identifier: Apache-2.0
// A real OpenID provider for the tests of core/auth: oidc-provider (a
// certified OP) on 127.0.0.1, in memory, with
//   - native public clients (no secret, PKCE S256 required, loopback redirect
//     http://127.0.0.1/callback on any port, RFC 8252 §7.3), one per ID-token
//     signing algorithm: custos-rs256, custos-ps256, custos-es256;
//   - a `groups` claim (scope "groups") and `amr`/`acr` set at login;
//   - the built-in development login and consent forms, with the password
//     checked against the users below (the forms themselves accept anything);
//   - freshly generated signing keys (RSA-2048 and EC P-256, random `kid`s)
//     on every start, so restarting on the same port is a key rollover.
//
// Usage: node provider.mjs [--port N] [--tls-cert PEM --tls-key PEM]
//   --port N      0 or absent: the kernel picks
//   --tls-*       serve https (issuer https://127.0.0.1:PORT) with this
//                 certificate, as a site's provider is (site mode refuses http)
// Prints "ready ISSUER" on stdout once it accepts connections, then one line
// per signing key: "key KID ALG-FAMILY".

import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { parseArgs } from 'node:util';

import Provider, { errors } from 'oidc-provider';

// oidc-provider 9 uses URL.parse (Node.js 20.18 / 22.1); say so instead of
// failing on the first request. It warns "Unsupported runtime" below Node 22.
if (typeof URL.parse !== 'function') {
  console.error(`provider.mjs: oidc-provider 9 needs Node.js 20.18 or newer; this is ${process.version}`);
  process.exit(2);
}

// Test users. `amr` says how they authenticated (RFC 8176): alice used a
// password and a one-time code (MFA), bob only a password.
const USERS = new Map([
  ['alice', {
    password: 'alice-password', name: 'Alice Archer', email: 'alice@hospital.test',
    groups: ['radiology-attendings', 'all-staff'], amr: ['pwd', 'otp'], acr: 'urn:custos:acr:mfa',
  }],
  ['bob', {
    password: 'bob-password', name: 'Bob Baker', email: 'bob@hospital.test',
    groups: ['ct-technologists', 'all-staff'], amr: ['pwd'], acr: 'urn:custos:acr:pwd',
  }],
]);

const { values: args } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    'tls-cert': { type: 'string' },
    'tls-key': { type: 'string' },
  },
});

function signingKeys() {
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' });
  const tag = randomBytes(4).toString('hex');
  return [
    { ...rsa, kid: `rsa-${tag}`, use: 'sig' },
    { ...ec, kid: `ec-${tag}`, use: 'sig' },
  ];
}

function nativeClient(alg) {
  return {
    client_id: `custos-${alg.toLowerCase()}`,
    application_type: 'native',
    token_endpoint_auth_method: 'none',
    redirect_uris: ['http://127.0.0.1/callback'],
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
    id_token_signed_response_alg: alg,
  };
}

const keys = signingKeys();

const configuration = {
  clients: ['RS256', 'PS256', 'ES256'].map(nativeClient),
  jwks: { keys },
  cookies: { keys: [randomBytes(32).toString('hex')] },
  // acr, amr and auth_time reach the ID token only when something asks for
  // them (the claims parameter, max_age, acr_values); amr is not even a
  // default claim. Listing them under "openid" puts them in every ID token.
  claims: {
    sid: null,
    openid: ['sub', 'acr', 'amr', 'auth_time'],
    profile: ['name', 'preferred_username'],
    email: ['email'],
    groups: ['groups'],
  },
  scopes: ['openid', 'offline_access', 'profile', 'email', 'groups'],
  // By default the claims of the scopes go to /userinfo only when an access
  // token is issued too; the desktop client reads them from the ID token.
  conformIdTokenClaims: false,
  acrValues: ['urn:custos:acr:pwd', 'urn:custos:acr:mfa'],
  features: { devInteractions: { enabled: true } },
  pkce: { required: () => true },
  ttl: { IdToken: 600, AccessToken: 600, AuthorizationCode: 60, RefreshToken: 3600 },
  async findAccount(_ctx, id) {
    const user = USERS.get(id);
    if (!user) return undefined;
    return {
      accountId: id,
      async claims() {
        return {
          sub: id, name: user.name, preferred_username: id, email: user.email, groups: user.groups,
        };
      },
    };
  },
};

const tls = args['tls-cert'] && args['tls-key'];
const server = tls
  ? createHttpsServer({ cert: readFileSync(args['tls-cert']), key: readFileSync(args['tls-key']) })
  : createHttpServer();
server.listen(Number(args.port), '127.0.0.1', () => {
  const issuer = `${tls ? 'https' : 'http'}://127.0.0.1:${server.address().port}`;
  const provider = new Provider(issuer, configuration);

  // The development login form accepts any name and ignores the password,
  // and records no `amr`. Check the password here, and say how the user
  // authenticated, before the login result is stored.
  const interactionFinished = provider.interactionFinished.bind(provider);
  provider.interactionFinished = async (req, res, result, options) => {
    if (result.login) {
      const body = Provider.ctx?.oidc?.body ?? {};
      const user = USERS.get(result.login.accountId);
      if (!user || body.password !== user.password) {
        throw new errors.AccessDenied('invalid user name or password');
      }
      result.login.amr = user.amr;
      result.login.acr = user.acr;
    }
    return interactionFinished(req, res, result, options);
  };

  server.on('request', provider.callback());
  console.log(`ready ${issuer}`);
  for (const key of keys) console.log(`key ${key.kid} ${key.kty}`);
});

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
