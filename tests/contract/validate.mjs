#!/usr/bin/env node
// Checks recorded HTTP exchanges (written by tst_contract_traffic) against openapi.yaml.
//
//   node validate.mjs <openapi.yaml> <traffic.json>
//
// 1. The document itself is validated as OpenAPI (3.0/3.1) by @seriousme/openapi-schema-validator.
// 2. Each exchange is checked:
//    request:  the path matches a path template under a server's base path, the method is an
//              operation there, every query parameter is declared (and valid), declared header
//              parameters are valid, Api-Version-Date is present (docs/api/whop-api.md, "Versions": always sent),
//              the bearer credential is present when the operation is secured, and the body
//              matches the requestBody schema with a declared Content-Type;
//    response: the status is declared for the operation and the body matches that status's
//              schema with a declared Content-Type.
//    Bodies are validated with Ajv's JSON Schema 2020-12 dialect, the dialect of OpenAPI 3.1
//    (type arrays such as ['string', 'null']).
// Prints one PASS/FAIL line per exchange and finally "N passed, M failed"; exits 1 on any
// failure (and 2 on bad arguments).
//
// Two deliberate allowances, each printed as a note on the line it applies to:
//  - User from Api-Version-Date 2026-07-08-1 on. openapi.yaml says its schemas "always describe
//    the latest version" and that "where a newer API version changes a shape, the schema
//    accepts both shapes", yet its User still requires the flat `total_usd` and `balances`.
//    docs/api/whop-api.md ("Versions") says that the self view's flat `total_usd` + `balances`
//    became one nested `balance` object, which the sandbox serves from 2026-07-08-1 on. So
//    exchanges made with a version >= 2026-07-08-1 are validated against the contract's User
//    with those two keys no longer required and a `balance` (object or null) required instead.
//    Everything else is unchanged.
//  - Unknown versions. The Api-Version-Date parameter, shared by every path, says "An
//    unrecognized value is rejected with a 400", but some operations (GET /users/me, ...) do
//    not list 400. A 400 whose error envelope speaks of the version is therefore accepted on
//    any operation that takes Api-Version-Date, and validated against ErrorEnvelope.
//    Likewise a version with the `-N` suffix docs/api/whop-api.md describes (2026-07-08-1) is accepted
//    although the parameter's schema says `format: date`, when its date part is a valid date.

import { readFileSync } from 'node:fs';
import { Validator } from '@seriousme/openapi-schema-validator';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import YAML from 'yaml';

const NESTED_BALANCE_SINCE = '2026-07-08-1';
const VERSION_PATTERN = /^\d{4}-\d{2}-\d{2}(-\d+)?$/;
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

function usage(message) {
    console.error(`${message}\nusage: node validate.mjs <openapi.yaml> <traffic.json>`);
    process.exit(2);
}

const [specPath, trafficPath] = process.argv.slice(2);
if (!specPath || !trafficPath)
    usage('missing arguments');

let spec;
let traffic;
try {
    spec = YAML.parse(readFileSync(specPath, 'utf8'));
} catch (e) {
    usage(`cannot read the contract ${specPath}: ${e.message}`);
}
try {
    traffic = JSON.parse(readFileSync(trafficPath, 'utf8'));
} catch (e) {
    usage(`cannot read the traffic ${trafficPath}: ${e.message}`);
}

let passed = 0;
let failed = 0;

// --- 1. The document ---------------------------------------------------------------------

const documentCheck = await new Validator().validate(structuredClone(spec));
if (documentCheck.valid) {
    console.log(`contract: ${specPath} is a valid OpenAPI ${spec.openapi} document`);
} else {
    failed++;
    console.log(`FAIL  contract document: ${JSON.stringify(documentCheck.errors).slice(0, 2000)}`);
}

// --- Schemas ------------------------------------------------------------------------------

const clone = (value) => structuredClone(value);

// Follows a local "#/..." $ref (repeatedly) in the document.
function deref(node) {
    const seen = new Set();
    while (node && typeof node === 'object' && typeof node.$ref === 'string') {
        if (seen.has(node.$ref) || !node.$ref.startsWith('#/'))
            throw new Error(`cannot resolve $ref ${node.$ref}`);
        seen.add(node.$ref);
        let target = spec;
        for (const raw of node.$ref.slice(2).split('/'))
            target = target?.[raw.replace(/~1/g, '/').replace(/~0/g, '~')];
        if (target === undefined)
            throw new Error(`$ref ${node.$ref} points nowhere`);
        node = target;
    }
    return node;
}

// Rewrites "#/components/schemas/X" to "<base>#/$defs/X" throughout a schema.
function rebase(schema, base) {
    if (Array.isArray(schema))
        return schema.map((item) => rebase(item, base));
    if (!schema || typeof schema !== 'object')
        return schema;
    const out = {};
    for (const [key, value] of Object.entries(schema)) {
        if (key === '$ref' && typeof value === 'string' && value.startsWith('#/components/schemas/'))
            out[key] = `${base}#/$defs/${value.slice('#/components/schemas/'.length)}`;
        else
            out[key] = rebase(value, base);
    }
    return out;
}

// The contract's schemas as written, and the variant for versions with the nested balance.
const contractSchemas = clone(spec.components?.schemas ?? {});
const nestedSchemas = clone(contractSchemas);
if (nestedSchemas.User) {
    const user = nestedSchemas.User;
    user.required = (user.required ?? []).filter((key) => key !== 'total_usd' && key !== 'balances');
    user.properties = { ...user.properties, balance: { type: ['object', 'null'] } };
    user.required.push('balance');
}
const VARIANTS = {
    contract: 'urn:whop:contract',
    'nested-balance': 'urn:whop:contract-nested-balance',
};

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
ajv.addSchema({ $id: VARIANTS.contract, $defs: rebase(contractSchemas, VARIANTS.contract) });
ajv.addSchema({
    $id: VARIANTS['nested-balance'],
    $defs: rebase(nestedSchemas, VARIANTS['nested-balance']),
});
// Parameters arrive as strings: let numbers and booleans be coerced, as a server would.
const paramAjv = new Ajv2020({ allErrors: true, strict: false, coerceTypes: true });
addFormats(paramAjv);
paramAjv.addSchema({ $id: VARIANTS.contract, $defs: rebase(contractSchemas, VARIANTS.contract) });

const compiled = new Map();
function validator(schema, variant, instance = ajv) {
    const key = `${instance === ajv ? 'body' : 'param'} ${variant} ${JSON.stringify(schema)}`;
    if (!compiled.has(key))
        compiled.set(key, instance.compile(rebase(schema, VARIANTS[variant])));
    return compiled.get(key);
}

function describeErrors(errors) {
    return (errors ?? [])
        .map((e) => {
            const where = e.instancePath || '(root)';
            const extra =
                e.keyword === 'additionalProperties' ? ` '${e.params.additionalProperty}'` : '';
            return `${where} ${e.message}${extra}`;
        })
        .join(', ');
}

// --- Paths --------------------------------------------------------------------------------

const basePaths = (spec.servers ?? [{ url: '/' }]).map((server) => {
    let path;
    try {
        path = new URL(server.url).pathname;
    } catch {
        path = server.url;
    }
    return path.replace(/\/+$/, '');
});

const templates = Object.keys(spec.paths ?? {})
    .map((template) => {
        const names = [];
        const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_, name) => {
            names.push(name);
            return '([^/]+)';
        });
        return { template, names, regex: new RegExp(`^${source}$`) };
    })
    // Concrete paths win over templated ones (OpenAPI: /users/me before /users/{id}).
    .sort((a, b) => a.names.length - b.names.length);

function matchPath(fullPath) {
    for (const base of basePaths) {
        if (base && !fullPath.startsWith(`${base}/`))
            continue;
        const rest = fullPath.slice(base.length);
        for (const t of templates) {
            const m = t.regex.exec(rest);
            if (m) {
                const params = {};
                t.names.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1])));
                return { template: t.template, params };
            }
        }
    }
    return null;
}

function parametersOf(pathItem, operation) {
    const merged = new Map();
    for (const raw of [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])]) {
        const p = deref(raw);
        merged.set(`${p.in}:${p.in === 'header' ? p.name.toLowerCase() : p.name}`, p);
    }
    return [...merged.values()];
}

function mediaTypeOf(contentType) {
    return (contentType ?? '').split(';')[0].trim().toLowerCase();
}

function findContent(content, contentType) {
    const wanted = mediaTypeOf(contentType);
    for (const [type, media] of Object.entries(content ?? {})) {
        if (type.toLowerCase() === wanted)
            return media;
    }
    return null;
}

// Versions compare as text: the date first, then a `-N` suffix after the bare date.
function isNestedBalanceVersion(version) {
    return typeof version === 'string' && VERSION_PATTERN.test(version) &&
        version >= NESTED_BALANCE_SINCE;
}

// --- 2. The exchanges ---------------------------------------------------------------------

function checkExchange(exchange) {
    const problems = [];
    const notes = [];
    const request = exchange.request ?? {};
    const response = exchange.response ?? {};
    const headers = Object.fromEntries(
        Object.entries(request.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
    const method = String(request.method ?? '').toLowerCase();
    const version = headers['api-version-date'];
    const variant = isNestedBalanceVersion(version) ? 'nested-balance' : 'contract';

    // Request: path and operation.
    const match = matchPath(String(request.path ?? ''));
    if (!match)
        return { problems: [`request: path ${request.path} matches no path of the contract`], notes };
    const pathItem = spec.paths[match.template];
    const operation = HTTP_METHODS.includes(method) ? pathItem[method] : undefined;
    if (!operation) {
        return {
            problems: [`request: ${request.method} is not an operation of ${match.template}`],
            notes,
        };
    }
    const label = `${operation.operationId ?? match.template}`;
    const parameters = parametersOf(pathItem, operation);

    // Request: parameters.
    for (const p of parameters.filter((p) => p.in === 'path')) {
        const value = match.params[p.name];
        if (value === undefined) {
            problems.push(`request: path parameter ${p.name} missing`);
            continue;
        }
        const validate = validator(p.schema ?? {}, 'contract', paramAjv);
        if (!validate(value))
            problems.push(`request: path parameter ${p.name} ${describeErrors(validate.errors)}`);
    }
    const query = request.query ?? {};
    for (const [name, value] of Object.entries(query)) {
        const p = parameters.find((x) => x.in === 'query' && x.name === name);
        if (!p) {
            problems.push(`request: query parameter '${name}' is not declared for ${label}`);
            continue;
        }
        const validate = validator(p.schema ?? {}, 'contract', paramAjv);
        if (!validate(value))
            problems.push(`request: query parameter ${name} ${describeErrors(validate.errors)}`);
    }
    for (const p of parameters.filter((x) => x.in === 'query' && x.required)) {
        if (!(p.name in query))
            problems.push(`request: required query parameter '${p.name}' missing`);
    }
    for (const p of parameters.filter((x) => x.in === 'header')) {
        const name = p.name.toLowerCase();
        const value = headers[name];
        if (value === undefined) {
            if (p.required)
                problems.push(`request: required header ${p.name} missing`);
            continue;
        }
        const validate = validator(p.schema ?? {}, 'contract', paramAjv);
        if (validate(value))
            continue;
        const dated = name === 'api-version-date' && VERSION_PATTERN.test(value) &&
            validate(value.slice(0, 10));
        if (dated)
            notes.push(`Api-Version-Date ${value} has the -N suffix (docs/api/whop-api.md); the contract says format: date`);
        else
            problems.push(`request: header ${p.name} ${describeErrors(validate.errors)}`);
    }
    // docs/api/whop-api.md: always send Api-Version-Date (the contract marks it optional).
    if (parameters.some((x) => x.in === 'header' && x.name.toLowerCase() === 'api-version-date') &&
        version === undefined)
        problems.push('request: Api-Version-Date header missing');

    // Request: credential.
    const security = operation.security ?? spec.security ?? [];
    const needsBearer = security.length > 0 && security.every((requirement) =>
        Object.keys(requirement).some((scheme) => {
            const s = deref(spec.components?.securitySchemes?.[scheme] ?? {});
            return s.type === 'http' && String(s.scheme).toLowerCase() === 'bearer';
        }));
    if (needsBearer) {
        if (!headers.authorization_present)
            problems.push('request: Authorization header missing (operation requires bearerAuth)');
        else if (String(headers.authorization_scheme ?? '').toLowerCase() !== 'bearer')
            problems.push(`request: Authorization scheme '${headers.authorization_scheme}' is not Bearer`);
    }

    // Request: body.
    const hasBody = request.body !== null && request.body !== undefined;
    const hasRawBody = request.body_raw !== undefined;
    if (operation.requestBody) {
        const requestBody = deref(operation.requestBody);
        if (!hasBody && !hasRawBody) {
            if (requestBody.required)
                problems.push('request: body required but none sent');
        } else {
            const media = findContent(requestBody.content, headers['content-type']);
            if (!media) {
                problems.push(`request: Content-Type '${headers['content-type'] ?? ''}' is not one of ` +
                    `${Object.keys(requestBody.content ?? {}).join(', ')}`);
            } else if (hasRawBody) {
                problems.push('request: body is not valid JSON');
            } else if (media.schema) {
                const validate = validator(media.schema, variant);
                if (!validate(request.body))
                    problems.push(`request body: ${describeErrors(validate.errors)}`);
            }
        }
    } else if (hasBody || hasRawBody) {
        problems.push(`request: ${label} takes no body but one was sent`);
    }

    // Response: status.
    const status = Number(response.status);
    const responses = operation.responses ?? {};
    let declared = responses[String(status)] ?? responses[`${Math.floor(status / 100)}XX`] ??
        responses.default;
    if (!declared && status === 400 && version !== undefined &&
        parameters.some((x) => x.in === 'header' && x.name.toLowerCase() === 'api-version-date') &&
        /version/i.test(JSON.stringify(response.body?.error ?? ''))) {
        declared = spec.components?.responses?.Error;
        notes.push(`400 for the unknown Api-Version-Date '${version}' (not listed for ${label}; ` +
            'the Api-Version-Date parameter says any operation answers it) checked as ErrorEnvelope');
    }
    if (!declared) {
        problems.push(`response: status ${status} is not declared for ${label} ` +
            `(declared: ${Object.keys(responses).join(', ')})`);
        return { problems, notes, label };
    }
    declared = deref(declared);

    // Response: body.
    const responseHasBody = response.body !== null && response.body !== undefined;
    const responseRaw = response.body_raw !== undefined;
    if (declared.content) {
        const media = findContent(declared.content, response.content_type);
        if (!media) {
            problems.push(`response: Content-Type '${response.content_type ?? ''}' is not one of ` +
                `${Object.keys(declared.content).join(', ')}`);
        } else if (responseRaw) {
            problems.push('response: body is not valid JSON');
        } else if (!responseHasBody) {
            problems.push(`response: status ${status} declares a body but none came`);
        } else if (media.schema) {
            const validate = validator(media.schema, variant);
            if (!validate(response.body))
                problems.push(`response body (${status}): ${describeErrors(validate.errors)}`);
            if (variant !== 'contract' && JSON.stringify(media.schema).includes('/schemas/User"'))
                notes.push(`User checked with the nested balance of Api-Version-Date >= ${NESTED_BALANCE_SINCE}`);
        }
    } else if (responseHasBody || responseRaw) {
        problems.push(`response: status ${status} declares no body but one came`);
    }
    return { problems, notes, label };
}

const exchanges = Array.isArray(traffic.exchanges) ? traffic.exchanges : [];
if (exchanges.length === 0) {
    failed++;
    console.log('FAIL  the traffic file holds no exchanges');
}
exchanges.forEach((exchange, i) => {
    const request = exchange.request ?? {};
    const response = exchange.response ?? {};
    const head = `#${exchange.index ?? i} ${request.method} ${request.path}` +
        `${Object.keys(request.query ?? {}).length ? `?${new URLSearchParams(request.query)}` : ''}` +
        ` -> ${response.status}` +
        (request.headers?.['api-version-date'] ? ` [${request.headers['api-version-date']}]` : '') +
        (exchange.step ? ` (${exchange.step})` : '');
    let result;
    try {
        result = checkExchange(exchange);
    } catch (e) {
        result = { problems: [`validator error: ${e.message}`], notes: [] };
    }
    const notes = result.notes.length ? `\n        note: ${result.notes.join('\n        note: ')}` : '';
    if (result.problems.length === 0) {
        passed++;
        console.log(`PASS  ${head}${notes}`);
    } else {
        failed++;
        console.log(`FAIL  ${head}\n        ${result.problems.join('\n        ')}${notes}`);
    }
});

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
