<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AliyunConfigImport</name>
    <message>
        <source>The aliyun CLI profile “%1” was skipped: it is not configured (it has no mode).</source>
        <extracomment>%1 is the name of a profile of the aliyun command-line tool.</extracomment>
        <translation>已跳过 aliyun CLI 配置“%1”：它尚未配置（没有认证模式）。</translation>
    </message>
    <message>
        <source>The aliyun CLI profile “%1” was skipped: it uses the %2 mode, and only AccessKey (AK) profiles can be imported.</source>
        <extracomment>%1 is a profile name, %2 the aliyun CLI&apos;s credential mode (StsToken, RamRoleArn, ...). &quot;AK&quot; is the name of the mode that uses an AccessKey pair; keep it as is.</extracomment>
        <translation>已跳过 aliyun CLI 配置“%1”：它使用 %2 模式，只能导入 AccessKey（AK）模式的配置。</translation>
    </message>
    <message>
        <source>The aliyun CLI profile “%1” was skipped: it has no complete AccessKey pair.</source>
        <extracomment>%1 is the name of a profile of the aliyun command-line tool.</extracomment>
        <translation>已跳过 aliyun CLI 配置“%1”：它没有完整的 AccessKey 对。</translation>
    </message>
    <message>
        <source>The aliyun CLI profile “%1” was skipped: it has no region.</source>
        <extracomment>%1 is the name of a profile of the aliyun command-line tool.</extracomment>
        <translation>已跳过 aliyun CLI 配置“%1”：它没有地域。</translation>
    </message>
    <message>
        <source>The aliyun CLI profile “%1” was skipped: %2</source>
        <extracomment>%1 is a profile name, %2 the first problem found with it.</extracomment>
        <translation>已跳过 aliyun CLI 配置“%1”：%2</translation>
    </message>
    <message>
        <source>The aliyun CLI configuration %1 could not be read: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason.</extracomment>
        <translation>无法读取 aliyun CLI 配置文件 %1：%2</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>它不是 JSON 对象</translation>
    </message>
    <message>
        <source>The aliyun CLI configuration is not valid: %1</source>
        <extracomment>%1 is the JSON parser&apos;s explanation.</extracomment>
        <translation>aliyun CLI 配置文件无效：%1</translation>
    </message>
    <message>
        <source>The aliyun CLI configuration has no list of profiles.</source>
        <translation>aliyun CLI 配置文件中没有配置列表。</translation>
    </message>
    <message>
        <source>An entry of the aliyun CLI&apos;s profiles list is not an object; it was skipped.</source>
        <translation>aliyun CLI 配置列表中有一项不是对象，已跳过。</translation>
    </message>
    <message>
        <source>An aliyun CLI profile without a name was skipped.</source>
        <translation>已跳过一个没有名称的 aliyun CLI 配置。</translation>
    </message>
    <message>
        <source>The aliyun CLI profile “%1” appears twice; only the first one was imported.</source>
        <extracomment>%1 is the name of a profile of the aliyun command-line tool.</extracomment>
        <translation>aliyun CLI 配置“%1”出现了两次，只导入了第一个。</translation>
    </message>
    <message>
        <source>Neither %1 nor %2 is set.</source>
        <extracomment>%1 and %2 are names of environment variables.</extracomment>
        <translation>%1 和 %2 均未设置。</translation>
    </message>
    <message>
        <source>%1 is set but %2 is not.</source>
        <extracomment>%1 and %2 are names of environment variables.</extracomment>
        <translation>已设置 %1，但未设置 %2。</translation>
    </message>
    <message>
        <source>The AccessKey pair in the environment comes with %1: it is a temporary STS credential, which a profile cannot keep. It was not imported.</source>
        <extracomment>%1 is the name of an environment variable. STS is Alibaba Cloud&apos;s Security Token Service.</extracomment>
        <translation>环境变量中的 AccessKey 对附带 %1：这是临时的 STS 凭证，配置无法保存它，因此未导入。</translation>
    </message>
    <message>
        <source>Environment</source>
        <extracomment>The name of a profile imported from the ALIBABA_CLOUD_* environment variables.</extracomment>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>%1 is “%2”, which is not a region ID; the profile uses %3.</source>
        <extracomment>%1 is an environment variable&apos;s name, %2 its value, %3 the region used instead.</extracomment>
        <translation>%1 的值“%2”不是地域 ID；该配置改用 %3。</translation>
    </message>
    <message>
        <source>The AccessKey pair in the environment was not imported: %1</source>
        <extracomment>%1 is the first problem found with the imported profile.</extracomment>
        <translation>未导入环境变量中的 AccessKey 对：%1</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1：%2</translation>
    </message>
    <message>
        <source>%1 (RequestId: %2)</source>
        <extracomment>%1 is an error summary, %2 the platform&apos;s RequestId</extracomment>
        <translation>%1（RequestId：%2）</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Could not load the namespaces.</source>
        <translation>无法加载命名空间。</translation>
    </message>
    <message>
        <source>Could not load the applications.</source>
        <translation>无法加载应用列表。</translation>
    </message>
    <message>
        <source>Could not load the instances.</source>
        <translation>无法加载实例列表。</translation>
    </message>
    <message>
        <source>%1 · %2/%3 instances · %4 · %5</source>
        <extracomment>the chosen application&apos;s header: %1 status, %2 running and %3 target instances, %4 spec, %5 version</extracomment>
        <translation>%1 · %2/%3 个实例 · %4 · %5</translation>
    </message>
    <message>
        <source>The platform asked for fewer calls; waiting %1 s before the next.</source>
        <translation>平台要求降低调用频率；%1 秒后再发起下一次调用。</translation>
    </message>
</context>
<context>
    <name>AppEventTableModel</name>
    <message>
        <source>First seen %1, last seen %2</source>
        <extracomment>%1 and %2 are date and time</extracomment>
        <translation>首次发生于 %1，最近发生于 %2</translation>
    </message>
    <message>
        <source>Last seen</source>
        <extracomment>column of the events table: when the event last happened</extracomment>
        <translation>最近发生</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>column of the events table: Normal or Warning</extracomment>
        <translation>类型</translation>
    </message>
    <message>
        <source>Reason</source>
        <extracomment>column of the events table: Kubernetes&apos; short reason (BackOff, Unhealthy...)</extracomment>
        <translation>原因</translation>
    </message>
    <message>
        <source>Object</source>
        <extracomment>column of the events table: the pod, deployment... the event is about</extracomment>
        <translation>对象</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Count</source>
        <extracomment>column of the events table: how often the event happened</extracomment>
        <translation>次数</translation>
    </message>
    <message>
        <source>Warning</source>
        <extracomment>event type (Kubernetes&apos; Warning)</extracomment>
        <translation>警告</translation>
    </message>
    <message>
        <source>Normal</source>
        <extracomment>event type (Kubernetes&apos; Normal)</extracomment>
        <translation>正常</translation>
    </message>
</context>
<context>
    <name>AppVersionTableModel</name>
    <message>
        <source>Image</source>
        <extracomment>a version that ran a container image</extracomment>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Package</source>
        <extracomment>a version that ran a JAR, WAR or ZIP package</extracomment>
        <translation>部署包</translation>
    </message>
    <message>
        <source>Not known yet: read from the version&apos;s configuration</source>
        <translation>尚未获取：将从该版本的配置中读取</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>What ran</source>
        <extracomment>what a version ran: its image or package</extracomment>
        <translation>运行内容</translation>
    </message>
    <message>
        <source>Version ID</source>
        <translation>版本 ID</translation>
    </message>
</context>
<context>
    <name>ApplicationDetailView</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>监控</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>No application chosen</source>
        <translation>未选择应用</translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation>弹性伸缩</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <source>What changed</source>
        <extracomment>tab of an application: its change orders, scaling and warnings on one timeline</extracomment>
        <translation>变更时间线</translation>
    </message>
</context>
<context>
    <name>ApplicationListPanel</name>
    <message>
        <source>Filter by name, ID or version (Ctrl+F)</source>
        <translation>按名称、ID 或版本筛选（Ctrl+F）</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n 个应用</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n application(s)</source>
        <extracomment>%1 of %2 applications match the filter</extracomment>
        <translation>
            <numerusform>%1 / %n 个应用</numerusform>
        </translation>
    </message>
    <message>
        <source>Show applications of one status</source>
        <translation>只显示某一状态的应用</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>⚠ Stale: %1 old (from %2)</source>
        <extracomment>shown next to a list whose refresh failed; %1 its age (&quot;3m&quot;), %2 the time of the last good data</extracomment>
        <translation>⚠ 数据已过期：%1 前（%2 的数据）</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>监控</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Copy application ID</source>
        <translation>复制应用 ID</translation>
    </message>
    <message>
        <source>Copy name</source>
        <translation>复制名称</translation>
    </message>
    <message>
        <source>Restart application…</source>
        <translation>重启应用…</translation>
    </message>
    <message>
        <source>Stop application…</source>
        <translation>停止应用…</translation>
    </message>
    <message>
        <source>Start application…</source>
        <translation>启动应用…</translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation>弹性伸缩</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <source>Deploy…</source>
        <translation>部署…</translation>
    </message>
</context>
<context>
    <name>ApplicationOverviewPanel</name>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>App ID</source>
        <translation>应用 ID</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>Namespace ID</source>
        <translation>命名空间 ID</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>部署包</translation>
    </message>
    <message>
        <source>Package type</source>
        <translation>部署包类型</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Package URL</source>
        <translation>部署包地址</translation>
    </message>
    <message>
        <source>Package version</source>
        <translation>部署包版本</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>运行环境</translation>
    </message>
    <message>
        <source>JDK</source>
        <translation>JDK</translation>
    </message>
    <message>
        <source>Web container</source>
        <translation>Web 容器</translation>
    </message>
    <message>
        <source>PHP</source>
        <translation>PHP</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>.NET</source>
        <translation>.NET</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>启动命令</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Spec</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>实例数</translation>
    </message>
    <message>
        <source>Update strategy</source>
        <translation>发布策略</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Gray batch</source>
        <translation>灰度批次</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>分批数</translation>
    </message>
    <message>
        <source>Next batch</source>
        <translation>下一批次</translation>
    </message>
    <message>
        <source>Wait between batches</source>
        <translation>批次间隔</translation>
    </message>
    <message>
        <source>Minimum ready instances</source>
        <translation>最小存活实例数</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>Value</source>
        <extracomment>the source of an environment variable given literally</extracomment>
        <translation>值</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Health probes</source>
        <translation>健康检查</translation>
    </message>
    <message>
        <source>Liveness</source>
        <translation>存活检查（Liveness）</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>就绪检查（Readiness）</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>启动检查（Startup）</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>VPC</source>
        <translation>专有网络（VPC）</translation>
    </message>
    <message>
        <source>vSwitch</source>
        <translation>交换机（vSwitch）</translation>
    </message>
    <message>
        <source>Security group</source>
        <translation>安全组</translation>
    </message>
    <message>
        <source>Elastic IP</source>
        <translation>弹性公网 IP</translation>
    </message>
    <message>
        <source>namespace ID</source>
        <translation>命名空间 ID</translation>
    </message>
    <message>
        <source>region ID</source>
        <translation>地域 ID</translation>
    </message>
    <message>
        <source>⚠ Stale: data from %1</source>
        <extracomment>shown above a configuration whose refresh failed; %1 is the time of the last good data</extracomment>
        <translation>⚠ 数据已过期：最后更新于 %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>a small button next to an ID</extracomment>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the %1 to the clipboard</source>
        <extracomment>%1 is what is copied: App ID, namespace ID, region ID</extracomment>
        <translation>将%1复制到剪贴板</translation>
    </message>
    <message>
        <source>Copied</source>
        <extracomment>briefly shown on the Copy button after a click</extracomment>
        <translation>已复制</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Overview of %1</source>
        <extracomment>%1 is an application name</extracomment>
        <translation>%1 概览</translation>
    </message>
    <message>
        <source>%1 vCPU</source>
        <extracomment>CPU cores; %1 is a number such as 0.5 or 2</extracomment>
        <translation>%1 核</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <extracomment>memory in gibibytes; %1 is a number such as 0.5 or 4</extracomment>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>Associated</source>
        <extracomment>whether the application has an elastic (public) IP</extracomment>
        <translation>已绑定</translation>
    </message>
    <message>
        <source>Not associated</source>
        <translation>未绑定</translation>
    </message>
    <message>
        <source>%1 (%2 % of the instances)</source>
        <extracomment>%1 instances, %2 is the configured percentage of all instances</extracomment>
        <translation>%1（实例总数的 %2%）</translation>
    </message>
    <message>
        <source>Single batch</source>
        <translation>单批发布</translation>
    </message>
    <message>
        <source>In batches</source>
        <translation>分批发布</translation>
    </message>
    <message>
        <source>Gray batch first, then in batches</source>
        <extracomment>a canary release: a few instances first, then the rest in batches</extracomment>
        <translation>先灰度一批，再分批发布</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n 个实例</numerusform>
        </translation>
    </message>
    <message>
        <source>Starts automatically</source>
        <extracomment>how the next batch of a release starts</extracomment>
        <translation>自动开始</translation>
    </message>
    <message>
        <source>Started by hand</source>
        <translation>手动开始</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>ConfigMap %1, all keys</source>
        <extracomment>%1 is a ConfigMap ID</extracomment>
        <translation>配置项 %1，全部键</translation>
    </message>
    <message>
        <source>ConfigMap %1, key %2</source>
        <extracomment>%1 is a ConfigMap ID, %2 a key in it</extracomment>
        <translation>配置项 %1，键 %2</translation>
    </message>
    <message>
        <source>From ConfigMap</source>
        <extracomment>the value of an environment variable that comes from a ConfigMap</extracomment>
        <translation>引用配置项</translation>
    </message>
    <message>
        <source>Secret %1, all keys</source>
        <extracomment>%1 is a secret&apos;s ID</extracomment>
        <translation>保密字典 %1，全部键</translation>
    </message>
    <message>
        <source>Secret %1, key %2</source>
        <extracomment>%1 is a secret&apos;s ID, %2 a key in it</extracomment>
        <translation>保密字典 %1，键 %2</translation>
    </message>
    <message>
        <source>From Secret (not shown)</source>
        <extracomment>the value of an environment variable that comes from a Secret; it is not shown</extracomment>
        <translation>引用保密字典（不显示）</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>未配置</translation>
    </message>
    <message>
        <source>%1 GET %2 on port %3</source>
        <extracomment>a health probe: %1 HTTP or HTTPS, %2 a path such as /health, %3 a port</extracomment>
        <translation>%1 GET %2，端口 %3</translation>
    </message>
    <message>
        <source>TCP connection to port %1</source>
        <extracomment>a health probe that opens a TCP connection; %1 is a port</extracomment>
        <translation>TCP 连接端口 %1</translation>
    </message>
    <message>
        <source>Runs %1</source>
        <extracomment>a health probe that runs a command in the container; %1 is the command</extracomment>
        <translation>执行命令 %1</translation>
    </message>
    <message>
        <source>Not understood: %1</source>
        <extracomment>a health probe this console cannot read; %1 is its JSON as the platform sent it</extracomment>
        <translation>无法解析：%1</translation>
    </message>
    <message>
        <source>Initial delay %1 s, every %2 s, timeout %3 s</source>
        <extracomment>timing of a health probe, in seconds</extracomment>
        <translation>首次延迟 %1 秒，间隔 %2 秒，超时 %3 秒</translation>
    </message>
    <message>
        <source>Showing the configuration from the last successful refresh.</source>
        <translation>当前显示的是上次成功刷新时的配置。</translation>
    </message>
</context>
<context>
    <name>ApplicationTableModel</name>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>running instances / target instances</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) running</source>
        <translation>
            <numerusform>%n 个实例运行中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) wanted</source>
        <translation>
            <numerusform>目标 %n 个实例</numerusform>
        </translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Instances</source>
        <extracomment>column header: running / target instance counts</extracomment>
        <translation>实例</translation>
    </message>
    <message>
        <source>Spec</source>
        <extracomment>column header: CPU and memory of each instance</extracomment>
        <translation>规格</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>删除中</translation>
    </message>
    <message>
        <source>%1 vCPU · %2</source>
        <extracomment>instance spec: %1 = CPU cores, %2 = memory with its unit</extracomment>
        <translation>%1 核 · %2</translation>
    </message>
    <message>
        <source>Not known yet: read in the background for the rows on screen</source>
        <translation>尚未获取：会在后台为屏幕上的行读取</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>last change column: no change order on record
----------
auto-scaling column: the application has no rule</extracomment>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>last change: %1 date and time, %2 type (Deploy...), %3 result (Succeeded...)</extracomment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>On</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>%n auto-scaling rule(s) enabled</source>
        <translation>
            <numerusform>已启用 %n 条弹性伸缩规则</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n auto-scaling rule(s) in all</source>
        <translation>
            <numerusform>共 %n 条弹性伸缩规则</numerusform>
        </translation>
    </message>
    <message>
        <source>Last change</source>
        <extracomment>column header: the latest change order (when, type, result)</extracomment>
        <translation>最近变更</translation>
    </message>
    <message>
        <source>Auto-scaling</source>
        <extracomment>column header: whether an auto-scaling rule is on</extracomment>
        <translation>弹性伸缩</translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <extracomment>fewer instances run than wanted</extracomment>
        <translation>不健康</translation>
    </message>
    <message>
        <source>Changing</source>
        <extracomment>a change order (deploy, restart, scaling...) is running</extracomment>
        <translation>变更中</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>回滚</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>重启</translation>
    </message>
    <message>
        <source>Scale out</source>
        <translation>扩容</translation>
    </message>
    <message>
        <source>Scale in</source>
        <translation>缩容</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Restart instances</source>
        <translation>重启实例</translation>
    </message>
    <message>
        <source>Delete instances</source>
        <translation>删除实例</translation>
    </message>
    <message>
        <source>Change spec</source>
        <translation>变更规格</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>准备中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Waiting for confirmation</source>
        <translation>等待确认</translation>
    </message>
    <message>
        <source>Waiting for next batch</source>
        <translation>等待下一批</translation>
    </message>
    <message>
        <source>System failure</source>
        <translation>系统异常</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>等待审批</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已审批</translation>
    </message>
    <message>
        <source>Status %1</source>
        <extracomment>a change order status code this console does not know</extracomment>
        <translation>状态 %1</translation>
    </message>
</context>
<context>
    <name>BatchComparison</name>
    <message>
        <source>None of the batch&apos;s instances is listed: there is nothing to compare.</source>
        <translation>该批次的实例均不在实例列表中，无法进行对比。</translation>
    </message>
    <message>
        <source>Not ready in the batch: %1 of %2 instances.</source>
        <extracomment>%1: instances of the batch not ready; %2: instances of the batch</extracomment>
        <translation>本批次未就绪：%1 / %2 个实例。</translation>
    </message>
    <message>
        <source>Container restarts in the batch: %1.</source>
        <extracomment>%1: the sum of the batch&apos;s container restarts</extracomment>
        <translation>本批次容器重启次数：%1。</translation>
    </message>
    <message>
        <source>CPU %1 % in the batch against %2 % in the rest.</source>
        <extracomment>%1, %2: mean CPU use in percent, &quot;45.0&quot;</extracomment>
        <translation>CPU：本批次 %1%，其余实例 %2%。</translation>
    </message>
    <message>
        <source>Memory %1 % in the batch against %2 % in the rest.</source>
        <extracomment>%1, %2: mean memory use in percent, &quot;45.0&quot;</extracomment>
        <translation>内存：本批次 %1%，其余实例 %2%。</translation>
    </message>
    <message>
        <source>Response time %1 ms in the batch against %2 ms in the rest.</source>
        <extracomment>%1, %2: mean response time in milliseconds, &quot;120.3&quot;</extracomment>
        <translation>响应时间：本批次 %1 毫秒，其余实例 %2 毫秒。</translation>
    </message>
</context>
<context>
    <name>BatchGatePanel</name>
    <message>
        <source>%1 %</source>
        <extracomment>a mean use in percent: &quot;31.5 %&quot;</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>a mean response time: &quot;120 ms&quot;</extracomment>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>ready instances of a side of the comparison: &quot;2 of 2&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>The configuration does not change.</source>
        <translation>配置没有变化。</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>终止</translation>
    </message>
    <message>
        <source>Stop and roll back</source>
        <translation>终止并回滚</translation>
    </message>
    <message>
        <source>Last %1 minutes</source>
        <extracomment>the comparison&apos;s time window</extracomment>
        <translation>最近 %1 分钟</translation>
    </message>
    <message>
        <source>The metrics are the means over this window</source>
        <translation>指标为该时间窗口内的平均值</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>RT</source>
        <extracomment>response time</extracomment>
        <translation>RT</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>重启次数</translation>
    </message>
    <message>
        <source>Ready</source>
        <extracomment>instances ready to serve</extracomment>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Why: what you checked, what you saw (required)</source>
        <translation>原因：您检查了什么、看到了什么（必填）</translation>
    </message>
    <message>
        <source>Released batch against the rest</source>
        <translation>已发布批次与其余实例对比</translation>
    </message>
    <message>
        <source>Metrics over:</source>
        <extracomment>label of the comparison window combo</extracomment>
        <translation>指标时间范围：</translation>
    </message>
    <message>
        <source>What the deploy changes</source>
        <translation>本次部署的变更内容</translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation>您的决定</translation>
    </message>
    <message>
        <source>No change order waits for a decision.</source>
        <translation>没有等待决定的变更单。</translation>
    </message>
    <message>
        <source>This change order no longer waits for a decision (%1).</source>
        <extracomment>%1: the change order&apos;s status (&quot;Running&quot;)</extracomment>
        <translation>该变更单已不再等待决定（%1）。</translation>
    </message>
    <message>
        <source>Batch %1 of %2 waits for your decision.</source>
        <extracomment>%1 the waiting batch, %2 all batches</extracomment>
        <translation>第 %1 批（共 %2 批）正在等待您的决定。</translation>
    </message>
    <message>
        <source>Batch %1 of %2 (gray) is released; batch %3 waits for your decision.</source>
        <extracomment>%1 the released (gray, canary) batch, %2 all batches, %3 the waiting batch</extracomment>
        <translation>第 %1 批（共 %2 批，灰度）已发布；第 %3 批正在等待您的决定。</translation>
    </message>
    <message>
        <source>Batch %1 of %2 is released; batch %3 waits for your decision.</source>
        <extracomment>%1 the released batch, %2 all batches, %3 the waiting batch</extracomment>
        <translation>第 %1 批（共 %2 批）已发布；第 %3 批正在等待您的决定。</translation>
    </message>
    <message>
        <source>Waiting since %1 (%2)</source>
        <extracomment>%1 the time of day it started to wait, %2 for how long (&quot;4 min 12 s&quot;)</extracomment>
        <translation>自 %1 起等待（已等待 %2）</translation>
    </message>
    <message>
        <source>The batch does worse than the rest here</source>
        <translation>本批次此项指标比其余实例差</translation>
    </message>
    <message>
        <source>This batch (%1)</source>
        <extracomment>comparison column: %1 instances in the released batch</extracomment>
        <translation>本批次（%1）</translation>
    </message>
    <message>
        <source>The rest (%1)</source>
        <extracomment>comparison column: %1 the application&apos;s other instances</extracomment>
        <translation>其余实例（%1）</translation>
    </message>
    <message>
        <source>Nothing stands out in the last %1 minutes.</source>
        <extracomment>%1: the comparison window in minutes</extracomment>
        <translation>最近 %1 分钟内未发现明显异常。</translation>
    </message>
    <message>
        <source>This batch</source>
        <translation>本批次</translation>
    </message>
    <message>
        <source>The rest</source>
        <translation>其余实例</translation>
    </message>
    <message>
        <source>Reading the metrics of the last %1 minutes…</source>
        <extracomment>%1: the comparison window in minutes</extracomment>
        <translation>正在读取最近 %1 分钟的监控指标…</translation>
    </message>
    <message>
        <source>Not up to date: %1. The comparison shown ends at %2.</source>
        <extracomment>%1 why the read failed (code, RequestId); %2 the time the comparison shown was read for</extracomment>
        <translation>数据未更新：%1。当前显示的对比截至 %2。</translation>
    </message>
    <message>
        <source>Could not read the metrics: %1</source>
        <translation>无法读取监控指标：%1</translation>
    </message>
    <message>
        <source>Sending the decision…</source>
        <translation>正在提交决定…</translation>
    </message>
    <message>
        <source>The change order does not wait for a decision</source>
        <translation>该变更单未在等待决定</translation>
    </message>
    <message>
        <source>Write why first: what you checked, what you saw</source>
        <translation>请先填写原因：您检查了什么、看到了什么</translation>
    </message>
    <message>
        <source>Start the next batch</source>
        <translation>开始发布下一批</translation>
    </message>
    <message>
        <source>Stop the release; the released batches stay</source>
        <translation>终止发布；已发布的批次保持新版本</translation>
    </message>
    <message>
        <source>SAE cannot roll this change order back</source>
        <translation>SAE 无法回滚该变更单</translation>
    </message>
    <message>
        <source>Stop the release and return the released batches to the version before</source>
        <translation>终止发布，并将已发布的批次恢复为之前的版本</translation>
    </message>
</context>
<context>
    <name>BatchPlanView</name>
    <message>
        <source>Batch plan</source>
        <translation>分批计划</translation>
    </message>
    <message>
        <source>Gray</source>
        <extracomment>the title of the gray (canary) batch&apos;s box in a release&apos;s batch plan</extracomment>
        <translation>灰度</translation>
    </message>
    <message>
        <source>Batch %1</source>
        <extracomment>the title of a batch&apos;s box in a release&apos;s batch plan: &quot;Batch 2&quot;</extracomment>
        <translation>第 %1 批</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n 个实例</numerusform>
        </translation>
    </message>
    <message>
        <source>Gray batch: %1</source>
        <extracomment>a batch&apos;s tooltip: &quot;Batch 2: 3 instances&quot;</extracomment>
        <translation>灰度批次：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1; then waits for your confirmation</source>
        <extracomment>%1: &quot;Batch 1: 4 instances&quot;</extracomment>
        <translation>%1；之后等待您确认</translation>
    </message>
    <message>
        <source>No batches.</source>
        <translation>没有批次。</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es).</source>
        <translation>
            <numerusform>共 %n 批。</numerusform>
        </translation>
    </message>
    <message>
        <source>Waits for your confirmation</source>
        <translation>等待您确认</translation>
    </message>
    <message>
        <source>G</source>
        <extracomment>the gray batch&apos;s title when its box is narrow (the first letter of &quot;Gray&quot;)</extracomment>
        <translation>灰</translation>
    </message>
</context>
<context>
    <name>ChangeHistoryPanel</name>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Export record…</source>
        <translation>导出发布记录…</translation>
    </message>
    <message>
        <source>Roll back to this version…</source>
        <translation>回滚到此版本…</translation>
    </message>
    <message>
        <source>Show the change order&apos;s batches, stages and tasks</source>
        <translation>查看变更单的批次、阶段和任务</translation>
    </message>
    <message>
        <source>Save the release record of the change order as PDF and Markdown</source>
        <translation>将该变更单的发布记录保存为 PDF 和 Markdown</translation>
    </message>
    <message>
        <source>Change orders</source>
        <translation>变更单</translation>
    </message>
    <message>
        <source>Versions</source>
        <extracomment>the versions an application ran, to roll back to</extracomment>
        <translation>历史版本</translation>
    </message>
    <message>
        <source>Review a rollback to the selected version</source>
        <translation>检查并确认回滚到所选版本</translation>
    </message>
    <message>
        <source>Select a version to roll back to</source>
        <translation>请选择要回滚到的版本</translation>
    </message>
    <message>
        <source>Rollback is not possible now: %1</source>
        <extracomment>%1: why a rollback cannot start now</extracomment>
        <translation>当前无法回滚：%1</translation>
    </message>
</context>
<context>
    <name>ChangeOrderTableModel</name>
    <message>
        <source>%1 of %2</source>
        <extracomment>batches of a change order that ran: &quot;2 of 3&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>仍在执行</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>变更类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完成时间</translation>
    </message>
</context>
<context>
    <name>ChangeOrderView</name>
    <message>
        <source>Preparing</source>
        <translation>准备中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <extracomment>a change order&apos;s task failed and will be tried again</extracomment>
        <translation>等待重试</translation>
    </message>
    <message>
        <source>Terminated</source>
        <extracomment>a change order was stopped before it finished</extracomment>
        <translation>已终止</translation>
    </message>
    <message>
        <source>Status %1</source>
        <extracomment>a task status code this console does not know</extracomment>
        <translation>状态 %1</translation>
    </message>
    <message>
        <source>Review batch…</source>
        <translation>审核批次…</translation>
    </message>
    <message>
        <source>Export record…</source>
        <translation>导出发布记录…</translation>
    </message>
    <message>
        <source>Compare the released batch with the rest and decide on the next one</source>
        <translation>将已发布批次与其余实例对比，并决定是否发布下一批</translation>
    </message>
    <message>
        <source>Save the release record of this change order as PDF and Markdown</source>
        <translation>将此变更单的发布记录保存为 PDF 和 Markdown</translation>
    </message>
    <message>
        <source>Step</source>
        <extracomment>batch tree column: the batch, stage or task</extracomment>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>实例数</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>an elapsed time: &quot;45 s&quot;</extracomment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>an elapsed time: &quot;4 min 12 s&quot;</extracomment>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>an elapsed time: &quot;2 h 5 min&quot;</extracomment>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>No change order</source>
        <translation>无变更单</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>change order view title: %1 the change type (&quot;Deploy&quot;), %2 the application</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (not up to date)</source>
        <extracomment>the change order&apos;s status as last read; the last refresh failed</extracomment>
        <translation>%1（未更新）</translation>
    </message>
    <message>
        <source>%1 of %2 batches</source>
        <extracomment>overall progress of a change order: %1 finished batches, %2 all batches</extracomment>
        <translation>%1 / %2 批</translation>
    </message>
    <message>
        <source>Started %1 · %2</source>
        <extracomment>%1 the time of day the change order started, %2 how long it has run (&quot;4 min 12 s&quot;)</extracomment>
        <translation>开始于 %1 · 已执行 %2</translation>
    </message>
    <message>
        <source>Finished %1</source>
        <translation>完成于 %1</translation>
    </message>
    <message>
        <source>The change failed.</source>
        <translation>变更失败。</translation>
    </message>
    <message>
        <source>Terminated: %1</source>
        <translation>已终止：%1</translation>
    </message>
    <message>
        <source>Waits for your confirmation of batch %1 of %2.</source>
        <extracomment>%1 the batch that waits, %2 all batches</extracomment>
        <translation>等待您确认第 %1 批（共 %2 批）。</translation>
    </message>
    <message>
        <source>Waits for your confirmation of the next batch.</source>
        <translation>等待您确认下一批。</translation>
    </message>
    <message>
        <source>Waits for approval.</source>
        <translation>等待审批。</translation>
    </message>
    <message>
        <source>Not up to date: %1</source>
        <extracomment>%1: why the last read failed, with the platform&apos;s code and RequestId</extracomment>
        <translation>数据未更新：%1</translation>
    </message>
    <message>
        <source>%1 (gray)</source>
        <extracomment>a batch&apos;s name with its tag: &quot;Batch 1 Change (gray)&quot;</extracomment>
        <translation>%1（灰度）</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 of %2 stages</source>
        <extracomment>a batch&apos;s progress: %1 finished stages, %2 all stages</extracomment>
        <translation>%1 / %2 个阶段</translation>
    </message>
    <message>
        <source>%1 of %2 tasks</source>
        <extracomment>a stage&apos;s progress: %1 finished tasks, %2 all tasks</extracomment>
        <translation>%1 / %2 个任务</translation>
    </message>
    <message>
        <source>Select a batch to see its instances.</source>
        <translation>选择一个批次以查看其实例。</translation>
    </message>
    <message>
        <source>Instances of %1: reading…</source>
        <extracomment>%1: a batch&apos;s name</extracomment>
        <translation>%1 的实例：正在读取…</translation>
    </message>
    <message>
        <source>Instances of %1 (%2)</source>
        <extracomment>%1: a batch&apos;s name, %2: how many instances it started</extracomment>
        <translation>%1 的实例（%2）</translation>
    </message>
</context>
<context>
    <name>CommandLineOptions</name>
    <message>
        <source>User interface language, for example zh_CN or en.</source>
        <translation>界面语言，例如 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>lang</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>An SAE-compatible endpoint, for example https://sae.cn-hangzhou.aliyuncs.com.</source>
        <translation>兼容 SAE 的服务地址，例如 https://sae.cn-hangzhou.aliyuncs.com。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Region ID, for example cn-hangzhou.</source>
        <translation>地域 ID，例如 cn-hangzhou。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Save the main window as PNG once the first page has loaded, then exit (works without a display).</source>
        <translation>首页数据加载完成后将主窗口保存为 PNG 并退出（无需显示器）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>--endpoint wants an http or https URL, for example https://sae.cn-hangzhou.aliyuncs.com.</source>
        <translation>--endpoint 需要 http 或 https 地址，例如 https://sae.cn-hangzhou.aliyuncs.com。</translation>
    </message>
    <message>
        <source>--region wants a region ID such as cn-hangzhou, not &quot;%1&quot;.</source>
        <translation>--region 需要地域 ID（例如 cn-hangzhou），而不是“%1”。</translation>
    </message>
    <message>
        <source>Ops Console: a desktop console for applications on Alibaba Cloud Serverless App Engine (SAE).
It connects as its current profile; the first run creates the profile &quot;Local emulator&quot;, which
starts an embedded SAE emulator and shows the emulator&apos;s fleet. Alibaba Cloud profiles keep
their AccessKey secret in the system keychain.
With --endpoint it signs requests with ALIBABA_CLOUD_ACCESS_KEY_ID and
ALIBABA_CLOUD_ACCESS_KEY_SECRET from the environment instead.</source>
        <translation>运维控制台：阿里云 Serverless 应用引擎（SAE）上应用的桌面运维控制台。
以当前配置连接；首次运行会创建配置“Local emulator”，它启动内置的 SAE 模拟器并显示模拟器中的应用。
阿里云配置的 AccessKey Secret 保存在系统密钥环中。
带 --endpoint 时改用环境变量 ALIBABA_CLOUD_ACCESS_KEY_ID 和
ALIBABA_CLOUD_ACCESS_KEY_SECRET 对请求签名。</translation>
    </message>
    <message>
        <source>Connect as this profile (and make it the current one).</source>
        <translation>以此配置连接（并设为当前配置）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>The embedded emulator&apos;s fleet: retail (the default) or large:N, N applications up to 10000 (large alone: 10000).</source>
        <translation>内置模拟器的应用集：retail（默认）或 large:N，即 N 个应用，最多 10000（只写 large 即 10000）。</translation>
    </message>
    <message>
        <source>fleet</source>
        <translation>应用集</translation>
    </message>
    <message>
        <source>light or dark; by default the system&apos;s palette.</source>
        <translation>light（浅色）或 dark（深色）；默认跟随系统配色。</translation>
    </message>
    <message>
        <source>scheme</source>
        <translation>配色</translation>
    </message>
    <message>
        <source>--fleet wants retail, large or large:N with N from 1 to %1.</source>
        <translation>--fleet 需要 retail、large 或 large:N（N 为 1 到 %1）。</translation>
    </message>
    <message>
        <source>--color-scheme wants light or dark.</source>
        <translation>--color-scheme 需要 light 或 dark。</translation>
    </message>
    <message>
        <source>What to show first: list, fleet, or app:NAME optionally followed by /overview, /instances, /monitoring, /events, /logs, /scaling, /changes or /whatchanged; /scaling/new:timing|metric|mix or /scaling/edit:RULE opens the rule editor.</source>
        <translation>启动后先显示的页面：list、fleet，或 app:名称，可在后面加 /overview、/instances、/monitoring、/events、/logs、/scaling、/changes 或 /whatchanged；/scaling/new:timing|metric|mix 或 /scaling/edit:规则名 会打开规则编辑器。</translation>
    </message>
    <message>
        <source>--page wants list, fleet or app:NAME[/overview|/instances|/monitoring|/events|/logs|/scaling|/changes|/whatchanged], or app:NAME/scaling/new:TYPE or /scaling/edit:RULE, not &quot;%1&quot;.</source>
        <translation>--page 需要 list、fleet 或 app:名称[/overview|/instances|/monitoring|/events|/logs|/scaling|/changes|/whatchanged]，或 app:名称/scaling/new:类型、/scaling/edit:规则名，而不是“%1”。</translation>
    </message>
</context>
<context>
    <name>ConfirmationChangeTable</name>
    <message>
        <source>Field</source>
        <extracomment>the column of a list of changes that names what changes (&quot;Maximum instances&quot;)</extracomment>
        <translation>配置项</translation>
    </message>
    <message>
        <source>Before</source>
        <extracomment>the column of a list of changes with the values before the change</extracomment>
        <translation>变更前</translation>
    </message>
    <message>
        <source>After</source>
        <extracomment>the column of a list of changes with the values after the change</extracomment>
        <translation>变更后</translation>
    </message>
    <message>
        <source>Changes</source>
        <extracomment>the accessible name of the table of what a confirmed action changes</extracomment>
        <translation>变更内容</translation>
    </message>
</context>
<context>
    <name>ConfirmationDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Protected namespace: %1</source>
        <translation>受保护的命名空间：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A name followed by its platform ID: &quot;prod (cn-shenzhen:prod)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>配置：</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>地域：</translation>
    </message>
    <message>
        <source>Namespace:</source>
        <translation>命名空间：</translation>
    </message>
    <message>
        <source>Application:</source>
        <translation>应用：</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>操作对象：</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>输入 %1 以确认</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 — %5</source>
        <extracomment>A confirmation&apos;s window title: profile · region · namespace · application — action</extracomment>
        <translation>%1 · %2 · %3 · %4 — %5</translation>
    </message>
</context>
<context>
    <name>DeployController</name>
    <message>
        <source>Deploy</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Could not read the running configuration, so there is nothing to compare the deploy with. %1</source>
        <translation>无法读取当前运行的配置，因此无法与本次部署进行对比。%1</translation>
    </message>
    <message>
        <source>Release: %1. %2</source>
        <extracomment>%1 is the release strategy (&quot;1 gray instance, then 2 batches...&quot;), %2 what that means</extracomment>
        <translation>发布策略：%1。%2</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>未发送任何请求。</translation>
    </message>
    <message>
        <source>The deploy was not made. %1</source>
        <translation>未执行部署。%1</translation>
    </message>
    <message>
        <source>The deploy got no answer and no change order of it was found. Check the application&apos;s change orders before deploying again.</source>
        <translation>部署请求没有应答，也未找到对应的变更单。请先检查应用的变更记录，再重新部署。</translation>
    </message>
    <message>
        <source>Reading the version&apos;s configuration for the review…</source>
        <translation>正在读取该版本的配置以供检查…</translation>
    </message>
    <message>
        <source>Could not prepare the rollback review; nothing was sent.</source>
        <translation>无法准备回滚检查，未发送任何请求。</translation>
    </message>
    <message>
        <source>That version is no longer in the application&apos;s history.</source>
        <translation>该版本已不在应用的历史版本中。</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>回滚</translation>
    </message>
    <message>
        <source>the version of %1 (%2)</source>
        <extracomment>%1 is when the version was deployed, %2 its ID</extracomment>
        <translation>%1 的版本（%2）</translation>
    </message>
    <message>
        <source>The application goes back to what it ran then. Release: %1. %2</source>
        <translation>应用将恢复为当时运行的版本。发布策略：%1。%2</translation>
    </message>
</context>
<context>
    <name>DeployWizard</name>
    <message>
        <source>Deploy %1</source>
        <extracomment>window title; %1 is an application name</extracomment>
        <translation>部署 %1</translation>
    </message>
    <message>
        <source>Deploy…</source>
        <extracomment>the wizard&apos;s Finish button: goes on to the confirmation</extracomment>
        <translation>部署…</translation>
    </message>
    <message>
        <source>What to deploy</source>
        <translation>部署内容</translation>
    </message>
    <message>
        <source>The image or package to run, and what changes with it. What you leave alone is not sent: the application keeps it.</source>
        <translation>要运行的镜像或部署包，以及随之变更的配置。未改动的配置不会发送，应用保持原样。</translation>
    </message>
    <message>
        <source>Reading the current configuration…</source>
        <translation>正在读取当前配置…</translation>
    </message>
    <message>
        <source>Image repository</source>
        <translation>镜像仓库</translation>
    </message>
    <message>
        <source>Image tag</source>
        <translation>镜像版本</translation>
    </message>
    <message>
        <source>:</source>
        <extracomment>between an image&apos;s repository and its tag</extracomment>
        <translation>:</translation>
    </message>
    <message>
        <source>Image:</source>
        <extracomment>form label: an image&apos;s repository and tag</extracomment>
        <translation>镜像：</translation>
    </message>
    <message>
        <source>Package URL:</source>
        <translation>部署包地址：</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>JDK:</source>
        <translation>JDK：</translation>
    </message>
    <message>
        <source>Web container:</source>
        <translation>Web 容器：</translation>
    </message>
    <message>
        <source>Change the instance count</source>
        <translation>修改实例数</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>实例数</translation>
    </message>
    <message>
        <source>Change the instance size</source>
        <translation>修改实例规格</translation>
    </message>
    <message>
        <source>Instance size</source>
        <translation>实例规格</translation>
    </message>
    <message>
        <source>Change the environment variables</source>
        <translation>修改环境变量</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Why this deploy, shown with the change order</source>
        <translation>部署原因，将显示在变更单中</translation>
    </message>
    <message>
        <source>Change description:</source>
        <translation>变更描述：</translation>
    </message>
    <message>
        <source>How to roll it out</source>
        <translation>发布策略</translation>
    </message>
    <message>
        <source>How the new version replaces the running instances.</source>
        <translation>新版本如何替换正在运行的实例。</translation>
    </message>
    <message>
        <source>All at once (one batch)</source>
        <translation>一次性发布（单批）</translation>
    </message>
    <message>
        <source>In batches</source>
        <translation>分批发布</translation>
    </message>
    <message>
        <source>Gray first: a few canary instances, then in batches</source>
        <translation>先灰度：先发布少量灰度实例，再分批发布</translation>
    </message>
    <message>
        <source>Gray instances:</source>
        <translation>灰度实例数：</translation>
    </message>
    <message>
        <source>Batches:</source>
        <extracomment>the batches of a phased release, or those after the gray batch</extracomment>
        <translation>分批数：</translation>
    </message>
    <message>
        <source>Automatically</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>By hand: each batch waits for your confirmation</source>
        <translation>手动：每批等待您确认</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>the unit after the wait between automatic batches</extracomment>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Wait between batches</source>
        <translation>批次间隔</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>，等待</translation>
    </message>
    <message>
        <source>between batches</source>
        <translation>后开始</translation>
    </message>
    <message>
        <source>Next batch:</source>
        <translation>下一批：</translation>
    </message>
    <message>
        <source>Instances:</source>
        <translation>实例数：</translation>
    </message>
    <message>
        <source>Share of the instances:</source>
        <translation>实例比例：</translation>
    </message>
    <message>
        <source>SAE&apos;s recommendation (25 %)</source>
        <extracomment>the minimum-ready spin box at -1</extracomment>
        <translation>SAE 推荐值（25%）</translation>
    </message>
    <message>
        <source>Minimum ready instances</source>
        <translation>最小就绪实例数</translation>
    </message>
    <message>
        <source> %</source>
        <extracomment>the unit after a percentage</extracomment>
        <translation> %</translation>
    </message>
    <message>
        <source>Minimum ready share of the instances</source>
        <translation>最小就绪实例比例</translation>
    </message>
    <message>
        <source>Stay ready:</source>
        <translation>保持就绪：</translation>
    </message>
    <message>
        <source>Enable the scaling rules again when the release ends</source>
        <translation>发布结束后重新启用弹性策略</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>检查确认</translation>
    </message>
    <message>
        <source>Deploy</source>
        <extracomment>the action in the review&apos;s target line: &quot;profile · region · namespace · app — Deploy&quot;</extracomment>
        <translation>部署</translation>
    </message>
    <message>
        <source>Protected namespace: %1</source>
        <translation>受保护的命名空间：%1</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>Nothing changes: the same configuration is deployed again.</source>
        <translation>没有任何变化：将以相同配置重新部署。</translation>
    </message>
    <message>
        <source>How it rolls out</source>
        <translation>发布方式</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <extracomment>an instance size SAE no longer offers, kept in the list because the application has it</extracomment>
        <translation>%1（当前）</translation>
    </message>
    <message>
        <source>Read from a ConfigMap or secret: it can be removed here, not edited.</source>
        <translation>引用自配置项或保密字典：此处只能删除，不能编辑。</translation>
    </message>
    <message>
        <source>Choose the tag of the image to deploy.</source>
        <translation>请选择要部署的镜像版本。</translation>
    </message>
    <message>
        <source>A tag has no spaces or colons.</source>
        <translation>镜像版本（Tag）不能包含空格或冒号。</translation>
    </message>
    <message>
        <source>Of %1 instances, at least one must be left for the batches after the gray ones.</source>
        <translation>%1 个实例中，灰度之后的批次至少要保留一个实例。</translation>
    </message>
    <message>
        <source>%1 instances cannot make %2 batches; choose %1 or fewer.</source>
        <translation>%1 个实例无法分成 %2 批；请选择不超过 %1 批。</translation>
    </message>
    <message>
        <source>Nothing waits: the release runs to its end.</source>
        <translation>无需等待：发布将一直执行到结束。</translation>
    </message>
    <message>
        <source>The release stops after the gray batch and after each batch but the last until you confirm.</source>
        <translation>灰度批次之后以及除最后一批外的每批之后，发布都会暂停，直到您确认。</translation>
    </message>
    <message>
        <source>The release stops after each batch but the last until you confirm.</source>
        <translation>除最后一批外，每批之后发布都会暂停，直到您确认。</translation>
    </message>
    <message>
        <source>The release stops after the gray batch until you confirm; then the batches follow each other %1 min apart.</source>
        <translation>灰度批次之后发布会暂停，直到您确认；之后各批次间隔 %1 分钟依次发布。</translation>
    </message>
    <message>
        <source>The release stops after the gray batch until you confirm.</source>
        <translation>灰度批次之后发布会暂停，直到您确认。</translation>
    </message>
    <message>
        <source>The batches follow each other automatically, %1 min apart.</source>
        <translation>各批次自动依次发布，间隔 %1 分钟。</translation>
    </message>
    <message>
        <source>SAE keeps at least %1 of %2 instances ready while the new version starts.</source>
        <extracomment>%1 of %2 instances</extracomment>
        <translation>新版本启动期间，SAE 在 %2 个实例中至少保持 %1 个就绪。</translation>
    </message>
    <message>
        <source>Scaling rules, suspended while the release runs, are enabled again when it ends.</source>
        <translation>弹性策略在发布期间暂停，发布结束后重新启用。</translation>
    </message>
    <message>
        <source>Scaling rules, suspended while the release runs, stay off until you enable them.</source>
        <translation>弹性策略在发布期间暂停，发布结束后保持停用，直到您手动启用。</translation>
    </message>
    <message>
        <source>No change description.</source>
        <translation>无变更描述。</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>描述：%1</translation>
    </message>
</context>
<context>
    <name>DeploymentDiff</name>
    <message>
        <source>Package type</source>
        <translation>部署包类型</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Package URL</source>
        <translation>部署包地址</translation>
    </message>
    <message>
        <source>Package version</source>
        <translation>部署包版本</translation>
    </message>
    <message>
        <source>JDK</source>
        <translation>JDK</translation>
    </message>
    <message>
        <source>Web container</source>
        <translation>Web 容器</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>实例数</translation>
    </message>
    <message>
        <source>Spec</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Environment %1</source>
        <translation>环境变量 %1</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>发布策略</translation>
    </message>
    <message>
        <source>Minimum ready instances</source>
        <translation>最小就绪实例数</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>未使用</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Minimum ready ratio</source>
        <translation>最小就绪实例比例</translation>
    </message>
    <message>
        <source>Single batch</source>
        <translation>单批发布</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es), each confirmed by hand</source>
        <translation>
            <numerusform>分 %n 批，每批手动确认</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es), automatic, %1 min apart</source>
        <translation>
            <numerusform>分 %n 批，自动发布，间隔 %1 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gray instance(s), then %1</source>
        <extracomment>%1: the batches after the gray ones, e.g. &quot;2 batches, each confirmed by hand&quot;</extracomment>
        <translation>
            <numerusform>%n 个灰度实例，之后%1</numerusform>
        </translation>
    </message>
    <message>
        <source>ConfigMap %1, key %2</source>
        <translation>配置项 %1，键 %2</translation>
    </message>
    <message>
        <source>Secret %1, key %2</source>
        <translation>保密字典 %1，键 %2</translation>
    </message>
</context>
<context>
    <name>DeploymentPlan</name>
    <message>
        <source>Choose the application to deploy.</source>
        <translation>请选择要部署的应用。</translation>
    </message>
    <message>
        <source>Choose what to deploy: an image or a package.</source>
        <translation>请选择部署内容：镜像或程序包。</translation>
    </message>
    <message>
        <source>An image deployment needs the image&apos;s address.</source>
        <translation>镜像部署需要填写镜像地址。</translation>
    </message>
    <message>
        <source>The image&apos;s address must not contain spaces.</source>
        <translation>镜像地址不能包含空格。</translation>
    </message>
    <message>
        <source>A package deployment needs the package&apos;s address.</source>
        <translation>程序包部署需要填写程序包地址。</translation>
    </message>
    <message>
        <source>The package&apos;s address must be an http or https URL.</source>
        <translation>程序包地址必须是 http 或 https URL。</translation>
    </message>
    <message>
        <source>A package deployment needs the package&apos;s version.</source>
        <translation>程序包部署需要填写程序包版本。</translation>
    </message>
    <message>
        <source>Instances must be from %1 to %2.</source>
        <translation>实例数必须在 %1 到 %2 之间。</translation>
    </message>
    <message>
        <source>More than %1 instances need SAE&apos;s approval (a support ticket).</source>
        <translation>超过 %1 个实例需要 SAE 审批（请提交工单）。</translation>
    </message>
    <message>
        <source>SAE offers no instance with %1 millicores of CPU.</source>
        <translation>SAE 不提供 CPU 为 %1 毫核的实例规格。</translation>
    </message>
    <message>
        <source>SAE offers no instance with %1 MB of memory.</source>
        <translation>SAE 不提供内存为 %1 MB 的实例规格。</translation>
    </message>
    <message>
        <source>SAE offers no instance with %1 millicores and %2 MB.</source>
        <translation>SAE 不提供 %1 毫核 CPU 搭配 %2 MB 内存的实例规格。</translation>
    </message>
    <message>
        <source>Every environment variable needs a name.</source>
        <translation>每个环境变量都需要名称。</translation>
    </message>
    <message>
        <source>%1 is not a valid environment variable name.</source>
        <translation>%1 不是有效的环境变量名称。</translation>
    </message>
    <message>
        <source>The environment variable %1 is set twice.</source>
        <translation>环境变量 %1 被设置了两次。</translation>
    </message>
    <message>
        <source>The environment variable %1 must name its ConfigMap or secret.</source>
        <translation>环境变量 %1 必须指定其来源的配置项（ConfigMap）或保密字典（Secret）。</translation>
    </message>
</context>
<context>
    <name>DetailController</name>
    <message>
        <source>Could not load the configuration.</source>
        <translation>无法加载应用配置。</translation>
    </message>
    <message>
        <source>Could not load the events.</source>
        <translation>无法加载事件。</translation>
    </message>
    <message>
        <source>Could not read the log of %1.</source>
        <translation>无法读取 %1 的日志。</translation>
    </message>
    <message>
        <source>Could not load the metric.</source>
        <translation>无法加载监控指标。</translation>
    </message>
    <message>
        <source>Could not load the scaling rules.</source>
        <translation>无法加载弹性策略。</translation>
    </message>
    <message>
        <source>Could not load the change orders.</source>
        <translation>无法加载变更单。</translation>
    </message>
    <message>
        <source>Could not load the versions.</source>
        <translation>无法加载历史版本。</translation>
    </message>
    <message>
        <source>A change order is running (%1); roll back when it has ended, or stop it and roll back at its gate.</source>
        <translation>有变更单正在执行（%1）；请等其结束后再回滚，或在分批确认时终止并回滚。</translation>
    </message>
</context>
<context>
    <name>DurationFormat</name>
    <message>
        <source>%1s</source>
        <extracomment>a duration in seconds, compact, e.g. &quot;45s&quot;</extracomment>
        <translation>%1秒</translation>
    </message>
    <message>
        <source>%1m</source>
        <extracomment>a duration in minutes, compact, e.g. &quot;12m&quot;</extracomment>
        <translation>%1分</translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <extracomment>a duration in hours and minutes, compact, e.g. &quot;3h 5m&quot;</extracomment>
        <translation>%1小时%2分</translation>
    </message>
    <message>
        <source>%1d %2h</source>
        <extracomment>a duration in days and hours, compact, e.g. &quot;4d 2h&quot;</extracomment>
        <translation>%1天%2小时</translation>
    </message>
</context>
<context>
    <name>EventsPanel</name>
    <message>
        <source>Warnings only</source>
        <translation>仅显示警告</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Show only Warning events, and ask the platform for warnings only</source>
        <translation>只显示警告事件，并只向平台查询警告事件</translation>
    </message>
    <message>
        <source>Filter by reason, object or message</source>
        <translation>按原因、对象或信息筛选</translation>
    </message>
    <message>
        <source>Select an event to read its whole message and cause analysis.</source>
        <translation>选中一条事件，查看完整信息和原因分析。</translation>
    </message>
    <message>
        <source>⚠ Stale: data from %1</source>
        <extracomment>shown next to events whose refresh failed; %1 is the time of the last good data</extracomment>
        <translation>⚠ 数据已过期：最后更新于 %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>first line of an event&apos;s details: its type, reason and object, e.g. &quot;Warning · BackOff · Pod/x&quot;</extracomment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>First seen %1 · last seen %2 · count %3</source>
        <extracomment>%1 and %2 are times, %3 how often the event happened</extracomment>
        <translation>首次发生 %1 · 最近发生 %2 · 次数 %3</translation>
    </message>
    <message>
        <source>Cause analysis:</source>
        <extracomment>heading of the platform&apos;s explanation of an event</extracomment>
        <translation>原因分析：</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 条事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s)</source>
        <extracomment>%1 of %2 events match the filter</extracomment>
        <translation>
            <numerusform>%1 / %n 条事件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetAlert</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a notification&apos;s subject: %1 the application, %2 its namespace, e.g. &quot;order-service (prod)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 is unhealthy</source>
        <extracomment>notification title; %1: &quot;order-service (prod)&quot;</extracomment>
        <translation>%1 不健康</translation>
    </message>
    <message>
        <source>%1 recovered</source>
        <extracomment>notification title; %1: &quot;order-service (prod)&quot;</extracomment>
        <translation>%1 已恢复</translation>
    </message>
    <message>
        <source>A change of %1 failed</source>
        <extracomment>notification title; %1: &quot;order-service (prod)&quot;</extracomment>
        <translation>%1 的变更失败</translation>
    </message>
    <message>
        <source>%1 of %2 failed</source>
        <extracomment>notification title; %1: the change&apos;s type (&quot;Deploy&quot;), %2: &quot;order-service (prod)&quot;</extracomment>
        <translation>%2 的%1失败</translation>
    </message>
    <message numerus="yes">
        <source>%1 waits for sign-off for %n min</source>
        <extracomment>notification title; %1: &quot;order-service (prod)&quot;; %n: minutes waited so far</extracomment>
        <translation>
            <numerusform>%1 已等待确认 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Was: %1</source>
        <extracomment>notification body of a recovery; %1: why the application had been unhealthy</extracomment>
        <translation>此前：%1</translation>
    </message>
    <message>
        <source>Change order %1</source>
        <extracomment>notification body; %1: the change order&apos;s ID</extracomment>
        <translation>变更单 %1</translation>
    </message>
</context>
<context>
    <name>FleetController</name>
    <message>
        <source>the applications</source>
        <translation>应用列表</translation>
    </message>
    <message>
        <source>the abnormal instances</source>
        <translation>异常实例</translation>
    </message>
    <message>
        <source>the Warning events</source>
        <translation>Warning 事件</translation>
    </message>
    <message>
        <source>the scaling</source>
        <translation>弹性伸缩</translation>
    </message>
    <message>
        <source>the change orders</source>
        <translation>变更单</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <extracomment>what could not be read, in which region: &quot;the Warning events in cn-hangzhou&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>the instances</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>%1 in %2 of profile %3</source>
        <extracomment>what could not be read, where: &quot;the Warning events in cn-hangzhou of profile staging-account&quot;</extracomment>
        <translation>%1（配置 %3 的 %2）</translation>
    </message>
</context>
<context>
    <name>FleetCsv</name>
    <message>
        <source>Score</source>
        <extracomment>CSV column: the health score, 0-100</extracomment>
        <translation>健康分</translation>
    </message>
    <message>
        <source>Severity</source>
        <extracomment>CSV column: Critical, Warning, Normal... (the values stay in English)</extracomment>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>AppId</source>
        <extracomment>CSV column: the application&apos;s ID</extracomment>
        <translation>应用 ID</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>NamespaceId</source>
        <extracomment>CSV column: the namespace&apos;s ID</extracomment>
        <translation>命名空间 ID</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Running</source>
        <extracomment>CSV column: running instances</extracomment>
        <translation>运行实例数</translation>
    </message>
    <message>
        <source>Target</source>
        <extracomment>CSV column: wanted instances</extracomment>
        <translation>目标实例数</translation>
    </message>
    <message>
        <source>Problems</source>
        <extracomment>CSV column: what is wrong, reasons separated by &quot;; &quot;</extracomment>
        <translation>问题</translation>
    </message>
    <message>
        <source>Change order status</source>
        <extracomment>CSV column: the newest change order&apos;s status (SAE&apos;s codes)</extracomment>
        <translation>变更单状态</translation>
    </message>
    <message>
        <source>Checked at</source>
        <extracomment>CSV column: when the health was read, ISO 8601 in UTC</extracomment>
        <translation>检查时间</translation>
    </message>
    <message>
        <source>Age (s)</source>
        <extracomment>CSV column: how old the reading is, in seconds</extracomment>
        <translation>距今（秒）</translation>
    </message>
</context>
<context>
    <name>FleetExporter</name>
    <message>
        <source>Could not write %1: %2</source>
        <extracomment>%1 = the file, %2 = the system&apos;s reason</extracomment>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Could not make the hand-over: the operations journal could not be read. %1</source>
        <extracomment>%1 = the system&apos;s reason, with the journal&apos;s file</extracomment>
        <translation>无法生成交接报告：无法读取操作日志。%1</translation>
    </message>
    <message>
        <source>Could not write %1: the PDF could not be made</source>
        <translation>无法写入 %1：无法生成 PDF</translation>
    </message>
</context>
<context>
    <name>FleetFlows</name>
    <message>
        <source>Could not read %1: %2</source>
        <extracomment>%1 names what could not be read (&quot;the Warning events&quot;)</extracomment>
        <translation>无法读取%1：%2</translation>
    </message>
    <message>
        <source>Export the fleet as CSV</source>
        <translation>将全局概览导出为 CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Writing the fleet to %1…</source>
        <translation>正在将全局概览写入 %1…</translation>
    </message>
    <message>
        <source>Save the hand-over report</source>
        <translation>保存交接报告</translation>
    </message>
    <message>
        <source>PDF and Markdown (*.pdf)</source>
        <translation>PDF 和 Markdown (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the hand-over report…</source>
        <translation>正在写入交接报告…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <extracomment>%1: the files written, comma-separated</extracomment>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>%1 runs in %2: choose that region in the toolbar to open it.</source>
        <extracomment>%1: &quot;order-service (prod)&quot;, %2: its region</extracomment>
        <translation>%1 运行在 %2：请在工具栏中选择该地域后再打开。</translation>
    </message>
    <message>
        <source>%1 belongs to profile %2: choose that profile in the toolbar to open it.</source>
        <extracomment>%1: &quot;order-service (prod)&quot;, %2: the profile it was read with</extracomment>
        <translation>%1 属于配置 %2：请在工具栏中切换到该配置后再打开。</translation>
    </message>
</context>
<context>
    <name>FleetHealth</name>
    <message numerus="yes">
        <source>No instance runs (0 of %n)</source>
        <translation>
            <numerusform>没有实例在运行（0/%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 instances run</source>
        <extracomment>%1 instances run of %2 wanted</extracomment>
        <translation>%1/%2 个实例在运行</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) abnormal</source>
        <translation>
            <numerusform>%n 个实例异常</numerusform>
        </translation>
    </message>
    <message>
        <source>The last change failed (%1)</source>
        <extracomment>%1 is the change&apos;s type (&quot;Deploy&quot;)</extracomment>
        <translation>最近一次变更失败（%1）</translation>
    </message>
    <message>
        <source>A change waits for a person</source>
        <translation>有变更等待人工处理</translation>
    </message>
    <message numerus="yes">
        <source>%n restart(s) in the last hour</source>
        <translation>
            <numerusform>最近一小时重启 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Warning event(s)</source>
        <translation>
            <numerusform>%n 个 Warning 事件</numerusform>
        </translation>
    </message>
    <message>
        <source>At the scaling rule&apos;s maximum (%1 instances)</source>
        <translation>已达弹性策略上限（%1 个实例）</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) failed in the last 24 hours</source>
        <translation>
            <numerusform>最近 24 小时有 %n 个变更失败</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 instances run during the change</source>
        <extracomment>%1 instances run of %2 wanted, while a deploy or restart replaces them</extracomment>
        <translation>变更期间 %1/%2 个实例在运行</translation>
    </message>
</context>
<context>
    <name>FleetPanel</name>
    <message>
        <source>&amp;Unhealthy only</source>
        <translation>仅不健康(&amp;U)</translation>
    </message>
    <message>
        <source>Filter by application, namespace or region</source>
        <translation>按应用、命名空间或地域筛选</translation>
    </message>
    <message>
        <source>Part of the fleet&apos;s health could not be read; it is shown as unknown. %1</source>
        <translation>部分应用的健康状况无法读取，显示为未知。%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n application(s) need someone.</source>
        <extracomment>%1: applications needing someone; %n: applications in all</extracomment>
        <translation>
            <numerusform>%n 个应用中有 %1 个需要处理。</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;hanging</source>
        <translation>变更中(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Waiting for sign-off</source>
        <translation>待确认(&amp;W)</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Hand-over &amp;report…</source>
        <translation>交接报告(&amp;R)…</translation>
    </message>
    <message>
        <source>With several of these on, an application is shown when it matches any of them.</source>
        <translation>同时开启多个筛选时，符合其中任意一个的应用都会显示。</translation>
    </message>
    <message>
        <source>Critical and warning applications.</source>
        <translation>严重和警告状态的应用。</translation>
    </message>
    <message>
        <source>Applications whose newest change order runs or waits.</source>
        <translation>最新变更单正在执行或等待中的应用。</translation>
    </message>
    <message>
        <source>Applications whose change order waits for someone to sign off the next batch.</source>
        <translation>变更单正在等待人工确认下一批的应用。</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>group the fleet page by: nothing</extracomment>
        <translation>无</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>分组方式(&amp;G)：</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Show the fleet as a table</source>
        <translation>以表格形式显示全部应用</translation>
    </message>
    <message>
        <source>Tiles</source>
        <translation>卡片</translation>
    </message>
    <message>
        <source>Show the fleet as tiles</source>
        <translation>以卡片形式显示全部应用</translation>
    </message>
    <message>
        <source>Save the fleet table, as filtered, as a CSV file</source>
        <translation>将筛选后的应用表格保存为 CSV 文件</translation>
    </message>
    <message>
        <source>Write a report for the next on-call shift: what was unhealthy, what changed, what was done</source>
        <translation>为下一班值班人员生成交接报告：哪些应用不健康、有哪些变更、执行了哪些操作</translation>
    </message>
    <message>
        <source>Notifications muted for: %1</source>
        <extracomment>%1: namespace names, comma-separated</extracomment>
        <translation>已静音以下命名空间的通知：%1</translation>
    </message>
    <message>
        <source>All &amp;profiles</source>
        <translation>全部配置(&amp;P)</translation>
    </message>
    <message>
        <source>Add the applications of every other Alibaba Cloud profile, each read with its own AccessKey and call budget</source>
        <translation>加入其他所有阿里云配置的应用，各自使用自己的 AccessKey 和调用额度读取</translation>
    </message>
</context>
<context>
    <name>FleetTableModel</name>
    <message>
        <source>%1 ago</source>
        <extracomment>how long ago an application&apos;s health was read: &quot;12s ago&quot;</extracomment>
        <translation>%1前</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>检查于</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>a fleet row of another profile: %1 region, %2 profile (&quot;cn-hangzhou · staging-account&quot;)</extracomment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>FleetTileView</name>
    <message>
        <source>Fleet tiles</source>
        <translation>应用卡片</translation>
    </message>
    <message>
        <source>No application to show.</source>
        <translation>没有可显示的应用。</translation>
    </message>
    <message>
        <source>Nothing wrong known</source>
        <translation>未发现问题</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>（无地域）</translation>
    </message>
    <message>
        <source>(no namespace)</source>
        <translation>（无命名空间）</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 of %n need someone</source>
        <extracomment>a group of tiles: &quot;prod — 2 of 9 need someone&quot;; %1: namespace or region, %2: how many need someone</extracomment>
        <translation>
            <numerusform>%1 — %n 个中有 %2 个需要处理</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>tooltip of a fleet tile: &quot;order-service: 40&quot;, then one reason per line</extracomment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>FleetTrayIcon</name>
    <message>
        <source>&amp;Notifications</source>
        <translation>通知(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Mute namespace</source>
        <translation>静音命名空间(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Remind of a waiting sign-off after</source>
        <translation>待确认超过以下时长时提醒(&amp;R)</translation>
    </message>
    <message>
        <source>Open the last notification</source>
        <translation>打开最近一条通知</translation>
    </message>
    <message>
        <source>Show Ops Console</source>
        <translation>显示运维控制台</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <extracomment>the rest of a summary notification&apos;s list: %n more alerts</extracomment>
        <translation>
            <numerusform>… 另有 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) in the fleet</source>
        <extracomment>one notification for many alerts at once</extracomment>
        <translation>
            <numerusform>%n 条应用告警</numerusform>
        </translation>
    </message>
    <message>
        <source>Open: %1</source>
        <extracomment>menu entry; %1: the last notification&apos;s title</extracomment>
        <translation>打开：%1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>Ops Console — %n application(s) need someone</source>
        <extracomment>tray tooltip; %n applications needing someone</extracomment>
        <translation>
            <numerusform>运维控制台 — %n 个应用需要处理</numerusform>
        </translation>
    </message>
    <message>
        <source>Ops Console — the fleet is fine</source>
        <translation>运维控制台 — 所有应用运行正常</translation>
    </message>
</context>
<context>
    <name>GoToApplicationDialog</name>
    <message>
        <source>Go to application: type a name or ID</source>
        <translation>转到应用：输入名称或 ID</translation>
    </message>
    <message>
        <source>Go to application</source>
        <translation>转到应用</translation>
    </message>
    <message>
        <source>No applications to go to.</source>
        <translation>没有可转到的应用。</translation>
    </message>
    <message>
        <source>No application matches “%1”.</source>
        <extracomment>%1 is what the user typed</extracomment>
        <translation>没有与“%1”匹配的应用。</translation>
    </message>
</context>
<context>
    <name>HandOverReport</name>
    <message>
        <source>Nothing.</source>
        <extracomment>an empty section of the hand-over report</extracomment>
        <translation>无。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>an application and its namespace: &quot;order-service (production)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>profile %1</source>
        <extracomment>who acted, when the journal has no OS user: %1 = the console profile</extracomment>
        <translation>配置 %1</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>未知用户</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>a sign-off or operation comment in the hand-over report, in quotes</extracomment>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Hand-over — %1</source>
        <extracomment>title of the hand-over report: %1 = the profile</extracomment>
        <translation>交接报告 — %1</translation>
    </message>
    <message>
        <source>Hand-over — %1 · %2</source>
        <extracomment>title of the hand-over report: %1 = the profile, %2 = the region(s)</extracomment>
        <translation>交接报告 — %1 · %2</translation>
    </message>
    <message>
        <source>Shift</source>
        <extracomment>the shift a hand-over report covers: %1 = start, %2 = end</extracomment>
        <translation>班次</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>By</source>
        <extracomment>who generated the hand-over report</extracomment>
        <translation>生成人</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 application(s) need someone</source>
        <extracomment>summary of the hand-over: %n applications need attention, %1 = applications in all</extracomment>
        <translation>
            <numerusform>%1 个应用中有 %n 个需要处理</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) wait for sign-off</source>
        <translation>
            <numerusform>%n 个变更待确认</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) taken</source>
        <translation>
            <numerusform>已执行 %n 项操作</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Needs attention now</source>
        <translation>当前需要处理</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>健康分</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Since (UTC)</source>
        <extracomment>column of a table whose times are in UTC</extracomment>
        <translation>开始时间（UTC）</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最近变更</translation>
    </message>
    <message>
        <source>Waiting for sign-off</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>Change order</source>
        <translation>变更单</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Waiting since (UTC)</source>
        <translation>开始等待时间（UTC）</translation>
    </message>
    <message>
        <source>Changing</source>
        <translation>变更中</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>开始时间（UTC）</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>期间事件</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>已执行的操作</translation>
    </message>
    <message>
        <source>Change order %1</source>
        <extracomment>a group of journal lines in the hand-over: %1 = the change order ID(s)</extracomment>
        <translation>变更单 %1</translation>
    </message>
</context>
<context>
    <name>InstanceLogPanel</name>
    <message>
        <source>Current run</source>
        <translation>本次运行</translation>
    </message>
    <message>
        <source>Previous run</source>
        <translation>上次运行</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>实时跟踪</translation>
    </message>
    <message>
        <source>Wrap lines</source>
        <translation>自动换行</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>The instance whose log is shown</source>
        <extracomment>tooltip of the instance selector of the Logs tab</extracomment>
        <translation>显示其日志的实例</translation>
    </message>
    <message>
        <source>The log of the container that runs now</source>
        <translation>当前运行中容器的日志</translation>
    </message>
    <message>
        <source>The log of the container before the last restart: why it stopped</source>
        <translation>上次重启前容器的日志：可查看其停止原因</translation>
    </message>
    <message>
        <source>Keep loading the log while this is on</source>
        <translation>开启后持续加载最新日志</translation>
    </message>
    <message>
        <source>Find in log (Ctrl+F)</source>
        <translation>在日志中查找（Ctrl+F）</translation>
    </message>
    <message numerus="yes">
        <source>%n restart(s)</source>
        <translation>
            <numerusform>重启 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>No matches</source>
        <extracomment>find in log: nothing matches</extracomment>
        <translation>无匹配</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>find in log: the match shown, of how many; &quot;3 of 12&quot;</extracomment>
        <translation>第 %1 / %2 处</translation>
    </message>
    <message>
        <source>Choose an instance to read its log.</source>
        <translation>选择一个实例以查看其日志。</translation>
    </message>
    <message>
        <source>The log is empty.</source>
        <translation>日志为空。</translation>
    </message>
    <message>
        <source>Save Log</source>
        <translation>保存日志</translation>
    </message>
    <message>
        <source>Log files (*.log)</source>
        <translation>日志文件 (*.log)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <extracomment>shown next to the Save… button while the file is written</extracomment>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <extracomment>%1 is a file name, %2 the system&apos;s reason</extracomment>
        <translation>无法保存 %1：%2</translation>
    </message>
</context>
<context>
    <name>InstancePanel</name>
    <message>
        <source>⚠ Stale: data from %1</source>
        <translation>⚠ 数据已过期：最后更新于 %1</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Instances of %1</source>
        <extracomment>%1 is an application name</extracomment>
        <translation>%1 的实例</translation>
    </message>
    <message>
        <source>(loading…)</source>
        <translation>（加载中…）</translation>
    </message>
    <message>
        <source>Only instances needing attention</source>
        <translation>只看需要关注的实例</translation>
    </message>
    <message>
        <source>Restart…</source>
        <translation>重启…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Show only instances whose container or health check is failing</source>
        <translation>只显示容器异常或健康检查失败的实例</translation>
    </message>
    <message>
        <source>Restart the selected instances</source>
        <translation>重启所选实例</translation>
    </message>
    <message>
        <source>Delete the selected instances; the platform replaces them</source>
        <translation>删除所选实例；平台会创建新的实例替代</translation>
    </message>
    <message>
        <source>(%1 of %2 need attention)</source>
        <extracomment>after the title while the attention filter is on: %1 shown of %2 instances</extracomment>
        <translation>（%2 个中有 %1 个需要关注）</translation>
    </message>
    <message>
        <source>Show log</source>
        <translation>查看日志</translation>
    </message>
    <message>
        <source>Copy instance ID</source>
        <translation>复制实例 ID</translation>
    </message>
    <message numerus="yes">
        <source>Restart %n instance(s)…</source>
        <translation>
            <numerusform>重启 %n 个实例…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n instance(s)…</source>
        <translation>
            <numerusform>删除 %n 个实例…</numerusform>
        </translation>
    </message>
    <message>
        <source>Show events</source>
        <translation>查看事件</translation>
    </message>
</context>
<context>
    <name>InstanceTableModel</name>
    <message>
        <source>Elastic IP: %1</source>
        <translation>弹性公网 IP：%1</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康状态</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>重启次数</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>运行时长</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <extracomment>both liveness and readiness checks fail</extracomment>
        <translation>不健康</translation>
    </message>
    <message>
        <source>Liveness failing</source>
        <translation>存活检查失败</translation>
    </message>
    <message>
        <source>Readiness failing</source>
        <translation>就绪检查失败</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>检查中</translation>
    </message>
    <message>
        <source>No health check</source>
        <translation>未配置健康检查</translation>
    </message>
    <message>
        <source>No liveness check</source>
        <translation>未配置存活检查</translation>
    </message>
    <message>
        <source>No readiness check</source>
        <translation>未配置就绪检查</translation>
    </message>
    <message>
        <source>Running</source>
        <extracomment>instance status (Kubernetes&apos; Running)</extracomment>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Pending</source>
        <extracomment>instance status (Kubernetes&apos; Pending: waiting to be scheduled or started)</extracomment>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Terminating</source>
        <extracomment>instance status (Kubernetes&apos; Terminating)</extracomment>
        <translation>终止中</translation>
    </message>
    <message>
        <source>Initializing</source>
        <extracomment>instance status (its init containers are running)</extracomment>
        <translation>初始化中</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>health column: %1 the failed check, %2 the platform&apos;s message (first line)</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Group</source>
        <extracomment>column header: the instance group (e.g. the canary group)</extracomment>
        <translation>分组</translation>
    </message>
</context>
<context>
    <name>JournalTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>who acted: %1 is the operating system user, %2 the console profile</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>配置：%1</translation>
    </message>
    <message>
        <source>AccessKey ID: %1</source>
        <translation>AccessKey ID：%1</translation>
    </message>
    <message>
        <source>OS user: %1</source>
        <translation>系统用户：%1</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>地域：%1</translation>
    </message>
    <message>
        <source>Namespace: %1 (%2)</source>
        <translation>命名空间：%1（%2）</translation>
    </message>
    <message>
        <source>Application: %1 (%2)</source>
        <translation>应用：%1（%2）</translation>
    </message>
    <message>
        <source>Instances: %1</source>
        <translation>实例：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the platform&apos;s error code, %2 its message</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <extracomment>column header: who performed the operation</extracomment>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <extracomment>column header: what the operation did (deploy, restart...)</extracomment>
        <translation>操作</translation>
    </message>
    <message>
        <source>Where</source>
        <extracomment>column header: region / namespace / application</extracomment>
        <translation>位置</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>RequestId</source>
        <translation>RequestId</translation>
    </message>
    <message>
        <source>ChangeOrderId</source>
        <translation>ChangeOrderId</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Requested</source>
        <extracomment>outcome of an operation: the user confirmed it, the call is being sent</extracomment>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Accepted</source>
        <extracomment>outcome of an operation: the platform took it</extracomment>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled by user</source>
        <translation>用户已取消</translation>
    </message>
    <message>
        <source>Unknown (timed out)</source>
        <extracomment>outcome of an operation: no answer came, it may or may not have happened</extracomment>
        <translation>未知（超时）</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>回滚</translation>
    </message>
    <message>
        <source>Rescale</source>
        <translation>扩缩容</translation>
    </message>
    <message>
        <source>Restart application</source>
        <translation>重启应用</translation>
    </message>
    <message>
        <source>Restart instances</source>
        <translation>重启实例</translation>
    </message>
    <message>
        <source>Delete instances</source>
        <translation>删除实例</translation>
    </message>
    <message>
        <source>Stop</source>
        <extracomment>an operation on an application</extracomment>
        <translation>停止</translation>
    </message>
    <message>
        <source>Start</source>
        <extracomment>an operation on an application</extracomment>
        <translation>启动</translation>
    </message>
    <message>
        <source>Confirm next batch</source>
        <extracomment>a change order&apos;s manual batch confirmation</extracomment>
        <translation>确认下一批</translation>
    </message>
    <message>
        <source>Stop change</source>
        <extracomment>stopping a running change order</extracomment>
        <translation>终止变更</translation>
    </message>
    <message>
        <source>Stop change and roll back</source>
        <translation>终止变更并回滚</translation>
    </message>
    <message>
        <source>Create scaling rule</source>
        <translation>创建弹性策略</translation>
    </message>
    <message>
        <source>Edit scaling rule</source>
        <translation>修改弹性策略</translation>
    </message>
    <message>
        <source>Enable scaling rule</source>
        <translation>启用弹性策略</translation>
    </message>
    <message>
        <source>Disable scaling rule</source>
        <translation>停用弹性策略</translation>
    </message>
    <message>
        <source>Delete scaling rule</source>
        <translation>删除弹性策略</translation>
    </message>
</context>
<context>
    <name>JournalWriter</name>
    <message>
        <source>The journal has no location: the system gives no folder for application data.</source>
        <translation>操作日志没有存放位置：系统未提供应用数据目录。</translation>
    </message>
    <message>
        <source>The journal entry is too large (%1 bytes).</source>
        <translation>操作日志条目过大（%1 字节）。</translation>
    </message>
    <message>
        <source>Cannot create the journal folder %1.</source>
        <translation>无法创建操作日志目录 %1。</translation>
    </message>
    <message>
        <source>Cannot open the journal %1: %2</source>
        <translation>无法打开操作日志 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read the journal %1: %2</source>
        <translation>无法读取操作日志 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write to the journal %1: %2</source>
        <translation>无法写入操作日志 %1：%2</translation>
    </message>
    <message>
        <source>Cannot save the journal %1 to disk: %2</source>
        <translation>无法将操作日志 %1 保存到磁盘：%2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ops Console</source>
        <translation>运维控制台</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find Application</source>
        <translation>查找应用(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Namespace:</source>
        <translation>命名空间：</translation>
    </message>
    <message>
        <source>Profile: which account and endpoint</source>
        <translation>配置档：使用哪个账号和接入点</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Calls sent in the last minute, of the platform&apos;s limit of calls per minute shared by every API</source>
        <translation>最近一分钟已发出的调用数，以及平台每分钟调用上限（所有 API 共用）</translation>
    </message>
    <message>
        <source>Reload from the platform (F5)</source>
        <translation>从平台重新加载（F5）</translation>
    </message>
    <message>
        <source>&amp;Go to Application…</source>
        <translation>转到应用(&amp;G)…</translation>
    </message>
    <message>
        <source>Jump to an application by typing part of its name (Ctrl+K)</source>
        <translation>输入应用名称的一部分即可跳转（Ctrl+K）</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>清除筛选(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概览(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Instances</source>
        <translation>实例(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Monitoring</source>
        <translation>监控(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>事件(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Logs</source>
        <translation>日志(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Application</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Restart…</source>
        <translation>重启(&amp;R)…</translation>
    </message>
    <message>
        <source>S&amp;top…</source>
        <translation>停止(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Start…</source>
        <translation>启动(&amp;S)…</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>配置档：</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>地域：</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Throttled</source>
        <extracomment>status bar: the platform asked the console to slow down</extracomment>
        <translation>已限流</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Calls %1/%2 per min</source>
        <extracomment>status bar: %1 calls sent in the last minute, %2 the limit per minute</extracomment>
        <translation>调用 %1/%2 次/分钟</translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n 个排队中</numerusform>
        </translation>
    </message>
    <message>
        <source>Protected namespace “%1”: every change here asks you to type the application&apos;s name to confirm.</source>
        <extracomment>banner over a production namespace; %1 is its name</extracomment>
        <translation>受保护的命名空间“%1”：此处的每项变更都需要输入应用名称确认。</translation>
    </message>
    <message>
        <source>Updated %1 ago</source>
        <extracomment>status bar: the age of the application list, e.g. &quot;Updated 12s ago&quot;</extracomment>
        <translation>%1前更新</translation>
    </message>
    <message>
        <source>&amp;Scaling</source>
        <translation>弹性伸缩(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Changes</source>
        <translation>变更记录(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Deploy…</source>
        <translation>部署(&amp;D)…</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>Change orders waiting for a person (Ctrl+Shift+S)</source>
        <translation>等待人工确认的变更单（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <source>Sign-off (%1)</source>
        <extracomment>the toolbar button of the sign-off inbox, with how many change orders wait</extracomment>
        <translation>待确认（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n waiting for sign-off</source>
        <extracomment>window title: %1 is where the console works, %n how many change orders wait for a person</extracomment>
        <translation>
            <numerusform>%1 — %n 个变更待确认</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Fleet</source>
        <translation>全局概览(&amp;F)</translation>
    </message>
    <message>
        <source>Every application of the region by health, the worst first (Ctrl+Shift+F)</source>
        <translation>按健康度列出本地域的所有应用，最差的在前（Ctrl+Shift+F）</translation>
    </message>
    <message>
        <source>&amp;What changed</source>
        <translation>变更时间线(&amp;W)</translation>
    </message>
</context>
<context>
    <name>ManualChangeLock</name>
    <message>
        <source>A scaling rule is enabled: manual scale, deploy, restart and stop are blocked. Disable the rule in the Scaling tab to make manual changes.</source>
        <translation>已启用弹性伸缩规则：手动扩缩容、部署、重启和停止均被禁止。如需手动变更，请先在“弹性伸缩”页停用该规则。</translation>
    </message>
    <message>
        <source>A scaling rule is enabled (%1): manual scale, deploy, restart and stop are blocked. Disable the rule to make manual changes.</source>
        <extracomment>%1 is the name of the enabled scaling rule</extracomment>
        <translation>已启用弹性策略（%1）：手动扩缩容、部署、重启和停止均被禁止。如需手动变更，请先停用该策略。</translation>
    </message>
    <message>
        <source>Scaling rules are enabled (%1): manual scale, deploy, restart and stop are blocked. Disable the rules to make manual changes.</source>
        <extracomment>%1 lists the names of the enabled scaling rules</extracomment>
        <translation>已启用多条弹性策略（%1）：手动扩缩容、部署、重启和停止均被禁止。如需手动变更，请先停用这些策略。</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>No AccessKey secret is stored for the profile “%1”.</source>
        <extracomment>%1 is a profile name.</extracomment>
        <translation>配置“%1”没有保存 AccessKey Secret。</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>关闭消息</translation>
    </message>
</context>
<context>
    <name>MetricChartView</name>
    <message>
        <source>No data for this period</source>
        <translation>该时间段内暂无数据</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a crosshair row: %1 = series (instance) name, %2 = value with unit</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 另有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (local %2)</source>
        <extracomment>the crosshair&apos;s time in the schedule&apos;s zone, then the same moment in local time</extracomment>
        <translation>%1（本地 %2）</translation>
    </message>
</context>
<context>
    <name>MonitoringPanel</name>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>时间范围：</translation>
    </message>
    <message>
        <source>1 h</source>
        <extracomment>time range button: the last hour</extracomment>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>6 h</source>
        <extracomment>time range button: the last 6 hours</extracomment>
        <translation>6 小时</translation>
    </message>
    <message>
        <source>24 h</source>
        <extracomment>time range button: the last 24 hours</extracomment>
        <translation>24 小时</translation>
    </message>
    <message>
        <source>7 d</source>
        <extracomment>time range button: the last 7 days</extracomment>
        <translation>7 天</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <source>Instances:</source>
        <translation>实例：</translation>
    </message>
    <message>
        <source>Per instance</source>
        <translation>按实例</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均值</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>重置缩放</translation>
    </message>
    <message>
        <source>Show the whole range again (or double-click a chart)</source>
        <translation>恢复显示完整时间范围（也可双击图表）</translation>
    </message>
    <message>
        <source>From</source>
        <extracomment>custom time range: from &lt;date time&gt; to &lt;date time&gt;</extracomment>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>custom time range: from &lt;date time&gt; to &lt;date time&gt;</extracomment>
        <translation>至</translation>
    </message>
    <message>
        <source>CPU (%)</source>
        <translation>CPU (%)</translation>
    </message>
    <message>
        <source>Memory (%)</source>
        <translation>内存 (%)</translation>
    </message>
    <message>
        <source>QPS (req/s)</source>
        <extracomment>chart title; req/s = requests per second</extracomment>
        <translation>QPS (次/秒)</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>次/秒</translation>
    </message>
    <message>
        <source>Response time (ms)</source>
        <extracomment>chart title; ms = milliseconds</extracomment>
        <translation>响应时间 (ms)</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>重启次数</translation>
    </message>
    <message>
        <source>The start must be before the end.</source>
        <translation>开始时间必须早于结束时间。</translation>
    </message>
    <message>
        <source>Monitoring data goes back 7 days: start at %1 or later.</source>
        <extracomment>%1 is the earliest allowed start, as date and time</extracomment>
        <translation>监控数据仅保留 7 天：开始时间不能早于 %1。</translation>
    </message>
</context>
<context>
    <name>NamespaceListModel</name>
    <message>
        <source>All namespaces</source>
        <translation>全部命名空间</translation>
    </message>
    <message>
        <source>Every application of the region</source>
        <translation>该地域的全部应用</translation>
    </message>
</context>
<context>
    <name>OperationController</name>
    <message numerus="yes">
        <source>Restart %n instance(s)</source>
        <translation>
            <numerusform>重启 %n 个实例</numerusform>
        </translation>
    </message>
    <message>
        <source>Each instance&apos;s container restarts in place and serves no traffic until its readiness check passes again, usually under a minute. The other instances keep serving.</source>
        <translation>每个实例的容器原地重启，在就绪检查再次通过前不接收流量，通常不到一分钟。其他实例继续提供服务。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n instance(s)</source>
        <translation>
            <numerusform>删除 %n 个实例</numerusform>
        </translation>
    </message>
    <message>
        <source>The instances are removed and their local state and logs are lost; the platform starts new ones to keep the application&apos;s instance count.</source>
        <translation>这些实例将被删除，其本地状态和日志会丢失；平台会启动新实例以保持应用的实例数。</translation>
    </message>
    <message>
        <source>Restart application</source>
        <translation>重启应用</translation>
    </message>
    <message numerus="yes">
        <source>All %n instance(s) restart batch by batch; capacity drops by one batch while each batch restarts.</source>
        <translation>
            <numerusform>全部 %n 个实例分批重启；每批重启期间容量减少一批。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop application</source>
        <translation>停止应用</translation>
    </message>
    <message numerus="yes">
        <source>All %n instance(s) stop and the application serves no traffic until it is started again.</source>
        <translation>
            <numerusform>全部 %n 个实例将停止，应用在再次启动前不提供服务。</numerusform>
        </translation>
    </message>
    <message>
        <source>Start application</source>
        <translation>启动应用</translation>
    </message>
    <message>
        <source>The application starts with the instance count it had when it was stopped.</source>
        <translation>应用将按停止时的实例数启动。</translation>
    </message>
    <message>
        <source>%1 is already under way for %2; wait for it to finish.</source>
        <translation>%2 的“%1”正在进行中，请等待其完成。</translation>
    </message>
    <message>
        <source>%1: sending…</source>
        <translation>%1：正在发送…</translation>
    </message>
    <message>
        <source>%1: accepted, change order %2; following it…</source>
        <translation>%1：平台已受理，变更单 %2，正在跟踪…</translation>
    </message>
    <message>
        <source>%1 was refused.</source>
        <translation>%1 被拒绝。</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1：已完成。</translation>
    </message>
    <message>
        <source>%1 did not finish well.</source>
        <translation>%1 未能成功完成。</translation>
    </message>
    <message>
        <source>Could not write the operations journal (%1): %2. Nothing was sent.</source>
        <translation>无法写入操作日志（%1）：%2。未发送任何请求。</translation>
    </message>
    <message>
        <source>%1: could not check the application&apos;s scaling rules, so nothing was sent. %2</source>
        <translation>%1：无法检查应用的弹性策略，因此未发送任何请求。%2</translation>
    </message>
    <message>
        <source>%1: no answer; it may or may not have happened. Check the application before trying again.</source>
        <translation>%1：没有应答，操作可能已执行，也可能没有。请先检查应用再重试。</translation>
    </message>
    <message>
        <source>%1: no answer; reading the application&apos;s change orders to see whether it started…</source>
        <translation>%1：没有应答，正在读取应用的变更单以确认操作是否已开始…</translation>
    </message>
    <message>
        <source>%1: the call got no answer, but change order %2 started; following it…</source>
        <translation>%1：调用没有应答，但变更单 %2 已开始执行，正在跟踪…</translation>
    </message>
    <message>
        <source>%1: nothing was sent. %2</source>
        <translation>%1：未发送任何请求。%2</translation>
    </message>
</context>
<context>
    <name>OtherProfilesFleet</name>
    <message>
        <source>The fleet cannot include profile %1: %2</source>
        <extracomment>%1: a profile&apos;s name, %2: why its secret could not be read</extracomment>
        <translation>全局概览无法包含配置 %1：%2</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Local emulator</source>
        <extracomment>The name of the profile a first run creates: the SAE emulator built into the console.</extracomment>
        <translation>本地模拟器</translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation>配置需要一个名称。</translation>
    </message>
    <message>
        <source>The profile name must not begin or end with a space.</source>
        <translation>配置名称的开头和结尾不能是空格。</translation>
    </message>
    <message>
        <source>The profile name is longer than %1 characters.</source>
        <translation>配置名称超过了 %1 个字符。</translation>
    </message>
    <message>
        <source>The profile name must not contain tabs, line breaks or control characters.</source>
        <translation>配置名称不能包含制表符、换行符或控制字符。</translation>
    </message>
    <message>
        <source>The profile needs at least one region.</source>
        <translation>配置至少需要一个地域。</translation>
    </message>
    <message>
        <source>“%1” is not a region ID such as cn-hangzhou.</source>
        <extracomment>%1 is what the user typed as a region; cn-hangzhou is an example of a region ID.</extracomment>
        <translation>“%1”不是地域 ID（例如 cn-hangzhou）。</translation>
    </message>
    <message>
        <source>The region %1 is listed twice.</source>
        <translation>地域 %1 重复出现。</translation>
    </message>
    <message>
        <source>The SAE endpoint must be an http or https address, not “%1”.</source>
        <translation>SAE 服务地址必须是 http 或 https 地址，而不是“%1”。</translation>
    </message>
    <message>
        <source>The CloudMonitor endpoint must be an http or https address, not “%1”.</source>
        <translation>云监控服务地址必须是 http 或 https 地址，而不是“%1”。</translation>
    </message>
    <message>
        <source>The profile needs an AccessKey ID.</source>
        <translation>配置需要一个 AccessKey ID。</translation>
    </message>
    <message>
        <source>The AccessKey ID must not contain spaces.</source>
        <translation>AccessKey ID 不能包含空格。</translation>
    </message>
    <message>
        <source>The call budget must be from %1 to %2 calls per minute.</source>
        <translation>调用预算必须在每分钟 %1 到 %2 次之间。</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The profile “%1” was skipped: its setting “%2” has a value of the wrong type.</source>
        <extracomment>%1 is a profile name, %2 a settings key such as callsPerMinute.</extracomment>
        <translation>已跳过配置“%1”：其设置项“%2”的值类型错误。</translation>
    </message>
    <message>
        <source>The profile “%1” was skipped: its kind “%2” is unknown.</source>
        <extracomment>%1 is a profile name, %2 the unknown kind as written in the settings file.</extracomment>
        <translation>已跳过配置“%1”：其类型“%2”未知。</translation>
    </message>
    <message>
        <source>The profile “%1” was skipped: %2</source>
        <extracomment>%1 is a profile name, %2 the first problem found with it.</extracomment>
        <translation>已跳过配置“%1”：%2</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists.</source>
        <extracomment>%1 is a profile name.</extracomment>
        <translation>名为“%1”的配置已存在。</translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <extracomment>%1 is a profile name.</extracomment>
        <translation>不存在名为“%1”的配置。</translation>
    </message>
</context>
<context>
    <name>ReleaseBatchPlan</name>
    <message>
        <source>No instance runs: nothing restarts.</source>
        <translation>没有运行中的实例：不会重启任何实例。</translation>
    </message>
    <message numerus="yes">
        <source>All %n instance(s) restart at once; the application may not serve while they start.</source>
        <extracomment>a single-batch release of %n instances</extracomment>
        <translation>
            <numerusform>全部 %n 个实例同时重启；启动期间应用可能无法提供服务。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n instance(s) restart at a time; at least %2 stay ready.</source>
        <extracomment>%1 of %n instances in the largest batch; %2 instances stay ready</extracomment>
        <translation>
            <numerusform>每次重启 %n 个实例中的 %1 个；至少 %2 个保持就绪。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseController</name>
    <message>
        <source>Change order</source>
        <translation>变更单</translation>
    </message>
    <message>
        <source>Batch gate</source>
        <translation>分批确认</translation>
    </message>
    <message>
        <source>Sign-off inbox</source>
        <translation>待确认列表</translation>
    </message>
    <message>
        <source>Change order %1 (%2)</source>
        <extracomment>%1 is the change order&apos;s description or type</extracomment>
        <translation>变更单 %1（%2）</translation>
    </message>
    <message>
        <source>Continue the release</source>
        <translation>继续发布</translation>
    </message>
    <message>
        <source>Batch %1 of %2 starts: its instances are replaced by the new version.</source>
        <translation>开始发布第 %1 批（共 %2 批）：该批实例将替换为新版本。</translation>
    </message>
    <message>
        <source>The next batch starts.</source>
        <translation>开始发布下一批。</translation>
    </message>
    <message>
        <source>Stop the release</source>
        <translation>终止发布</translation>
    </message>
    <message>
        <source>The release ends here. Instances already released keep the new version; the rest keep the old one until another deploy.</source>
        <translation>发布到此结束。已发布的实例保持新版本，其余实例保持旧版本，直到下一次部署。</translation>
    </message>
    <message>
        <source>Stop and roll back</source>
        <translation>终止并回滚</translation>
    </message>
    <message>
        <source>The release ends and a rollback change order puts the previous version back on the released instances.</source>
        <translation>发布结束，并由一个回滚变更单将已发布的实例恢复为之前的版本。</translation>
    </message>
    <message>
        <source>Export release record</source>
        <translation>导出发布记录</translation>
    </message>
    <message>
        <source>PDF and Markdown (*.pdf)</source>
        <translation>PDF 和 Markdown (*.pdf)</translation>
    </message>
    <message>
        <source>Exporting the release record of %1…</source>
        <translation>正在导出 %1 的发布记录…</translation>
    </message>
    <message>
        <source>Could not read change order %1 for its record. %2</source>
        <translation>无法读取变更单 %1 以生成发布记录。%2</translation>
    </message>
    <message>
        <source>Release record %1</source>
        <translation>发布记录 %1</translation>
    </message>
    <message>
        <source>Could not write the release record: %1</source>
        <translation>无法写入发布记录：%1</translation>
    </message>
    <message>
        <source>Release record written to %1 and %2.</source>
        <translation>发布记录已写入 %1 和 %2。</translation>
    </message>
    <message>
        <source>Could not read the application&apos;s instance groups.</source>
        <translation>无法读取应用的实例分组。</translation>
    </message>
    <message>
        <source>Could not read the change order again: %1</source>
        <translation>无法再次读取变更单：%1</translation>
    </message>
    <message>
        <source>The release moved on since the gate was opened; look at it again.</source>
        <translation>打开分批确认后，发布已继续进行；请重新查看。</translation>
    </message>
</context>
<context>
    <name>ReleaseOptions</name>
    <message>
        <source>The minimum of ready instances must be -1 (SAE&apos;s recommendation) or more.</source>
        <translation>最小就绪实例数必须为 -1（采用 SAE 推荐值）或更大。</translation>
    </message>
    <message>
        <source>The minimum ready ratio must be -1 (not used) or a percentage from 0 to 100.</source>
        <translation>最小就绪实例比例必须为 -1（不使用）或 0 到 100 之间的百分比。</translation>
    </message>
    <message>
        <source>%1 of %2 instances must stay ready, so none could be replaced. Keep fewer ready.</source>
        <translation>%2 个实例中须有 %1 个保持就绪，因此无法替换任何实例。请减少保持就绪的实例数。</translation>
    </message>
    <message>
        <source>The wait between batches must not be negative.</source>
        <translation>分批间隔时间不能为负数。</translation>
    </message>
    <message>
        <source>Batches must be from 1 to %1.</source>
        <translation>批次数必须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>A gray release needs at least one gray instance.</source>
        <translation>灰度发布至少需要一个灰度实例。</translation>
    </message>
</context>
<context>
    <name>ReleaseRecord</name>
    <message>
        <source>unknown user</source>
        <translation>未知用户</translation>
    </message>
    <message>
        <source>%1 (profile %2, AccessKey ID %3)</source>
        <extracomment>who acted: %1 = OS user, %2 = console profile, %3 = AccessKey ID (never the secret)</extracomment>
        <translation>%1（配置 %2，AccessKey ID %3）</translation>
    </message>
    <message>
        <source>%1 (gray)</source>
        <extracomment>a batch of a change order: %1 = its number; the gray (canary) batch</extracomment>
        <translation>%1（灰度）</translation>
    </message>
    <message>
        <source>Stop and roll back</source>
        <translation>终止并回滚</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>终止</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Refused (%1)</source>
        <translation>被拒绝（%1）</translation>
    </message>
    <message>
        <source>(RequestId %1)</source>
        <translation>（RequestId %1）</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Accepted (RequestId %1)</source>
        <translation>已受理（RequestId %1）</translation>
    </message>
    <message>
        <source>No answer in time; whether it was taken is not known</source>
        <translation>未及时应答，无法确定是否已执行</translation>
    </message>
    <message>
        <source>Cancelled before it was sent</source>
        <translation>发送前已取消</translation>
    </message>
    <message>
        <source>No answer recorded</source>
        <translation>未记录应答</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>ready instances: &quot;2 of 3&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Metrics shown, over %1 min from %2 to %3:</source>
        <extracomment>%1 = minutes, %2 and %3 = times in UTC</extracomment>
        <translation>当时显示的指标（%2 至 %3，共 %1 分钟）：</translation>
    </message>
    <message>
        <source>Metrics shown, over the last %1 min:</source>
        <translation>当时显示的指标（最近 %1 分钟）：</translation>
    </message>
    <message>
        <source>Metrics shown:</source>
        <translation>当时显示的指标：</translation>
    </message>
    <message>
        <source>This batch (%1)</source>
        <extracomment>column of the sign-off metrics: %1 = how many instances the released batch has</extracomment>
        <translation>本批次（%1）</translation>
    </message>
    <message>
        <source>The rest (%1)</source>
        <extracomment>column of the sign-off metrics: %1 = how many other instances there are</extracomment>
        <translation>其余实例（%1）</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>RT</source>
        <extracomment>response time</extracomment>
        <translation>RT</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>重启次数</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Instances of this batch: %1</source>
        <translation>本批次实例：%1</translation>
    </message>
    <message>
        <source>Release record: %1 · %2</source>
        <extracomment>title of a release record: %1 = application, %2 = kind of change (&quot;Deploy&quot;)</extracomment>
        <translation>发布记录：%1 · %2</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Change order</source>
        <translation>变更单</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>发起的请求</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>分批计划</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>实例数</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>Waits for confirmation</source>
        <extracomment>after this batch the release waits for a person</extracomment>
        <translation>等待确认</translation>
    </message>
    <message>
        <source>Continues</source>
        <translation>自动继续</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>配置项</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>变更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>变更后</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation>人工确认记录</translation>
    </message>
    <message>
        <source>No sign-offs were recorded.</source>
        <translation>没有人工确认记录。</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>确认人</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <extracomment>the pipeline a sign-off named: %1 = its ID, %2 = &quot;2&quot; or &quot;1 (gray)&quot;, %3 = how many batches</extracomment>
        <translation>批次（Pipeline）</translation>
    </message>
    <message>
        <source>%1, batch %2 of %3</source>
        <translation>%1，批次 %2（共 %3 批）</translation>
    </message>
    <message>
        <source>rollback change order %1</source>
        <translation>回滚变更单 %1</translation>
    </message>
    <message>
        <source>No comment was given.</source>
        <translation>未填写说明。</translation>
    </message>
    <message>
        <source>Final status</source>
        <translation>最终状态</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Rolled back by</source>
        <translation>已回滚</translation>
    </message>
    <message>
        <source>change order %1</source>
        <translation>变更单 %1</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>RequestId</source>
        <translation>RequestId</translation>
    </message>
    <message>
        <source>ChangeOrderId</source>
        <translation>ChangeOrderId</translation>
    </message>
</context>
<context>
    <name>ReleaseRecordPdf</name>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>footer of an exported record&apos;s page: %1 = this page, %2 = how many</extracomment>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Could not write %1: the PDF could not be started</source>
        <translation>无法写入 %1：无法创建 PDF</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <extracomment>%1 = the file, %2 = the system&apos;s reason</extracomment>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>RequestScheduler</name>
    <message>
        <source>The request was dropped before it was answered.</source>
        <translation>请求在得到应答之前被丢弃。</translation>
    </message>
</context>
<context>
    <name>RescaleDialog</name>
    <message>
        <source>Rescale %1</source>
        <extracomment>window title; %1 is an application name</extracomment>
        <translation>扩缩容 %1</translation>
    </message>
    <message>
        <source>SAE allows up to %1 instances without an allow-list</source>
        <translation>未申请白名单时，SAE 最多允许 %1 个实例</translation>
    </message>
    <message>
        <source>Instances that must stay ready while instances are replaced; 0 allows an interruption. It must be less than the new instance count.</source>
        <translation>替换实例期间必须保持就绪的实例数；0 表示允许业务中断。必须小于新的实例数。</translation>
    </message>
    <message>
        <source>Rescale…</source>
        <extracomment>OK button of the rescale dialog: goes on to the confirmation</extracomment>
        <translation>扩缩容…</translation>
    </message>
    <message>
        <source>Instances:</source>
        <extracomment>form label: the new number of instances</extracomment>
        <translation>实例数：</translation>
    </message>
    <message>
        <source>Minimum ready instances:</source>
        <extracomment>form label: SAE&apos;s MinReadyInstances</extracomment>
        <translation>最小就绪实例数：</translation>
    </message>
    <message>
        <source>current %1 → new %2</source>
        <extracomment>%1 the current instance count, %2 the chosen one</extracomment>
        <translation>当前 %1 → 调整为 %2</translation>
    </message>
    <message numerus="yes">
        <source>Adds %n instance(s).</source>
        <translation>
            <numerusform>增加 %n 个实例。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removes %n instance(s); each stops receiving traffic before it is stopped.</source>
        <translation>
            <numerusform>减少 %n 个实例；每个实例先摘除流量，再停止。</numerusform>
        </translation>
    </message>
    <message>
        <source>No change: the application already has this many instances.</source>
        <translation>无变化：应用已是该实例数。</translation>
    </message>
    <message>
        <source>Choose a different number of instances</source>
        <translation>请选择与当前不同的实例数</translation>
    </message>
</context>
<context>
    <name>ResponseInterpreter</name>
    <message>
        <source>The platform did not answer in time.</source>
        <translation>平台未能及时响应。</translation>
    </message>
    <message>
        <source>The platform could not be reached.</source>
        <translation>无法连接到平台。</translation>
    </message>
    <message>
        <source>The connection closed before the answer was complete.</source>
        <translation>连接在响应完整返回前已关闭。</translation>
    </message>
    <message>
        <source>The platform answered with an error and no readable details.</source>
        <translation>平台返回了错误，但没有可读的详细信息。</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>The platform&apos;s answer could not be read: %1</source>
        <translation>无法解析平台的响应：%1</translation>
    </message>
    <message>
        <source>The platform reported an error.</source>
        <translation>平台报告了错误。</translation>
    </message>
</context>
<context>
    <name>SaeJsonReader</name>
    <message>
        <source>Unexpected answer from the platform: %1</source>
        <extracomment>%1 names the part of the platform&apos;s answer that could not be read, e.g. &quot;Data.Applications[3].AppId&quot;</extracomment>
        <translation>平台返回了意外的响应：%1</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation>%1 不是列表</translation>
    </message>
    <message>
        <source>%1 has the wrong type</source>
        <extracomment>%1 names a field of the platform&apos;s answer that holds another kind of value than it should</extracomment>
        <translation>%1 的类型不正确</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 不是对象</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 不是数字</translation>
    </message>
</context>
<context>
    <name>ScalingController</name>
    <message>
        <source>Scaling rule %1: nothing changed.</source>
        <translation>弹性策略 %1：没有任何改动。</translation>
    </message>
    <message>
        <source>Update scaling rule %1</source>
        <translation>修改弹性策略 %1</translation>
    </message>
    <message>
        <source>The rule is replaced by the settings below and acts on them from its next evaluation; the instance count may change at once.</source>
        <translation>策略将替换为下列设置，并从下一次评估起按新设置生效；实例数可能立即变化。</translation>
    </message>
    <message>
        <source>The rule is replaced by the settings below. It stays disabled and changes nothing until it is enabled.</source>
        <translation>策略将替换为下列设置。它仍处于停用状态，启用之前不会产生任何变化。</translation>
    </message>
    <message>
        <source>Create scaling rule %1</source>
        <translation>创建弹性策略 %1</translation>
    </message>
    <message>
        <source>The rule is enabled at once and from then on sets the instance count. While it is enabled, manual scale, deploy, restart and stop are blocked.</source>
        <translation>策略创建后立即启用，此后由它决定实例数。启用期间，手动扩缩容、部署、重启和停止均被禁止。</translation>
    </message>
    <message>
        <source>The rule is created disabled: it changes nothing until it is enabled.</source>
        <translation>策略创建后处于停用状态：启用之前不会产生任何变化。</translation>
    </message>
    <message>
        <source>Enable scaling rule %1</source>
        <translation>启用弹性策略 %1</translation>
    </message>
    <message>
        <source>From now on the rule sets the instance count. While it is enabled, manual scale, deploy, restart and stop are blocked.</source>
        <translation>从现在起由该策略决定实例数。启用期间，手动扩缩容、部署、重启和停止均被禁止。</translation>
    </message>
    <message>
        <source>Disable scaling rule %1</source>
        <translation>停用弹性策略 %1</translation>
    </message>
    <message>
        <source>The instance count stays where it is now and no longer follows the rule; manual changes are possible again once no rule is enabled.</source>
        <translation>实例数保持当前值，不再跟随该策略；当没有启用的策略时，即可再次手动变更。</translation>
    </message>
    <message>
        <source>Delete scaling rule %1</source>
        <translation>删除弹性策略 %1</translation>
    </message>
    <message>
        <source>The rule stops acting and is removed; the instance count stays where it is now. Its settings are lost.</source>
        <translation>策略停止生效并被删除；实例数保持当前值。策略的设置将丢失。</translation>
    </message>
    <message>
        <source>The rule is removed and its settings are lost.</source>
        <translation>策略将被删除，其设置将丢失。</translation>
    </message>
    <message numerus="yes">
        <source>Rescale to %n instance(s)</source>
        <translation>
            <numerusform>扩缩容至 %n 个实例</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2 instances</source>
        <translation>%1 → %2 个实例</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>实例数</translation>
    </message>
    <message>
        <source>Minimum ready instances</source>
        <translation>最小就绪实例数</translation>
    </message>
    <message numerus="yes">
        <source>%n new instance(s) start; they take traffic once their readiness check passes.</source>
        <translation>
            <numerusform>将启动 %n 个新实例；就绪检查通过后开始接收流量。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) stop after their traffic is drained; at least %1 stay ready throughout.</source>
        <translation>
            <numerusform>%n 个实例将在流量排空后停止；期间至少保持 %1 个实例就绪。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the recorded load from CloudMonitor.</source>
        <translation>无法从云监控读取历史负载。</translation>
    </message>
    <message>
        <source>No answer from the platform: the rule may or may not have been saved. The Scaling tab is read again; check it before saving again.</source>
        <translation>平台没有应答：策略可能已保存，也可能没有。“弹性伸缩”页将重新读取，请确认后再保存。</translation>
    </message>
</context>
<context>
    <name>ScalingPanel</name>
    <message>
        <source>Scaling rules</source>
        <translation>弹性策略</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>New rule ▾</source>
        <extracomment>button that opens a menu of rule types</extracomment>
        <translation>新建策略 ▾</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>新建策略</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Enable…</source>
        <translation>启用…</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>停用…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Rescale…</source>
        <translation>手动扩缩容…</translation>
    </message>
    <message>
        <source>Timing rule…</source>
        <extracomment>menu item: a rule that sets the instance count on a schedule</extracomment>
        <translation>定时策略…</translation>
    </message>
    <message>
        <source>Metric rule…</source>
        <extracomment>menu item: a rule that follows CPU, memory, QPS... between bounds</extracomment>
        <translation>监控指标策略…</translation>
    </message>
    <message>
        <source>Mixed rule…</source>
        <extracomment>menu item: a metric rule whose bounds follow a schedule</extracomment>
        <translation>混合策略…</translation>
    </message>
    <message>
        <source>Change the selected rule</source>
        <translation>修改所选策略</translation>
    </message>
    <message>
        <source>Turn the selected rule on: it then scales the application, and manual changes are blocked</source>
        <translation>启用所选策略：之后由它伸缩应用，手动变更将被禁止</translation>
    </message>
    <message>
        <source>Turn the selected rule off: the instance count stays as it is</source>
        <translation>停用所选策略：实例数保持不变</translation>
    </message>
    <message>
        <source>Delete the selected rule</source>
        <translation>删除所选策略</translation>
    </message>
    <message>
        <source>Change the number of instances by hand</source>
        <translation>手动调整实例数</translation>
    </message>
    <message>
        <source>The application&apos;s instance count is not known yet</source>
        <translation>尚未获取到应用的实例数</translation>
    </message>
    <message>
        <source>An application can have at most %1 scaling rules; delete one to add another</source>
        <extracomment>%1 is the limit (5)</extracomment>
        <translation>每个应用最多 %1 条弹性策略；请先删除一条再新建</translation>
    </message>
    <message>
        <source>Create a scaling rule</source>
        <translation>新建弹性策略</translation>
    </message>
    <message>
        <source>⚠ Stale: data from %1</source>
        <extracomment>shown next to scaling rules whose refresh failed; %1 is the time of the last good data</extracomment>
        <translation>⚠ 数据已过期：最后更新于 %1</translation>
    </message>
    <message>
        <source>The scaling rules could not be read.</source>
        <translation>无法读取弹性策略。</translation>
    </message>
    <message>
        <source>Loading scaling rules…</source>
        <translation>正在加载弹性策略…</translation>
    </message>
    <message>
        <source>No scaling rules. Rules scale the application by schedule or by load.</source>
        <translation>暂无弹性策略。弹性策略可按定时计划或按负载伸缩应用。</translation>
    </message>
    <message>
        <source>Instances: %1 running of %2</source>
        <extracomment>the application&apos;s instances: %1 running, %2 wanted</extracomment>
        <translation>实例：%1 个运行中，目标 %2 个</translation>
    </message>
    <message>
        <source>Live status</source>
        <translation>实时状态</translation>
    </message>
    <message>
        <source>Live status: select a rule</source>
        <translation>实时状态：请选择一条策略</translation>
    </message>
    <message>
        <source>Live status of %1</source>
        <translation>%1 的实时状态</translation>
    </message>
    <message>
        <source>Live status of %1 (disabled)</source>
        <translation>%1 的实时状态（已停用）</translation>
    </message>
    <message>
        <source>(stale)</source>
        <extracomment>after the live status title when the rules could not be refreshed</extracomment>
        <translation>（已过期）</translation>
    </message>
    <message>
        <source>Instances: %1 now, %2 desired</source>
        <extracomment>a metric rule&apos;s live state: %1 instances now, %2 instances it wants</extracomment>
        <translation>实例：当前 %1 个，期望 %2 个</translation>
    </message>
    <message>
        <source>Bounds in force: %1–%2 instances</source>
        <extracomment>the instance bounds the rule applies now (a mixed rule&apos;s schedule may change them)</extracomment>
        <translation>当前生效范围：%1–%2 个实例</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>metric value in percent</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <comment>metric value in milliseconds</comment>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>no data</source>
        <comment>metric value</comment>
        <translation>暂无数据</translation>
    </message>
    <message>
        <source>%1 %2 / target %3</source>
        <extracomment>a metric against its target, e.g. &quot;CPU 72% / target 60%&quot;</extracomment>
        <translation>%1 %2 / 目标 %3</translation>
    </message>
    <message>
        <source>; scales out above %1, in below %2</source>
        <extracomment>after a metric line: the values at which the rule adds or removes instances</extracomment>
        <translation>；高于 %1 扩容，低于 %2 缩容</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>metric and value</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Last scaled: %1 (%2 ago)</source>
        <extracomment>%1 a date and time, %2 how long ago (&quot;12m&quot;)</extracomment>
        <translation>上次伸缩：%1（%2 前）</translation>
    </message>
    <message>
        <source>Last scaled: never</source>
        <translation>上次伸缩：从未</translation>
    </message>
    <message>
        <source>The platform reports no live metrics for this rule.</source>
        <translation>平台未返回该策略的实时指标。</translation>
    </message>
    <message>
        <source>No scheduled change in the next %1 days</source>
        <translation>未来 %1 天内没有定时变更</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n 个实例</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2 instances</source>
        <extracomment>a mixed rule&apos;s bounds from a schedule point, e.g. &quot;5–20 instances&quot;</extracomment>
        <translation>%1–%2 个实例</translation>
    </message>
    <message>
        <source>Next scheduled change: %1 %2 (%3 local time) → %4</source>
        <extracomment>%1 time in the schedule&apos;s zone, %2 the zone (&quot;GMT+8&quot;), %3 the same in local time, %4 the value</extracomment>
        <translation>下次定时变更：%1 %2（本地时间 %3）→ %4</translation>
    </message>
</context>
<context>
    <name>ScalingPreviewView</name>
    <message>
        <source>Schedule over the next 7 days</source>
        <translation>未来 7 天的定时计划</translation>
    </message>
    <message>
        <source>No scheduled change in the next 7 days</source>
        <translation>未来 7 天没有定时变更</translation>
    </message>
    <message>
        <source>Replay over the recorded load</source>
        <translation>按历史负载回放</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>实例数</translation>
    </message>
    <message>
        <source>Loading the recorded load…</source>
        <translation>正在加载历史负载…</translation>
    </message>
    <message>
        <source>No replay: the recorded load could not be loaded.</source>
        <translation>无法回放：历史负载加载失败。</translation>
    </message>
    <message>
        <source>Target replicas</source>
        <translation>目标实例数</translation>
    </message>
    <message>
        <source>Minimum replicas</source>
        <translation>最小实例数</translation>
    </message>
    <message>
        <source>Maximum replicas</source>
        <translation>最大实例数</translation>
    </message>
    <message>
        <source>Replicas (%1)</source>
        <translation>实例数（%1）</translation>
    </message>
    <message>
        <source>This rule has no effect in the next 7 days: none of its points falls in this window.</source>
        <translation>该规则在未来 7 天内不会生效：没有任何触发时间点落在此时间段内。</translation>
    </message>
    <message>
        <source>No change in the next 7 days.</source>
        <translation>未来 7 天内没有变更。</translation>
    </message>
    <message>
        <source>A new timing rule takes effect from its next point: until then the application keeps its current replicas.</source>
        <translation>新建的定时规则从下一个触发时间点开始生效，在此之前应用保持当前实例数。</translation>
    </message>
    <message>
        <source>Before a day&apos;s first point, and on days the schedule does not run, the metric part&apos;s minimum and maximum apply.</source>
        <translation>每天第一个触发时间点之前，以及计划不执行的日期，使用监控指标部分的最小和最大实例数。</translation>
    </message>
    <message>
        <source>Times are in %1, the schedule&apos;s zone; local time in brackets.</source>
        <extracomment>%1 is the schedule&apos;s zone, e.g. GMT+8</extracomment>
        <translation>时间为定时计划所用时区 %1，括号内为本地时间。</translation>
    </message>
    <message>
        <source>%1 (%2 local)</source>
        <extracomment>a schedule time in the schedule&apos;s zone, then in local time: &quot;Mon 08:00 GMT+8 (Mon 01:00 local)&quot;</extracomment>
        <translation>%1（本地 %2）</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>minimum–maximum replicas of a mix rule</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Now → %1</source>
        <extracomment>the value in force when the preview starts: &quot;Now → 10&quot;</extracomment>
        <translation>当前 → %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>a change of the schedule: &quot;Mon 08:00 GMT+8 (Mon 01:00 local) → 10&quot;</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>TCP connections are not recorded by CloudMonitor here; the replay ignores them.</source>
        <translation>此处云监控未记录 TCP 连接数，回放将忽略该指标。</translation>
    </message>
    <message>
        <source>SLB QPS is not recorded by CloudMonitor here; the replay ignores it.</source>
        <translation>此处云监控未记录 SLB QPS，回放将忽略该指标。</translation>
    </message>
    <message>
        <source>SLB RT is not recorded by CloudMonitor here; the replay ignores it.</source>
        <translation>此处云监控未记录 SLB RT，回放将忽略该指标。</translation>
    </message>
    <message>
        <source>Intranet SLB QPS is not recorded by CloudMonitor here; the replay ignores it.</source>
        <translation>此处云监控未记录私网 SLB QPS，回放将忽略该指标。</translation>
    </message>
    <message>
        <source>Intranet SLB RT is not recorded by CloudMonitor here; the replay ignores it.</source>
        <translation>此处云监控未记录私网 SLB RT，回放将忽略该指标。</translation>
    </message>
    <message>
        <source>None of the rule&apos;s metrics is recorded here: the replay never scales.</source>
        <translation>该规则的指标均未被记录，回放不会产生任何扩缩。</translation>
    </message>
    <message>
        <source>A metric without a value blocks scale-ins, as in SAE: the replay never scales in.</source>
        <translation>没有数据的指标会阻止缩容（与 SAE 一致），因此回放不会缩容。</translation>
    </message>
    <message>
        <source>CPU (%)</source>
        <translation>CPU (%)</translation>
    </message>
    <message>
        <source>Memory (%)</source>
        <translation>内存 (%)</translation>
    </message>
    <message>
        <source>QPS per instance (req/s)</source>
        <extracomment>chart title; req/s = requests per second</extracomment>
        <translation>单实例 QPS (次/秒)</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>次/秒</translation>
    </message>
    <message>
        <source>Response time (ms)</source>
        <extracomment>chart title; ms = milliseconds</extracomment>
        <translation>响应时间 (ms)</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均值</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Replaying…</source>
        <translation>正在回放…</translation>
    </message>
    <message>
        <source>Replayed replicas</source>
        <translation>回放实例数</translation>
    </message>
    <message>
        <source>Recorded instances</source>
        <translation>实际实例数</translation>
    </message>
    <message>
        <source>Scaled %1 → %2</source>
        <extracomment>a marker on the replica chart: scaled from %1 to %2 replicas</extracomment>
        <translation>扩缩 %1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%n scale-out(s)</source>
        <translation>
            <numerusform>扩容 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scale-in(s)</source>
        <translation>
            <numerusform>缩容 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3 instance-hours (recorded: %4 instance-hours)</source>
        <extracomment>the replay summary: &quot;2 scale-outs, 1 scale-in, 12.5 instance-hours (recorded: 20.0 instance-hours)&quot;</extracomment>
        <translation>%1，%2，%3 实例小时（实际：%4 实例小时）</translation>
    </message>
    <message>
        <source>%1, %2, %3 instance-hours</source>
        <extracomment>the replay summary without recorded instances: &quot;2 scale-outs, 1 scale-in, 12.5 instance-hours&quot;</extracomment>
        <translation>%1，%2，%3 实例小时</translation>
    </message>
    <message>
        <source>The minimum and maximum follow the schedule in the replay too, in GMT+8.</source>
        <translation>回放中最小值和最大值同样按定时计划（GMT+8）变化。</translation>
    </message>
</context>
<context>
    <name>ScalingRuleDiff</name>
    <message>
        <source>not set</source>
        <extracomment>a value that a scaling rule leaves unset, in a list of changes</extracomment>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Enabled</source>
        <extracomment>a switch of a scaling rule that is on (the rule, scale-out, scale-in, idle mode)</extracomment>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <extracomment>a switch of a scaling rule that is off (the rule, scale-out, scale-in, idle mode)</extracomment>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>Timing</source>
        <comment>rule type</comment>
        <extracomment>the type of a scaling rule that follows a schedule</extracomment>
        <translation>定时策略</translation>
    </message>
    <message>
        <source>Metric</source>
        <comment>rule type</comment>
        <extracomment>the type of a scaling rule that follows metrics (CPU, QPS…)</extracomment>
        <translation>监控指标策略</translation>
    </message>
    <message>
        <source>Mix</source>
        <comment>rule type</comment>
        <extracomment>the type of a scaling rule that follows metrics within bounds that follow a schedule</extracomment>
        <translation>混合策略</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>a stabilization window of a scaling rule in seconds, e.g. &quot;300 s&quot;</extracomment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>a schedule point&apos;s instance bounds, e.g. &quot;5–20&quot;</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>min %1</source>
        <extracomment>a schedule point&apos;s lower instance bound without an upper one, e.g. &quot;min 5&quot;</extracomment>
        <translation>最少 %1</translation>
    </message>
    <message>
        <source>max %1</source>
        <extracomment>a schedule point&apos;s upper instance bound without a lower one, e.g. &quot;max 20&quot;</extracomment>
        <translation>最多 %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>a schedule point of a scaling rule: at %1 (&quot;08:00&quot;) it sets %2 (&quot;10&quot;, &quot;5–20&quot;)</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Schedule %1: target</source>
        <extracomment>a schedule point&apos;s target instances; %1 is its time (&quot;08:00&quot;)</extracomment>
        <translation>时间点 %1：目标实例数</translation>
    </message>
    <message>
        <source>Schedule %1: minimum</source>
        <extracomment>a schedule point&apos;s lower instance bound (mix rules); %1 is its time (&quot;08:00&quot;)</extracomment>
        <translation>时间点 %1：最小实例数</translation>
    </message>
    <message>
        <source>Schedule %1: maximum</source>
        <extracomment>a schedule point&apos;s upper instance bound (mix rules); %1 is its time (&quot;08:00&quot;)</extracomment>
        <translation>时间点 %1：最大实例数</translation>
    </message>
    <message>
        <source>Schedule</source>
        <extracomment>a point of a scaling rule&apos;s schedule, as a line of a list of changes</extracomment>
        <translation>时间点</translation>
    </message>
    <message>
        <source>Begin date</source>
        <extracomment>the first date a scaling schedule is valid</extracomment>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>no start</source>
        <extracomment>a scaling schedule without a first date: valid from now</extracomment>
        <translation>不限开始日期</translation>
    </message>
    <message>
        <source>End date</source>
        <extracomment>the last date a scaling schedule is valid</extracomment>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>no end</source>
        <extracomment>a scaling schedule without a last date: valid for ever</extracomment>
        <translation>长期有效</translation>
    </message>
    <message>
        <source>Days</source>
        <extracomment>the days a scaling schedule runs on (&quot;Daily&quot;, &quot;Mon–Fri&quot;)</extracomment>
        <translation>执行周期</translation>
    </message>
    <message>
        <source>Time zone</source>
        <extracomment>the time zone of a scaling schedule&apos;s times (&quot;Asia/Shanghai&quot;)</extracomment>
        <translation>时区</translation>
    </message>
    <message>
        <source>%1 (SLB %2, port %3)</source>
        <extracomment>an SLB metric of a scaling rule: %1 its target (&quot;SLB QPS 100&quot;), %2 the load balancer, %3 its listener port</extracomment>
        <translation>%1（SLB %2，端口 %3）</translation>
    </message>
    <message>
        <source>Metric</source>
        <extracomment>a metric a scaling rule watches, with its target (&quot;CPU 60%&quot;)</extracomment>
        <translation>监控指标</translation>
    </message>
    <message>
        <source>%1: SLB ID</source>
        <extracomment>the load balancer of an SLB metric; %1 is the metric (&quot;SLB QPS&quot;)</extracomment>
        <translation>%1：SLB ID</translation>
    </message>
    <message>
        <source>%1: SLS project</source>
        <extracomment>the Log Service project holding an SLB&apos;s access logs; %1 is the metric</extracomment>
        <translation>%1：日志服务 Project</translation>
    </message>
    <message>
        <source>%1: Logstore</source>
        <extracomment>the Log Service logstore holding an SLB&apos;s access logs; %1 is the metric</extracomment>
        <translation>%1：日志服务 Logstore</translation>
    </message>
    <message>
        <source>%1: port</source>
        <extracomment>the SLB listener port of an SLB metric; %1 is the metric</extracomment>
        <translation>%1：端口</translation>
    </message>
    <message>
        <source>Minimum instances</source>
        <extracomment>the least instances a metric scaling rule keeps</extracomment>
        <translation>最小实例数</translation>
    </message>
    <message>
        <source>Maximum instances</source>
        <extracomment>the most instances a metric scaling rule scales out to</extracomment>
        <translation>最大实例数</translation>
    </message>
    <message>
        <source>Scale-out step</source>
        <extracomment>the most instances one scale-out step adds</extracomment>
        <translation>扩容步长</translation>
    </message>
    <message>
        <source>Scale-out</source>
        <extracomment>whether a metric scaling rule may scale out</extracomment>
        <translation>扩容</translation>
    </message>
    <message>
        <source>Scale-out stabilization window</source>
        <extracomment>the cool-down after a scale-out</extracomment>
        <translation>扩容冷却时间</translation>
    </message>
    <message>
        <source>Scale-in step</source>
        <extracomment>the most instances one scale-in step removes</extracomment>
        <translation>缩容步长</translation>
    </message>
    <message>
        <source>Scale-in</source>
        <extracomment>whether a metric scaling rule may scale in</extracomment>
        <translation>缩容</translation>
    </message>
    <message>
        <source>Scale-in stabilization window</source>
        <extracomment>the cool-down after a scale-in</extracomment>
        <translation>缩容冷却时间</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>the type of a scaling rule (timing, metric, mix)</extracomment>
        <translation>策略类型</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>whether a scaling rule is enabled</extracomment>
        <translation>状态</translation>
    </message>
    <message>
        <source>Minimum ready instances</source>
        <extracomment>the least instances that stay ready while a scaling rule scales</extracomment>
        <translation>最小存活实例数</translation>
    </message>
    <message>
        <source>Minimum ready ratio</source>
        <extracomment>the least share of instances that stay ready while a scaling rule scales; when set it wins over the minimum ready instances</extracomment>
        <translation>最小存活实例比例</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>a percentage, e.g. &quot;50%&quot;</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Idle mode</source>
        <extracomment>whether a scaling rule uses SAE&apos;s idle mode</extracomment>
        <translation>闲置模式</translation>
    </message>
</context>
<context>
    <name>ScalingRuleEditor</name>
    <message>
        <source>New timing scaling rule</source>
        <translation>新建定时弹性策略</translation>
    </message>
    <message>
        <source>Edit timing scaling rule %1</source>
        <translation>编辑定时弹性策略 %1</translation>
    </message>
    <message>
        <source>New metric scaling rule</source>
        <translation>新建监控指标弹性策略</translation>
    </message>
    <message>
        <source>Edit metric scaling rule %1</source>
        <translation>编辑监控指标弹性策略 %1</translation>
    </message>
    <message>
        <source>New mixed scaling rule</source>
        <translation>新建混合弹性策略</translation>
    </message>
    <message>
        <source>Edit mixed scaling rule %1</source>
        <translation>编辑混合弹性策略 %1</translation>
    </message>
    <message>
        <source>Vary the bounds by a schedule</source>
        <translation>按时间段调整实例数上下限</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. workday-peak</source>
        <translation>例如 workday-peak</translation>
    </message>
    <message>
        <source>Lower-case letters, digits and hyphens; cannot be changed later.</source>
        <translation>小写字母、数字和连字符；创建后不可修改。</translation>
    </message>
    <message>
        <source>&amp;Enable when created</source>
        <translation>创建后立即启用(&amp;E)</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>定时设置</translation>
    </message>
    <message>
        <source>No begin or end date (long-term)</source>
        <translation>不设开始和结束日期（长期有效）</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <extracomment>the format of a date the user types; keep it as is</extracomment>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>&amp;Begin date:</source>
        <translation>开始日期(&amp;B)：</translation>
    </message>
    <message>
        <source>E&amp;nd date:</source>
        <translation>结束日期(&amp;N)：</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>Days of the week</source>
        <translation>每周指定日</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>每月指定日</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>e.g. 1,15,28</source>
        <extracomment>days of the month, separated by commas</extracomment>
        <translation>例如 1,15,28</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>执行日：</translation>
    </message>
    <message>
        <source>Times of day, in GMT+8 (China Standard Time), at most %1:</source>
        <translation>触发时间（GMT+8，北京时间），最多 %1 个：</translation>
    </message>
    <message>
        <source>&amp;Add time</source>
        <translation>添加时间(&amp;A)</translation>
    </message>
    <message>
        <source>Sort by time</source>
        <translation>按时间排序</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>监控指标</translation>
    </message>
    <message>
        <source>M&amp;inimum instances:</source>
        <translation>最小实例数(&amp;I)：</translation>
    </message>
    <message>
        <source>Ma&amp;ximum instances:</source>
        <translation>最大实例数(&amp;X)：</translation>
    </message>
    <message>
        <source>Scales out when any metric is above its target, and in when all are below.</source>
        <translation>任一指标高于目标值时扩容，所有指标均低于目标值时才缩容。</translation>
    </message>
    <message>
        <source>Add &amp;metric</source>
        <translation>添加指标(&amp;M)</translation>
    </message>
    <message>
        <source>Scale out</source>
        <translation>扩容</translation>
    </message>
    <message>
        <source>Scale in</source>
        <translation>缩容</translation>
    </message>
    <message>
        <source>Never scale out</source>
        <translation>禁止扩容</translation>
    </message>
    <message>
        <source>Never scale in</source>
        <translation>禁止缩容</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>unit of a stabilization window, in seconds</extracomment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Instances per step:</source>
        <translation>单步实例数：</translation>
    </message>
    <message>
        <source>Stabilization window:</source>
        <translation>稳定窗口：</translation>
    </message>
    <message>
        <source>Time (HH:mm)</source>
        <translation>时间（HH:mm）</translation>
    </message>
    <message>
        <source>Minimum instances</source>
        <translation>最小实例数</translation>
    </message>
    <message>
        <source>Maximum instances</source>
        <translation>最大实例数</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>实例数</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <extracomment>the format of a time of day the user types; keep it as is</extracomment>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>CPU utilization</source>
        <translation>CPU 使用率</translation>
    </message>
    <message>
        <source>Memory utilization</source>
        <translation>内存使用率</translation>
    </message>
    <message>
        <source>QPS per instance (ARMS)</source>
        <translation>单实例 QPS（ARMS）</translation>
    </message>
    <message>
        <source>Response time (ARMS)</source>
        <translation>响应时间（ARMS）</translation>
    </message>
    <message>
        <source>Active TCP connections per instance</source>
        <translation>单实例 TCP 活跃连接数</translation>
    </message>
    <message>
        <source>Internet SLB QPS per instance</source>
        <translation>公网 SLB 单实例 QPS</translation>
    </message>
    <message>
        <source>Internet SLB response time</source>
        <translation>公网 SLB 响应时间</translation>
    </message>
    <message>
        <source>Intranet SLB QPS per instance</source>
        <translation>私网 SLB 单实例 QPS</translation>
    </message>
    <message>
        <source>Intranet SLB response time</source>
        <translation>私网 SLB 响应时间</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>a metric type the console does not know, as the platform sent it</extracomment>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>%1 (unknown)</source>
        <translation>%1（未知）</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>目标值：</translation>
    </message>
    <message>
        <source>SLB ID</source>
        <translation>SLB 实例 ID</translation>
    </message>
    <message>
        <source>SLS project</source>
        <translation>SLS Project</translation>
    </message>
    <message>
        <source>Logstore</source>
        <translation>Logstore</translation>
    </message>
    <message>
        <source>Listener port</source>
        <translation>监听端口</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation> 次/秒</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source> connections</source>
        <translation> 个连接</translation>
    </message>
    <message>
        <source>A rule&apos;s name cannot be changed.</source>
        <translation>策略名称不可修改。</translation>
    </message>
</context>
<context>
    <name>ScalingRuleJsonReader</name>
    <message>
        <source>%1 has the unknown value %2</source>
        <extracomment>%1 names a field of the platform&apos;s answer, %2 the value it holds</extracomment>
        <translation>%1 的值 %2 无法识别</translation>
    </message>
</context>
<context>
    <name>ScalingRuleProblemText</name>
    <message>
        <source>Enter a date as yyyy-MM-dd, both dates or neither.</source>
        <translation>日期格式为 yyyy-MM-dd，开始和结束日期须同时填写或同时留空。</translation>
    </message>
    <message>
        <source>Enter a time as HH:mm, from 00:00 to 23:59.</source>
        <translation>时间格式为 HH:mm，范围 00:00 至 23:59。</translation>
    </message>
    <message>
        <source>The minimum must not be greater than the maximum.</source>
        <translation>最小值不能大于最大值。</translation>
    </message>
    <message>
        <source>This metric is already in the rule.</source>
        <translation>该指标已在策略中。</translation>
    </message>
    <message>
        <source>This time is already used, by this rule or by another rule on the same days.</source>
        <translation>该时间已被本策略或同一天生效的其他策略使用。</translation>
    </message>
    <message>
        <source>The begin date is after the end date.</source>
        <translation>开始日期晚于结束日期。</translation>
    </message>
    <message numerus="yes">
        <source>The application already has %n scaling rule(s), the most SAE allows.</source>
        <translation>
            <numerusform>该应用已有 %n 条弹性策略，已达 SAE 上限。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A rule can have at most %n time(s) a day.</source>
        <translation>
            <numerusform>每条策略每天最多 %n 个触发时间。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %n instance(s) need a raised quota: submit a ticket to SAE.</source>
        <translation>
            <numerusform>超过 %n 个实例需要提升配额：请向 SAE 提交工单。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Start with a lower-case letter and use only a–z, 0–9 and hyphens, at most %n character(s).</source>
        <translation>
            <numerusform>以小写字母开头，只能包含 a–z、0–9 和连字符，最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The application already has a rule of this name.</source>
        <translation>该应用已有同名策略。</translation>
    </message>
    <message>
        <source>Choose one of the metric types SAE knows.</source>
        <translation>请选择 SAE 支持的指标类型。</translation>
    </message>
    <message>
        <source>Choose every day, at least one day of the week, or days of the month from 1 to 31 separated by commas.</source>
        <translation>请选择每天、至少一个星期几，或用逗号分隔的每月日期（1 至 31）。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An untranslated message of the platform and its error code</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Refused by SAE: %1 (%2)</source>
        <extracomment>A refusal of the platform: its (English) message and error code</extracomment>
        <translation>SAE 拒绝：%1（%2）</translation>
    </message>
    <message>
        <source>Refused by SAE: %1 (%2, RequestId %3)</source>
        <extracomment>A refusal of the platform: its (English) message, error code and the request&apos;s ID for a ticket</extracomment>
        <translation>SAE 拒绝：%1（%2，RequestId %3）</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <source>Add at least one time.</source>
        <translation>请至少添加一个触发时间。</translation>
    </message>
    <message>
        <source>Add at least one metric.</source>
        <translation>请至少添加一个监控指标。</translation>
    </message>
    <message>
        <source>The rule needs a schedule.</source>
        <translation>策略需要定时设置。</translation>
    </message>
    <message>
        <source>The rule needs metrics.</source>
        <translation>策略需要监控指标。</translation>
    </message>
    <message>
        <source>Choose a metric type.</source>
        <translation>请选择指标类型。</translation>
    </message>
    <message>
        <source>Enter the SLB instance ID.</source>
        <translation>请输入 SLB 实例 ID。</translation>
    </message>
    <message>
        <source>Enter the SLS project of the SLB access logs.</source>
        <translation>请输入存放 SLB 访问日志的 SLS Project。</translation>
    </message>
    <message>
        <source>Enter the Logstore of the SLB access logs.</source>
        <translation>请输入存放 SLB 访问日志的 Logstore。</translation>
    </message>
    <message>
        <source>Enter the listener port.</source>
        <translation>请输入监听端口。</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <source>Must be from %1 to %2.</source>
        <translation>须在 %1 到 %2 之间。</translation>
    </message>
    <message>
        <source>Must be at least %1.</source>
        <translation>不能小于 %1。</translation>
    </message>
    <message>
        <source>Must be at most %1.</source>
        <translation>不能大于 %1。</translation>
    </message>
</context>
<context>
    <name>ScalingRuleSummary</name>
    <message>
        <source>%1 %2</source>
        <comment>schedule</comment>
        <extracomment>a timing scaling rule: %1 is the days it runs (&quot;Daily&quot;, &quot;Mon–Fri&quot;), %2 its points (&quot;08:00 → 10, 20:00 → 3&quot;)</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>a metric scaling rule: %1 its metrics (&quot;CPU 60% · Memory 70%&quot;), %2 its bounds (&quot;2–10 instances&quot;)</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>instances</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 / %2; %3</source>
        <extracomment>a mix scaling rule: %1 its metrics, %2 the default bounds (&quot;2–10&quot;), %3 its schedule (&quot;08:00 → 5–20, ...&quot;)</extracomment>
        <translation>%1 / %2；%3</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <extracomment>a metric and its target in percent, e.g. &quot;CPU 60%&quot;</extracomment>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>%1 %2 ms</source>
        <extracomment>a response-time metric and its target in milliseconds, e.g. &quot;RT 200 ms&quot;</extracomment>
        <translation>%1 %2 毫秒</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>a metric and its target per instance, e.g. &quot;QPS 500&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>no metrics</source>
        <extracomment>a metric scaling rule that watches nothing</extracomment>
        <translation>无指标</translation>
    </message>
    <message>
        <source>Daily</source>
        <extracomment>a scaling schedule that runs every day</extracomment>
        <translation>每天</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>weekdays</comment>
        <extracomment>a range of weekdays, e.g. &quot;Mon–Fri&quot;</extracomment>
        <translation>%1至%2</translation>
    </message>
    <message>
        <source>Day %1</source>
        <extracomment>a scaling schedule that runs on one day of each month, e.g. &quot;Day 1&quot;</extracomment>
        <translation>每月 %1 日</translation>
    </message>
    <message>
        <source>Days %1</source>
        <extracomment>a scaling schedule that runs on these days of each month, e.g. &quot;Days 1, 15&quot;</extracomment>
        <translation>每月 %1 日</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>the dates a scaling rule is valid, both included, e.g. &quot;2026-01-01 to 2026-12-31&quot;</extracomment>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>until %1</source>
        <extracomment>the last date a scaling rule is valid, e.g. &quot;until 2026-12-31&quot;</extracomment>
        <translation>直到 %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <extracomment>the first date a scaling rule is valid, e.g. &quot;from 2026-01-01&quot;</extracomment>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>QPS</source>
        <translation>QPS</translation>
    </message>
    <message>
        <source>RT</source>
        <extracomment>response time</extracomment>
        <translation>RT</translation>
    </message>
    <message>
        <source>TCP connections</source>
        <extracomment>active TCP connections per instance</extracomment>
        <translation>TCP 连接数</translation>
    </message>
    <message>
        <source>SLB QPS</source>
        <extracomment>QPS of the Internet-facing load balancer</extracomment>
        <translation>公网 SLB QPS</translation>
    </message>
    <message>
        <source>SLB RT</source>
        <extracomment>response time of the Internet-facing load balancer</extracomment>
        <translation>公网 SLB RT</translation>
    </message>
    <message>
        <source>Intranet SLB QPS</source>
        <extracomment>QPS of the internal-facing load balancer</extracomment>
        <translation>私网 SLB QPS</translation>
    </message>
    <message>
        <source>Intranet SLB RT</source>
        <extracomment>response time of the internal-facing load balancer</extracomment>
        <translation>私网 SLB RT</translation>
    </message>
    <message>
        <source>Mon</source>
        <extracomment>Monday, short</extracomment>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <extracomment>Tuesday, short</extracomment>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <extracomment>Wednesday, short</extracomment>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <extracomment>Thursday, short</extracomment>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <extracomment>Friday, short</extracomment>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <extracomment>Saturday, short</extracomment>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <extracomment>Sunday, short</extracomment>
        <translation>周日</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <extracomment>a fixed number of instances of a scaling rule, e.g. &quot;3 instances&quot;</extracomment>
        <translation>
            <numerusform>%n 个实例</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2 instances</source>
        <extracomment>the bounds of a scaling rule, e.g. &quot;2–10 instances&quot;</extracomment>
        <translation>%1–%2 个实例</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>a schedule point: at %1 (&quot;08:00&quot;) set %2 instances</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>no times</source>
        <extracomment>a scaling schedule without any time set</extracomment>
        <translation>无时间点</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a scaling rule&apos;s summary (%1) and the dates it is valid (%2, &quot;until 2026-12-31&quot;)</extracomment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ScalingRuleTableModel</name>
    <message>
        <source>Disabled since %1</source>
        <extracomment>tooltip of a disabled scaling rule; %1 is a date and time</extracomment>
        <translation>自 %1 起停用</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <extracomment>when a scaling rule was last changed, e.g. &quot;12m ago&quot;</extracomment>
        <translation>%1 前</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>column header: the scaling rule&apos;s name</extracomment>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>column header: timing, metric or mixed</extracomment>
        <translation>类型</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>column header: enabled or disabled</extracomment>
        <translation>状态</translation>
    </message>
    <message>
        <source>Rule</source>
        <extracomment>column header: what the rule does, in one line</extracomment>
        <translation>策略内容</translation>
    </message>
    <message>
        <source>Updated</source>
        <extracomment>column header: when the rule was last changed</extracomment>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Timing</source>
        <extracomment>a scaling rule that follows a schedule</extracomment>
        <translation>定时</translation>
    </message>
    <message>
        <source>Metric</source>
        <extracomment>a scaling rule that follows load metrics (CPU, QPS...)</extracomment>
        <translation>监控指标</translation>
    </message>
    <message>
        <source>Mixed</source>
        <extracomment>a scaling rule that follows load metrics with bounds set by a schedule</extracomment>
        <translation>混合</translation>
    </message>
    <message>
        <source>Enabled</source>
        <extracomment>state of a scaling rule</extracomment>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
</context>
<context>
    <name>SecretStoreProbe</name>
    <message>
        <source>Access to the keychain was denied (%1).</source>
        <extracomment>%1 is the keychain&apos;s own explanation, in English.</extracomment>
        <translation>访问钥匙串被拒绝（%1）。</translation>
    </message>
    <message>
        <source>No keychain is available (%1).</source>
        <extracomment>%1 is the keychain&apos;s own explanation, in English.</extracomment>
        <translation>没有可用的钥匙串（%1）。</translation>
    </message>
    <message>
        <source>The keychain cannot be used (%1).</source>
        <extracomment>%1 is the keychain&apos;s own explanation, in English.</extracomment>
        <translation>无法使用钥匙串（%1）。</translation>
    </message>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation>钥匙串未及时响应。</translation>
    </message>
    <message>
        <source>AccessKey secrets are kept in memory for this session only and must be entered again next time.</source>
        <translation>AccessKey Secret 仅在本次会话中保存在内存里，下次启动需要重新输入。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is a sentence saying why the keychain cannot be used, %2 the sentence saying what that means.</extracomment>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>SignOffInboxModel</name>
    <message>
        <source>Approval</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Confirm the gray batch</source>
        <translation>确认灰度批次</translation>
    </message>
    <message>
        <source>Confirm batch %1 of %2</source>
        <extracomment>%1: the batch waiting; %2: how many batches the change has</extracomment>
        <translation>确认第 %1 批（共 %2 批）</translation>
    </message>
    <message>
        <source>Confirm the next batch</source>
        <translation>确认下一批</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <extracomment>how long a change order has waited for a person: &quot;12m&quot;</extracomment>
        <translation>%1前</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>等待事项</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>已等待</translation>
    </message>
</context>
<context>
    <name>SignOffInboxPanel</name>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Not every application could be checked; the list may be incomplete. %1</source>
        <translation>部分应用未能检查，列表可能不完整。%1</translation>
    </message>
    <message>
        <source>All applications checked at %1</source>
        <extracomment>%1 is a time of day</extracomment>
        <translation>已于 %1 检查全部应用</translation>
    </message>
    <message>
        <source>Nothing waits for a sign-off.</source>
        <translation>没有等待确认的变更。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) wait for a person.</source>
        <translation>
            <numerusform>%n 个变更等待人工确认。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineEntry</name>
    <message>
        <source>ended %1</source>
        <extracomment>the end of a change order in the What changed timeline; %1 is date and time</extracomment>
        <translation>结束于 %1</translation>
    </message>
    <message>
        <source>still running</source>
        <extracomment>a change order of the What changed timeline that has not ended</extracomment>
        <translation>仍在执行</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) since %1</source>
        <extracomment>how often a repeated event happened, and when first; %1 is date and time</extracomment>
        <translation>
            <numerusform>自 %1 起共 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <extracomment>a repeated event on a chart&apos;s flag: &quot;BackOff ×12&quot;</extracomment>
        <translation>%1 ×%2</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>First seen %1, last seen %2</source>
        <extracomment>%1 and %2 are date and time</extracomment>
        <translation>首次发生于 %1，最近发生于 %2</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <extracomment>a repeated event in the What changed timeline: &quot;BackOff: … ×12&quot;</extracomment>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>column of the What changed timeline: when it happened</extracomment>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <extracomment>column of the What changed timeline: the change order or event</extracomment>
        <translation>事项</translation>
    </message>
    <message>
        <source>Detail</source>
        <extracomment>column of the What changed timeline: description, error, object, how often</extracomment>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>WhatChangedPanel</name>
    <message>
        <source>Change orders</source>
        <extracomment>filter of the What changed timeline</extracomment>
        <translation>变更单</translation>
    </message>
    <message>
        <source>Scaling</source>
        <extracomment>filter of the What changed timeline</extracomment>
        <translation>弹性伸缩</translation>
    </message>
    <message>
        <source>Warnings</source>
        <extracomment>filter of the What changed timeline: Warning events</extracomment>
        <translation>警告</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Last 3 hours</source>
        <extracomment>span of the What changed chart</extracomment>
        <translation>最近 3 小时</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <extracomment>span of the What changed chart</extracomment>
        <translation>最近 6 小时</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <extracomment>span of the What changed chart</extracomment>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>CPU (%)</source>
        <extracomment>chart title of the What changed tab</extracomment>
        <translation>CPU (%)</translation>
    </message>
    <message>
        <source>No CPU data in this time range</source>
        <translation>该时间段内暂无 CPU 数据</translation>
    </message>
    <message>
        <source>Double-click a change order to open it</source>
        <extracomment>tooltip of the What changed timeline</extracomment>
        <translation>双击变更单即可打开</translation>
    </message>
    <message>
        <source>Show:</source>
        <extracomment>before the filters of the What changed timeline</extracomment>
        <translation>显示：</translation>
    </message>
    <message>
        <source>CPU:</source>
        <extracomment>before the span of the What changed chart</extracomment>
        <translation>CPU：</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均值</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>⚠ Stale: data from %1</source>
        <extracomment>shown next to a timeline whose refresh failed; %1 is the time of the last good data</extracomment>
        <translation>⚠ 数据已过期：最后更新于 %1</translation>
    </message>
    <message>
        <source>No change orders, scaling or warnings</source>
        <extracomment>the What changed timeline is empty</extracomment>
        <translation>没有变更单、弹性伸缩或警告记录</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entry(ies)</source>
        <extracomment>%1 of %n entries of the What changed timeline are shown</extracomment>
        <translation>
            <numerusform>%1 / %n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation>无法将截图写入 %1。</translation>
    </message>
    <message>
        <source>Saved %1, but the data did not load: %2</source>
        <translation>已保存 %1，但数据未能加载：%2</translation>
    </message>
    <message>
        <source>Gave up waiting for the first page to load.</source>
        <translation>等待首页加载超时，已放弃。</translation>
    </message>
    <message>
        <source>Ops Console</source>
        <translation>运维控制台</translation>
    </message>
    <message>
        <source>Embedded SAE emulator · %1 · %2</source>
        <extracomment>status bar: where the data comes from; %1 region, %2 URL</extracomment>
        <translation>内置 SAE 模拟器 · %1 · %2</translation>
    </message>
    <message>
        <source>%1 — embedded emulator</source>
        <translation>%1 — 内置模拟器</translation>
    </message>
    <message>
        <source>%1 · %2 · AccessKey %3</source>
        <translation>%1 · %2 · AccessKey %3</translation>
    </message>
    <message>
        <source>The embedded emulator could not start: %1</source>
        <translation>内置模拟器无法启动：%1</translation>
    </message>
    <message>
        <source>--endpoint needs ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET in the environment.</source>
        <translation>使用 --endpoint 时，需要在环境变量中设置 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET。</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;. Profiles: %2.</source>
        <translation>没有名为“%1”的配置。现有配置：%2。</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · AccessKey %4</source>
        <extracomment>status bar: %1 profile, %2 region, %3 host, %4 masked AccessKey ID</extracomment>
        <translation>%1 · %2 · %3 · AccessKey %4</translation>
    </message>
    <message>
        <source>No AccessKey secret for profile &quot;%1&quot;</source>
        <translation>配置“%1”没有 AccessKey Secret</translation>
    </message>
    <message>
        <source>The console could not start itself again.</source>
        <translation>控制台无法重新启动自身。</translation>
    </message>
    <message>
        <source>Could not switch to %1.</source>
        <translation>无法切换到 %1。</translation>
    </message>
    <message>
        <source>There is no application &quot;%1&quot; here.</source>
        <translation>这里没有名为“%1”的应用。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) are still being followed here; switch when they have finished.</source>
        <translation>
            <numerusform>这里仍有 %n 项变更正在跟踪；请待其完成后再切换。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no scaling rule &quot;%1&quot; here.</source>
        <translation>这里没有名为“%1”的弹性策略。</translation>
    </message>
</context>
</TS>
