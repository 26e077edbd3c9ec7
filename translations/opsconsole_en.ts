<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AliyunConfigImport</name>
    <message>
        <source>The aliyun CLI profile “%1” was skipped: it is not configured (it has no mode).</source>
        <extracomment>%1 is the name of a profile of the aliyun command-line tool.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The aliyun CLI profile “%1” was skipped: it uses the %2 mode, and only AccessKey (AK) profiles can be imported.</source>
        <extracomment>%1 is a profile name, %2 the aliyun CLI&apos;s credential mode (StsToken, RamRoleArn, ...). &quot;AK&quot; is the name of the mode that uses an AccessKey pair; keep it as is.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The aliyun CLI profile “%1” was skipped: it has no complete AccessKey pair.</source>
        <extracomment>%1 is the name of a profile of the aliyun command-line tool.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The aliyun CLI profile “%1” was skipped: it has no region.</source>
        <extracomment>%1 is the name of a profile of the aliyun command-line tool.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The aliyun CLI profile “%1” was skipped: %2</source>
        <extracomment>%1 is a profile name, %2 the first problem found with it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The aliyun CLI configuration %1 could not be read: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The aliyun CLI configuration is not valid: %1</source>
        <extracomment>%1 is the JSON parser&apos;s explanation.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The aliyun CLI configuration has no list of profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry of the aliyun CLI&apos;s profiles list is not an object; it was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An aliyun CLI profile without a name was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The aliyun CLI profile “%1” appears twice; only the first one was imported.</source>
        <extracomment>%1 is the name of a profile of the aliyun command-line tool.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither %1 nor %2 is set.</source>
        <extracomment>%1 and %2 are names of environment variables.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set but %2 is not.</source>
        <extracomment>%1 and %2 are names of environment variables.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AccessKey pair in the environment comes with %1: it is a temporary STS credential, which a profile cannot keep. It was not imported.</source>
        <extracomment>%1 is the name of an environment variable. STS is Alibaba Cloud&apos;s Security Token Service.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <extracomment>The name of a profile imported from the ALIBABA_CLOUD_* environment variables.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is “%2”, which is not a region ID; the profile uses %3.</source>
        <extracomment>%1 is an environment variable&apos;s name, %2 its value, %3 the region used instead.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AccessKey pair in the environment was not imported: %1</source>
        <extracomment>%1 is the first problem found with the imported profile.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (RequestId: %2)</source>
        <extracomment>%1 is an error summary, %2 the platform&apos;s RequestId</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Could not load the namespaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the applications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2/%3 instances · %4 · %5</source>
        <extracomment>the chosen application&apos;s header: %1 status, %2 running and %3 target instances, %4 spec, %5 version</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform asked for fewer calls; waiting %1 s before the next.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppEventTableModel</name>
    <message>
        <source>First seen %1, last seen %2</source>
        <extracomment>%1 and %2 are date and time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <extracomment>column of the events table: when the event last happened</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>column of the events table: Normal or Warning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <extracomment>column of the events table: Kubernetes&apos; short reason (BackOff, Unhealthy...)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <extracomment>column of the events table: the pod, deployment... the event is about</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <extracomment>column of the events table: how often the event happened</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <extracomment>event type (Kubernetes&apos; Warning)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <extracomment>event type (Kubernetes&apos; Normal)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppVersionTableModel</name>
    <message>
        <source>Image</source>
        <extracomment>a version that ran a container image</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <extracomment>a version that ran a JAR, WAR or ZIP package</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet: read from the version&apos;s configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What ran</source>
        <extracomment>what a version ran: its image or package</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationDetailView</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <extracomment>tab of an application: its change orders, scaling and warnings on one timeline</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationListPanel</name>
    <message>
        <source>Filter by name, ID or version (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n application</numerusform>
            <numerusform>%n applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n application(s)</source>
        <extracomment>%1 of %2 applications match the filter</extracomment>
        <translation>
            <numerusform>%1 of %n application</numerusform>
            <numerusform>%1 of %n applications</numerusform>
        </translation>
    </message>
    <message>
        <source>Show applications of one status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Stale: %1 old (from %2)</source>
        <extracomment>shown next to a list whose refresh failed; %1 its age (&quot;3m&quot;), %2 the time of the last good data</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy application ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart application…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop application…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start application…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationOverviewPanel</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JDK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.NET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gray batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait between batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum ready instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <extracomment>the source of an environment variable given literally</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health probes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liveness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vSwitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elastic IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namespace ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Stale: data from %1</source>
        <extracomment>shown above a configuration whose refresh failed; %1 is the time of the last good data</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>a small button next to an ID</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the %1 to the clipboard</source>
        <extracomment>%1 is what is copied: App ID, namespace ID, region ID</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <extracomment>briefly shown on the Copy button after a click</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview of %1</source>
        <extracomment>%1 is an application name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vCPU</source>
        <extracomment>CPU cores; %1 is a number such as 0.5 or 2</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <extracomment>memory in gibibytes; %1 is a number such as 0.5 or 4</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associated</source>
        <extracomment>whether the application has an elastic (public) IP</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not associated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 % of the instances)</source>
        <extracomment>%1 instances, %2 is the configured percentage of all instances</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gray batch first, then in batches</source>
        <extracomment>a canary release: a few instances first, then the rest in batches</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n instance</numerusform>
            <numerusform>%n instances</numerusform>
        </translation>
    </message>
    <message>
        <source>Starts automatically</source>
        <extracomment>how the next batch of a release starts</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>ConfigMap %1, all keys</source>
        <extracomment>%1 is a ConfigMap ID</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConfigMap %1, key %2</source>
        <extracomment>%1 is a ConfigMap ID, %2 a key in it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From ConfigMap</source>
        <extracomment>the value of an environment variable that comes from a ConfigMap</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret %1, all keys</source>
        <extracomment>%1 is a secret&apos;s ID</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret %1, key %2</source>
        <extracomment>%1 is a secret&apos;s ID, %2 a key in it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From Secret (not shown)</source>
        <extracomment>the value of an environment variable that comes from a Secret; it is not shown</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GET %2 on port %3</source>
        <extracomment>a health probe: %1 HTTP or HTTPS, %2 a path such as /health, %3 a port</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP connection to port %1</source>
        <extracomment>a health probe that opens a TCP connection; %1 is a port</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs %1</source>
        <extracomment>a health probe that runs a command in the container; %1 is the command</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not understood: %1</source>
        <extracomment>a health probe this console cannot read; %1 is its JSON as the platform sent it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial delay %1 s, every %2 s, timeout %3 s</source>
        <extracomment>timing of a health probe, in seconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the configuration from the last successful refresh.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationTableModel</name>
    <message>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>running instances / target instances</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) running</source>
        <translation>
            <numerusform>%n instance running</numerusform>
            <numerusform>%n instances running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) wanted</source>
        <translation>
            <numerusform>%n instance wanted</numerusform>
            <numerusform>%n instances wanted</numerusform>
        </translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <extracomment>column header: running / target instance counts</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spec</source>
        <extracomment>column header: CPU and memory of each instance</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vCPU · %2</source>
        <extracomment>instance spec: %1 = CPU cores, %2 = memory with its unit</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet: read in the background for the rows on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>last change column: no change order on record
----------
auto-scaling column: the application has no rule</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>last change: %1 date and time, %2 type (Deploy...), %3 result (Succeeded...)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n auto-scaling rule(s) enabled</source>
        <translation>
            <numerusform>%n auto-scaling rule enabled</numerusform>
            <numerusform>%n auto-scaling rules enabled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n auto-scaling rule(s) in all</source>
        <translation>
            <numerusform>%n auto-scaling rule in all</numerusform>
            <numerusform>%n auto-scaling rules in all</numerusform>
        </translation>
    </message>
    <message>
        <source>Last change</source>
        <extracomment>column header: the latest change order (when, type, result)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-scaling</source>
        <extracomment>column header: whether an auto-scaling rule is on</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <extracomment>fewer instances run than wanted</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing</source>
        <extracomment>a change order (deploy, restart, scaling...) is running</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for next batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status %1</source>
        <extracomment>a change order status code this console does not know</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchComparison</name>
    <message>
        <source>None of the batch&apos;s instances is listed: there is nothing to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready in the batch: %1 of %2 instances.</source>
        <extracomment>%1: instances of the batch not ready; %2: instances of the batch</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container restarts in the batch: %1.</source>
        <extracomment>%1: the sum of the batch&apos;s container restarts</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU %1 % in the batch against %2 % in the rest.</source>
        <extracomment>%1, %2: mean CPU use in percent, &quot;45.0&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory %1 % in the batch against %2 % in the rest.</source>
        <extracomment>%1, %2: mean memory use in percent, &quot;45.0&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time %1 ms in the batch against %2 ms in the rest.</source>
        <extracomment>%1, %2: mean response time in milliseconds, &quot;120.3&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchGatePanel</name>
    <message>
        <source>%1 %</source>
        <extracomment>a mean use in percent: &quot;31.5 %&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>a mean response time: &quot;120 ms&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>ready instances of a side of the comparison: &quot;2 of 2&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration does not change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last %1 minutes</source>
        <extracomment>the comparison&apos;s time window</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metrics are the means over this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RT</source>
        <extracomment>response time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <extracomment>instances ready to serve</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: what you checked, what you saw (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released batch against the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics over:</source>
        <extracomment>label of the comparison window combo</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the deploy changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change order waits for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change order no longer waits for a decision (%1).</source>
        <extracomment>%1: the change order&apos;s status (&quot;Running&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 of %2 waits for your decision.</source>
        <extracomment>%1 the waiting batch, %2 all batches</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 of %2 (gray) is released; batch %3 waits for your decision.</source>
        <extracomment>%1 the released (gray, canary) batch, %2 all batches, %3 the waiting batch</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 of %2 is released; batch %3 waits for your decision.</source>
        <extracomment>%1 the released batch, %2 all batches, %3 the waiting batch</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting since %1 (%2)</source>
        <extracomment>%1 the time of day it started to wait, %2 for how long (&quot;4 min 12 s&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch does worse than the rest here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This batch (%1)</source>
        <extracomment>comparison column: %1 instances in the released batch</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rest (%1)</source>
        <extracomment>comparison column: %1 the application&apos;s other instances</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing stands out in the last %1 minutes.</source>
        <extracomment>%1: the comparison window in minutes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the metrics of the last %1 minutes…</source>
        <extracomment>%1: the comparison window in minutes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not up to date: %1. The comparison shown ends at %2.</source>
        <extracomment>%1 why the read failed (code, RequestId); %2 the time the comparison shown was read for</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the metrics: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change order does not wait for a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write why first: what you checked, what you saw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the next batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the release; the released batches stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAE cannot roll this change order back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the release and return the released batches to the version before</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchPlanView</name>
    <message>
        <source>Batch plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gray</source>
        <extracomment>the title of the gray (canary) batch&apos;s box in a release&apos;s batch plan</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1</source>
        <extracomment>the title of a batch&apos;s box in a release&apos;s batch plan: &quot;Batch 2&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n instance</numerusform>
            <numerusform>%n instances</numerusform>
        </translation>
    </message>
    <message>
        <source>Gray batch: %1</source>
        <extracomment>a batch&apos;s tooltip: &quot;Batch 2: 3 instances&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; then waits for your confirmation</source>
        <extracomment>%1: &quot;Batch 1: 4 instances&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es).</source>
        <translation>
            <numerusform>%n batch.</numerusform>
            <numerusform>%n batches.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waits for your confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G</source>
        <extracomment>the gray batch&apos;s title when its box is narrow (the first letter of &quot;Gray&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeHistoryPanel</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back to this version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the change order&apos;s batches, stages and tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the release record of the change order as PDF and Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <extracomment>the versions an application ran, to roll back to</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review a rollback to the selected version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a version to roll back to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback is not possible now: %1</source>
        <extracomment>%1: why a rollback cannot start now</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeOrderTableModel</name>
    <message>
        <source>%1 of %2</source>
        <extracomment>batches of a change order that ran: &quot;2 of 3&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeOrderView</name>
    <message>
        <source>Preparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <extracomment>a change order&apos;s task failed and will be tried again</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminated</source>
        <extracomment>a change order was stopped before it finished</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status %1</source>
        <extracomment>a task status code this console does not know</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the released batch with the rest and decide on the next one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the release record of this change order as PDF and Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <extracomment>batch tree column: the batch, stage or task</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>an elapsed time: &quot;45 s&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>an elapsed time: &quot;4 min 12 s&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>an elapsed time: &quot;2 h 5 min&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>change order view title: %1 the change type (&quot;Deploy&quot;), %2 the application</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not up to date)</source>
        <extracomment>the change order&apos;s status as last read; the last refresh failed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 batches</source>
        <extracomment>overall progress of a change order: %1 finished batches, %2 all batches</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1 · %2</source>
        <extracomment>%1 the time of day the change order started, %2 how long it has run (&quot;4 min 12 s&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits for your confirmation of batch %1 of %2.</source>
        <extracomment>%1 the batch that waits, %2 all batches</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits for your confirmation of the next batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not up to date: %1</source>
        <extracomment>%1: why the last read failed, with the platform&apos;s code and RequestId</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (gray)</source>
        <extracomment>a batch&apos;s name with its tag: &quot;Batch 1 Change (gray)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 stages</source>
        <extracomment>a batch&apos;s progress: %1 finished stages, %2 all stages</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 tasks</source>
        <extracomment>a stage&apos;s progress: %1 finished tasks, %2 all tasks</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a batch to see its instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances of %1: reading…</source>
        <extracomment>%1: a batch&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances of %1 (%2)</source>
        <extracomment>%1: a batch&apos;s name, %2: how many instances it started</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLineOptions</name>
    <message>
        <source>User interface language, for example zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SAE-compatible endpoint, for example https://sae.cn-hangzhou.aliyuncs.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region ID, for example cn-hangzhou.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the main window as PNG once the first page has loaded, then exit (works without a display).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--endpoint wants an http or https URL, for example https://sae.cn-hangzhou.aliyuncs.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--region wants a region ID such as cn-hangzhou, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ops Console: a desktop console for applications on Alibaba Cloud Serverless App Engine (SAE).
It connects as its current profile; the first run creates the profile &quot;Local emulator&quot;, which
starts an embedded SAE emulator and shows the emulator&apos;s fleet. Alibaba Cloud profiles keep
their AccessKey secret in the system keychain.
With --endpoint it signs requests with ALIBABA_CLOUD_ACCESS_KEY_ID and
ALIBABA_CLOUD_ACCESS_KEY_SECRET from the environment instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect as this profile (and make it the current one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded emulator&apos;s fleet: retail (the default) or large:N, N applications up to 10000 (large alone: 10000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>light or dark; by default the system&apos;s palette.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fleet wants retail, large or large:N with N from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--color-scheme wants light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to show first: list, fleet, or app:NAME optionally followed by /overview, /instances, /monitoring, /events, /logs, /scaling, /changes or /whatchanged; /scaling/new:timing|metric|mix or /scaling/edit:RULE opens the rule editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page wants list, fleet or app:NAME[/overview|/instances|/monitoring|/events|/logs|/scaling|/changes|/whatchanged], or app:NAME/scaling/new:TYPE or /scaling/edit:RULE, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmationChangeTable</name>
    <message>
        <source>Field</source>
        <extracomment>the column of a list of changes that names what changes (&quot;Maximum instances&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <extracomment>the column of a list of changes with the values before the change</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <extracomment>the column of a list of changes with the values after the change</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <extracomment>the accessible name of the table of what a confirmed action changes</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmationDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected namespace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A name followed by its platform ID: &quot;prod (cn-shenzhen:prod)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 — %5</source>
        <extracomment>A confirmation&apos;s window title: profile · region · namespace · application — action</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeployController</name>
    <message>
        <source>Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the running configuration, so there is nothing to compare the deploy with. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release: %1. %2</source>
        <extracomment>%1 is the release strategy (&quot;1 gray instance, then 2 batches...&quot;), %2 what that means</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deploy was not made. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deploy got no answer and no change order of it was found. Check the application&apos;s change orders before deploying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the version&apos;s configuration for the review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prepare the rollback review; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That version is no longer in the application&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the version of %1 (%2)</source>
        <extracomment>%1 is when the version was deployed, %2 its ID</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application goes back to what it ran then. Release: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeployWizard</name>
    <message>
        <source>Deploy %1</source>
        <extracomment>window title; %1 is an application name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy…</source>
        <extracomment>the wizard&apos;s Finish button: goes on to the confirmation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image or package to run, and what changes with it. What you leave alone is not sent: the application keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the current configuration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>:</source>
        <extracomment>between an image&apos;s repository and its tag</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image:</source>
        <extracomment>form label: an image&apos;s repository and tag</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JDK:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web container:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the instance count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the instance size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this deploy, shown with the change order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to roll it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the new version replaces the running instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All at once (one batch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gray first: a few canary instances, then in batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gray instances:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches:</source>
        <extracomment>the batches of a phased release, or those after the gray batch</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By hand: each batch waits for your confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>the unit after the wait between automatic batches</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait between batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next batch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the instances:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAE&apos;s recommendation (25 %)</source>
        <extracomment>the minimum-ready spin box at -1</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum ready instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <extracomment>the unit after a percentage</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum ready share of the instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay ready:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the scaling rules again when the release ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy</source>
        <extracomment>the action in the review&apos;s target line: &quot;profile · region · namespace · app — Deploy&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected namespace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changes: the same configuration is deployed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it rolls out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <extracomment>an instance size SAE no longer offers, kept in the list because the application has it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from a ConfigMap or secret: it can be removed here, not edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the tag of the image to deploy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag has no spaces or colons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of %1 instances, at least one must be left for the batches after the gray ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 instances cannot make %2 batches; choose %1 or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waits: the release runs to its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release stops after the gray batch and after each batch but the last until you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release stops after each batch but the last until you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release stops after the gray batch until you confirm; then the batches follow each other %1 min apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release stops after the gray batch until you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batches follow each other automatically, %1 min apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAE keeps at least %1 of %2 instances ready while the new version starts.</source>
        <extracomment>%1 of %2 instances</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling rules, suspended while the release runs, are enabled again when it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling rules, suspended while the release runs, stay off until you enable them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeploymentDiff</name>
    <message>
        <source>Package type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JDK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum ready instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum ready ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es), each confirmed by hand</source>
        <translation>
            <numerusform>%n batch, confirmed by hand</numerusform>
            <numerusform>%n batches, each confirmed by hand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es), automatic, %1 min apart</source>
        <translation>
            <numerusform>%n batch, automatic, %1 min apart</numerusform>
            <numerusform>%n batches, automatic, %1 min apart</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gray instance(s), then %1</source>
        <extracomment>%1: the batches after the gray ones, e.g. &quot;2 batches, each confirmed by hand&quot;</extracomment>
        <translation>
            <numerusform>%n gray instance, then %1</numerusform>
            <numerusform>%n gray instances, then %1</numerusform>
        </translation>
    </message>
    <message>
        <source>ConfigMap %1, key %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret %1, key %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeploymentPlan</name>
    <message>
        <source>Choose the application to deploy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to deploy: an image or a package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image deployment needs the image&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image&apos;s address must not contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A package deployment needs the package&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package&apos;s address must be an http or https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A package deployment needs the package&apos;s version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances must be from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 instances need SAE&apos;s approval (a support ticket).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAE offers no instance with %1 millicores of CPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAE offers no instance with %1 MB of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAE offers no instance with %1 millicores and %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every environment variable needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid environment variable name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable %1 is set twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable %1 must name its ConfigMap or secret.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailController</name>
    <message>
        <source>Could not load the configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the log of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the metric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the scaling rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the change orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change order is running (%1); roll back when it has ended, or stop it and roll back at its gate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DurationFormat</name>
    <message>
        <source>%1s</source>
        <extracomment>a duration in seconds, compact, e.g. &quot;45s&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1m</source>
        <extracomment>a duration in minutes, compact, e.g. &quot;12m&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <extracomment>a duration in hours and minutes, compact, e.g. &quot;3h 5m&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1d %2h</source>
        <extracomment>a duration in days and hours, compact, e.g. &quot;4d 2h&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsPanel</name>
    <message>
        <source>Warnings only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only Warning events, and ask the platform for warnings only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by reason, object or message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event to read its whole message and cause analysis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Stale: data from %1</source>
        <extracomment>shown next to events whose refresh failed; %1 is the time of the last good data</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>first line of an event&apos;s details: its type, reason and object, e.g. &quot;Warning · BackOff · Pod/x&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen %1 · last seen %2 · count %3</source>
        <extracomment>%1 and %2 are times, %3 how often the event happened</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause analysis:</source>
        <extracomment>heading of the platform&apos;s explanation of an event</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s)</source>
        <extracomment>%1 of %2 events match the filter</extracomment>
        <translation>
            <numerusform>%1 of %n event</numerusform>
            <numerusform>%1 of %n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetAlert</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a notification&apos;s subject: %1 the application, %2 its namespace, e.g. &quot;order-service (prod)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is unhealthy</source>
        <extracomment>notification title; %1: &quot;order-service (prod)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recovered</source>
        <extracomment>notification title; %1: &quot;order-service (prod)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change of %1 failed</source>
        <extracomment>notification title; %1: &quot;order-service (prod)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 failed</source>
        <extracomment>notification title; %1: the change&apos;s type (&quot;Deploy&quot;), %2: &quot;order-service (prod)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 waits for sign-off for %n min</source>
        <extracomment>notification title; %1: &quot;order-service (prod)&quot;; %n: minutes waited so far</extracomment>
        <translation>
            <numerusform>%1 waits for sign-off for %n min</numerusform>
            <numerusform>%1 waits for sign-off for %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Was: %1</source>
        <extracomment>notification body of a recovery; %1: why the application had been unhealthy</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change order %1</source>
        <extracomment>notification body; %1: the change order&apos;s ID</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FleetController</name>
    <message>
        <source>the applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the abnormal instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Warning events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <extracomment>what could not be read, in which region: &quot;the Warning events in cn-hangzhou&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 of profile %3</source>
        <extracomment>what could not be read, where: &quot;the Warning events in cn-hangzhou of profile staging-account&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FleetCsv</name>
    <message>
        <source>Score</source>
        <extracomment>CSV column: the health score, 0-100</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <extracomment>CSV column: Critical, Warning, Normal... (the values stay in English)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppId</source>
        <extracomment>CSV column: the application&apos;s ID</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NamespaceId</source>
        <extracomment>CSV column: the namespace&apos;s ID</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <extracomment>CSV column: running instances</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <extracomment>CSV column: wanted instances</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <extracomment>CSV column: what is wrong, reasons separated by &quot;; &quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change order status</source>
        <extracomment>CSV column: the newest change order&apos;s status (SAE&apos;s codes)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked at</source>
        <extracomment>CSV column: when the health was read, ISO 8601 in UTC</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age (s)</source>
        <extracomment>CSV column: how old the reading is, in seconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FleetExporter</name>
    <message>
        <source>Could not write %1: %2</source>
        <extracomment>%1 = the file, %2 = the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make the hand-over: the operations journal could not be read. %1</source>
        <extracomment>%1 = the system&apos;s reason, with the journal&apos;s file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: the PDF could not be made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FleetFlows</name>
    <message>
        <source>Could not read %1: %2</source>
        <extracomment>%1 names what could not be read (&quot;the Warning events&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the fleet as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the fleet to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the hand-over report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF and Markdown (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the hand-over report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <extracomment>%1: the files written, comma-separated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs in %2: choose that region in the toolbar to open it.</source>
        <extracomment>%1: &quot;order-service (prod)&quot;, %2: its region</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to profile %2: choose that profile in the toolbar to open it.</source>
        <extracomment>%1: &quot;order-service (prod)&quot;, %2: the profile it was read with</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FleetHealth</name>
    <message numerus="yes">
        <source>No instance runs (0 of %n)</source>
        <translation>
            <numerusform>No instance runs (0 of %n)</numerusform>
            <numerusform>No instance runs (0 of %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 instances run</source>
        <extracomment>%1 instances run of %2 wanted</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) abnormal</source>
        <translation>
            <numerusform>%n instance abnormal</numerusform>
            <numerusform>%n instances abnormal</numerusform>
        </translation>
    </message>
    <message>
        <source>The last change failed (%1)</source>
        <extracomment>%1 is the change&apos;s type (&quot;Deploy&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change waits for a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n restart(s) in the last hour</source>
        <translation>
            <numerusform>%n restart in the last hour</numerusform>
            <numerusform>%n restarts in the last hour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Warning event(s)</source>
        <translation>
            <numerusform>%n Warning event</numerusform>
            <numerusform>%n Warning events</numerusform>
        </translation>
    </message>
    <message>
        <source>At the scaling rule&apos;s maximum (%1 instances)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) failed in the last 24 hours</source>
        <translation>
            <numerusform>%n change failed in the last 24 hours</numerusform>
            <numerusform>%n changes failed in the last 24 hours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 instances run during the change</source>
        <extracomment>%1 instances run of %2 wanted, while a deploy or restart replaces them</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FleetPanel</name>
    <message>
        <source>&amp;Unhealthy only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by application, namespace or region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the fleet&apos;s health could not be read; it is shown as unknown. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n application(s) need someone.</source>
        <extracomment>%1: applications needing someone; %n: applications in all</extracomment>
        <translation>
            <numerusform>%1 of %n application needs someone.</numerusform>
            <numerusform>%1 of %n applications need someone.</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;hanging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waiting for sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-over &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With several of these on, an application is shown when it matches any of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical and warning applications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications whose newest change order runs or waits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications whose change order waits for someone to sign off the next batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>group the fleet page by: nothing</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the fleet as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the fleet as tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the fleet table, as filtered, as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a report for the next on-call shift: what was unhealthy, what changed, what was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications muted for: %1</source>
        <extracomment>%1: namespace names, comma-separated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All &amp;profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the applications of every other Alibaba Cloud profile, each read with its own AccessKey and call budget</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FleetTableModel</name>
    <message>
        <source>%1 ago</source>
        <extracomment>how long ago an application&apos;s health was read: &quot;12s ago&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>a fleet row of another profile: %1 region, %2 profile (&quot;cn-hangzhou · staging-account&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FleetTileView</name>
    <message>
        <source>Fleet tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing wrong known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no namespace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 of %n need someone</source>
        <extracomment>a group of tiles: &quot;prod — 2 of 9 need someone&quot;; %1: namespace or region, %2: how many need someone</extracomment>
        <translation>
            <numerusform>%1 — %2 of %n need someone</numerusform>
            <numerusform>%1 — %2 of %n need someone</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>tooltip of a fleet tile: &quot;order-service: 40&quot;, then one reason per line</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FleetTrayIcon</name>
    <message>
        <source>&amp;Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mute namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remind of a waiting sign-off after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the last notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Ops Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <extracomment>the rest of a summary notification&apos;s list: %n more alerts</extracomment>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) in the fleet</source>
        <extracomment>one notification for many alerts at once</extracomment>
        <translation>
            <numerusform>%n alert in the fleet</numerusform>
            <numerusform>%n alerts in the fleet</numerusform>
        </translation>
    </message>
    <message>
        <source>Open: %1</source>
        <extracomment>menu entry; %1: the last notification&apos;s title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ops Console — %n application(s) need someone</source>
        <extracomment>tray tooltip; %n applications needing someone</extracomment>
        <translation>
            <numerusform>Ops Console — %n application needs someone</numerusform>
            <numerusform>Ops Console — %n applications need someone</numerusform>
        </translation>
    </message>
    <message>
        <source>Ops Console — the fleet is fine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoToApplicationDialog</name>
    <message>
        <source>Go to application: type a name or ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No applications to go to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application matches “%1”.</source>
        <extracomment>%1 is what the user typed</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandOverReport</name>
    <message>
        <source>Nothing.</source>
        <extracomment>an empty section of the hand-over report</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>an application and its namespace: &quot;order-service (production)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1</source>
        <extracomment>who acted, when the journal has no OS user: %1 = the console profile</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>a sign-off or operation comment in the hand-over report, in quotes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-over — %1</source>
        <extracomment>title of the hand-over report: %1 = the profile</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-over — %1 · %2</source>
        <extracomment>title of the hand-over report: %1 = the profile, %2 = the region(s)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <extracomment>the shift a hand-over report covers: %1 = start, %2 = end</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <extracomment>who generated the hand-over report</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 application(s) need someone</source>
        <extracomment>summary of the hand-over: %n applications need attention, %1 = applications in all</extracomment>
        <translation>
            <numerusform>%n of %1 application needs someone</numerusform>
            <numerusform>%n of %1 applications need someone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) wait for sign-off</source>
        <translation>
            <numerusform>%n change waits for sign-off</numerusform>
            <numerusform>%n changes wait for sign-off</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) taken</source>
        <translation>
            <numerusform>%n action taken</numerusform>
            <numerusform>%n actions taken</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since (UTC)</source>
        <extracomment>column of a table whose times are in UTC</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting since (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change order %1</source>
        <extracomment>a group of journal lines in the hand-over: %1 = the change order ID(s)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstanceLogPanel</name>
    <message>
        <source>Current run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance whose log is shown</source>
        <extracomment>tooltip of the instance selector of the Logs tab</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log of the container that runs now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log of the container before the last restart: why it stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep loading the log while this is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in log (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n restart(s)</source>
        <translation>
            <numerusform>%n restart</numerusform>
            <numerusform>%n restarts</numerusform>
        </translation>
    </message>
    <message>
        <source>No matches</source>
        <extracomment>find in log: nothing matches</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>find in log: the match shown, of how many; &quot;3 of 12&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an instance to read its log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log files (*.log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <extracomment>shown next to the Save… button while the file is written</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <extracomment>%1 is a file name, %2 the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstancePanel</name>
    <message>
        <source>⚠ Stale: data from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances of %1</source>
        <extracomment>%1 is an application name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(loading…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only instances needing attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only instances whose container or health check is failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the selected instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected instances; the platform replaces them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 of %2 need attention)</source>
        <extracomment>after the title while the attention filter is on: %1 shown of %2 instances</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy instance ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restart %n instance(s)…</source>
        <translation>
            <numerusform>Restart %n instance…</numerusform>
            <numerusform>Restart %n instances…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n instance(s)…</source>
        <translation>
            <numerusform>Delete %n instance…</numerusform>
            <numerusform>Delete %n instances…</numerusform>
        </translation>
    </message>
    <message>
        <source>Show events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstanceTableModel</name>
    <message>
        <source>Elastic IP: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <extracomment>both liveness and readiness checks fail</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liveness failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No health check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No liveness check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No readiness check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <extracomment>instance status (Kubernetes&apos; Running)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <extracomment>instance status (Kubernetes&apos; Pending: waiting to be scheduled or started)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminating</source>
        <extracomment>instance status (Kubernetes&apos; Terminating)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initializing</source>
        <extracomment>instance status (its init containers are running)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>health column: %1 the failed check, %2 the platform&apos;s message (first line)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <extracomment>column header: the instance group (e.g. the canary group)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>who acted: %1 is the operating system user, %2 the console profile</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AccessKey ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS user: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the platform&apos;s error code, %2 its message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <extracomment>column header: who performed the operation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <extracomment>column header: what the operation did (deploy, restart...)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <extracomment>column header: region / namespace / application</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RequestId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChangeOrderId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <extracomment>outcome of an operation: the user confirmed it, the call is being sent</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <extracomment>outcome of an operation: the platform took it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown (timed out)</source>
        <extracomment>outcome of an operation: no answer came, it may or may not have happened</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <extracomment>an operation on an application</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <extracomment>an operation on an application</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm next batch</source>
        <extracomment>a change order&apos;s manual batch confirmation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop change</source>
        <extracomment>stopping a running change order</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop change and roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create scaling rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit scaling rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable scaling rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable scaling rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete scaling rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalWriter</name>
    <message>
        <source>The journal has no location: the system gives no folder for application data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal entry is too large (%1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the journal folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the journal %1 to disk: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ops Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: which account and endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls sent in the last minute, of the platform&apos;s limit of calls per minute shared by every API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload from the platform (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to Application…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to an application by typing part of its name (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throttled</source>
        <extracomment>status bar: the platform asked the console to slow down</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls %1/%2 per min</source>
        <extracomment>status bar: %1 calls sent in the last minute, %2 the limit per minute</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n queued</numerusform>
            <numerusform>%n queued</numerusform>
        </translation>
    </message>
    <message>
        <source>Protected namespace “%1”: every change here asks you to type the application&apos;s name to confirm.</source>
        <extracomment>banner over a production namespace; %1 is its name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1 ago</source>
        <extracomment>status bar: the age of the application list, e.g. &quot;Updated 12s ago&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deploy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change orders waiting for a person (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off (%1)</source>
        <extracomment>the toolbar button of the sign-off inbox, with how many change orders wait</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n waiting for sign-off</source>
        <extracomment>window title: %1 is where the console works, %n how many change orders wait for a person</extracomment>
        <translation>
            <numerusform>%1 — %n waiting for sign-off</numerusform>
            <numerusform>%1 — %n waiting for sign-off</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every application of the region by health, the worst first (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManualChangeLock</name>
    <message>
        <source>A scaling rule is enabled: manual scale, deploy, restart and stop are blocked. Disable the rule in the Scaling tab to make manual changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scaling rule is enabled (%1): manual scale, deploy, restart and stop are blocked. Disable the rule to make manual changes.</source>
        <extracomment>%1 is the name of the enabled scaling rule</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling rules are enabled (%1): manual scale, deploy, restart and stop are blocked. Disable the rules to make manual changes.</source>
        <extracomment>%1 lists the names of the enabled scaling rules</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>No AccessKey secret is stored for the profile “%1”.</source>
        <extracomment>%1 is a profile name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricChartView</name>
    <message>
        <source>No data for this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a crosshair row: %1 = series (instance) name, %2 = value with unit</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (local %2)</source>
        <extracomment>the crosshair&apos;s time in the schedule&apos;s zone, then the same moment in local time</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitoringPanel</name>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 h</source>
        <extracomment>time range button: the last hour</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 h</source>
        <extracomment>time range button: the last 6 hours</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 h</source>
        <extracomment>time range button: the last 24 hours</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 d</source>
        <extracomment>time range button: the last 7 days</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole range again (or double-click a chart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <extracomment>custom time range: from &lt;date time&gt; to &lt;date time&gt;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>custom time range: from &lt;date time&gt; to &lt;date time&gt;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QPS (req/s)</source>
        <extracomment>chart title; req/s = requests per second</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>req/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time (ms)</source>
        <extracomment>chart title; ms = milliseconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start must be before the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring data goes back 7 days: start at %1 or later.</source>
        <extracomment>%1 is the earliest allowed start, as date and time</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NamespaceListModel</name>
    <message>
        <source>All namespaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every application of the region</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperationController</name>
    <message numerus="yes">
        <source>Restart %n instance(s)</source>
        <translation>
            <numerusform>Restart %n instance</numerusform>
            <numerusform>Restart %n instances</numerusform>
        </translation>
    </message>
    <message>
        <source>Each instance&apos;s container restarts in place and serves no traffic until its readiness check passes again, usually under a minute. The other instances keep serving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n instance(s)</source>
        <translation>
            <numerusform>Delete %n instance</numerusform>
            <numerusform>Delete %n instances</numerusform>
        </translation>
    </message>
    <message>
        <source>The instances are removed and their local state and logs are lost; the platform starts new ones to keep the application&apos;s instance count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart application</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n instance(s) restart batch by batch; capacity drops by one batch while each batch restarts.</source>
        <translation>
            <numerusform>The %n instance restarts; the application serves no traffic while it restarts.</numerusform>
            <numerusform>All %n instances restart batch by batch; capacity drops by one batch while each batch restarts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop application</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n instance(s) stop and the application serves no traffic until it is started again.</source>
        <translation>
            <numerusform>The %n instance stops and the application serves no traffic until it is started again.</numerusform>
            <numerusform>All %n instances stop and the application serves no traffic until it is started again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application starts with the instance count it had when it was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already under way for %2; wait for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: accepted, change order %2; following it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the operations journal (%1): %2. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not check the application&apos;s scaling rules, so nothing was sent. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no answer; it may or may not have happened. Check the application before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no answer; reading the application&apos;s change orders to see whether it started…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the call got no answer, but change order %2 started; following it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing was sent. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OtherProfilesFleet</name>
    <message>
        <source>The fleet cannot include profile %1: %2</source>
        <extracomment>%1: a profile&apos;s name, %2: why its secret could not be read</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Local emulator</source>
        <extracomment>The name of the profile a first run creates: the SAE emulator built into the console.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile name must not begin or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile name is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile name must not contain tabs, line breaks or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile needs at least one region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a region ID such as cn-hangzhou.</source>
        <extracomment>%1 is what the user typed as a region; cn-hangzhou is an example of a region ID.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SAE endpoint must be an http or https address, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CloudMonitor endpoint must be an http or https address, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile needs an AccessKey ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AccessKey ID must not contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call budget must be from %1 to %2 calls per minute.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The profile “%1” was skipped: its setting “%2” has a value of the wrong type.</source>
        <extracomment>%1 is a profile name, %2 a settings key such as callsPerMinute.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile “%1” was skipped: its kind “%2” is unknown.</source>
        <extracomment>%1 is a profile name, %2 the unknown kind as written in the settings file.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile “%1” was skipped: %2</source>
        <extracomment>%1 is a profile name, %2 the first problem found with it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named “%1” already exists.</source>
        <extracomment>%1 is a profile name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <extracomment>%1 is a profile name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseBatchPlan</name>
    <message>
        <source>No instance runs: nothing restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n instance(s) restart at once; the application may not serve while they start.</source>
        <extracomment>a single-batch release of %n instances</extracomment>
        <translation>
            <numerusform>All %n instance restarts at once; the application may not serve while it starts.</numerusform>
            <numerusform>All %n instances restart at once; the application may not serve while they start.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n instance(s) restart at a time; at least %2 stay ready.</source>
        <extracomment>%1 of %n instances in the largest batch; %2 instances stay ready</extracomment>
        <translation>
            <numerusform>%1 of %n instance restarts at a time; at least %2 stay ready.</numerusform>
            <numerusform>%1 of %n instances restart at a time; at least %2 stay ready.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseController</name>
    <message>
        <source>Change order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change order %1 (%2)</source>
        <extracomment>%1 is the change order&apos;s description or type</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 of %2 starts: its instances are replaced by the new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next batch starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release ends here. Instances already released keep the new version; the rest keep the old one until another deploy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release ends and a rollback change order puts the previous version back on the released instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export release record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF and Markdown (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the release record of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read change order %1 for its record. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the release record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release record written to %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the application&apos;s instance groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the change order again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release moved on since the gate was opened; look at it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseOptions</name>
    <message>
        <source>The minimum of ready instances must be -1 (SAE&apos;s recommendation) or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum ready ratio must be -1 (not used) or a percentage from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 instances must stay ready, so none could be replaced. Keep fewer ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wait between batches must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches must be from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gray release needs at least one gray instance.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseRecord</name>
    <message>
        <source>unknown user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (profile %2, AccessKey ID %3)</source>
        <extracomment>who acted: %1 = OS user, %2 = console profile, %3 = AccessKey ID (never the secret)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (gray)</source>
        <extracomment>a batch of a change order: %1 = its number; the gray (canary) batch</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(RequestId %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted (RequestId %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer in time; whether it was taken is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before it was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>ready instances: &quot;2 of 3&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics shown, over %1 min from %2 to %3:</source>
        <extracomment>%1 = minutes, %2 and %3 = times in UTC</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics shown, over the last %1 min:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics shown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This batch (%1)</source>
        <extracomment>column of the sign-off metrics: %1 = how many instances the released batch has</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rest (%1)</source>
        <extracomment>column of the sign-off metrics: %1 = how many other instances there are</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RT</source>
        <extracomment>response time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances of this batch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release record: %1 · %2</source>
        <extracomment>title of a release record: %1 = application, %2 = kind of change (&quot;Deploy&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits for confirmation</source>
        <extracomment>after this batch the release waits for a person</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sign-offs were recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <extracomment>the pipeline a sign-off named: %1 = its ID, %2 = &quot;2&quot; or &quot;1 (gray)&quot;, %3 = how many batches</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, batch %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback change order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comment was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RequestId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChangeOrderId</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseRecordPdf</name>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>footer of an exported record&apos;s page: %1 = this page, %2 = how many</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: the PDF could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <extracomment>%1 = the file, %2 = the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestScheduler</name>
    <message>
        <source>The request was dropped before it was answered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RescaleDialog</name>
    <message>
        <source>Rescale %1</source>
        <extracomment>window title; %1 is an application name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAE allows up to %1 instances without an allow-list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances that must stay ready while instances are replaced; 0 allows an interruption. It must be less than the new instance count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescale…</source>
        <extracomment>OK button of the rescale dialog: goes on to the confirmation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances:</source>
        <extracomment>form label: the new number of instances</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum ready instances:</source>
        <extracomment>form label: SAE&apos;s MinReadyInstances</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current %1 → new %2</source>
        <extracomment>%1 the current instance count, %2 the chosen one</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Adds %n instance(s).</source>
        <translation>
            <numerusform>Adds %n instance.</numerusform>
            <numerusform>Adds %n instances.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removes %n instance(s); each stops receiving traffic before it is stopped.</source>
        <translation>
            <numerusform>Removes %n instance; it stops receiving traffic before it is stopped.</numerusform>
            <numerusform>Removes %n instances; each stops receiving traffic before it is stopped.</numerusform>
        </translation>
    </message>
    <message>
        <source>No change: the application already has this many instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a different number of instances</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponseInterpreter</name>
    <message>
        <source>The platform did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection closed before the answer was complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform answered with an error and no readable details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s answer could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaeJsonReader</name>
    <message>
        <source>Unexpected answer from the platform: %1</source>
        <extracomment>%1 names the part of the platform&apos;s answer that could not be read, e.g. &quot;Data.Applications[3].AppId&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the wrong type</source>
        <extracomment>%1 names a field of the platform&apos;s answer that holds another kind of value than it should</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScalingController</name>
    <message>
        <source>Scaling rule %1: nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update scaling rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule is replaced by the settings below and acts on them from its next evaluation; the instance count may change at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule is replaced by the settings below. It stays disabled and changes nothing until it is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create scaling rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule is enabled at once and from then on sets the instance count. While it is enabled, manual scale, deploy, restart and stop are blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule is created disabled: it changes nothing until it is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable scaling rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From now on the rule sets the instance count. While it is enabled, manual scale, deploy, restart and stop are blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable scaling rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance count stays where it is now and no longer follows the rule; manual changes are possible again once no rule is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete scaling rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule stops acting and is removed; the instance count stays where it is now. Its settings are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule is removed and its settings are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rescale to %n instance(s)</source>
        <translation>
            <numerusform>Rescale to %n instance</numerusform>
            <numerusform>Rescale to %n instances</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2 instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum ready instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new instance(s) start; they take traffic once their readiness check passes.</source>
        <translation>
            <numerusform>%n new instance starts; it takes traffic once its readiness check passes.</numerusform>
            <numerusform>%n new instances start; they take traffic once their readiness check passes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) stop after their traffic is drained; at least %1 stay ready throughout.</source>
        <translation>
            <numerusform>%n instance stops after its traffic is drained; at least %1 stay ready throughout.</numerusform>
            <numerusform>%n instances stop after their traffic is drained; at least %1 stay ready throughout.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the recorded load from CloudMonitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the platform: the rule may or may not have been saved. The Scaling tab is read again; check it before saving again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScalingPanel</name>
    <message>
        <source>Scaling rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rule ▾</source>
        <extracomment>button that opens a menu of rule types</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescale…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing rule…</source>
        <extracomment>menu item: a rule that sets the instance count on a schedule</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric rule…</source>
        <extracomment>menu item: a rule that follows CPU, memory, QPS... between bounds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed rule…</source>
        <extracomment>menu item: a metric rule whose bounds follow a schedule</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the selected rule on: it then scales the application, and manual changes are blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the selected rule off: the instance count stays as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the number of instances by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application&apos;s instance count is not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An application can have at most %1 scaling rules; delete one to add another</source>
        <extracomment>%1 is the limit (5)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a scaling rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Stale: data from %1</source>
        <extracomment>shown next to scaling rules whose refresh failed; %1 is the time of the last good data</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scaling rules could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading scaling rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scaling rules. Rules scale the application by schedule or by load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances: %1 running of %2</source>
        <extracomment>the application&apos;s instances: %1 running, %2 wanted</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live status: select a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live status of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live status of %1 (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(stale)</source>
        <extracomment>after the live status title when the rules could not be refreshed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances: %1 now, %2 desired</source>
        <extracomment>a metric rule&apos;s live state: %1 instances now, %2 instances it wants</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounds in force: %1–%2 instances</source>
        <extracomment>the instance bounds the rule applies now (a mixed rule&apos;s schedule may change them)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>metric value in percent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <comment>metric value in milliseconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <comment>metric value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 / target %3</source>
        <extracomment>a metric against its target, e.g. &quot;CPU 72% / target 60%&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; scales out above %1, in below %2</source>
        <extracomment>after a metric line: the values at which the rule adds or removes instances</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>metric and value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last scaled: %1 (%2 ago)</source>
        <extracomment>%1 a date and time, %2 how long ago (&quot;12m&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last scaled: never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform reports no live metrics for this rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scheduled change in the next %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n instance</numerusform>
            <numerusform>%n instances</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2 instances</source>
        <extracomment>a mixed rule&apos;s bounds from a schedule point, e.g. &quot;5–20 instances&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next scheduled change: %1 %2 (%3 local time) → %4</source>
        <extracomment>%1 time in the schedule&apos;s zone, %2 the zone (&quot;GMT+8&quot;), %3 the same in local time, %4 the value</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScalingPreviewView</name>
    <message>
        <source>Schedule over the next 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scheduled change in the next 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay over the recorded load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the recorded load…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No replay: the recorded load could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicas (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This rule has no effect in the next 7 days: none of its points falls in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change in the next 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new timing rule takes effect from its next point: until then the application keeps its current replicas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a day&apos;s first point, and on days the schedule does not run, the metric part&apos;s minimum and maximum apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are in %1, the schedule&apos;s zone; local time in brackets.</source>
        <extracomment>%1 is the schedule&apos;s zone, e.g. GMT+8</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 local)</source>
        <extracomment>a schedule time in the schedule&apos;s zone, then in local time: &quot;Mon 08:00 GMT+8 (Mon 01:00 local)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>minimum–maximum replicas of a mix rule</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now → %1</source>
        <extracomment>the value in force when the preview starts: &quot;Now → 10&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>a change of the schedule: &quot;Mon 08:00 GMT+8 (Mon 01:00 local) → 10&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP connections are not recorded by CloudMonitor here; the replay ignores them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLB QPS is not recorded by CloudMonitor here; the replay ignores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLB RT is not recorded by CloudMonitor here; the replay ignores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intranet SLB QPS is not recorded by CloudMonitor here; the replay ignores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intranet SLB RT is not recorded by CloudMonitor here; the replay ignores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the rule&apos;s metrics is recorded here: the replay never scales.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A metric without a value blocks scale-ins, as in SAE: the replay never scales in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QPS per instance (req/s)</source>
        <extracomment>chart title; req/s = requests per second</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>req/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time (ms)</source>
        <extracomment>chart title; ms = milliseconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replayed replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaled %1 → %2</source>
        <extracomment>a marker on the replica chart: scaled from %1 to %2 replicas</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n scale-out(s)</source>
        <translation>
            <numerusform>%n scale-out</numerusform>
            <numerusform>%n scale-outs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scale-in(s)</source>
        <translation>
            <numerusform>%n scale-in</numerusform>
            <numerusform>%n scale-ins</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3 instance-hours (recorded: %4 instance-hours)</source>
        <extracomment>the replay summary: &quot;2 scale-outs, 1 scale-in, 12.5 instance-hours (recorded: 20.0 instance-hours)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3 instance-hours</source>
        <extracomment>the replay summary without recorded instances: &quot;2 scale-outs, 1 scale-in, 12.5 instance-hours&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum and maximum follow the schedule in the replay too, in GMT+8.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScalingRuleDiff</name>
    <message>
        <source>not set</source>
        <extracomment>a value that a scaling rule leaves unset, in a list of changes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <extracomment>a switch of a scaling rule that is on (the rule, scale-out, scale-in, idle mode)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <extracomment>a switch of a scaling rule that is off (the rule, scale-out, scale-in, idle mode)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing</source>
        <comment>rule type</comment>
        <extracomment>the type of a scaling rule that follows a schedule</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <comment>rule type</comment>
        <extracomment>the type of a scaling rule that follows metrics (CPU, QPS…)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mix</source>
        <comment>rule type</comment>
        <extracomment>the type of a scaling rule that follows metrics within bounds that follow a schedule</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>a stabilization window of a scaling rule in seconds, e.g. &quot;300 s&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>a schedule point&apos;s instance bounds, e.g. &quot;5–20&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min %1</source>
        <extracomment>a schedule point&apos;s lower instance bound without an upper one, e.g. &quot;min 5&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max %1</source>
        <extracomment>a schedule point&apos;s upper instance bound without a lower one, e.g. &quot;max 20&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>a schedule point of a scaling rule: at %1 (&quot;08:00&quot;) it sets %2 (&quot;10&quot;, &quot;5–20&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule %1: target</source>
        <extracomment>a schedule point&apos;s target instances; %1 is its time (&quot;08:00&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule %1: minimum</source>
        <extracomment>a schedule point&apos;s lower instance bound (mix rules); %1 is its time (&quot;08:00&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule %1: maximum</source>
        <extracomment>a schedule point&apos;s upper instance bound (mix rules); %1 is its time (&quot;08:00&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <extracomment>a point of a scaling rule&apos;s schedule, as a line of a list of changes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin date</source>
        <extracomment>the first date a scaling schedule is valid</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no start</source>
        <extracomment>a scaling schedule without a first date: valid from now</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <extracomment>the last date a scaling schedule is valid</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no end</source>
        <extracomment>a scaling schedule without a last date: valid for ever</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <extracomment>the days a scaling schedule runs on (&quot;Daily&quot;, &quot;Mon–Fri&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <extracomment>the time zone of a scaling schedule&apos;s times (&quot;Asia/Shanghai&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (SLB %2, port %3)</source>
        <extracomment>an SLB metric of a scaling rule: %1 its target (&quot;SLB QPS 100&quot;), %2 the load balancer, %3 its listener port</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <extracomment>a metric a scaling rule watches, with its target (&quot;CPU 60%&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: SLB ID</source>
        <extracomment>the load balancer of an SLB metric; %1 is the metric (&quot;SLB QPS&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: SLS project</source>
        <extracomment>the Log Service project holding an SLB&apos;s access logs; %1 is the metric</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Logstore</source>
        <extracomment>the Log Service logstore holding an SLB&apos;s access logs; %1 is the metric</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: port</source>
        <extracomment>the SLB listener port of an SLB metric; %1 is the metric</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum instances</source>
        <extracomment>the least instances a metric scaling rule keeps</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum instances</source>
        <extracomment>the most instances a metric scaling rule scales out to</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale-out step</source>
        <extracomment>the most instances one scale-out step adds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale-out</source>
        <extracomment>whether a metric scaling rule may scale out</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale-out stabilization window</source>
        <extracomment>the cool-down after a scale-out</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale-in step</source>
        <extracomment>the most instances one scale-in step removes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale-in</source>
        <extracomment>whether a metric scaling rule may scale in</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale-in stabilization window</source>
        <extracomment>the cool-down after a scale-in</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>the type of a scaling rule (timing, metric, mix)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>whether a scaling rule is enabled</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum ready instances</source>
        <extracomment>the least instances that stay ready while a scaling rule scales</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum ready ratio</source>
        <extracomment>the least share of instances that stay ready while a scaling rule scales; when set it wins over the minimum ready instances</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>a percentage, e.g. &quot;50%&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle mode</source>
        <extracomment>whether a scaling rule uses SAE&apos;s idle mode</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScalingRuleEditor</name>
    <message>
        <source>New timing scaling rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit timing scaling rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New metric scaling rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit metric scaling rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New mixed scaling rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit mixed scaling rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vary the bounds by a schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. workday-peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower-case letters, digits and hyphens; cannot be changed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable when created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No begin or end date (long-term)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <extracomment>the format of a date the user types; keep it as is</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Begin date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nd date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1,15,28</source>
        <extracomment>days of the month, separated by commas</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times of day, in GMT+8 (China Standard Time), at most %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;inimum instances:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;ximum instances:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scales out when any metric is above its target, and in when all are below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never scale out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never scale in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>unit of a stabilization window, in seconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances per step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stabilization window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (HH:mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:mm</source>
        <extracomment>the format of a time of day the user types; keep it as is</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QPS per instance (ARMS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time (ARMS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active TCP connections per instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet SLB QPS per instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet SLB response time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intranet SLB QPS per instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intranet SLB response time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>a metric type the console does not know, as the platform sent it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLB ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLS project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logstore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listener port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule&apos;s name cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScalingRuleJsonReader</name>
    <message>
        <source>%1 has the unknown value %2</source>
        <extracomment>%1 names a field of the platform&apos;s answer, %2 the value it holds</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScalingRuleProblemText</name>
    <message>
        <source>Enter a date as yyyy-MM-dd, both dates or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a time as HH:mm, from 00:00 to 23:59.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum must not be greater than the maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This metric is already in the rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This time is already used, by this rule or by another rule on the same days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The begin date is after the end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The application already has %n scaling rule(s), the most SAE allows.</source>
        <translation>
            <numerusform>The application already has %n scaling rule, the most SAE allows.</numerusform>
            <numerusform>The application already has %n scaling rules, the most SAE allows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A rule can have at most %n time(s) a day.</source>
        <translation>
            <numerusform>A rule can have at most %n time a day.</numerusform>
            <numerusform>A rule can have at most %n times a day.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %n instance(s) need a raised quota: submit a ticket to SAE.</source>
        <translation>
            <numerusform>More than %n instance needs a raised quota: submit a ticket to SAE.</numerusform>
            <numerusform>More than %n instances need a raised quota: submit a ticket to SAE.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Start with a lower-case letter and use only a–z, 0–9 and hyphens, at most %n character(s).</source>
        <translation>
            <numerusform>Start with a lower-case letter and use only a–z, 0–9 and hyphens, at most %n character.</numerusform>
            <numerusform>Start with a lower-case letter and use only a–z, 0–9 and hyphens, at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The application already has a rule of this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the metric types SAE knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose every day, at least one day of the week, or days of the month from 1 to 31 separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An untranslated message of the platform and its error code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by SAE: %1 (%2)</source>
        <extracomment>A refusal of the platform: its (English) message and error code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by SAE: %1 (%2, RequestId %3)</source>
        <extracomment>A refusal of the platform: its (English) message, error code and the request&apos;s ID for a ticket</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one metric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule needs a schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule needs metrics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a metric type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the SLB instance ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the SLS project of the SLB access logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Logstore of the SLB access logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the listener port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be at least %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScalingRuleSummary</name>
    <message>
        <source>%1 %2</source>
        <comment>schedule</comment>
        <extracomment>a timing scaling rule: %1 is the days it runs (&quot;Daily&quot;, &quot;Mon–Fri&quot;), %2 its points (&quot;08:00 → 10, 20:00 → 3&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>a metric scaling rule: %1 its metrics (&quot;CPU 60% · Memory 70%&quot;), %2 its bounds (&quot;2–10 instances&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>instances</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2; %3</source>
        <extracomment>a mix scaling rule: %1 its metrics, %2 the default bounds (&quot;2–10&quot;), %3 its schedule (&quot;08:00 → 5–20, ...&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <extracomment>a metric and its target in percent, e.g. &quot;CPU 60%&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 ms</source>
        <extracomment>a response-time metric and its target in milliseconds, e.g. &quot;RT 200 ms&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>a metric and its target per instance, e.g. &quot;QPS 500&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no metrics</source>
        <extracomment>a metric scaling rule that watches nothing</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <extracomment>a scaling schedule that runs every day</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>weekdays</comment>
        <extracomment>a range of weekdays, e.g. &quot;Mon–Fri&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1</source>
        <extracomment>a scaling schedule that runs on one day of each month, e.g. &quot;Day 1&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days %1</source>
        <extracomment>a scaling schedule that runs on these days of each month, e.g. &quot;Days 1, 15&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>the dates a scaling rule is valid, both included, e.g. &quot;2026-01-01 to 2026-12-31&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <extracomment>the last date a scaling rule is valid, e.g. &quot;until 2026-12-31&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <extracomment>the first date a scaling rule is valid, e.g. &quot;from 2026-01-01&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RT</source>
        <extracomment>response time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP connections</source>
        <extracomment>active TCP connections per instance</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLB QPS</source>
        <extracomment>QPS of the Internet-facing load balancer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLB RT</source>
        <extracomment>response time of the Internet-facing load balancer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intranet SLB QPS</source>
        <extracomment>QPS of the internal-facing load balancer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intranet SLB RT</source>
        <extracomment>response time of the internal-facing load balancer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <extracomment>Monday, short</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <extracomment>Tuesday, short</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <extracomment>Wednesday, short</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <extracomment>Thursday, short</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <extracomment>Friday, short</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <extracomment>Saturday, short</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <extracomment>Sunday, short</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <extracomment>a fixed number of instances of a scaling rule, e.g. &quot;3 instances&quot;</extracomment>
        <translation>
            <numerusform>%n instance</numerusform>
            <numerusform>%n instances</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2 instances</source>
        <extracomment>the bounds of a scaling rule, e.g. &quot;2–10 instances&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>a schedule point: at %1 (&quot;08:00&quot;) set %2 instances</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no times</source>
        <extracomment>a scaling schedule without any time set</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a scaling rule&apos;s summary (%1) and the dates it is valid (%2, &quot;until 2026-12-31&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScalingRuleTableModel</name>
    <message>
        <source>Disabled since %1</source>
        <extracomment>tooltip of a disabled scaling rule; %1 is a date and time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <extracomment>when a scaling rule was last changed, e.g. &quot;12m ago&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>column header: the scaling rule&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>column header: timing, metric or mixed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>column header: enabled or disabled</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <extracomment>column header: what the rule does, in one line</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <extracomment>column header: when the rule was last changed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing</source>
        <extracomment>a scaling rule that follows a schedule</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <extracomment>a scaling rule that follows load metrics (CPU, QPS...)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed</source>
        <extracomment>a scaling rule that follows load metrics with bounds set by a schedule</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <extracomment>state of a scaling rule</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStoreProbe</name>
    <message>
        <source>Access to the keychain was denied (%1).</source>
        <extracomment>%1 is the keychain&apos;s own explanation, in English.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available (%1).</source>
        <extracomment>%1 is the keychain&apos;s own explanation, in English.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain cannot be used (%1).</source>
        <extracomment>%1 is the keychain&apos;s own explanation, in English.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AccessKey secrets are kept in memory for this session only and must be entered again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is a sentence saying why the keychain cannot be used, %2 the sentence saying what that means.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignOffInboxModel</name>
    <message>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the gray batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm batch %1 of %2</source>
        <extracomment>%1: the batch waiting; %2: how many batches the change has</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the next batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <extracomment>how long a change order has waited for a person: &quot;12m&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignOffInboxPanel</name>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every application could be checked; the list may be incomplete. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All applications checked at %1</source>
        <extracomment>%1 is a time of day</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waits for a sign-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) wait for a person.</source>
        <translation>
            <numerusform>%n change waits for a person.</numerusform>
            <numerusform>%n changes wait for a person.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineEntry</name>
    <message>
        <source>ended %1</source>
        <extracomment>the end of a change order in the What changed timeline; %1 is date and time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still running</source>
        <extracomment>a change order of the What changed timeline that has not ended</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) since %1</source>
        <extracomment>how often a repeated event happened, and when first; %1 is date and time</extracomment>
        <translation>
            <numerusform>%n time since %1</numerusform>
            <numerusform>%n times since %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <extracomment>a repeated event on a chart&apos;s flag: &quot;BackOff ×12&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>First seen %1, last seen %2</source>
        <extracomment>%1 and %2 are date and time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <extracomment>a repeated event in the What changed timeline: &quot;BackOff: … ×12&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>column of the What changed timeline: when it happened</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <extracomment>column of the What changed timeline: the change order or event</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <extracomment>column of the What changed timeline: description, error, object, how often</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhatChangedPanel</name>
    <message>
        <source>Change orders</source>
        <extracomment>filter of the What changed timeline</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling</source>
        <extracomment>filter of the What changed timeline</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <extracomment>filter of the What changed timeline: Warning events</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 hours</source>
        <extracomment>span of the What changed chart</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <extracomment>span of the What changed chart</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <extracomment>span of the What changed chart</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU (%)</source>
        <extracomment>chart title of the What changed tab</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CPU data in this time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a change order to open it</source>
        <extracomment>tooltip of the What changed timeline</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <extracomment>before the filters of the What changed timeline</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU:</source>
        <extracomment>before the span of the What changed chart</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Stale: data from %1</source>
        <extracomment>shown next to a timeline whose refresh failed; %1 is the time of the last good data</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change orders, scaling or warnings</source>
        <extracomment>the What changed timeline is empty</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entry(ies)</source>
        <extracomment>%1 of %n entries of the What changed timeline are shown</extracomment>
        <translation>
            <numerusform>%1 of %n entry</numerusform>
            <numerusform>%1 of %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1, but the data did not load: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gave up waiting for the first page to load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ops Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded SAE emulator · %1 · %2</source>
        <extracomment>status bar: where the data comes from; %1 region, %2 URL</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — embedded emulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · AccessKey %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded emulator could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--endpoint needs ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET in the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;. Profiles: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · AccessKey %4</source>
        <extracomment>status bar: %1 profile, %2 region, %3 host, %4 masked AccessKey ID</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No AccessKey secret for profile &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console could not start itself again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not switch to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no application &quot;%1&quot; here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) are still being followed here; switch when they have finished.</source>
        <translation>
            <numerusform>%n change is still being followed here; switch when it has finished.</numerusform>
            <numerusform>%n changes are still being followed here; switch when they have finished.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no scaling rule &quot;%1&quot; here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
