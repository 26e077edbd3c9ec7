'use strict';
// The V3 signature (ACS3-HMAC-SHA256) the console's ApiClient puts on the wire, checked against
// the one Alibaba's official Node library computes for the same request. signature_capture sends
// fixed requests through ApiClient to a loopback socket and prints them as they arrived; this
// script signs each again with @alicloud/openapi-util and compares the Authorization headers.
//
// Usage: node signature-crosscheck.js /path/to/signature_capture

const { execFileSync } = require('node:child_process');
const crypto = require('node:crypto');
const OpenApiUtil = require('@alicloud/openapi-util').default;

const ACCESS_KEY_ID = 'LTAI5tCrossCheckKeyId';
const ACCESS_KEY_SECRET = 'CrossCheckSecret/With+Symbols=';

function decodeQuery(search) {
    const query = {};
    for (const part of search.split('&').filter((item) => item.length > 0)) {
        const equals = part.indexOf('=');
        const name = decodeURIComponent(equals < 0 ? part : part.slice(0, equals));
        query[name] = equals < 0 ? '' : decodeURIComponent(part.slice(equals + 1));
    }
    return query;
}

function main() {
    const binary = process.argv[2];
    if (!binary) {
        console.error('usage: node signature-crosscheck.js /path/to/signature_capture');
        process.exit(2);
    }
    const requests = JSON.parse(execFileSync(binary, [], { encoding: 'utf8' }));
    let failures = 0;
    for (const captured of requests) {
        const [pathname, search = ''] = captured.target.split('?');
        const headers = { ...captured.headers };
        const sent = headers.authorization;
        delete headers.authorization;
        const bodyHash = crypto.createHash('sha256').update(Buffer.from(captured.body, 'utf8')).digest('hex');
        const problems = [];
        if (headers['x-acs-content-sha256'] !== bodyHash)
            problems.push(`x-acs-content-sha256 ${headers['x-acs-content-sha256']} is not the body's ${bodyHash}`);
        const expected = OpenApiUtil.getAuthorization(
            { pathname, method: captured.method, query: decodeQuery(search), headers },
            'ACS3-HMAC-SHA256', bodyHash, ACCESS_KEY_ID, ACCESS_KEY_SECRET);
        if (expected !== sent)
            problems.push(`Authorization differs:\n  console: ${sent}\n  SDK:     ${expected}`);
        const label = `${captured.method} ${pathname} (${headers['x-acs-action']})`;
        if (problems.length === 0) {
            console.log(`ok   ${label}`);
        } else {
            failures += 1;
            console.log(`FAIL ${label}\n  ${problems.join('\n  ')}`);
        }
    }
    console.log(`${requests.length - failures} of ${requests.length} signatures agree with Alibaba's library`);
    process.exit(failures === 0 && requests.length > 0 ? 0 : 1);
}

main();
