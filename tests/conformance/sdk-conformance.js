'use strict';
// Alibaba Cloud's official OpenAPI client for Node (@alicloud/openapi-client), a client nobody in
// this project wrote, against sae-emulator: once with V3 signatures (ACS3-HMAC-SHA256) and once
// with the legacy ROA signatures (HMAC-SHA1). It lists applications, describes instances,
// creates and deletes a scaling rule, deploys in two manual batches and confirms the second, reads
// CloudMonitor's DescribeMetricList (RPC style, V3), and checks that a wrong secret is refused. Any mismatch fails with a message and exit code 1.
//
// Usage: node sdk-conformance.js /path/to/sae-emulator

const { spawn, execFileSync } = require('node:child_process');
const readline = require('node:readline');
const OpenApi = require('@alicloud/openapi-client');
const { RuntimeOptions } = require('@alicloud/tea-util');

const ACCESS_KEY_ID = 'LTAI5tOpsConsoleDemoKey';
const ACCESS_KEY_SECRET = 'OpsConsoleDemoSecretNotForProduction';
const VERSION = '2019-05-06';

class Mismatch extends Error {}

function check(condition, message) {
    if (!condition)
        throw new Mismatch(message);
}

function checkType(value, type, what) {
    const actual = Array.isArray(value) ? 'array' : typeof value;
    check(actual === type, `${what} should be ${type}, is ${actual} (${JSON.stringify(value)})`);
}

/** Starts sae-emulator on a free port and resolves with its endpoint once it says where it listens. */
function startEmulator(binary) {
    const help = execFileSync(binary, ['--help'], { encoding: 'utf8' });
    const args = ['--listen', '127.0.0.1:0'];
    if (help.includes('--rate-limit'))
        args.push('--rate-limit', '0'); // this script makes more than 60 calls a minute
    if (help.includes('--time-scale'))
        args.push('--time-scale', '120'); // a deploy's minutes pass in seconds
    const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('sae-emulator did not say where it listens within 10 s')), 10000);
        child.on('error', reject);
        child.on('exit', (code) => reject(new Error(`sae-emulator exited early with code ${code}`)));
        readline.createInterface({ input: child.stdout }).once('line', (line) => {
            clearTimeout(timer);
            const match = /^sae-emulator listening on http:\/\/(\S+:\d+)$/.exec(line);
            if (!match)
                reject(new Error(`unexpected first line from sae-emulator: ${line}`));
            else
                resolve({ child, endpoint: match[1], args });
        });
    });
}

function makeClient(endpoint, signing, secret = ACCESS_KEY_SECRET) {
    const config = new OpenApi.Config({
        accessKeyId: ACCESS_KEY_ID,
        accessKeySecret: secret,
        endpoint,
        protocol: 'HTTP',
        readTimeout: 10000,
        connectTimeout: 5000,
    });
    if (signing === 'v2')
        config.signatureAlgorithm = 'v2'; // the legacy ROA signature: "acs AK:HMAC-SHA1"
    return new OpenApi.default(config);
}

/** One SAE call through the SDK's generic callApi; resolves with the parsed body. */
async function call(client, action, method, pathname, query, form) {
    const params = new OpenApi.Params({
        action,
        version: VERSION,
        protocol: 'HTTP',
        pathname,
        method,
        authType: 'AK',
        style: 'ROA',
        reqBodyType: form ? 'formData' : 'json',
        bodyType: 'json',
    });
    const request = new OpenApi.OpenApiRequest({ query: query || {}, body: form });
    const response = await client.callApi(params, request, new RuntimeOptions({ autoretry: false }));
    check(response.statusCode === 200, `${action}: HTTP ${response.statusCode}`);
    const body = response.body;
    check(typeof body === 'object' && body !== null, `${action}: the body is not a JSON object`);
    checkType(body.RequestId, 'string', `${action}.RequestId`);
    check(body.Success === true, `${action}: Success is ${body.Success}`);
    check(String(body.Code) === '200', `${action}: Code is ${body.Code}`);
    return body;
}

async function listApplications(client) {
    const body = await call(client, 'ListApplications', 'GET', '/pop/v1/sam/app/listApplications', {
        CurrentPage: '1',
        PageSize: '100',
    });
    const data = body.Data;
    checkType(data.Applications, 'array', 'ListApplications.Data.Applications');
    checkType(data.TotalSize, 'number', 'ListApplications.Data.TotalSize');
    check(body.TotalSize === data.TotalSize, 'ListApplications repeats TotalSize at the top level');
    check(data.Applications.length === data.TotalSize, `all ${data.TotalSize} applications fit one page of 100`);
    check(data.TotalSize >= 20, `a retail fleet of at least 20 applications, got ${data.TotalSize}`);
    for (const app of data.Applications) {
        checkType(app.AppId, 'string', 'Applications[].AppId');
        checkType(app.AppName, 'string', 'Applications[].AppName');
        checkType(app.NamespaceId, 'string', 'Applications[].NamespaceId');
        checkType(app.Instances, 'number', 'Applications[].Instances');
        checkType(app.RunningInstances, 'number', 'Applications[].RunningInstances');
    }
    return data.Applications;
}

async function describeInstances(client, app) {
    const groups = await call(client, 'DescribeApplicationGroups', 'GET', '/pop/v1/sam/app/describeApplicationGroups', {
        AppId: app.AppId,
    });
    checkType(groups.Data, 'array', 'DescribeApplicationGroups.Data');
    check(groups.Data.length >= 1, 'at least one group');
    const groupId = groups.Data[0].GroupId;
    checkType(groupId, 'string', 'Data[].GroupId');
    const body = await call(client, 'DescribeApplicationInstances', 'GET',
        '/pop/v1/sam/app/describeApplicationInstances', { AppId: app.AppId, GroupId: groupId, PageSize: '100' });
    const instances = body.Data.Instances;
    checkType(instances, 'array', 'DescribeApplicationInstances.Data.Instances');
    check(instances.length === app.Instances, `${app.AppName}: ${app.Instances} instances, described ${instances.length}`);
    for (const instance of instances) {
        checkType(instance.InstanceId, 'string', 'Instances[].InstanceId');
        checkType(instance.InstanceContainerStatus, 'string', 'Instances[].InstanceContainerStatus');
        checkType(instance.CreateTimeStamp, 'number', 'Instances[].CreateTimeStamp');
    }
    return instances.length;
}

async function createAndDeleteScalingRule(client, app, ruleName) {
    const path = '/pop/v1/sam/scale/applicationScalingRule';
    const timer = { period: '* * *', schedules: [{ atTime: '08:00', targetReplicas: 3 }, { atTime: '20:00', targetReplicas: 2 }] };
    await call(client, 'CreateApplicationScalingRule', 'POST', path, {
        AppId: app.AppId,
        ScalingRuleName: ruleName,
        ScalingRuleType: 'timing',
        ScalingRuleTimer: JSON.stringify(timer),
    });
    const described = await call(client, 'DescribeApplicationScalingRule', 'GET', path, {
        AppId: app.AppId,
        ScalingRuleName: ruleName,
    });
    check(described.Data.ScaleRuleName === ruleName, `the created rule is described (${described.Data.ScaleRuleName})`);
    check(described.Data.ScaleRuleType === 'timing', `a timing rule (${described.Data.ScaleRuleType})`);
    checkType(described.Data.Timer.Schedules, 'array', 'Data.Timer.Schedules');
    await call(client, 'DeleteApplicationScalingRule', 'DELETE', path, { AppId: app.AppId, ScalingRuleName: ruleName });
    const listed = await call(client, 'DescribeApplicationScalingRules', 'GET', '/pop/v1/sam/scale/applicationScalingRules', {
        AppId: app.AppId,
    });
    const names = (listed.Data.ApplicationScalingRules || []).map((rule) => rule.ScaleRuleName);
    check(!names.includes(ruleName), `the deleted rule is gone (rules: ${names.join(', ')})`);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function deployInTwoManualBatches(client, app) {
    const image = `${(app.ImageUrl || '').split(':')[0]}:conformance-${Date.now()}`;
    const strategy = { type: 'BatchUpdate', batchUpdate: { batch: 2, releaseType: 'manual' } };
    const deployed = await call(client, 'DeployApplication', 'POST', '/pop/v1/sam/app/deployApplication', {
        AppId: app.AppId,
        PackageType: 'Image',
        ImageUrl: image,
        MinReadyInstances: '1',
        UpdateStrategy: JSON.stringify(strategy),
    }, { AssociateEip: 'false' });
    const changeOrderId = deployed.Data.ChangeOrderId;
    checkType(changeOrderId, 'string', 'DeployApplication.Data.ChangeOrderId');

    let confirmed = 0;
    const deadline = Date.now() + 90000;
    for (;;) {
        check(Date.now() < deadline, 'the deploy did not finish within 90 s');
        const order = await call(client, 'DescribeChangeOrder', 'GET', '/pop/v1/sam/changeorder/DescribeChangeOrder', {
            ChangeOrderId: changeOrderId,
        });
        const status = order.Data.Status;
        checkType(status, 'number', 'DescribeChangeOrder.Data.Status');
        check(![3, 6, 10].includes(status), `the change order ended with status ${status}`);
        if (status === 2)
            break;
        if (status === 8) { // waiting for the release manager
            checkType(order.Data.Pipelines, 'array', 'DescribeChangeOrder.Data.Pipelines');
            const waiting = order.Data.Pipelines.find((pipeline) => pipeline.Status === 8) ||
                order.Data.Pipelines.find((pipeline) => pipeline.PipelineId === order.Data.CurrentPipelineId);
            check(waiting, 'a pipeline waits for confirmation');
            await call(client, 'ConfirmPipelineBatch', 'GET', '/pop/v1/sam/changeorder/ConfirmPipelineBatch', {
                PipelineId: waiting.PipelineId,
                Confirm: 'true',
            });
            ++confirmed;
        }
        await sleep(250);
    }
    check(confirmed === 1, `two manual batches need one confirmation, gave ${confirmed}`);
    const apps = await listApplications(client);
    const after = apps.find((candidate) => candidate.AppId === app.AppId);
    check(after.ImageUrl === image, `the application runs the new image (${after.ImageUrl})`);
    return changeOrderId;
}

/** CloudMonitor's DescribeMetricList, RPC style as the official CMS client sends it (V3 only). */
async function describeMetricList(client, app) {
    const params = new OpenApi.Params({
        action: 'DescribeMetricList',
        version: '2019-01-01',
        protocol: 'HTTP',
        pathname: '/',
        method: 'POST',
        authType: 'AK',
        style: 'RPC',
        reqBodyType: 'formData',
        bodyType: 'json',
    });
    const end = Date.now();
    const request = new OpenApi.OpenApiRequest({
        query: {
            Namespace: 'acs_serverless',
            MetricName: 'cpu',
            Dimensions: JSON.stringify({ appId: app.AppId }),
            StartTime: String(end - 3600 * 1000),
            EndTime: String(end),
            Period: '300',
        },
    });
    const response = await client.callApi(params, request, new RuntimeOptions({ autoretry: false }));
    check(response.statusCode === 200, `DescribeMetricList: HTTP ${response.statusCode}`);
    const body = response.body;
    checkType(body.RequestId, 'string', 'DescribeMetricList.RequestId');
    check(body.Success === true && String(body.Code) === '200', `DescribeMetricList: ${JSON.stringify(body)}`);
    checkType(body.Datapoints, 'string', 'DescribeMetricList.Datapoints');
    const points = JSON.parse(body.Datapoints);
    checkType(points, 'array', 'Datapoints');
    check(points.length >= app.Instances, `a point per instance at least, got ${points.length}`);
    for (const point of points) {
        checkType(point.timestamp, 'number', 'Datapoints[].timestamp');
        checkType(point.Average, 'number', 'Datapoints[].Average');
        check(point.appId === app.AppId, 'Datapoints[].appId');
    }
    return `${points.length} points`;
}

async function wrongSecretIsRefused(endpoint, signing) {
    const client = makeClient(endpoint, signing, 'not-the-secret');
    try {
        await call(client, 'ListApplications', 'GET', '/pop/v1/sam/app/listApplications', {});
    } catch (error) {
        if (error instanceof Mismatch)
            throw error;
        check(error.code === 'SignatureDoesNotMatch', `a wrong secret gives SignatureDoesNotMatch, gave ${error.code}`);
        check(error.statusCode === 400, `HTTP 400 for a wrong secret, got ${error.statusCode}`);
        return;
    }
    throw new Mismatch('a wrong secret was accepted');
}

async function runMode(endpoint, signing, apps, results) {
    const client = makeClient(endpoint, signing);
    const step = async (name, run) => {
        try {
            const detail = await run();
            results.push({ signing, name, ok: true, detail });
        } catch (error) {
            results.push({ signing, name, ok: false, detail: error.code ? `${error.code}: ${error.message}` : error.message });
        }
    };
    const byName = (name, ns) => apps.find((app) => app.AppName === name && app.NamespaceId.endsWith(`:${ns}`));
    await step('ListApplications', async () => `${(await listApplications(client)).length} applications`);
    await step('DescribeApplicationGroups + DescribeApplicationInstances',
        async () => `${await describeInstances(client, byName('order-service', 'prod'))} instances of order-service`);
    await step('Create + Delete scaling rule',
        async () => createAndDeleteScalingRule(client, byName('payment-service', 'prod'), `conformance-${signing}`));
    const target = signing === 'v3' ? byName('member-service', 'staging') : byName('coupon-service', 'prod');
    await step('DeployApplication, 2 manual batches + ConfirmPipelineBatch',
        async () => `change order ${await deployInTwoManualBatches(client, target)} succeeded`);
    if (signing === 'v3') // RPC's legacy signature is a different scheme, which the emulator does not take
        await step('CloudMonitor DescribeMetricList (RPC)',
            async () => describeMetricList(client, byName('api-gateway', 'prod')));
    await step('wrong secret refused', async () => wrongSecretIsRefused(endpoint, signing));
}

async function main() {
    const binary = process.argv[2];
    if (!binary) {
        console.error('usage: node sdk-conformance.js /path/to/sae-emulator');
        process.exit(2);
    }
    const { child, endpoint, args } = await startEmulator(binary);
    const results = [];
    try {
        console.log(`sae-emulator ${args.join(' ')} -> ${endpoint}`);
        const apps = await listApplications(makeClient(endpoint, 'v3'));
        for (const signing of ['v3', 'v2'])
            await runMode(endpoint, signing, apps, results);
    } finally {
        child.removeAllListeners('exit');
        child.kill('SIGTERM');
    }
    for (const result of results)
        console.log(`${result.ok ? 'ok  ' : 'FAIL'} [${result.signing}] ${result.name}${result.detail ? ` — ${result.detail}` : ''}`);
    const failed = results.filter((result) => !result.ok).length;
    console.log(`${results.length - failed} of ${results.length} steps passed`);
    process.exit(failed === 0 ? 0 : 1);
}

main().catch((error) => {
    console.error(`conformance run failed: ${error.stack || error}`);
    process.exit(1);
});
