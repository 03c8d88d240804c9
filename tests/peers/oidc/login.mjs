#!/usr/bin/env node
// SPDX-License-Identifier: Apache-2.0
// A scripted browser for the sign-in tests: the "browser command" Custos runs
// with the authorization URL. It does what a person does in a browser:
// follows the redirects to the provider's login form, submits user name and
// password, submits the consent form, and finally follows the redirect to
// the application's loopback address (http://127.0.0.1:PORT/callback?...)
// and prints the page the application answers with.
//
// Usage: node login.mjs URL USER PASSWORD [--state STATE] [--jar FILE] [--log FILE]
//   --state STATE  replace `state` in the final redirect (a forged response)
//   --jar FILE     keep the provider's cookies in FILE between runs, like a
//                  browser keeps its session with the identity provider
//   --log FILE     append "login-form" to FILE each time the provider shows
//                  its login page (and so asks for the password)
//
// Exit code: 0 once the loopback address was requested (whatever it
// answered, like a browser), 1 when the provider refused or the flow broke,
// with the reason on stderr. Every request has a time limit; only the
// provider's and the application's loopback origins are ever contacted.

import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: { state: { type: 'string' }, jar: { type: 'string' }, log: { type: 'string' } },
});
if (positionals.length !== 3) {
  console.error('usage: login.mjs URL USER PASSWORD [--state STATE]');
  process.exit(2);
}
const [startUrl, user, password] = positionals;
const providerOrigin = new URL(startUrl).origin;
const REQUEST_TIMEOUT_MS = 10000;
const MAX_STEPS = 20;

function fail(message) {
  console.error(`login.mjs: ${message}`);
  process.exit(1);
}

function isLoopback(url) {
  return ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

// A cookie jar good enough for one origin: name, value, path; honours
// deletion (Max-Age=0 or an expiry in the past).
const jar = new Map(
  options.jar && existsSync(options.jar) ? JSON.parse(readFileSync(options.jar, 'utf8')) : [],
);
function saveJar() {
  if (options.jar) writeFileSync(options.jar, JSON.stringify([...jar.entries()]));
}
function storeCookies(response) {
  for (const header of response.headers.getSetCookie()) {
    const [pair, ...attributes] = header.split(';').map((part) => part.trim());
    const eq = pair.indexOf('=');
    const name = pair.slice(0, eq);
    const value = pair.slice(eq + 1);
    let path = '/';
    let expired = false;
    for (const attribute of attributes) {
      const [key, val = ''] = attribute.split('=');
      const lower = key.toLowerCase();
      if (lower === 'path') path = val;
      if (lower === 'max-age' && Number(val) <= 0) expired = true;
      if (lower === 'expires' && Date.parse(val) < Date.now()) expired = true;
    }
    const id = `${name};${path}`;
    if (expired) jar.delete(id);
    else jar.set(id, { name, value, path });
  }
}
function cookieHeader(url) {
  return [...jar.values()]
    .filter((cookie) => url.pathname.startsWith(cookie.path))
    .map((cookie) => `${cookie.name}=${cookie.value}`)
    .join('; ');
}

async function request(url, { method = 'GET', form } = {}) {
  const headers = { 'user-agent': 'custos-test-login/1' };
  if (url.origin === providerOrigin) {
    const cookies = cookieHeader(url);
    if (cookies) headers.cookie = cookies;
  }
  let body;
  if (form) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(form).toString();
  }
  const response = await fetch(url, {
    method, headers, body, redirect: 'manual', signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  if (url.origin === providerOrigin) storeCookies(response);
  return response;
}

function decodeEntities(text) {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, entity) => ({
    amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'",
  })[entity]);
}

// The first form of the page: its action and hidden inputs.
function parseForm(html, base) {
  const form = /<form[^>]*action="([^"]*)"[^>]*>([\s\S]*?)<\/form>/i.exec(html);
  if (!form) return undefined;
  const fields = {};
  for (const input of form[2].matchAll(/<input[^>]*>/gi)) {
    const name = /name="([^"]*)"/i.exec(input[0]);
    const type = /type="([^"]*)"/i.exec(input[0]);
    const value = /value="([^"]*)"/i.exec(input[0]);
    if (name && type && type[1].toLowerCase() === 'hidden') {
      fields[decodeEntities(name[1])] = value ? decodeEntities(value[1]) : '';
    }
  }
  return { action: new URL(decodeEntities(form[1]), base), fields };
}

function pageText(html) {
  return html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, ' ')
    .replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 400);
}

async function main() {
  let url = new URL(startUrl);
  let response = await request(url);
  for (let step = 0; step < MAX_STEPS; step += 1) {
    if ([301, 302, 303, 307, 308].includes(response.status)) {
      url = new URL(response.headers.get('location'), url);
      if (url.origin !== providerOrigin) {
        if (!isLoopback(url)) fail(`refusing to follow a redirect off loopback: ${url.origin}`);
        if (options.state !== undefined) url.searchParams.set('state', options.state);
        saveJar();
        const answer = await request(url);
        console.log(`loopback ${answer.status}: ${pageText(await answer.text())}`);
        return;
      }
      response = await request(url);
      continue;
    }
    const html = await response.text();
    if (response.status !== 200) fail(`the provider answered ${response.status}: ${pageText(html)}`);
    const form = parseForm(html, url);
    if (!form) fail(`no form on ${url.pathname}: ${pageText(html)}`);
    const data = { ...form.fields };
    if (data.prompt === 'login') {
      if (options.log) appendFileSync(options.log, 'login-form\n');
      Object.assign(data, { login: user, password });
    }
    else if (data.prompt !== 'consent') fail(`unexpected form (prompt ${data.prompt}) on ${url.pathname}`);
    url = form.action;
    response = await request(url, { method: 'POST', form: data });
  }
  fail(`gave up after ${MAX_STEPS} steps without reaching the application`);
}

main().catch((error) => fail(`${error.message ?? error}${error.cause ? ` (${error.cause.message ?? error.cause})` : ''}`));
