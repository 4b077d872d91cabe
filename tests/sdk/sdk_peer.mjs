#!/usr/bin/env node
// Whop's official TypeScript SDK (@whop/sdk, pinned in package-lock.json) as a peer client of the
// local sandbox: the calls a real integration makes, with the SDK's own defaults (its
// Api-Version-Date, its retries), against `whop-sandbox --port 0 --control`. What the SDK sends
// must be accepted and what the sandbox answers must be what the SDK reads.
//
//   node sdk_peer.mjs <path of the whop-sandbox program>
//
// The sandbox's control routes (app/sandbox/SandboxControl.cpp) inject faults, change settings
// and show what the sandbox saw. Loopback only; nothing is skipped. Prints one line per step and
// exits 1 when any failed. Needs the packages of package-lock.json in ./node_modules
// (scripts/sdk-packages.sh, which scripts/test.sh runs). ESM: @whop/sdk's CommonJS build requires
// jose 6, which is ESM only.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

const DEMO_TOKEN = 'whop-demo-token'; // SandboxServer::DemoToken: user_DemoCreator01
const DEMO_USER = 'user_DemoCreator01';
const DEMO_API_KEY = 'whop-demo-api-key'; // SandboxServer::DemoApiKey: biz_DemoStudio01 + 4
const DEMO_ACCOUNT = 'biz_DemoStudio01';
const SDK_VERSION_DATE = '2026-07-20'; // what @whop/sdk 0.0.42 sends (src/client.ts)
const PUBLISHED_VERSIONS = ['2025-01-01', '2026-06-08', '2026-06-09', '2026-06-20', '2026-07-01',
    '2026-07-08-1', '2026-07-20'];
// A 1x1 PNG: the storage host checks that an upload is a picture.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
    'base64');

function fail(message) {
    console.error(`sdk_peer: ${message}`);
    process.exit(1);
}

const sandboxPath = process.argv[2];
if (!sandboxPath)
    fail('usage: node sdk_peer.mjs <whop-sandbox>');

// The SDK reads these from the environment; the test wants its defaults.
for (const name of ['WHOP_API_KEY', 'WHOP_BASE_URL', 'WHOP_API_VERSION', 'WHOP_LOG',
    'WHOP_CUSTOM_HEADERS', 'WHOP_APP_ID', 'WHOP_WEBHOOK_SECRET'])
    delete process.env[name];
// Node 18 has no global File; the SDK's upload helper asks for node:buffer's
// (src/internal/uploads.ts, checkFileSupport).
if (typeof globalThis.File === 'undefined')
    globalThis.File = (await import('node:buffer')).File;

// The SDK, exactly as locked.
const wanted = JSON.parse(readFileSync(new URL('./package.json', import.meta.url))).dependencies['@whop/sdk'];
let installed;
try {
    installed = JSON.parse(readFileSync(new URL('./node_modules/@whop/sdk/package.json', import.meta.url))).version;
} catch {
    fail('@whop/sdk is not installed next to this script: run scripts/sdk-packages.sh');
}
if (installed !== wanted)
    fail(`@whop/sdk ${installed} is installed, the lock wants ${wanted}: run scripts/sdk-packages.sh`);
const sdk = await import('@whop/sdk');
const Whop = sdk.default;
const { uploadFile } = await import('@whop/sdk/lib/upload-file');

// --- The sandbox, in its own process ------------------------------------------------------------

const sandbox = spawn(sandboxPath, ['--port', '0', '--control'], { stdio: ['ignore', 'pipe', 'inherit'] });
process.on('exit', () => sandbox.exitCode === null && sandbox.kill());
const exited = new Promise((resolve) => sandbox.on('exit', (code, signal) => resolve({ code, signal })));
const { baseURL, controlURL } = await new Promise((resolve, reject) => {
    const found = {};
    const lines = createInterface({ input: sandbox.stdout });
    lines.on('line', (line) => {
        const m = /^(Base URL|Control):\s+(\S+)/.exec(line);
        if (m)
            found[m[1] === 'Base URL' ? 'baseURL' : 'controlURL'] = m[2];
        if (found.baseURL && found.controlURL)
            resolve(found);
    });
    sandbox.on('error', reject);
    sandbox.on('exit', (code) => reject(new Error(`whop-sandbox ended (${code}) before it listened`)));
}).catch((e) => fail(e.message));

async function control(method, path, body, headers = {}) {
    const response = await fetch(new URL(path, controlURL), {
        method,
        headers: { 'Content-Type': 'application/json', ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await response.json();
    if (!response.ok)
        throw new Error(`control ${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
    return json;
}
const requests = async () => (await control('GET', 'requests')).requests;
const storageRequests = async () => (await control('GET', 'storage-requests')).requests;
const storedUser = async (id, accountId) =>
    control('GET', `users/${id}${accountId ? `?account_id=${accountId}` : ''}`);
const apiPath = (path) => new URL(baseURL).pathname + path;

const client = (apiKey, options = {}) => new Whop({ apiKey, baseURL, ...options });
const user = client(DEMO_TOKEN);
const key = client(DEMO_API_KEY);

// Runs `body` expecting the SDK to throw `type`; returns the error.
async function rejectsWith(type, body) {
    try {
        await body();
    } catch (e) {
        assert.ok(e instanceof type, `expected ${type.name}, got ${e?.constructor?.name}: ${e?.message}`);
        return e;
    }
    assert.fail(`expected ${type.name}, but the call succeeded`);
}

// --- The steps ----------------------------------------------------------------------------------

let failures = 0;
const started = performance.now();
async function step(name, body) {
    await control('DELETE', 'requests');
    try {
        await body();
        console.log(`ok   ${name}`);
    } catch (e) {
        ++failures;
        console.log(`FAIL ${name}\n     ${String(e?.stack ?? e).replaceAll('\n', '\n     ')}`);
    }
}

await step('the SDK sends its own Api-Version-Date, and the sandbox accepts it', async () => {
    await user.users.retrieve('me');
    const [sent] = await requests();
    assert.equal(sent.headers['api-version-date'], SDK_VERSION_DATE);
    assert.equal(sent.status, 200);
});

await step('users.retrieve("me") is the self view the SDK types', async () => {
    const me = await user.users.retrieve('me');
    assert.equal(me.id, DEMO_USER);
    assert.equal(me.username, 'demo-creator');
    assert.equal(typeof me.created_at, 'string');
    assert.equal(typeof me.profile_picture?.url, 'string');
    // UserBalance (src/resources/users.ts): every field, with its type.
    for (const k of ['total_usd', 'cash_usd', 'crypto_usd', 'pending_usd', 'treasury_pending_usd',
        'businesses_total_usd'])
        assert.equal(typeof me.balance[k], 'string', `balance.${k}`);
    for (const k of ['businesses', 'cash', 'crypto'])
        assert.ok(Array.isArray(me.balance[k]), `balance.${k}`);
    assert.equal(me.balance.total_usd, '1234.56');
    assert.equal(typeof me.balance.cash[0].balance_usd, 'number');
    assert.equal(typeof me.balance.crypto[0].balance, 'string');
    // User.EarningsUsd: on single-user self reads.
    for (const part of ['total', 'personal', 'owned_accounts'])
        for (const k of ['last_24_hours', 'last_7_days', 'last_30_days', 'lifetime'])
            assert.equal(typeof me.earnings_usd[part][k], 'string', `earnings_usd.${part}.${k}`);
    assert.equal(me.earnings_usd.total.lifetime, '8240.50');
    assert.ok('whop_partner_enabled_at' in me);
    assert.equal(me.balance_history, null); // opt-in only
    assert.equal(typeof me.verification, 'object');
});

await step('users.retrieve by id and by username is the same user', async () => {
    const me = await user.users.retrieve('me');
    const byId = await user.users.retrieve(DEMO_USER);
    const byName = await user.users.retrieve('Demo-Creator'); // usernames ignore case (sandbox)
    assert.deepEqual(byId, me);
    assert.deepEqual(byName, me);
    const alice = await user.users.retrieve('alice', { include_balance_history: true });
    assert.equal(alice.id, 'user_Alice0000001');
    assert.equal(alice.balance, null);
    assert.equal(alice.earnings_usd, null);
    assert.equal(alice.balance_history, null); // ignored for other users
});

await step('users.retrieve with include_balance_history gives the series', async () => {
    const me = await user.users.retrieve('me', { include_balance_history: true, interval: 'week' });
    const history = me.balance_history;
    assert.ok(history.data.length > 0);
    for (const point of history.data)
        assert.ok(Number.isInteger(point.t) && typeof point.v === 'number');
    assert.equal(history.last, history.data.at(-1).v);
    assert.ok(history.min <= history.last && history.last <= history.max);
    const [sent] = await requests();
    assert.equal(sent.query, 'include_balance_history=true&interval=week');
});

await step('users.retrieve with account_id shows the account\'s override', async () => {
    const there = await user.users.retrieve('me', { account_id: DEMO_ACCOUNT });
    assert.equal(there.name, 'Demo at Studio');
    const byId = await user.users.retrieve(DEMO_USER, { account_id: DEMO_ACCOUNT });
    assert.equal(byId.name, 'Demo at Studio');
    assert.equal((await user.users.retrieve('me')).name, 'Demo Creator');
    const sent = await requests();
    assert.equal(sent[0].query, `account_id=${DEMO_ACCOUNT}`);
    const seen = await key.users.retrieve(DEMO_USER, { account_id: DEMO_ACCOUNT });
    assert.equal(seen.name, 'Demo at Studio');
    assert.equal(seen.balance, null); // an API key is nobody's self view
});

await step('users.updateMe and users.update change the global profile', async () => {
    const bio = 'Written by the official SDK.';
    assert.equal((await user.users.updateMe({ bio })).bio, bio);
    assert.equal((await user.users.retrieve('me')).bio, bio);
    const name = 'Demo Creator (SDK)';
    const updated = await user.users.update(DEMO_USER, { name });
    assert.equal(updated.name, name);
    assert.equal(updated.earnings_usd.total.lifetime, '8240.50'); // a single-user self read too
    const stored = await storedUser(DEMO_USER);
    assert.equal(stored.user.bio, bio);
    assert.equal(stored.user.name, name);
    const sent = (await requests()).filter((r) => r.method === 'PATCH');
    assert.equal(sent[0].query, ''); // no account_id=undefined
    assert.match(sent[0].headers['content-type'], /^application\/json/);
});

await step('users.updateMe with account_id changes only that account\'s override', async () => {
    const before = await storedUser(DEMO_USER);
    const there = await user.users.updateMe({ account_id: 'biz_Studio007', bio: 'At studio 7.' });
    assert.equal(there.bio, 'At studio 7.');
    const after = await storedUser(DEMO_USER, 'biz_Studio007');
    assert.equal(after.override.bio, 'At studio 7.');
    assert.equal(after.user.bio, before.user.bio);
});

await step('a taken username is the SDK\'s ConflictError with Whop\'s message', async () => {
    const e = await rejectsWith(sdk.ConflictError, () => user.users.updateMe({ username: 'taken-name' }));
    assert.equal(e.status, 409);
    assert.match(e.error.error.message, /already taken/);
    assert.match(e.message, /already taken/);
    // The SDK retries a 409 ("lock timeout", src/client.ts shouldRetry) unless told not to with
    // x-should-retry; the sandbox, like Whop as far as documented, does not say.
    const sent = (await requests()).filter((r) => r.method === 'PATCH');
    assert.deepEqual(sent.map((r) => r.status), [409, 409, 409]);
    assert.deepEqual(sent.map((r) => r.headers['x-stainless-retry-count']), ['0', '1', '2']);
    assert.equal((await storedUser(DEMO_USER)).user.username, 'demo-creator');
});

await step('an API key with account_id changes only that account\'s override', async () => {
    const before = await storedUser(DEMO_USER);
    const bio = 'The studio\'s own bio for me.';
    const updated = await key.users.update(DEMO_USER, { account_id: DEMO_ACCOUNT, bio });
    assert.equal(updated.bio, bio);
    assert.equal(updated.name, 'Demo at Studio');
    const after = await storedUser(DEMO_USER, DEMO_ACCOUNT);
    assert.equal(after.override.bio, bio);
    assert.deepEqual(after.user, before.user);
    const e = await rejectsWith(sdk.BadRequestError, () => key.users.update(DEMO_USER, { bio }));
    assert.match(e.error.error.message, /account_id is required/);
    await rejectsWith(sdk.PermissionDeniedError, () => key.users.updateMe({ bio }));
});

await step('accounts.list pages through every account the credential reaches', async () => {
    for (const [credential, c, count] of [[DEMO_TOKEN, user, 120], [DEMO_API_KEY, key, 5]]) {
        const ids = [];
        for await (const account of c.accounts.list())
            ids.push(account.id);
        const expected = (await control('GET', 'accounts', undefined,
            { Authorization: `Bearer ${credential}` })).ids;
        assert.equal(expected.length, count);
        assert.deepEqual(ids, expected);
    }
    // 3 pages of at most 50, then one more: the SDK follows any end_cursor and stops only on a
    // null one or an empty page (src/core/pagination.ts), and the sandbox, like a Relay-style
    // page_info, names the last item's cursor on the last page too.
    const pages = (await requests()).filter((r) => r.path === apiPath('/accounts'));
    assert.equal(pages.filter((r) => r.headers.authorization).length, pages.length);
    assert.deepEqual(pages.slice(0, 4).map((r) => r.status), [200, 200, 200, 200]);
    assert.equal(pages.length, 4 + 2);
});

await step('uploadFile through the storage host, then the picture on the profile', async () => {
    const file = await uploadFile(user, new File([PNG], 'sdk-avatar.png', { type: 'image/png' }));
    assert.equal(file.upload_status, 'ready');
    assert.equal(file.size, String(PNG.length)); // a string, as the SDK types it
    assert.equal(typeof file.url, 'string');
    const [put] = (await storageRequests()).filter((r) => r.method === 'PUT').slice(-1);
    assert.equal(put.headers['content-type'], 'image/png');
    assert.equal(put.headers.authorization, undefined);
    const updated = await user.users.updateMe({ profile_picture: { id: file.id } });
    assert.equal(updated.profile_picture.url, file.url);
    assert.equal((await user.users.retrieve('me')).profile_picture.url, file.url);
});

await step('uploadFile sends scalar upload_headers as text and skips null ones', async () => {
    await control('POST', 'settings', {
        upload_header_values: { 'x-amz-meta-width': 1024, 'x-amz-meta-public': true, 'x-amz-meta-none': null },
        file_size_as_integer: true,
        processing_delay_ms: 0,
    });
    try {
        const file = await uploadFile(user, new File([PNG], 'sdk-numeric.png', { type: 'image/png' }));
        assert.equal(file.upload_status, 'ready');
        assert.equal(file.size, PNG.length); // the sandbox's switch: an integer
        const [put] = (await storageRequests()).filter((r) => r.method === 'PUT').slice(-1);
        assert.equal(put.status, 200);
        assert.equal(put.headers['x-amz-meta-width'], '1024');
        assert.equal(put.headers['x-amz-meta-public'], 'true');
        assert.equal(put.headers['x-amz-meta-none'], undefined);
    } finally {
        await control('POST', 'settings', { upload_header_values: {}, file_size_as_integer: false,
            processing_delay_ms: 600 });
    }
});

await step('401, 404 and 400 are the SDK\'s error classes, not retried', async () => {
    await rejectsWith(sdk.AuthenticationError, () => client('not-a-real-token').users.retrieve('me'));
    const e404 = await rejectsWith(sdk.NotFoundError, () => user.users.retrieve('nobody-here'));
    assert.match(e404.error.error.message, /nobody-here/);
    const e400 = await rejectsWith(sdk.BadRequestError, () => user.users.updateMe({ nickname: 'x' }));
    assert.match(e400.error.error.message, /Unknown field 'nickname'/);
    const old = client(DEMO_TOKEN, { version: '2026-07-08' }); // named in no public source
    const eVersion = await rejectsWith(sdk.BadRequestError, () => old.users.retrieve('me'));
    assert.deepEqual(eVersion.error.error.supported_versions, PUBLISHED_VERSIONS);
    assert.deepEqual((await requests()).map((r) => r.status), [401, 404, 400, 400]);
});

await step('a 429 with Retry-After is retried through', async () => {
    await control('POST', 'faults', { kind: 'status', status: 429, headers: { 'Retry-After': '1' },
        path_contains: '/users/me', method: 'GET' });
    assert.equal((await user.users.retrieve('me')).id, DEMO_USER);
    const sent = await requests();
    assert.deepEqual(sent.map((r) => r.status), [429, 200]);
    assert.deepEqual(sent.map((r) => r.headers['x-stainless-retry-count']), ['0', '1']);
});

await step('x-should-retry decides over the status, retry-after-ms over Retry-After', async () => {
    await control('POST', 'faults', { kind: 'status', status: 503, headers: { 'x-should-retry': 'false' },
        path_contains: '/users/me', method: 'GET' });
    await rejectsWith(sdk.InternalServerError, () => user.users.retrieve('me'));
    assert.deepEqual((await requests()).map((r) => r.status), [503]);
    await control('DELETE', 'requests');
    await control('POST', 'faults', { kind: 'status', status: 400,
        headers: { 'x-should-retry': 'true', 'retry-after-ms': '50', 'Retry-After': '30' },
        path_contains: '/users/me', method: 'GET' });
    assert.equal((await user.users.retrieve('me')).id, DEMO_USER); // 50 ms, not 30 s
    assert.deepEqual((await requests()).map((r) => r.status), [400, 200]);
});

// --- The end --------------------------------------------------------------------------------------

const seconds = ((performance.now() - started) / 1000).toFixed(1);
await control('POST', 'quit').catch(() => sandbox.kill());
const end = await exited;
if (end.code !== 0) {
    ++failures;
    console.log(`FAIL whop-sandbox ended with ${end.code ?? end.signal}`);
}
console.log(`${failures ? 'FAILED' : 'passed'}: @whop/sdk ${installed} on Node ${process.version}, ` +
    `${failures} step(s) failed, ${seconds} s`);
process.exit(failures ? 1 : 0);
